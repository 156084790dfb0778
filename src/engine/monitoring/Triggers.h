#pragma once

#include "core/Result.h"
#include "core/Runbook.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

// The rollback triggers, evaluated the way Prometheus evaluates alerting rules, so that what
// the cockpit says can be checked against Prometheus on the same series (triggers replay).
//
// - A metric's value at an evaluation is its latest sample no older than the lookback
//   (5 minutes, inclusive at both ends as in Prometheus 2.x); NaN never satisfies a comparison.
// - A counter's increase over a range counts a drop as a reset (the new value is all increase),
//   and needs two samples in the range; with fewer there is no value.
// - "for": pending at the first evaluation where the condition holds, firing at the first
//   evaluation at least `for` later at which it has held at every evaluation since, inactive
//   at the first evaluation where it does not hold. With no `for`, firing at once.
namespace cockpit {

enum class AlertState
{
    Inactive,
    Pending,
    Firing,
};
QString alertStateToken(AlertState state); // "inactive", "pending", "firing"

// The samples of every metric, in time order (milliseconds since the epoch).
class SampleHistory
{
public:
    static constexpr qint64 kLookbackMs = qint64{5} * 60 * 1000;

    void add(const QString& metric, qint64 atMs, double value);
    // The latest sample in [atMs - lookbackMs, atMs].
    std::optional<double> valueAt(const QString& metric, qint64 atMs, qint64 lookbackMs = kLookbackMs) const;
    // When the latest sample at or before atMs was taken.
    std::optional<qint64> latestAt(const QString& metric, qint64 atMs) const;
    // The samples in [fromMs, atMs], the newest `limit` of them, oldest first.
    std::vector<std::pair<qint64, double>> samplesIn(const QString& metric, qint64 fromMs, qint64 atMs,
                                                     int limit = 20) const;
    // The counter's increase over [atMs - rangeMs, atMs] (no extrapolation); nothing with
    // fewer than two samples there.
    std::optional<double> increase(const QString& metric, qint64 atMs, qint64 rangeMs) const;
    // Forgets samples older than atMs (keeping the newest one before it, for the lookback).
    void dropBefore(qint64 atMs);
    bool isEmpty() const { return m_samples.isEmpty(); }

private:
    using Series = std::vector<std::pair<qint64, double>>;
    QHash<QString, Series> m_samples;
};

struct TriggerStatus
{
    QString id;
    AlertState state = AlertState::Inactive;
    bool hasData = false; // false: the metric had no sample to judge at the last evaluation
    std::optional<double> value; // what was compared (the value, or the counter's increase)
    qint64 activeAtMs = 0; // pending or firing since
    qint64 firedAtMs = 0;
    qint64 evaluatedAtMs = 0;
    QString raisedBy; // manual triggers: who raised it, and why
    QString reason;
    bool holding = false; // no data, and its policy holds the last state (on_no_data: hold)
    bool firedForNoData = false; // firing because its metric gave no data (on_no_data: fire)

    // "firing", "pending", "inactive", or "unknown" when inactive for want of data.
    QString displayToken() const;
};

// A sample that decided a transition or a verdict: when, what, and where it came from.
struct DecidingSample
{
    qint64 atMs = 0;
    double value = 0;
    QString source; // "prometheus: <query>", "probe: replication_lag_ms"
};

struct TriggerTransition
{
    QString trigger;
    AlertState from = AlertState::Inactive;
    AlertState to = AlertState::Inactive;
    qint64 atMs = 0;
    std::optional<double> value;
    QString reason; // "no data: on_no_data is fire", ...
    QList<DecidingSample> samples; // what decided it (the condition's window of samples)
};

// [{"at": ISO 8601 with ms, "at_ms", "value", "source"}], for the ledger and `watch --format json`.
QJsonArray decidingSamplesJson(const QList<DecidingSample>& samples);

// Where a metric's samples come from: "prometheus: <query>", "probe: replication_lag_ms", "a person".
QString describeSource(const MonitoredMetric& metric);

class TriggerEvaluator
{
public:
    explicit TriggerEvaluator(const Runbook& runbook);

    // One evaluation of every trigger at atMs; the state changes it made, in runbook order.
    // `failing`: metrics whose source fails now (their old samples in the lookback are not data).
    QList<TriggerTransition> evaluate(qint64 atMs, const SampleHistory& history, const QSet<QString>& failing = {});
    // The manual trigger ("critical security issue"): a person raises it, and clears it.
    Result<TriggerTransition> raise(const QString& triggerId, qint64 atMs, const QString& who, const QString& reason);
    Result<TriggerTransition> clear(const QString& triggerId, qint64 atMs, const QString& who);

    const QList<TriggerStatus>& statuses() const { return m_statuses; }
    const TriggerStatus* status(const QString& triggerId) const;
    const QList<Trigger>& triggers() const { return m_triggers; }
    bool anyFiring() const;

private:
    QList<Trigger> m_triggers;
    QHash<QString, MonitoredMetric> m_metrics;
    QList<TriggerStatus> m_statuses;
};

// `triggers replay`: a CSV with the header "timestamp,metric,value" (Unix seconds, a metric of
// the runbook, a number, NaN or ±Inf; values in the metric's unit), one evaluation at every
// distinct timestamp. Errors name the line.
Result<QList<TriggerTransition>> replayTriggers(const Runbook& runbook, const QByteArray& csv,
                                                const QString& sourceName);

} // namespace cockpit
