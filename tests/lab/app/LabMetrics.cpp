#include "LabMetrics.h"

#include <QStringBuilder>

namespace cockpit::lab {
namespace {

const char* operationName(int operation)
{
    switch (operation) {
    case LabMetrics::Lookup: return "lookup";
    case LabMetrics::Insert: return "insert";
    case LabMetrics::Similarity: return "similarity";
    default: return "unknown";
    }
}

} // namespace

void LabMetrics::recordRequest(Operation operation, double seconds, bool failed)
{
    PerOperation& op = m_operations[operation];
    op.requests.fetch_add(1, std::memory_order_relaxed);
    if (failed)
        op.errors.fetch_add(1, std::memory_order_relaxed);
    for (size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets[i])
            op.buckets[i].fetch_add(1, std::memory_order_relaxed);
    }
    op.count.fetch_add(1, std::memory_order_relaxed);
    op.sumMicros.fetch_add(static_cast<quint64>(seconds * 1e6), std::memory_order_relaxed);
}

void LabMetrics::setClients(int active, int target)
{
    m_activeClients.store(active, std::memory_order_relaxed);
    m_targetClients.store(target, std::memory_order_relaxed);
}

QByteArray LabMetrics::exposition() const
{
    QByteArray out;
    out += "# HELP dpg_app_requests_total Requests made to the database, by operation.\n"
           "# TYPE dpg_app_requests_total counter\n";
    for (int o = 0; o < OperationCount; ++o) {
        out += QByteArray("dpg_app_requests_total{operation=\"") + QByteArray(operationName(o)) + "\"} "
            + QByteArray::number(m_operations[o].requests.load()) + '\n';
    }
    out += "# HELP dpg_app_errors_total Requests that failed, by operation.\n"
           "# TYPE dpg_app_errors_total counter\n";
    for (int o = 0; o < OperationCount; ++o) {
        out += QByteArray("dpg_app_errors_total{operation=\"") + QByteArray(operationName(o)) + "\"} "
            + QByteArray::number(m_operations[o].errors.load()) + '\n';
    }
    out += QByteArray("# HELP dpg_app_connection_errors_total Failed attempts to connect through PgBouncer.\n"
                      "# TYPE dpg_app_connection_errors_total counter\n"
                      "dpg_app_connection_errors_total ")
        + QByteArray::number(m_connectionErrors.load()) + '\n';
    out += "# HELP dpg_app_request_duration_seconds Request latency, by operation.\n"
           "# TYPE dpg_app_request_duration_seconds histogram\n";
    for (int o = 0; o < OperationCount; ++o) {
        const QByteArray label = QByteArray("operation=\"") + operationName(o) + "\"";
        for (size_t i = 0; i < kBuckets.size(); ++i) {
            out += QByteArray("dpg_app_request_duration_seconds_bucket{") + label + ",le=\""
                + QByteArray::number(kBuckets[i]) + "\"} " + QByteArray::number(m_operations[o].buckets[i].load())
                + '\n';
        }
        const quint64 count = m_operations[o].count.load();
        out += QByteArray("dpg_app_request_duration_seconds_bucket{") + label + ",le=\"+Inf\"} "
            + QByteArray::number(count) + '\n';
        out += QByteArray("dpg_app_request_duration_seconds_sum{") + label + "} "
            + QByteArray::number(static_cast<double>(m_operations[o].sumMicros.load()) / 1e6) + '\n';
        out += QByteArray("dpg_app_request_duration_seconds_count{") + label + "} " + QByteArray::number(count) + '\n';
    }
    out += QByteArray("# HELP dpg_app_clients Database clients: running and wanted (replicas x clients per replica).\n"
                      "# TYPE dpg_app_clients gauge\n"
                      "dpg_app_clients{state=\"active\"} ")
        + QByteArray::number(m_activeClients.load()) + "\ndpg_app_clients{state=\"target\"} "
        + QByteArray::number(m_targetClients.load()) + '\n';
    out += QByteArray("# HELP dpg_app_service_replicas Running tasks of the followed Swarm service (-1: unknown).\n"
                      "# TYPE dpg_app_service_replicas gauge\n"
                      "dpg_app_service_replicas ")
        + QByteArray::number(m_replicas.load()) + '\n';
    return out;
}

} // namespace cockpit::lab
