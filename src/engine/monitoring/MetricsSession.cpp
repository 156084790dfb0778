#include "MetricsSession.h"

#include "core/Clock.h"
#include "core/Continuation.h"
#include "engine/migration/Blocking.h"
#include "engine/migration/MigrationRunner.h"
#include "engine/services/ExecSetup.h"
#include "store/AsyncStore.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace cockpit::monitoring {
namespace {

class SessionTr
{
    Q_DECLARE_TR_FUNCTIONS(cockpit::monitoring::MetricsSession)
};

using Samples = QHash<QString, std::vector<std::pair<qint64, double>>>;

qint64 nowMs()
{
    return Clock::system().nowUtc().toMSecsSinceEpoch();
}

} // namespace

MetricsSession::MetricsSession(AsyncStore& store, ExecSetup& exec, QObject* parent)
    : QObject(parent), m_store(store), m_exec(exec), m_state(std::make_unique<WatchState>(Runbook{}))
{
    qRegisterMetaType<cockpit::monitoring::WatchUpdate>();
}

MetricsSession::~MetricsSession()
{
    stop(true);
}

void MetricsSession::stop(bool wait)
{
    ++m_generation; // answers of the old context are dropped when they arrive
    if (m_thread) {
        m_stop->store(true);
        QThread* thread = m_thread;
        m_thread = nullptr;
        connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        m_retired.append(thread);
    }
    if (!wait)
        return;
    for (const QPointer<QThread>& thread : std::as_const(m_retired)) {
        if (thread) {
            thread->wait();
            delete thread.data();
        }
    }
    m_retired.clear();
}

void MetricsSession::setPaused(bool paused)
{
    m_paused->store(paused);
}

void MetricsSession::setContext(const Runbook& runbook, const std::optional<ConnectionProfile>& profile,
                                qint64 rolloutId, const QString& actor)
{
    stop(false);
    m_runbook = runbook;
    m_profile = profile;
    m_rolloutId = rolloutId;
    m_actor = actor;
    m_state = std::make_unique<WatchState>(runbook);
    m_series.clear();
    m_minute.clear();
    m_watchingSinceMs = nowMs();
    m_state->setTrackingSince(QDateTime::fromMSecsSinceEpoch(m_watchingSinceMs, Qt::UTC));
    if (!m_profile || m_rolloutId == 0)
        return;
    // The passwords first (the keychain answers on this thread), then the sampling thread.
    const quint64 generation = m_generation;
    onFinished(m_exec.prepare({m_runbook, *m_profile, m_rolloutId, m_actor}), this,
               [this, generation](const std::pair<migration::ExecContext, QStringList>& prepared) {
                   if (generation == m_generation)
                       launch(prepared.first);
               });
}

