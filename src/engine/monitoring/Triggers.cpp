#include "Triggers.h"

#include <QJsonObject>

#include <QDateTime>

#include "core/Comparison.h"
#include "core/Unit.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace cockpit {
namespace {

class TriggersTr
{
    Q_DECLARE_TR_FUNCTIONS(cockpit::Triggers)
};

// The threshold in the metric's unit ("> 2 s" against a latency measured in ms).
double thresholdInMetricUnit(const Trigger& trigger, const MonitoredMetric* metric)
{
    if (!metric)
        return trigger.threshold;
    return convertUnit(trigger.threshold, trigger.unit, metric->unit).value_or(trigger.threshold);
}

bool satisfies(double value, Comparison comparison, double threshold)
{
    return !std::isnan(value) && compareNumbers(value, comparison, threshold);
}

} // namespace

QString alertStateToken(AlertState state)
{
    switch (state) {
    case AlertState::Inactive: return QStringLiteral("inactive");
    case AlertState::Pending: return QStringLiteral("pending");
    case AlertState::Firing: return QStringLiteral("firing");
    }
    return QStringLiteral("inactive");
}

QString TriggerStatus::displayToken() const
{
    if (state == AlertState::Inactive && !hasData && !holding)
        return QStringLiteral("unknown");
    return alertStateToken(state);
}

QJsonArray decidingSamplesJson(const QList<DecidingSample>& samples)
{
    QJsonArray list;
    for (const DecidingSample& d : samples)
        list.append(QJsonObject{
            {QStringLiteral("at"), QDateTime::fromMSecsSinceEpoch(d.atMs, Qt::UTC).toString(Qt::ISODateWithMs)},
            {QStringLiteral("at_ms"), d.atMs},
            {QStringLiteral("value"),
             std::isfinite(d.value) ? QJsonValue(d.value) : QJsonValue(QString::number(d.value))},
            {QStringLiteral("source"), d.source}});
    return list;
}

QString describeSource(const MonitoredMetric& metric)
{
    switch (metric.source.kind) {
    case MetricSource::Kind::Query: return QStringLiteral("prometheus: ") + metric.source.query;
    case MetricSource::Kind::Probe: return QStringLiteral("probe: ") + metricProbeToken(metric.source.probe);
    case MetricSource::Kind::Manual: break;
    }
    return QStringLiteral("person");
}

// --- SampleHistory -----------------------------------------------------------------------

std::vector<std::pair<qint64, double>> SampleHistory::samplesIn(const QString& metric, qint64 fromMs, qint64 atMs,
                                                                int limit) const
{
    std::vector<std::pair<qint64, double>> found;
    const auto it = m_samples.constFind(metric);
    if (it == m_samples.constEnd())
        return found;
    for (const auto& sample : it.value()) {
        if (sample.first >= fromMs && sample.first <= atMs)
            found.push_back(sample);
    }
    if (limit > 0 && found.size() > static_cast<size_t>(limit))
        found.erase(found.begin(), found.end() - limit);
    return found;
}

void SampleHistory::add(const QString& metric, qint64 atMs, double value)
{
    Series& series = m_samples[metric];
    if (series.empty() || series.back().first < atMs) {
        series.emplace_back(atMs, value);
        return;
    }
    const auto it = std::lower_bound(series.begin(), series.end(), atMs,
                                     [](const std::pair<qint64, double>& s, qint64 t) { return s.first < t; });
    if (it != series.end() && it->first == atMs)
        it->second = value; // one sample per instant: the later report wins
    else
        series.insert(it, {atMs, value});
}

std::optional<qint64> SampleHistory::latestAt(const QString& metric, qint64 atMs) const
{
    const auto found = m_samples.constFind(metric);
    if (found == m_samples.constEnd())
        return std::nullopt;
    const Series& series = found.value();
    auto it = std::upper_bound(series.begin(), series.end(), atMs,
                               [](qint64 t, const std::pair<qint64, double>& s) { return t < s.first; });
    if (it == series.begin())
        return std::nullopt;
    return std::prev(it)->first;
}

