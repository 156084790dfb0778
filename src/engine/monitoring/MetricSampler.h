#pragma once

#include "connectors/prometheus/PrometheusTypes.h"
#include "core/Result.h"
#include "core/Runbook.h"
#include "engine/migration/Executors.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <cmath>
#include <optional>
#include <utility>
#include <vector>

// Measures the runbook's metrics: a PromQL instant query, or a direct probe of the cluster
// (the leader's pg_stat_replication and pg_stat_activity, Patroni's /history). Synchronous:
// on a worker thread (the window's MetricsSession) or the command line's own. A value that
// cannot be had is an error, never a number: no data is not zero.
namespace cockpit::monitoring {

struct MetricReading
{
    QString metric;
    qint64 atMs = 0;
    std::optional<double> value; // in the metric's unit; absent: error says why; NaN: Prometheus said NaN
    QString error;
    bool ok() const { return value.has_value() && !std::isnan(*value); }
};

struct PlannedSwitchover
{
    QDateTime at; // when the cockpit asked for it
    QString from;
    QString to; // empty: Patroni chose
};

// Patroni's history, less the switchovers the cockpit started (recorded in the ledger before it
// asked Patroni): a history entry whose new leader is the one asked for, within two minutes of
// the request, is planned. The count is of the whole history (a running counter): triggers
// look at its increase over their window, the success tracker at its increase since it began.
struct FailoverCount
{
    int unplanned = 0;
    int planned = 0;
    QStringList unplannedDescriptions; // "pg2 took over at 2026-12-01T21:03:11Z"
    QList<QDateTime> unplannedAt; // in time order
};
FailoverCount countFailovers(const QList<std::pair<QDateTime, QString>>& history, // (when, new leader)
                             const QList<PlannedSwitchover>& planned, const QDateTime& since);

class MetricSampler
{
public:
    explicit MetricSampler(migration::ExecContext context);

    // One reading of every metric (a manual one is skipped); probes that share a question ask
    // it once.
    QList<MetricReading> sampleAll(const QList<MonitoredMetric>& metrics);
    MetricReading sample(const MonitoredMetric& metric);

    // History from Prometheus (query_range) for a query metric or a probe with a history query,
    // an instant without data left out; the failover count from Patroni's history itself.
    Result<std::vector<std::pair<qint64, double>>> backfill(const MonitoredMetric& metric, const QDateTime& from,
                                                            const QDateTime& to, std::chrono::milliseconds step);

    const FailoverCount& lastFailoverCount() const { return m_failovers; }

private:
    struct Replication
    {
        qint64 atMs = 0;
        std::optional<double> lagMs;
        std::optional<double> lagBytes;
        QString error;
    };
    MetricReading fromQuery(const MonitoredMetric& metric);
    MetricReading fromAnswer(const MonitoredMetric& metric, const Result<PromQueryResult>& result, qint64 askedAt);
    MetricReading fromProbe(const MonitoredMetric& metric);
    Replication replication();
    QList<PlannedSwitchover> plannedSwitchovers();
    Result<FailoverCount> failovers();

    migration::ExecContext m_context;
    std::optional<Replication> m_round; // one replication question per sampleAll
    FailoverCount m_failovers;
};

// Whether backfill() can give the metric's past.
bool hasHistory(const MonitoredMetric& metric);
// Where its backfill starts: a running count (failovers) from before the success window began,
// so that what it gained since then is known; anything else from fromMs.
qint64 backfillStart(const MonitoredMetric& metric, qint64 fromMs, const QDateTime& since);

// A switchover the cockpit starts: recorded in the ledger (entity "switchover") before Patroni is
// asked, so that the failover count never takes it for an unplanned one; waits for the new
// leader. `to` empty: Patroni chooses.
Result<QString> performSwitchover(const migration::ExecContext& context, const QString& to);

} // namespace cockpit::monitoring
