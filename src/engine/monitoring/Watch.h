#pragma once

#include "MetricSampler.h"
#include "Triggers.h"
#include "core/Records.h"
#include "core/Runbook.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// What the watch knows after each round of readings: every metric's latest value and its state
// against the monitoring table (ok / warning / alert, or unknown when it could not be read, the
// last value kept and marked stale since the first failure), the rollback triggers, the alerts
// raised and cleared, and the success criteria with their violations. Shared by the window's
// Live charts tab and `rollout-cockpit watch`.
namespace cockpit::monitoring {

enum class MetricHealth
{
    Ok,
    Warning, // misses its target, not past its alert threshold
    Alert, // past its alert threshold
    Unknown, // no value
};
QString metricHealthToken(MetricHealth health);
// Against the metric's target and alert threshold (converted to its unit); a metric without
// them is Ok whenever it has a value.
MetricHealth judgeMetric(const MonitoredMetric& metric, std::optional<double> value);
// A limit in the metric's unit ("> 1 s" on a metric in ms is 1000).
double limitInUnit(const Limit& limit, Unit unit);

struct MetricView
{
    QString id;
    std::optional<double> value; // the last value read (kept when reading fails: stale)
    qint64 valueAtMs = 0;
    QString error; // the last reading's failure; empty when it succeeded
    qint64 failingSinceMs = 0; // first failure of the current run of failures
    MetricHealth health = MetricHealth::Unknown;
    bool stale() const { return !error.isEmpty(); }
};

struct AlertEvent
{
    QString metric;
    bool raised = true; // false: cleared
    qint64 atMs = 0;
    std::optional<double> value;
    QString response; // the response-matrix row: "Replication lag: high, 10 min, Failover / investigate"
    QString contact; // "Database Lead: matt@example.com (backup …, PagerDuty)"
};

struct Violation
{
    qint64 fromMs = 0;
    qint64 toMs = 0; // 0: still violated
    std::optional<double> worst;
};

struct CriterionView
{
    QString id;
    enum class State
    {
        Holding,
        Violated,
        Unknown, // no data to judge (a metric criterion) or not yet confirmed (a person's)
        Confirmed, // a person's, with evidence
    };
    State state = State::Unknown;
    std::optional<double> value;
    QList<Violation> violations;
    QString confirmedBy;
    QString evidence;
    QDateTime confirmedAt;
    bool holding = false; // no data; on_no_data: hold keeps the last state
};
QString criterionStateToken(CriterionView::State state);

// A success criterion starting or ending a violation (kept in the ledger, so that the 72-hour
// record survives a restart).
struct CriterionChange
{
    QString criterion;
    bool violated = true; // false: holds again
    qint64 atMs = 0;
    std::optional<double> value;
};

struct WatchUpdate
{
    QList<TriggerTransition> transitions;
    QList<AlertEvent> alerts;
    QList<CriterionChange> criteria;
};

class WatchState
{
public:
    explicit WatchState(const Runbook& runbook);

    // The success window counts from here (the switch to production, or when the watch began).
    void setTrackingSince(const QDateTime& since) { m_trackingSince = since; }
    const QDateTime& trackingSince() const { return m_trackingSince; }

    WatchUpdate apply(const QList<MetricReading>& readings, qint64 nowMs);
    // History (from Prometheus) before the first live reading: its samples, and the triggers
    // evaluated at every step from fromMs to toMs, so that "for 5 minutes" is judged on the
    // last 5 minutes, not from when the cockpit was opened.
    QList<TriggerTransition> backfill(const QHash<QString, std::vector<std::pair<qint64, double>>>& samples,
                                      qint64 fromMs, qint64 toMs, qint64 stepMs);
    // What people recorded in the ledger before this watch began (a security issue raised and
    // not cleared, success criteria confirmed): entities "trigger" and "success", oldest first.
    void restorePersonRecords(const QList<AuditEntry>& records);
    // A person's judgement of a success criterion that data cannot give.
    Result<Done> confirmCriterion(const QString& criterionId, const QString& who, const QString& evidence,
                                  const QDateTime& at);

    const Runbook& runbook() const { return m_runbook; }
    const QList<MetricView>& metrics() const { return m_metrics; }
    const MetricView* metric(const QString& id) const;
    const QList<CriterionView>& criteria() const { return m_criteria; }
    TriggerEvaluator& triggers() { return m_triggers; }
    const TriggerEvaluator& triggers() const { return m_triggers; }
    const SampleHistory& history() const { return m_history; }
    qint64 lastEvaluationMs() const { return m_lastEvaluationMs; }

    // Marks a value older than two and a half intervals as stale (the 1 s tick calls it too).
    void refreshAges(qint64 nowMs);
    // A trigger's state as shown: "unknown" when it is inactive but cannot be judged now (no
    // sample, or its metric's source fails: the last sample may still be in the lookback, but a
    // source that stopped answering never makes a trigger look calm).
    QString triggerToken(qsizetype index) const;

    // Every metric (value, unit, state, staleness), every trigger, every criterion.
    QJsonObject toJson() const;

    QString describeResponse(const MonitoredMetric& metric) const;
    QString describeContact(const MonitoredMetric& metric) const;

private:
    Runbook m_runbook;
    QList<MetricView> m_metrics;
    QList<CriterionView> m_criteria;
    TriggerEvaluator m_triggers;
    SampleHistory m_history;
    QDateTime m_trackingSince;
    qint64 m_lastEvaluationMs = 0;
};

} // namespace cockpit::monitoring