std::optional<double> SampleHistory::valueAt(const QString& metric, qint64 atMs, qint64 lookbackMs) const
{
    const auto sampledAt = latestAt(metric, atMs);
    if (!sampledAt || *sampledAt < atMs - lookbackMs)
        return std::nullopt;
    const Series& series = *m_samples.constFind(metric);
    const auto it = std::lower_bound(series.begin(), series.end(), *sampledAt,
                                     [](const std::pair<qint64, double>& s, qint64 t) { return s.first < t; });
    return it->second;
}

std::optional<double> SampleHistory::increase(const QString& metric, qint64 atMs, qint64 rangeMs) const
{
    const auto found = m_samples.constFind(metric);
    if (found == m_samples.constEnd())
        return std::nullopt;
    const Series& series = found.value();
    auto first = std::lower_bound(series.begin(), series.end(), atMs - rangeMs,
                                  [](const std::pair<qint64, double>& s, qint64 t) { return s.first < t; });
    auto last = std::upper_bound(series.begin(), series.end(), atMs,
                                 [](qint64 t, const std::pair<qint64, double>& s) { return t < s.first; });
    if (std::distance(first, last) < 2)
        return std::nullopt;
    double total = 0;
    for (auto it = std::next(first); it != last; ++it) {
        const double previous = std::prev(it)->second;
        const double current = it->second;
        if (std::isnan(current) || std::isnan(previous))
            return std::numeric_limits<double>::quiet_NaN();
        total += current >= previous ? current - previous : current; // a drop is a reset
    }
    return total;
}

void SampleHistory::dropBefore(qint64 atMs)
{
    for (auto it = m_samples.begin(); it != m_samples.end(); ++it) {
        Series& series = it.value();
        auto keep = std::lower_bound(series.begin(), series.end(), atMs,
                                     [](const std::pair<qint64, double>& s, qint64 t) { return s.first < t; });
        if (keep != series.begin())
            --keep; // the newest one before, for the lookback
        series.erase(series.begin(), keep);
    }
}

// --- TriggerEvaluator --------------------------------------------------------------------

TriggerEvaluator::TriggerEvaluator(const Runbook& runbook) : m_triggers(runbook.rollback.triggers)
{
    for (const MonitoredMetric& metric : runbook.monitoring.metrics)
        m_metrics.insert(metric.id, metric);
    for (const Trigger& trigger : m_triggers) {
        TriggerStatus status;
        status.id = trigger.id;
        status.hasData = trigger.kind == Trigger::Kind::Manual; // a person is the source
        m_statuses.append(status);
    }
}

const TriggerStatus* TriggerEvaluator::status(const QString& triggerId) const
{
    for (const TriggerStatus& status : m_statuses) {
        if (status.id == triggerId)
            return &status;
    }
    return nullptr;
}

bool TriggerEvaluator::anyFiring() const
{
    return std::any_of(m_statuses.begin(), m_statuses.end(),
                       [](const TriggerStatus& s) { return s.state == AlertState::Firing; });
}

