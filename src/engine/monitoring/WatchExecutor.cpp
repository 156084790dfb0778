#include "MetricSampler.h"
#include "Watch.h"
#include "connectors/patroni/PatroniClient.h"
#include "connectors/prometheus/PrometheusClient.h"
#include "core/Clock.h"
#include "core/Comparison.h"
#include "core/Unit.h"
#include "engine/migration/Blocking.h"
#include "engine/migration/ClusterAccess.h"
#include "engine/migration/DataSources.h"
#include "engine/migration/ExecutorSupport.h"
#include "engine/profiles/ProfileClients.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

#include <cmath>

// The watch step: holds for its duration, sampling the cluster's health and every criterion's
// metric as the runbook defines it (the same sampler as the Live charts tab); the error rate is
// counted from the watch's own start. "stable" means the metric never grows by more than a tenth
// of where the watch began (or a tenth of its alert threshold, if larger) and never passes its
// alert threshold. A sample that cannot be taken is
// unknown, and a watch with unknown samples does not pass.
namespace cockpit::migration {
namespace {

class WatchTr
{
    Q_DECLARE_TR_FUNCTIONS(cockpit::migration::Watch)
};

using namespace std::chrono_literals;

struct Sample
{
    QStringList violations; // a criterion that does not hold: the watch fails
    QStringList unknown; // a criterion that could not be judged
    QJsonObject values;
};

std::optional<double> promValue(const ExecContext& context, const QString& promql, QString* error)
{
    const auto result
        = await(PrometheusClient(profile::httpEndpoint(QStringLiteral("Prometheus"), context.profile.prometheusUrl,
                                                       context.profile.prometheusTls))
                    .query(promql));
    if (!result) {
        *error = result.error().toString();
        return std::nullopt;
    }
    const auto value = result->single();
    if (!value || std::isnan(*value)) {
        *error = WatchTr::tr("no data for %1").arg(promql);
        return std::nullopt;
    }
    return value;
}

// The cluster's health: one leader, every member running, every replica streaming, its lag.
void sampleCluster(const ExecContext& context, Sample& sample, std::optional<double> lagLimitBytes)
{
    const ConnectionProfile& p = context.profile;
    bool answered = false;
    for (int i = 0; i < p.patroniUrls.size() && !answered; ++i) {
        const auto cluster = await(PatroniClient(profile::patroniEndpoint(p, i)).cluster());
        if (!cluster)
            continue;
        answered = true;
        int leaders = 0;
        int running = 0;
        for (const PatroniMember& m : cluster->members) {
            if (m.role == PatroniRole::Leader)
                ++leaders;
            if (m.state == QLatin1String("running") || m.state == QLatin1String("streaming"))
                ++running;
        }
        sample.values[QStringLiteral("members_running")] = running;
        if (leaders != 1)
            sample.violations.append(WatchTr::tr("Patroni reports %1 leaders").arg(leaders));
        if (cluster->members.size() < p.patroniUrls.size() || running < cluster->members.size())
            sample.violations.append(WatchTr::tr("%1 of %2 members running").arg(running).arg(p.patroniUrls.size()));
        if (cluster->paused)
            sample.violations.append(WatchTr::tr("Patroni is paused (maintenance mode)"));
    }
    if (!answered && !p.patroniUrls.isEmpty())
        sample.unknown.append(WatchTr::tr("no Patroni member answered"));

    const auto leader = findLeader(context);
    if (!leader) {
        sample.unknown.append(WatchTr::tr("replication: %1").arg(leader.error().message));
        return;
    }
    SqlOptions options;
    options.readOnlySession = true;
    const auto replication
        = runSql(context, leader.value(),
                 QStringLiteral("SELECT count(*) FILTER (WHERE state = 'streaming'), "
                                "coalesce(max(pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)), 0)::bigint, "
                                "coalesce(max(extract(epoch FROM replay_lag)) * 1000, 0) "
                                "FROM pg_stat_replication WHERE application_name NOT LIKE 'rollout-cockpit%'"),
                 {}, options);
    if (!replication) {
        sample.unknown.append(WatchTr::tr("replication: %1").arg(replication.error().message));
        return;
    }
    const int streaming = replication->value(0, 0).toInt();
    const double lagBytes = replication->value(0, 1).toDouble();
    const double lagMs = replication->value(0, 2).toDouble();
    sample.values[QStringLiteral("replicas_streaming")] = streaming;
    sample.values[QStringLiteral("replication_lag_bytes")] = lagBytes;
    sample.values[QStringLiteral("replication_lag_ms")] = lagMs;
    if (streaming < p.pgNodes.size() - 1)
        sample.violations.append(WatchTr::tr("%1 of %2 replicas streaming").arg(streaming).arg(p.pgNodes.size() - 1));
    if (lagLimitBytes && lagBytes > *lagLimitBytes)
        sample.violations.append(WatchTr::tr("replication lag %1 bytes").arg(lagBytes));
}

class WatchExecutor final : public Executor
{
public:
    Result<QJsonObject> resolve(const ExecContext& context, const PlannedAction& planned) const override
    {
        const Action& a = planned.action;
        QJsonArray criteria;
        for (const Criterion& c : a.criteria)
            criteria.append(QStringLiteral("%1: %2").arg(
                c.id,
                measurable(context.runbook, c) ? WatchTr::tr("evaluated")
                                               : WatchTr::tr("not evaluated by the cockpit yet: a person judges it")));
        QJsonObject inputs{{QStringLiteral("duration"), formatDuration(a.duration)},
                           {QStringLiteral("always"),
                            WatchTr::tr("one Patroni leader, every member running, every replica "
                                        "streaming, the application's error counter")},
                           {QStringLiteral("criteria"), criteria}};
        if (context.watchFor)
            inputs[QStringLiteral("rehearsal")] = WatchTr::tr("shortened to %1 s for a rehearsal")
                                                      .arg(static_cast<double>(context.watchFor->count()) / 1000.0);
        return inputs;
    }

