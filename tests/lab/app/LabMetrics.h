#pragma once

#include <QByteArray>

#include <array>
#include <atomic>

namespace cockpit::lab {

// The lab application's counters and latency histogram, updated from worker threads and
// rendered in the Prometheus text format.
class LabMetrics
{
public:
    enum Operation
    {
        Lookup,
        Insert,
        Similarity,
        OperationCount
    };
    static constexpr std::array<double, 12> kBuckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                     0.1,   0.25,   0.5,   1.0,  2.5,   5.0};

    void recordRequest(Operation operation, double seconds, bool failed);
    void recordConnectionError() { m_connectionErrors.fetch_add(1, std::memory_order_relaxed); }
    void setClients(int active, int target);
    void setServiceReplicas(int replicas) { m_replicas.store(replicas, std::memory_order_relaxed); }

    QByteArray exposition() const;

private:
    struct PerOperation
    {
        std::atomic<quint64> requests{0};
        std::atomic<quint64> errors{0};
        std::array<std::atomic<quint64>, kBuckets.size()> buckets{};
        std::atomic<quint64> count{0};
        std::atomic<quint64> sumMicros{0};
    };
    std::array<PerOperation, OperationCount> m_operations;
    std::atomic<quint64> m_connectionErrors{0};
    std::atomic<int> m_activeClients{0};
    std::atomic<int> m_targetClients{0};
    std::atomic<int> m_replicas{-1};
};

} // namespace cockpit::lab