QList<TriggerTransition> TriggerEvaluator::evaluate(qint64 atMs, const SampleHistory& history,
                                                    const QSet<QString>& failing)
{
    QList<TriggerTransition> transitions;
    for (qsizetype i = 0; i < m_triggers.size(); ++i) {
        const Trigger& trigger = m_triggers[i];
        TriggerStatus& status = m_statuses[i];
        if (trigger.kind == Trigger::Kind::Manual)
            continue;
        const auto metricIt = m_metrics.constFind(trigger.metric);
        const MonitoredMetric* metric = metricIt == m_metrics.constEnd() ? nullptr : &metricIt.value();
        const bool counter = metric && metric->counter && trigger.kind != Trigger::Kind::Threshold;
        const qint64 range = counter
            ? (trigger.kind == Trigger::Kind::EventCount && trigger.window.count() > 0 ? qint64(trigger.window.count())
                                                                                       : SampleHistory::kLookbackMs)
            : 0;
        std::optional<double> value;
        if (counter)
            value = history.increase(trigger.metric, atMs, range);
        else
            value = history.valueAt(trigger.metric, atMs);
        status.value = value;
        status.hasData = value.has_value() && !std::isnan(*value) && !failing.contains(trigger.metric);
        status.evaluatedAtMs = atMs;
        const AlertState before = status.state;
        const bool wasHolding = status.holding;
        status.holding = false;
        QString reason;
        if (!status.hasData && trigger.onNoData == NoDataPolicy::Hold) {
            // The last state stays (a pending "for" does not run on while there is no data).
            status.holding = true;
            if (status.state == AlertState::Pending)
                status.activeAtMs = atMs;
            if (!wasHolding)
                reason = TriggersTr::tr("no data: holding the last state (%1), as on_no_data says")
                             .arg(alertStateToken(status.state));
        } else if (!status.hasData && trigger.onNoData == NoDataPolicy::Fire) {
            if (status.state != AlertState::Firing) {
                status.activeAtMs = status.firedAtMs = atMs;
                status.state = AlertState::Firing;
            }
            status.firedForNoData = true;
            reason = TriggersTr::tr("no data: fired, as on_no_data says");
        } else {
            status.firedForNoData = false;
            const bool holds = value && satisfies(*value, trigger.comparison, thresholdInMetricUnit(trigger, metric));
            if (!holds) {
                status.state = AlertState::Inactive;
            } else {
                if (status.state == AlertState::Inactive) {
                    status.state = AlertState::Pending;
                    status.activeAtMs = atMs;
                }
                const qint64 holdMs
                    = trigger.kind == Trigger::Kind::Threshold ? qint64(trigger.forDuration.count()) : 0;
                if (status.state == AlertState::Pending && atMs - status.activeAtMs >= holdMs) {
                    status.state = AlertState::Firing;
                    status.firedAtMs = atMs;
                }
            }
        }
        if (status.state != before || (!reason.isEmpty() && status.holding)) {
            TriggerTransition t{trigger.id, before, status.state, atMs, value, reason, {}};
            // The samples that decided it: the condition's window ("for", or the counter's
            // range), at least the last minute, the newest twenty.
            const qint64 window = std::max<qint64>({qint64(60000), qint64(trigger.forDuration.count()), range});
            const QString source = metric ? describeSource(*metric) : trigger.metric;
            for (const auto& [at, v] : history.samplesIn(trigger.metric, atMs - window, atMs))
                t.samples.append({at, v, source});
            transitions.append(t);
        }
    }
    return transitions;
}

Result<TriggerTransition> TriggerEvaluator::raise(const QString& triggerId, qint64 atMs, const QString& who,
                                                  const QString& reason)
{
    for (qsizetype i = 0; i < m_triggers.size(); ++i) {
        if (m_triggers[i].id != triggerId)
            continue;
        if (m_triggers[i].kind != Trigger::Kind::Manual)
            return makeError(ErrorKind::InvalidInput,
                             TriggersTr::tr("\"%1\" is evaluated from its metric; only a manual trigger is raised "
                                            "by a person")
                                 .arg(triggerId));
        if (reason.trimmed().isEmpty())
            return makeError(ErrorKind::InvalidInput, TriggersTr::tr("raising a trigger needs a reason"), triggerId);
        TriggerStatus& status = m_statuses[i];
        const AlertState before = status.state;
        status.state = AlertState::Firing;
        status.activeAtMs = status.firedAtMs = atMs;
        status.raisedBy = who;
        status.reason = reason;
        return TriggerTransition{triggerId, before, AlertState::Firing, atMs, std::nullopt, reason, {}};
    }
    return makeError(ErrorKind::NotFound, TriggersTr::tr("no trigger \"%1\" in the runbook").arg(triggerId));
}