void MetricsSession::launch(migration::ExecContext context)
{
    m_stop = std::make_shared<std::atomic_bool>(false);
    context.abortRequested = m_stop.get();
    QPointer<MetricsSession> self(this);
    const auto stopFlag = m_stop;
    const auto paused = m_paused;
    const qint64 spanMs = m_backfillSpan.count();
    const qint64 overrideMs = m_intervalOverride.count();
    const QDateTime watchStart = QDateTime::fromMSecsSinceEpoch(m_watchingSinceMs, Qt::UTC);
    const quint64 generation = m_generation;
    m_thread = QThread::create([context, self, stopFlag, paused, spanMs, overrideMs, watchStart, generation]() mutable {
        // When the success window starts: the end of the migration's phase 2, if the journal has it.
        QDateTime since = watchStart;
        {
            migration::MigrationRunner runner(context);
            if (const auto journal = runner.readJournalNow()) {
                const migration::Plan plan = migration::buildPlan(context.runbook, migration::Procedure::Migration);
                const QString phase2 = plan.phaseIds.value(1);
                if (const QDateTime ended = phase2.isEmpty() ? QDateTime() : journal->phaseEnded(plan, phase2);
                    ended.isValid())
                    since = ended;
            }
        }
        MetricSampler sampler(context);
        // What this rollout's watch kept in the store (probes Prometheus has no history of).
        QList<MetricBucket> kept;
        QList<AuditEntry> personRecords; // a security issue raised, criteria confirmed
        context.withStore([&](Store& store) {
            if (const auto history = store.metricHistory(context.rolloutId, watchStart.toMSecsSinceEpoch() - spanMs))
                kept = history.value();
            for (const QString& entity : {QStringLiteral("trigger"), QStringLiteral("success")}) {
                if (const auto r = store.records(context.rolloutId, entity))
                    personRecords += r.value();
            }
        });
        std::sort(personRecords.begin(), personRecords.end(),
                  [](const AuditEntry& a, const AuditEntry& b) { return a.id < b.id; });
        // The recent past from Prometheus, at a step that keeps each series under ~3,000 points.
        const qint64 toMs = watchStart.toMSecsSinceEpoch();
        const qint64 fromMs = toMs - spanMs;
        const qint64 stepMs = std::max<qint64>(15000, spanMs / 2880);
        Samples past;
        QStringList problems;
        for (const MonitoredMetric& metric : context.runbook.monitoring.metrics) {
            if (stopFlag->load())
                return;
            if (!hasHistory(metric))
                continue;
            const qint64 start = backfillStart(metric, fromMs, since);
            const auto history = sampler.backfill(metric, QDateTime::fromMSecsSinceEpoch(start, Qt::UTC), watchStart,
                                                  std::chrono::milliseconds(std::max(stepMs, (toMs - start) / 2880)));
            if (history)
                past.insert(metric.id, history.value());
            else
                problems.append(
                    SessionTr::tr("%1: history unavailable (%2)").arg(metric.title, history.error().message));
        }
        QMetaObject::invokeMethod(self,
                                  [self, past, fromMs, toMs, stepMs, problems, since, kept, personRecords, generation] {
                                      if (!self || self->m_generation != generation)
                                          return;
                                      self->m_state->setTrackingSince(since);
                                      self->m_state->restorePersonRecords(personRecords);
                                      self->onBackfill(past, fromMs, toMs, stepMs, problems, kept);
                                  });

        QHash<QString, qint64> due;
        while (!stopFlag->load()) {
            const qint64 now = nowMs();
            QList<MonitoredMetric> round;
            for (const MonitoredMetric& metric : context.runbook.monitoring.metrics) {
                if (metric.source.kind == MetricSource::Kind::Manual)
                    continue;
                if (due.value(metric.id, 0) <= now) {
                    round.append(metric);
                    qint64 interval = std::max<qint64>(1000, metric.interval.count());
                    if (overrideMs > 0)
                        interval = std::min(interval, overrideMs);
                    due.insert(metric.id, now + interval);
                }
            }
            if (!round.isEmpty() && !paused->load()) {
                const QList<MetricReading> readings = sampler.sampleAll(round);
                QMetaObject::invokeMethod(self, [self, readings, generation] {
                    if (self && self->m_generation == generation)
                        self->onReadings(readings);
                });
            }
            for (int i = 0; i < 10 && !stopFlag->load(); ++i)
                migration::pauseFor(std::chrono::milliseconds(100));
        }
    });
    m_thread->start();
}

void MetricsSession::onBackfill(const Samples& fromPrometheus, qint64 fromMs, qint64 toMs, qint64 stepMs,
                                const QStringList& problems, const QList<MetricBucket>& kept)
{
    // A metric Prometheus has no past of takes what the store kept: each minute's last value for
    // the triggers, its smallest and largest for the charts (a peak stays a peak).
    Samples samples = fromPrometheus;
    for (const MetricBucket& b : kept) {
        if (fromPrometheus.contains(b.metric) && !fromPrometheus.value(b.metric).empty())
            continue;
        samples[b.metric].emplace_back(b.bucketMs + 59000, b.last);
        auto& drawn = m_series[b.metric];
        drawn.emplace_back(b.bucketMs, b.minimum);
        drawn.emplace_back(b.bucketMs + 30000, b.maximum);
    }
    for (auto it = fromPrometheus.begin(); it != fromPrometheus.end(); ++it) {
        auto& series = m_series[it.key()];
        // A step without a sample is a gap: mark it so the chart lifts its pen there.
        qint64 previous = 0;
        for (const auto& [at, value] : it.value()) {
            if (previous && at - previous > 2 * stepMs)
                series.emplace_back(previous + stepMs, std::numeric_limits<double>::quiet_NaN());
            series.emplace_back(at, value);
            previous = at;
        }
        if (previous && toMs - previous > 2 * stepMs)
            series.emplace_back(previous + stepMs, std::numeric_limits<double>::quiet_NaN());
    }
    // The triggers over the last hour of the past, so that a condition held before the window
    // opened is judged from when it began.
    const qint64 evalFrom = std::max(fromMs, toMs - qint64(60 * 60 * 1000));
    (void)m_state->backfill(samples, evalFrom - evalFrom % stepMs, toMs, stepMs);
    for (const QString& problem : problems)
        Q_EMIT sourceProblem(problem);
    Q_EMIT backfilled();
}

