#include "Watch.h"

#include "core/Comparison.h"
#include "core/RunbookDescribe.h"
#include "core/Unit.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace cockpit::monitoring {
namespace {

class WatchTr
{
    Q_DECLARE_TR_FUNCTIONS(cockpit::monitoring::Watch)
};

bool holds(double value, Comparison comparison, double threshold)
{
    return !std::isnan(value) && compareNumbers(value, comparison, threshold);
}

QString isoMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

QString metricHealthToken(MetricHealth health)
{
    switch (health) {
    case MetricHealth::Ok: return QStringLiteral("ok");
    case MetricHealth::Warning: return QStringLiteral("warning");
    case MetricHealth::Alert: return QStringLiteral("alert");
    case MetricHealth::Unknown: return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

QString criterionStateToken(CriterionView::State state)
{
    switch (state) {
    case CriterionView::State::Holding: return QStringLiteral("holding");
    case CriterionView::State::Violated: return QStringLiteral("violated");
    case CriterionView::State::Unknown: return QStringLiteral("unknown");
    case CriterionView::State::Confirmed: return QStringLiteral("confirmed");
    }
    return QStringLiteral("unknown");
}

double limitInUnit(const Limit& limit, Unit unit)
{
    return convertUnit(limit.value, limit.unit, unit).value_or(limit.value);
}

MetricHealth judgeMetric(const MonitoredMetric& metric, std::optional<double> value)
{
    if (!value || std::isnan(*value))
        return MetricHealth::Unknown;
    if (metric.alert && holds(*value, metric.alert->comparison, limitInUnit(*metric.alert, metric.unit)))
        return MetricHealth::Alert;
    if (metric.target && !holds(*value, metric.target->comparison, limitInUnit(*metric.target, metric.unit)))
        return MetricHealth::Warning;
    return MetricHealth::Ok;
}

WatchState::WatchState(const Runbook& runbook) : m_runbook(runbook), m_triggers(runbook)
{
    for (const MonitoredMetric& metric : runbook.monitoring.metrics)
        m_metrics.append(MetricView{metric.id, std::nullopt, 0, QString(), 0, MetricHealth::Unknown});
    for (const Criterion& criterion : runbook.successCriteria) {
        CriterionView view;
        view.id = criterion.id;
        m_criteria.append(view);
    }
}

const MetricView* WatchState::metric(const QString& id) const
{
    for (const MetricView& m : m_metrics) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

QString WatchState::describeResponse(const MonitoredMetric& metric) const
{
    const ResponseRow* row = m_runbook.findResponse(metric.response);
    if (!row)
        return {};
    return WatchTr::tr("%1: %2, respond within %3: %4")
        .arg(row->title, severityTitle(row->severity),
             row->timeout ? describeDurationLong(*row->timeout) : WatchTr::tr("no limit"), row->action);
}

QString WatchState::describeContact(const MonitoredMetric& metric) const
{
    const Contact* c = m_runbook.findContact(metric.contact);
    if (!c)
        return {};
    QString text = WatchTr::tr("%1: %2").arg(c->title, c->contact);
    if (!c->backup.isEmpty() || !c->oncall.isEmpty())
        text += WatchTr::tr(" (backup %1, on call %2)").arg(c->backup, c->oncall);
    return text;
}

WatchUpdate WatchState::apply(const QList<MetricReading>& readings, qint64 nowMs)
{
    WatchUpdate update;
    for (const MetricReading& reading : readings)
        nowMs = std::max(nowMs, reading.atMs); // never evaluate before a reading it was given
    for (const MetricReading& reading : readings) {
        const MonitoredMetric* definition = m_runbook.findMetric(reading.metric);
        auto it = std::find_if(m_metrics.begin(), m_metrics.end(),
                               [&](const MetricView& m) { return m.id == reading.metric; });
        if (!definition || it == m_metrics.end())
            continue;
        MetricView& view = *it;
        const MetricHealth before = view.health;
        if (reading.value && std::isnan(*reading.value)) {
            // Prometheus answered NaN: a sample that satisfies nothing (the lookback must not
            // carry the previous value over it), and a metric whose state is unknown.
            m_history.add(reading.metric, reading.atMs, *reading.value);
            if (view.error.isEmpty())
                view.failingSinceMs = reading.atMs;
            view.error = reading.error.isEmpty() ? QStringLiteral("NaN") : reading.error;
            view.health = MetricHealth::Unknown;
        } else if (reading.value) {
            m_history.add(reading.metric, reading.atMs, *reading.value);
            view.value = reading.value;
            view.valueAtMs = reading.atMs;
            view.error.clear();
            view.failingSinceMs = 0;
            view.health = judgeMetric(*definition, reading.value);
        } else {
            if (view.error.isEmpty())
                view.failingSinceMs = reading.atMs;
            view.error = reading.error;
            view.health = MetricHealth::Unknown; // the kept value is stale, never judged healthy
        }
        const bool wasAlert = before == MetricHealth::Alert;
        const bool isAlert = view.health == MetricHealth::Alert;
        if (wasAlert != isAlert && (isAlert || view.health != MetricHealth::Unknown)) {
            update.alerts.append(AlertEvent{view.id, isAlert, reading.atMs, view.value, describeResponse(*definition),
                                            describeContact(*definition)});
        }
    }
    // A metric whose source fails has no data now, whatever its old samples in the lookback say.
    QSet<QString> failing;
    for (const MetricView& view : m_metrics) {
        if (view.stale() || !view.value)
            failing.insert(view.id);
    }
    update.transitions = m_triggers.evaluate(nowMs, m_history, failing);
    m_lastEvaluationMs = nowMs;
    refreshAges(nowMs);

    // The success criteria that data can judge.
    for (qsizetype i = 0; i < m_criteria.size(); ++i) {
        const Criterion& criterion = m_runbook.successCriteria[i];
        CriterionView& view = m_criteria[i];
        if (criterion.kind != Criterion::Kind::Metric || !criterion.comparison || !criterion.threshold)
            continue;
        const MonitoredMetric* definition = m_runbook.findMetric(criterion.metric);
        auto value = m_history.valueAt(criterion.metric, nowMs);
        if (value && definition && definition->counter && m_trackingSince.isValid()) {
            // A running count (failovers): what it gained since the success window began.
            const qint64 since = m_trackingSince.toMSecsSinceEpoch();
            const auto gained = m_history.increase(criterion.metric, nowMs, nowMs - since);
            value = gained ? gained : (nowMs <= since ? std::optional<double>(0) : std::nullopt);
        }
        view.value = value;
        const MetricView* measured = metric(criterion.metric);
        view.holding = false;
        if (!value || std::isnan(*value) || !definition || !measured || measured->stale()) {
            switch (criterion.onNoData) {
            case NoDataPolicy::Unknown: view.state = CriterionView::State::Unknown; break; // never holds
            case NoDataPolicy::Hold: view.holding = true; break; // the last state, said to be held
            case NoDataPolicy::Fire:
                if (view.violations.isEmpty() || view.violations.last().toMs != 0) {
                    view.violations.append(Violation{nowMs, 0, std::nullopt});
                    update.criteria.append({criterion.id, true, nowMs, std::nullopt});
                }
                view.state = CriterionView::State::Violated;
                break;
            }
            continue;
        }
        const double threshold
            = convertUnit(*criterion.threshold, criterion.unit, definition->unit).value_or(*criterion.threshold);
        const bool ok = holds(*value, *criterion.comparison, threshold);
        Violation* open
            = view.violations.isEmpty() || view.violations.last().toMs != 0 ? nullptr : &view.violations.last();
        if (!ok) {
            if (!open) {
                view.violations.append(Violation{nowMs, 0, value});
                update.criteria.append({criterion.id, true, nowMs, value});
            } else if (!open->worst || std::abs(*value - threshold) > std::abs(*open->worst - threshold))
                open->worst = value;
            view.state = CriterionView::State::Violated;
        } else {
            if (open) {
                open->toMs = nowMs;
                update.criteria.append({criterion.id, false, nowMs, value});
            }
            view.state = CriterionView::State::Holding;
        }
    }
    return update;
}

QList<TriggerTransition> WatchState::backfill(const QHash<QString, std::vector<std::pair<qint64, double>>>& samples,
                                              qint64 fromMs, qint64 toMs, qint64 stepMs)
{
    for (auto it = samples.begin(); it != samples.end(); ++it) {
        for (const auto& [at, value] : it.value())
            m_history.add(it.key(), at, value);
    }
    QList<TriggerTransition> transitions;
    if (stepMs <= 0)
        return transitions;
    for (qint64 at = fromMs; at <= toMs; at += stepMs)
        transitions.append(m_triggers.evaluate(at, m_history));
    m_lastEvaluationMs = toMs;
    return transitions;
}

void WatchState::restorePersonRecords(const QList<AuditEntry>& records)
{
    for (const AuditEntry& e : records) {
        const qint64 at = e.at.toMSecsSinceEpoch();
        if (e.entity == QLatin1String("trigger")) {
            if (e.newValue.contains(QLatin1String("raised_by_person")))
                (void)m_triggers.raise(e.entityId, at, e.actor, e.comment);
            else if (e.newValue.contains(QLatin1String("cleared_by_person")))
                (void)m_triggers.clear(e.entityId, at, e.actor);
        } else if (e.entity == QLatin1String("success") && e.field == QLatin1String("confirmed")) {
            (void)confirmCriterion(e.entityId, e.actor, e.comment, e.at);
        } else if (e.entity == QLatin1String("success")
                   && (e.field == QLatin1String("violated") || e.field == QLatin1String("holding"))) {
            // The violations of this rollout's success window, as the watch recorded them.
            for (CriterionView& c : m_criteria) {
                if (c.id != e.entityId)
                    continue;
                const bool open = !c.violations.isEmpty() && c.violations.last().toMs == 0;
                if (e.field == QLatin1String("violated") && !open)
                    c.violations.append(Violation{at, 0, std::nullopt});
                else if (e.field == QLatin1String("holding") && open)
                    c.violations.last().toMs = at;
            }
        }
    }
}

Result<Done> WatchState::confirmCriterion(const QString& criterionId, const QString& who, const QString& evidence,
                                          const QDateTime& at)
{
    for (qsizetype i = 0; i < m_criteria.size(); ++i) {
        if (m_criteria[i].id != criterionId)
            continue;
        if (m_runbook.successCriteria[i].kind == Criterion::Kind::Metric)
            return makeError(ErrorKind::InvalidInput,
                             WatchTr::tr("\"%1\" is judged from its metric, not by a person").arg(criterionId));
        if (evidence.trimmed().isEmpty())
            return makeError(ErrorKind::InvalidInput, WatchTr::tr("a confirmation needs its evidence"), criterionId);
        m_criteria[i].state = CriterionView::State::Confirmed;
        m_criteria[i].confirmedBy = who;
        m_criteria[i].evidence = evidence;
        m_criteria[i].confirmedAt = at;
        return Done{};
    }
    return makeError(ErrorKind::NotFound, WatchTr::tr("no success criterion \"%1\"").arg(criterionId));
}

void WatchState::refreshAges(qint64 nowMs)
{
    // A value older than two and a half intervals (at least 30 s) is stale even if no reading
    // failed: the sampler is paused, stuck, or the window stopped receiving.
    for (MetricView& view : m_metrics) {
        const MonitoredMetric* definition = m_runbook.findMetric(view.id);
        if (!definition || definition->source.kind == MetricSource::Kind::Manual || !view.value
            || !view.error.isEmpty())
            continue;
        const qint64 limit = std::max<qint64>(30000, qint64(definition->interval.count()) * 5 / 2);
        if (nowMs - view.valueAtMs > limit) {
            view.error = QStringLiteral("no new value for %1 s").arg((nowMs - view.valueAtMs) / 1000);
            view.failingSinceMs = view.valueAtMs + limit;
            view.health = MetricHealth::Unknown;
        }
    }
}

QString WatchState::triggerToken(qsizetype index) const
{
    const Trigger& t = m_triggers.triggers().at(index);
    const TriggerStatus& s = m_triggers.statuses().at(index);
    if (s.state == AlertState::Inactive && t.kind != Trigger::Kind::Manual && !s.holding) {
        const MetricView* view = metric(t.metric);
        if (!s.hasData || !view || view->stale() || !view->value)
            return QStringLiteral("unknown");
    }
    return alertStateToken(s.state);
}

QJsonObject WatchState::toJson() const
{
    QJsonArray metrics;
    for (const MetricView& view : m_metrics) {
        const MonitoredMetric* definition = m_runbook.findMetric(view.id);
        QJsonObject o{{QStringLiteral("id"), view.id},
                      {QStringLiteral("title"), definition ? definition->title : view.id},
                      {QStringLiteral("unit"), definition ? unitToken(definition->unit) : QString()},
                      {QStringLiteral("state"), metricHealthToken(view.health)}};
        if (view.value) {
            o[QStringLiteral("value")]
                = std::isfinite(*view.value) ? QJsonValue(*view.value) : QJsonValue(QString::number(*view.value));
            o[QStringLiteral("at")] = isoMs(view.valueAtMs);
        }
        if (view.stale()) {
            o[QStringLiteral("error")] = view.error;
            o[QStringLiteral("stale_since")] = isoMs(view.failingSinceMs);
        }
        if (definition && definition->source.kind == MetricSource::Kind::Manual)
            o[QStringLiteral("state")] = QStringLiteral("manual");
        metrics.append(o);
    }
    QJsonArray triggers;
    for (qsizetype i = 0; i < m_triggers.triggers().size(); ++i) {
        const Trigger& t = m_triggers.triggers()[i];
        const TriggerStatus& s = m_triggers.statuses()[i];
        QJsonObject o{{QStringLiteral("id"), t.id},
                      {QStringLiteral("title"), t.title},
                      {QStringLiteral("state"), triggerToken(i)}};
        if (s.value && std::isfinite(*s.value))
            o[QStringLiteral("value")] = *s.value;
        if (s.state != AlertState::Inactive)
            o[QStringLiteral("active_since")] = isoMs(s.activeAtMs);
        if (s.state == AlertState::Firing)
            o[QStringLiteral("firing_since")] = isoMs(s.firedAtMs);
        if (!s.reason.isEmpty())
            o[QStringLiteral("reason")] = s.reason;
        if (t.kind != Trigger::Kind::Manual)
            o[QStringLiteral("on_no_data")] = noDataPolicyToken(t.onNoData);
        if (s.holding)
            o[QStringLiteral("holding")] = true;
        if (s.firedForNoData && s.state == AlertState::Firing)
            o[QStringLiteral("fired_for_no_data")] = true;
        triggers.append(o);
    }
    QJsonArray criteria;
    for (qsizetype i = 0; i < m_criteria.size(); ++i) {
        const CriterionView& v = m_criteria[i];
        QJsonObject o{{QStringLiteral("id"), v.id},
                      {QStringLiteral("title"), m_runbook.successCriteria[i].title},
                      {QStringLiteral("state"), criterionStateToken(v.state)},
                      {QStringLiteral("judged_by"),
                       m_runbook.successCriteria[i].kind == Criterion::Kind::Metric ? QStringLiteral("data")
                                                                                    : QStringLiteral("person")}};
        QJsonArray violations;
        for (const Violation& x : v.violations) {
            QJsonObject vo{{QStringLiteral("from"), isoMs(x.fromMs)}};
            if (x.toMs)
                vo[QStringLiteral("to")] = isoMs(x.toMs);
            violations.append(vo);
        }
        if (!violations.isEmpty())
            o[QStringLiteral("violations")] = violations;
        if (m_runbook.successCriteria[i].kind == Criterion::Kind::Metric)
            o[QStringLiteral("on_no_data")] = noDataPolicyToken(m_runbook.successCriteria[i].onNoData);
        if (v.holding)
            o[QStringLiteral("holding")] = true;
        criteria.append(o);
    }
    QJsonObject root{{QStringLiteral("evaluated_at"), isoMs(m_lastEvaluationMs)},
                     {QStringLiteral("metrics"), metrics},
                     {QStringLiteral("triggers"), triggers},
                     {QStringLiteral("success_criteria"), criteria},
                     {QStringLiteral("firing"), m_triggers.anyFiring()}};
    if (m_trackingSince.isValid()) {
        root[QStringLiteral("tracking_since")] = m_trackingSince.toUTC().toString(Qt::ISODate);
        root[QStringLiteral("success_window_ends")]
            = m_trackingSince.addMSecs(qint64(m_runbook.successWindow.count())).toUTC().toString(Qt::ISODate);
    }
    return root;
}

} // namespace cockpit::monitoring