Result<TriggerTransition> TriggerEvaluator::clear(const QString& triggerId, qint64 atMs, const QString& who)
{
    for (qsizetype i = 0; i < m_triggers.size(); ++i) {
        if (m_triggers[i].id != triggerId || m_triggers[i].kind != Trigger::Kind::Manual)
            continue;
        TriggerStatus& status = m_statuses[i];
        const AlertState before = status.state;
        status.state = AlertState::Inactive;
        status.raisedBy = who;
        status.reason.clear();
        return TriggerTransition{triggerId, before, AlertState::Inactive, atMs, std::nullopt, {}, {}};
    }
    return makeError(ErrorKind::NotFound, TriggersTr::tr("no manual trigger \"%1\" in the runbook").arg(triggerId));
}

// --- replay --------------------------------------------------------------------------------

Result<QList<TriggerTransition>> replayTriggers(const Runbook& runbook, const QByteArray& csv,
                                                const QString& sourceName)
{
    const QList<QByteArray> lines = csv.split('\n');
    const auto lineError = [&](int line, const QString& message) {
        return makeError(ErrorKind::InvalidInput, message, QStringLiteral("%1:%2").arg(sourceName).arg(line),
                         TriggersTr::tr("Each line is timestamp,metric,value: Unix seconds, a metric of the "
                                        "runbook's monitoring.metrics, and a number (NaN, +Inf, -Inf allowed)."));
    };
    int headerLine = 0;
    for (int i = 0; i < lines.size(); ++i) {
        if (!lines[i].trimmed().isEmpty()) {
            headerLine = i + 1;
            break;
        }
    }
    if (headerLine == 0)
        return lineError(1, TriggersTr::tr("the file is empty (expected the header timestamp,metric,value)"));
    if (lines[headerLine - 1].trimmed() != "timestamp,metric,value")
        return lineError(headerLine,
                         // NOLINTNEXTLINE(modernize-raw-string-literal): lupdate reads this literal
                         TriggersTr::tr("expected the header \"timestamp,metric,value\", found \"%1\"")
                             .arg(QString::fromUtf8(lines[headerLine - 1].trimmed().left(80))));

    QMap<qint64, QList<std::pair<QString, double>>> byTime;
    for (int i = headerLine; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.split(',');
        if (fields.size() != 3)
            return lineError(i + 1, TriggersTr::tr("expected 3 fields, found %1").arg(fields.size()));
        bool ok = false;
        const double seconds = fields[0].trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(seconds))
            return lineError(i + 1,
                             TriggersTr::tr("bad timestamp \"%1\" (Unix seconds)")
                                 .arg(QString::fromUtf8(fields[0].trimmed().left(40))));
        const QString metric = QString::fromUtf8(fields[1].trimmed());
        if (!runbook.findMetric(metric))
            return lineError(i + 1, TriggersTr::tr("no metric \"%1\" in the runbook").arg(metric.left(80)));
        const QByteArray text = fields[2].trimmed();
        double value = 0;
        if (text.compare("nan", Qt::CaseInsensitive) == 0)
            value = std::numeric_limits<double>::quiet_NaN();
        else if (text == "+Inf" || text.compare("inf", Qt::CaseInsensitive) == 0)
            value = std::numeric_limits<double>::infinity();
        else if (text == "-Inf")
            value = -std::numeric_limits<double>::infinity();
        else {
            value = text.toDouble(&ok);
            if (!ok)
                return lineError(i + 1, TriggersTr::tr("bad value \"%1\"").arg(QString::fromUtf8(text.left(40))));
        }
        byTime[qint64(std::llround(seconds * 1000.0))].append({metric, value});
    }

    SampleHistory history;
    TriggerEvaluator evaluator(runbook);
    QList<TriggerTransition> transitions;
    for (auto it = byTime.constBegin(); it != byTime.constEnd(); ++it) {
        for (const auto& [metric, value] : it.value())
            history.add(metric, it.key(), value);
        transitions.append(evaluator.evaluate(it.key(), history));
    }
    return transitions;
}

} // namespace cockpit