void MetricsSession::onReadings(const QList<MetricReading>& readings)
{
    for (const MetricReading& reading : readings) {
        auto& series = m_series[reading.metric];
        if (reading.value) {
            if (!series.empty() && series.back().first >= reading.atMs)
                continue;
            series.emplace_back(reading.atMs, *reading.value);
        } else if (series.empty() || !std::isnan(series.back().second)) {
            series.emplace_back(reading.atMs, std::numeric_limits<double>::quiet_NaN()); // a gap begins
        }
    }
    keepHistory(readings);
    const WatchUpdate update = m_state->apply(readings, nowMs());
    for (const TriggerTransition& t : update.transitions) {
        QJsonObject record{{QStringLiteral("from"), alertStateToken(t.from)},
                           {QStringLiteral("at_ms"), t.atMs},
                           {QStringLiteral("value"), t.value && std::isfinite(*t.value) ? *t.value : 0.0},
                           {QStringLiteral("samples"), decidingSamplesJson(t.samples)}};
        if (!t.reason.isEmpty())
            record[QStringLiteral("reason")] = t.reason;
        log(QStringLiteral("trigger"), t.trigger, alertStateToken(t.to),
            QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)), QString());
    }
    for (const CriterionChange& c : update.criteria) {
        log(QStringLiteral("success"), c.criterion, c.violated ? QStringLiteral("violated") : QStringLiteral("holding"),
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("at_ms"), c.atMs},
                                                        {QStringLiteral("value"),
                                                         c.value && std::isfinite(*c.value) ? *c.value : 0.0}})
                                  .toJson(QJsonDocument::Compact)),
            QString());
    }
    for (const AlertEvent& a : update.alerts) {
        log(QStringLiteral("alert"), a.metric, a.raised ? QStringLiteral("raised") : QStringLiteral("cleared"),
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("at_ms"), a.atMs},
                                                        {QStringLiteral("value"),
                                                         a.value && std::isfinite(*a.value) ? *a.value : 0.0}})
                                  .toJson(QJsonDocument::Compact)),
            a.response);
    }
    Q_EMIT updated(update);
}

void MetricsSession::keepHistory(const QList<MetricReading>& readings)
{
    QList<MetricBucket> ended;
    for (const MetricReading& reading : readings) {
        if (!reading.value || !std::isfinite(*reading.value))
            continue;
        const qint64 minute = reading.atMs - reading.atMs % 60000;
        auto it = m_minute.find(reading.metric);
        if (it != m_minute.end() && it->bucketMs != minute) {
            ended.append(*it);
            m_minute.erase(it);
            it = m_minute.end();
        }
        if (it == m_minute.end()) {
            m_minute.insert(reading.metric,
                            MetricBucket{reading.metric, minute, *reading.value, *reading.value, *reading.value, 1});
            continue;
        }
        it->minimum = std::min(it->minimum, *reading.value);
        it->maximum = std::max(it->maximum, *reading.value);
        it->last = *reading.value;
        ++it->samples;
    }
    if (ended.isEmpty() || m_rolloutId == 0)
        return;
    const qint64 rollout = m_rolloutId;
    QPointer<MetricsSession> self(this);
    onFinished(m_store.run<int>([rollout, ended](Store& store) -> Result<int> {
        const auto kept = store.recordMetricHistory(rollout, ended);
        if (!kept)
            return kept.error();
        return 0;
    }),
               this, [self](const Result<int>& done) {
                   if (self && !done)
                       Q_EMIT self->sourceProblem(done.error().toString());
               });
}

void MetricsSession::log(const QString& entity, const QString& entityId, const QString& field, const QString& value,
                         const QString& comment)
{
    if (m_rolloutId == 0)
        return;
    const qint64 rollout = m_rolloutId;
    const QString actor = m_actor;
    QPointer<MetricsSession> self(this);
    onFinished(m_store.run<int>([=](Store& store) -> Result<int> {
        const auto written = store.appendRecord(rollout, entity, entityId, field, value, comment, actor);
        if (!written)
            return written.error();
        return 0;
    }),
               this, [self](const Result<int>& done) {
                   if (self && !done)
                       Q_EMIT self->sourceProblem(done.error().toString());
               });
}

Result<Done> MetricsSession::raiseTrigger(const QString& triggerId, const QString& reason)
{
    const auto t = m_state->triggers().raise(triggerId, nowMs(), m_actor, reason);
    if (!t)
        return t.error();
    log(QStringLiteral("trigger"), triggerId, QStringLiteral("firing"), QStringLiteral("{\"raised_by_person\":true}"),
        reason);
    WatchUpdate update;
    update.transitions.append(t.value());
    Q_EMIT updated(update);
    return Done{};
}

Result<Done> MetricsSession::clearTrigger(const QString& triggerId)
{
    const auto t = m_state->triggers().clear(triggerId, nowMs(), m_actor);
    if (!t)
        return t.error();
    log(QStringLiteral("trigger"), triggerId, QStringLiteral("inactive"),
        QStringLiteral("{\"cleared_by_person\":true}"), QString());
    WatchUpdate update;
    update.transitions.append(t.value());
    Q_EMIT updated(update);
    return Done{};
}

Result<Done> MetricsSession::confirmCriterion(const QString& criterionId, const QString& evidence)
{
    const auto done = m_state->confirmCriterion(criterionId, m_actor, evidence, Clock::system().nowUtc());
    if (!done)
        return done.error();
    log(QStringLiteral("success"), criterionId, QStringLiteral("confirmed"), QStringLiteral("{}"), evidence);
    Q_EMIT updated(WatchUpdate{});
    return Done{};
}

} // namespace cockpit::monitoring