    // The criterion's metric is measured by the cockpit (not entered by a person) and the
    // criterion says what to compare it with.
    static bool measurable(const Runbook& runbook, const Criterion& c)
    {
        const MonitoredMetric* m = runbook.findMetric(c.metric);
        return m && m->source.kind != MetricSource::Kind::Manual && c.comparison
            && (c.threshold || *c.comparison == Comparison::Stable);
    }

    Outcome run(const ExecContext& context, const PlannedAction& planned, const QJsonObject&) const override
    {
        const Action& a = planned.action;
        const auto duration
            = context.watchFor ? *context.watchFor : std::chrono::duration_cast<std::chrono::milliseconds>(a.duration);
        const auto interval = std::clamp<std::chrono::milliseconds>(duration / 4, 1000ms, 5000ms);
        const QDateTime startedAt = context.clock->nowUtc();

        // The error counter's value at the start, from a scrape taken after the watch began.
        QString error;
        std::optional<double> errors0;
        std::optional<double> requests0;
        QElapsedTimer elapsed;
        elapsed.start();
        const bool wantsErrors = std::any_of(a.criteria.begin(), a.criteria.end(), [](const Criterion& c) {
            return c.metric == QLatin1String("error_rate");
        });
        if (wantsErrors) {
            for (;;) {
                const auto scraped
                    = promValue(context, QStringLiteral("max(timestamp(dpg_app_requests_total))"), &error);
                if (scraped && *scraped * 1000.0 > double(startedAt.toMSecsSinceEpoch())) {
                    errors0 = promValue(context, QStringLiteral("sum(dpg_app_errors_total)"), &error);
                    requests0 = promValue(context, QStringLiteral("sum(dpg_app_requests_total)"), &error);
                    break;
                }
                if (elapsed.elapsed() > 30000)
                    break;
                pauseFor(500ms);
            }
        }

        monitoring::MetricSampler sampler(context);
        QHash<QString, double> first; // stable: the value when the watch began
        int samples = 0;
        QStringList unknownSeen;
        QJsonArray recorded;
        QJsonObject worst;
        // Each criterion judged at least once: a short rehearsal waits (at most 30 s more) for
        // the first scrape that shows traffic since the watch began.
        QHash<QString, int> judged;
        QJsonArray lastDeciding; // the samples of the last round: what the verdict rests on
        const auto allJudged = [&] {
            return std::all_of(a.criteria.begin(), a.criteria.end(), [&](const Criterion& c) {
                return !measurable(context.runbook, c) || judged.value(c.id) > 0;
            });
        };
        const auto stillWatching = [&] {
            return elapsed.elapsed() < duration.count() || samples == 0
                || (!allJudged() && elapsed.elapsed() < duration.count() + 30000);
        };
        while (stillWatching()) {
            if (context.aborted())
                return Outcome::failed(WatchTr::tr("the watch was aborted after %1 s").arg(elapsed.elapsed() / 1000));
            Sample sample;
            sampleCluster(context, sample, std::nullopt);
            // The data sources: a stopped exporter leaves its metrics without new samples.
            const DataSourceHealth sources = checkDataSources(context.profile, context.clock->nowUtc());
            if (!sources.healthy())
                sample.unknown.append(WatchTr::tr("data sources: %1").arg(sources.summary()));
            QJsonArray deciding;
            const QString at = context.clock->nowUtc().toString(Qt::ISODateWithMs);
            for (const Criterion& c : a.criteria) {
                if (!measurable(context.runbook, c))
                    continue;
                std::optional<double> value;
                QString why;
                const MonitoredMetric& metric = *context.runbook.findMetric(c.metric);
                if (c.metric == QLatin1String("error_rate")) {
                    const auto e = promValue(context, QStringLiteral("sum(dpg_app_errors_total)"), &why);
                    const auto r = promValue(context, QStringLiteral("sum(dpg_app_requests_total)"), &why);
                    if (e && r && errors0 && requests0 && *r > *requests0)
                        value = 100.0 * (*e - *errors0) / (*r - *requests0);
                    else if (e && r && errors0 && requests0)
                        continue; // no scrape with new requests yet: judged at a later sample
                    else if (why.isEmpty())
                        why = WatchTr::tr("the error counter could not be read at the start of the watch");
                } else {
                    const monitoring::MetricReading reading = sampler.sample(metric);
                    if (reading.ok())
                        value = reading.value;
                    why = reading.error; // NaN or a failure: unknown, never a pass
                }
                if (!value) {
                    if (c.onNoData == NoDataPolicy::Fire) {
                        sample.violations.append(
                            WatchTr::tr("%1: no data (%2), and on_no_data is fire").arg(c.id, why));
                    } else if (c.onNoData == NoDataPolicy::Hold && judged.value(c.id) > 0) {
                        if (context.output)
                            context.output(WatchTr::tr("%1: no data (%2); holding its last state, as on_no_data says")
                                               .arg(c.id, why));
                    } else {
                        sample.unknown.append(QStringLiteral("%1: %2").arg(c.id, why));
                    }
                    continue;
                }
                sample.values[c.metric] = *value;
                deciding.append(
                    QJsonObject{{QStringLiteral("criterion"), c.id},
                                {QStringLiteral("at"), at},
                                {QStringLiteral("value"), *value},
                                {QStringLiteral("source"),
                                 c.metric == QLatin1String("error_rate") ? QStringLiteral(
                                     "prometheus: dpg_app_errors_total / dpg_app_requests_total since the watch began")
                                                                         : describeSource(metric)}});
                ++judged[c.id];
                if (!worst.contains(c.metric) || *value > worst.value(c.metric).toDouble())
                    worst[c.metric] = *value;
                if (*c.comparison == Comparison::Stable) {
                    const double start = first.value(c.id, *value);
                    first.insert(c.id, start);
                    // Allowed growth: a tenth of where it began, or of its alert threshold if larger.
                    const double allowed
                        = std::max(std::abs(start) * 0.10,
                                   metric.alert ? monitoring::limitInUnit(*metric.alert, metric.unit) * 0.10 : 0.0);
                    if (*value > start + allowed + 1e-9)
                        sample.violations.append(WatchTr::tr("%1: grew from %2 to %3, more than a tenth (%4)")
                                                     .arg(c.id)
                                                     .arg(start, 0, 'g', 4)
                                                     .arg(*value, 0, 'g', 4)
                                                     .arg(c.title));
                    if (metric.alert
                        && compareNumbers(*value, metric.alert->comparison,
                                          monitoring::limitInUnit(*metric.alert, metric.unit)))
                        sample.violations.append(WatchTr::tr("%1: %2 is past the alert threshold (%3)")
                                                     .arg(c.id)
                                                     .arg(*value, 0, 'g', 4)
                                                     .arg(c.title));
                    continue;
                }
                const double threshold = convertUnit(*c.threshold, c.unit, metric.unit).value_or(*c.threshold);
                if (!compareNumbers(*value, *c.comparison, threshold))
                    sample.violations.append(WatchTr::tr("%1: %2 (%3)").arg(c.id).arg(*value, 0, 'g', 4).arg(c.title));
            }
            ++samples;
            sample.values[QStringLiteral("at_s")] = double(elapsed.elapsed()) / 1000.0;
            if (recorded.size() < 200)
                recorded.append(sample.values);
            if (context.progress && duration.count() > 0)
                context.progress(static_cast<int>(std::min<qint64>(100, 100 * elapsed.elapsed() / duration.count())));
            if (context.output)
                context.output(WatchTr::tr("sample %1 at %2 s: %3")
                                   .arg(samples)
                                   .arg(elapsed.elapsed() / 1000)
                                   .arg(sample.violations.isEmpty() && sample.unknown.isEmpty()
                                            ? WatchTr::tr("holds")
                                            : (sample.violations + sample.unknown).join(QLatin1String("; "))));
            lastDeciding = deciding;
            const QJsonObject outputs{{QStringLiteral("samples"), samples},
                                      {QStringLiteral("worst"), worst},
                                      {QStringLiteral("series"), recorded},
                                      {QStringLiteral("deciding"), deciding},
                                      {QStringLiteral("data_sources"), sources.toJson()},
                                      {QStringLiteral("rehearsal"), context.watchFor.has_value()}};
            if (!sample.violations.isEmpty())
                return Outcome::failed(WatchTr::tr("at %1 s of the watch: %2")
                                           .arg(elapsed.elapsed() / 1000)
                                           .arg(sample.violations.join(QLatin1String("; "))),
                                       outputs);
            for (const QString& u : sample.unknown) {
                if (!unknownSeen.contains(u))
                    unknownSeen.append(u);
            }
            if (stillWatching())
                pauseFor(interval);
        }
        QStringList notEvaluated;
        for (const Criterion& c : a.criteria) {
            if (!measurable(context.runbook, c))
                notEvaluated.append(c.title);
        }
        const QJsonObject outputs{{QStringLiteral("samples"), samples},
                                  {QStringLiteral("worst"), worst},
                                  {QStringLiteral("series"), recorded},
                                  {QStringLiteral("not_evaluated"), QJsonArray::fromStringList(notEvaluated)},
                                  {QStringLiteral("deciding"), lastDeciding},
                                  {QStringLiteral("rehearsal"), context.watchFor.has_value()}};
        if (!allJudged()) {
            QStringList never;
            for (const Criterion& c : a.criteria) {
                if (measurable(context.runbook, c) && judged.value(c.id) == 0)
                    never.append(c.id);
            }
            unknownSeen.append(
                WatchTr::tr("never judged: %1 (no data while watching)").arg(never.join(QLatin1String(", "))));
        }
        if (!unknownSeen.isEmpty())
            return Outcome::failed(
                WatchTr::tr("the watch could not judge every sample: %1").arg(unknownSeen.join(QLatin1String("; "))),
                outputs);
        QString message = WatchTr::tr("held for %1 s (%2 samples)").arg(elapsed.elapsed() / 1000).arg(samples);
        if (context.watchFor)
            message += WatchTr::tr(", a rehearsal (the runbook asks for %1)").arg(formatDuration(a.duration));
        if (!notEvaluated.isEmpty())
            message += WatchTr::tr("; not evaluated, a person judges: %1").arg(notEvaluated.join(QLatin1String(", ")));
        return Outcome::done(message, outputs);
    }
};

} // namespace

const Executor& watchExecutor()
{
    static const WatchExecutor executor;
    return executor;
}

} // namespace cockpit::migration
