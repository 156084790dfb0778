#include "MetricSampler.h"

#include "connectors/patroni/PatroniClient.h"
#include "connectors/prometheus/PrometheusClient.h"
#include "core/Clock.h"
#include "engine/migration/Blocking.h"
#include "engine/migration/ClusterAccess.h"
#include "engine/profiles/ProfileClients.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace cockpit::monitoring {
namespace {

using migration::await;
using migration::ExecContext;

class SamplerTr
{
    Q_DECLARE_TR_FUNCTIONS(cockpit::monitoring::Sampler)
};

constexpr qint64 kPlannedMatchMs = qint64{120} * 1000;

MetricReading failed(const QString& metric, qint64 atMs, QString error)
{
    MetricReading reading;
    reading.metric = metric;
    reading.atMs = atMs;
    reading.error = std::move(error);
    return reading;
}

MetricReading valued(const QString& metric, qint64 atMs, double value)
{
    MetricReading reading;
    reading.metric = metric;
    reading.atMs = atMs;
    reading.value = value;
    return reading;
}

PrometheusClient prometheus(const ExecContext& context)
{
    return PrometheusClient(profile::httpEndpoint(QStringLiteral("Prometheus"), context.profile.prometheusUrl,
                                                  context.profile.prometheusTls));
}

} // namespace

FailoverCount countFailovers(const QList<std::pair<QDateTime, QString>>& history,
                             const QList<PlannedSwitchover>& planned, const QDateTime& since)
{
    FailoverCount count;
    QList<bool> used(planned.size(), false);
    for (const auto& [at, newLeader] : history) {
        if (!at.isValid() || (since.isValid() && at < since))
            continue;
        bool matched = false;
        for (qsizetype i = 0; i < planned.size() && !matched; ++i) {
            const PlannedSwitchover& p = planned[i];
            const qint64 after = p.at.msecsTo(at);
            if (!used[i] && after >= -5000 && after <= kPlannedMatchMs && (p.to.isEmpty() || p.to == newLeader)) {
                used[i] = true;
                matched = true;
            }
        }
        if (matched) {
            ++count.planned;
        } else {
            ++count.unplanned;
            count.unplannedAt.append(at);
            count.unplannedDescriptions.append(SamplerTr::tr("%1 took over at %2")
                                                   .arg(newLeader.isEmpty() ? SamplerTr::tr("a member") : newLeader,
                                                        at.toUTC().toString(Qt::ISODate)));
        }
    }
    return count;
}

MetricSampler::MetricSampler(ExecContext context) : m_context(std::move(context))
{ }

QList<MetricReading> MetricSampler::sampleAll(const QList<MonitoredMetric>& metrics)
{
    QList<MetricReading> readings;
    m_round.reset();
    // Every Prometheus question at once (a source that hangs costs one timeout, not one per
    // metric); the probes meanwhile; then the answers.
    QList<std::pair<const MonitoredMetric*, QFuture<Result<PromQueryResult>>>> asked;
    const qint64 askedAt = m_context.clock->nowUtc().toMSecsSinceEpoch();
    for (const MonitoredMetric& metric : metrics) {
        if (metric.source.kind == MetricSource::Kind::Query && !m_context.profile.prometheusUrl.isEmpty())
            asked.append({&metric, prometheus(m_context).query(metric.source.query)});
    }
    for (const MonitoredMetric& metric : metrics) {
        if (metric.source.kind == MetricSource::Kind::Probe
            || (metric.source.kind == MetricSource::Kind::Query && m_context.profile.prometheusUrl.isEmpty()))
            readings.append(sample(metric));
    }
    for (auto& [metric, future] : asked)
        readings.append(fromAnswer(*metric, await(future), askedAt));
    m_round.reset();
    return readings;
}

MetricReading MetricSampler::sample(const MonitoredMetric& metric)
{
    switch (metric.source.kind) {
    case MetricSource::Kind::Query: return fromQuery(metric);
    case MetricSource::Kind::Probe: return fromProbe(metric);
    case MetricSource::Kind::Manual: break;
    }
    return failed(metric.id, m_context.clock->nowUtc().toMSecsSinceEpoch(),
                  SamplerTr::tr("entered by a person, not measured"));
}

MetricReading MetricSampler::fromQuery(const MonitoredMetric& metric)
{
    const qint64 now = m_context.clock->nowUtc().toMSecsSinceEpoch();
    if (m_context.profile.prometheusUrl.isEmpty())
        return failed(metric.id, now, SamplerTr::tr("the profile names no Prometheus"));
    return fromAnswer(metric, await(prometheus(m_context).query(metric.source.query)), now);
}

MetricReading MetricSampler::fromAnswer(const MonitoredMetric& metric, const Result<PromQueryResult>& result,
                                        qint64 askedAt)
{
    // A failure is dated when it is known (a timeout ends later than it began).
    const qint64 now = std::max(askedAt, m_context.clock->nowUtc().toMSecsSinceEpoch());
    if (!result)
        return failed(metric.id, now, result.error().toString());
    // The largest value when the query answers several series (the worst node).
    std::optional<double> worst;
    bool anyNaN = false; // one node's NaN is not hidden by another's number
    if (result->type == PromQueryResult::Type::Scalar) {
        worst = result->scalar.value;
    } else {
        for (const PromSample& s : result->vector) {
            anyNaN = anyNaN || std::isnan(s.value.value);
            if (!std::isnan(s.value.value) && (!worst || s.value.value > *worst))
                worst = s.value.value;
        }
        if (!worst && !result->vector.isEmpty())
            worst = std::numeric_limits<double>::quiet_NaN();
    }
    if (!worst)
        return failed(metric.id, now, SamplerTr::tr("Prometheus has no data for %1").arg(metric.source.query));
    if (std::isnan(*worst) || anyNaN) {
        // A NaN is a sample that satisfies nothing, and the metric is unknown.
        MetricReading reading = valued(metric.id, askedAt, std::numeric_limits<double>::quiet_NaN());
        reading.error = SamplerTr::tr("Prometheus answers NaN (nothing to divide by: no traffic?) for %1")
                            .arg(metric.source.query);
        return reading;
    }
    return valued(metric.id, askedAt, *worst);
}

MetricSampler::Replication MetricSampler::replication()
{
    if (m_round)
        return *m_round;
    Replication r;
    r.atMs = m_context.clock->nowUtc().toMSecsSinceEpoch();
    const auto leader = migration::findLeader(m_context);
    if (!leader) {
        r.error = leader.error().message;
        m_round = r;
        return r;
    }
    migration::SqlOptions options;
    options.readOnlySession = true;
    options.timeout = std::chrono::seconds(10);
    const auto answer = migration::runSql(
        m_context, leader.value(),
        QStringLiteral("SELECT application_name, state, "
                       "coalesce(extract(epoch FROM replay_lag) * 1000, 0)::float8, "
                       "coalesce(pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn), 'NaN')::float8 "
                       "FROM pg_stat_replication WHERE application_name NOT LIKE 'rollout-cockpit%' "
                       "ORDER BY application_name"),
        {}, options);
    if (!answer) {
        r.error = answer.error().message;
        m_round = r;
        return r;
    }
    const int expected = int(m_context.profile.pgNodes.size()) - 1;
    int streaming = 0;
    double lagBytes = 0;
    double leaderLagMs = 0; // the leader's replay_lag: the floor of the lag in time
    QStringList notStreaming;
    for (int row = 0; row < answer->rows.size(); ++row) {
        const double bytes = answer->value(row, 3).toDouble();
        if (answer->value(row, 1).toString() != QLatin1String("streaming") || std::isnan(bytes)) {
            notStreaming.append(answer->value(row, 0).toString());
            continue;
        }
        ++streaming;
        lagBytes = std::max(lagBytes, bytes);
        leaderLagMs = std::max(leaderLagMs, answer->value(row, 2).toDouble());
    }
    if (streaming < expected) {
        // A replica that is not streaming has no lag the leader can measure: unknown, not 0.
        r.error = SamplerTr::tr("%1 of %2 replicas stream from the leader %3%4: the lag of the others is unknown")
                      .arg(streaming)
                      .arg(expected)
                      .arg(leader->name,
                           notStreaming.isEmpty()
                               ? QString()
                               : SamplerTr::tr(" (%1 not streaming)").arg(notStreaming.join(QStringLiteral(", "))));
        m_round = r;
        return r;
    }
    r.lagBytes = lagBytes;
    // The lag in time, from each replica itself: 0 when it has replayed all it received, else the
    // age of the last transaction it replayed. (The leader's replay_lag goes blank while a
    // replica's replay is paused, which would make a stuck replica look current.)
    double lagMs = leaderLagMs; // a receiver that stalled replays all it got: the leader still sees the lag
    for (const migration::NodeTarget& node : migration::everyNode(m_context)) {
        if (node.index == leader->index)
            continue;
        const auto delay = migration::runSql(
            m_context, node,
            QStringLiteral("SELECT pg_is_in_recovery(), CASE WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() "
                           "THEN 0 ELSE coalesce(extract(epoch FROM now() - pg_last_xact_replay_timestamp()) * 1000, "
                           "'NaN') END::float8"),
            {}, options);
        if (!delay) {
            r.error = SamplerTr::tr("%1: %2").arg(node.name, delay.error().message);
            m_round = r;
            return r;
        }
        if (delay->value(0, 0).toString() != QLatin1String("t")) {
            r.error
                = SamplerTr::tr("%1 is not in recovery although %2 leads: not a replica").arg(node.name, leader->name);
            m_round = r;
            return r;
        }
        const double ms = delay->value(0, 1).toDouble();
        if (std::isnan(ms)) {
            r.error = SamplerTr::tr("%1 has replayed no transaction yet: its lag is unknown").arg(node.name);
            m_round = r;
            return r;
        }
        lagMs = std::max(lagMs, ms);
    }
    r.lagMs = lagMs;
    m_round = r;
    return r;
}

QList<PlannedSwitchover> MetricSampler::plannedSwitchovers()
{
    QList<PlannedSwitchover> planned;
    if (!m_context.withStore)
        return planned;
    m_context.withStore([&](Store& store) {
        const auto records = store.records(m_context.rolloutId, QStringLiteral("switchover"));
        if (!records)
            return;
        QSet<QString> failed; // Patroni refused or never moved: not a switchover that happened
        for (const AuditEntry& e : records.value()) {
            if (e.field == QLatin1String("end")
                && !QJsonDocument::fromJson(e.newValue.toUtf8()).object().value(QStringLiteral("ok")).toBool())
                failed.insert(e.entityId);
        }
        for (const AuditEntry& e : records.value()) {
            if (e.field != QLatin1String("start") || failed.contains(e.entityId))
                continue;
            const QJsonObject o = QJsonDocument::fromJson(e.newValue.toUtf8()).object();
            planned.append({QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs),
                            o.value(QStringLiteral("from")).toString(), o.value(QStringLiteral("to")).toString()});
        }
    });
    return planned;
}

MetricReading MetricSampler::fromProbe(const MonitoredMetric& metric)
{
    const qint64 now = m_context.clock->nowUtc().toMSecsSinceEpoch();
    switch (metric.source.probe) {
    case MetricProbe::ReplicationLagMs:
    case MetricProbe::ReplicationLagBytes: {
        const Replication r = replication();
        const auto value = metric.source.probe == MetricProbe::ReplicationLagMs ? r.lagMs : r.lagBytes;
        if (!value)
            return failed(metric.id, r.atMs, r.error);
        // The probe answers ms and bytes; a runbook that charts lag in seconds gets seconds.
        const Unit from = metric.source.probe == MetricProbe::ReplicationLagMs ? Unit::Milliseconds : Unit::Bytes;
        return valued(metric.id, r.atMs, convertUnit(*value, from, metric.unit).value_or(*value));
    }
    case MetricProbe::ConnectionsPercent: {
        const auto leader = migration::findLeader(m_context);
        if (!leader)
            return failed(metric.id, now, leader.error().message);
        migration::SqlOptions options;
        options.readOnlySession = true;
        options.timeout = std::chrono::seconds(10);
        const auto answer
            = migration::runSql(m_context, leader.value(),
                                QStringLiteral("SELECT 100.0 * count(*) / current_setting('max_connections')::int "
                                               "FROM pg_stat_activity WHERE backend_type = 'client backend'"),
                                {}, options);
        if (!answer)
            return failed(metric.id, now, answer.error().message);
        return valued(metric.id, now, answer->value(0, 0).toDouble());
    }
    case MetricProbe::UnplannedFailovers: {
        const auto count = failovers();
        if (!count)
            return failed(metric.id, now, count.error().message);
        m_failovers = count.value();
        return valued(metric.id, now, m_failovers.unplanned);
    }
    }
    return failed(metric.id, now, SamplerTr::tr("unknown probe"));
}

Result<FailoverCount> MetricSampler::failovers()
{
    const ConnectionProfile& p = m_context.profile;
    QStringList problems;
    for (int i = 0; i < p.patroniUrls.size(); ++i) {
        const auto history = await(PatroniClient(profile::patroniEndpoint(p, i)).history());
        if (!history) {
            problems.append(history.error().toString());
            continue;
        }
        QList<std::pair<QDateTime, QString>> entries;
        for (const PatroniHistoryEntry& e : history.value())
            entries.append({e.at, e.newLeader});
        std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        return countFailovers(entries, plannedSwitchovers(), QDateTime());
    }
    return makeError(ErrorKind::Network,
                     p.patroniUrls.isEmpty()
                         ? SamplerTr::tr("the profile names no Patroni member")
                         : SamplerTr::tr("no Patroni member answered: %1").arg(problems.join(QStringLiteral("; "))),
                     p.name);
}

Result<std::vector<std::pair<qint64, double>>> MetricSampler::backfill(const MonitoredMetric& metric,
                                                                       const QDateTime& from, const QDateTime& to,
                                                                       std::chrono::milliseconds step)
{
    if (metric.source.kind == MetricSource::Kind::Probe && metric.source.probe == MetricProbe::UnplannedFailovers) {
        // Patroni's history dates every failover: the running count at every step.
        const auto count = failovers();
        if (!count)
            return count.error();
        std::vector<std::pair<qint64, double>> samples;
        const qint64 stepMs = std::max<qint64>(1000, step.count());
        for (qint64 at = from.toMSecsSinceEpoch(); at <= to.toMSecsSinceEpoch(); at += stepMs) {
            const auto upTo = std::count_if(count->unplannedAt.begin(), count->unplannedAt.end(),
                                            [at](const QDateTime& t) { return t.toMSecsSinceEpoch() <= at; });
            samples.emplace_back(at, double(upTo));
        }
        return samples;
    }
    const QString query
        = metric.source.kind == MetricSource::Kind::Query ? metric.source.query : metric.source.historyQuery;
    if (query.isEmpty())
        return makeError(ErrorKind::InvalidInput, SamplerTr::tr("no history in Prometheus for this probe"), metric.id);
    if (m_context.profile.prometheusUrl.isEmpty())
        return makeError(ErrorKind::InvalidInput, SamplerTr::tr("the profile names no Prometheus"), metric.id);
    const auto result = await(prometheus(m_context).queryRange(query, from, to, step));
    if (!result)
        return result.error();
    // The worst series at each instant; an instant no series has stays out (a gap).
    std::map<qint64, double> worst;
    for (const PromSeries& series : result->matrix) {
        for (const PromValue& v : series.values) {
            const qint64 at = qint64(std::llround(v.timestamp * 1000.0));
            if (std::isnan(v.value))
                continue;
            auto [it, inserted] = worst.emplace(at, v.value);
            if (!inserted)
                it->second = std::max(it->second, v.value);
        }
    }
    return std::vector<std::pair<qint64, double>>(worst.begin(), worst.end());
}

qint64 backfillStart(const MonitoredMetric& metric, qint64 fromMs, const QDateTime& since)
{
    if (!metric.counter || !since.isValid())
        return fromMs;
    return std::min(fromMs, since.toMSecsSinceEpoch() - 60000);
}

bool hasHistory(const MonitoredMetric& metric)
{
    return metric.source.kind == MetricSource::Kind::Query
        || (metric.source.kind == MetricSource::Kind::Probe
            && (!metric.source.historyQuery.isEmpty() || metric.source.probe == MetricProbe::UnplannedFailovers));
}

Result<QString> performSwitchover(const ExecContext& context, const QString& to)
{
    const ConnectionProfile& p = context.profile;
    if (p.patroniUrls.isEmpty())
        return makeError(ErrorKind::InvalidInput, SamplerTr::tr("the profile names no Patroni member"), p.name);
    std::optional<PatroniCluster> cluster;
    int answered = -1;
    for (int i = 0; i < p.patroniUrls.size() && !cluster; ++i) {
        auto c = await(PatroniClient(profile::patroniEndpoint(p, i)).cluster());
        if (c) {
            cluster = c.value();
            answered = i;
        }
    }
    if (!cluster)
        return makeError(ErrorKind::Network, SamplerTr::tr("no Patroni member answered"),
                         p.patroniUrls.join(QStringLiteral(", ")));
    const PatroniMember* leader = cluster->leader();
    if (!leader)
        return makeError(ErrorKind::Server, SamplerTr::tr("Patroni names no leader: a switchover needs one"),
                         p.patroniUrls.at(answered));
    const QString from = leader->name;
    if (from == to)
        return makeError(ErrorKind::InvalidInput, SamplerTr::tr("%1 already leads").arg(to));
    const QDateTime at = context.clock->nowUtc();
    const QString intent
        = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("from"), from},
                                                      {QStringLiteral("to"), to},
                                                      {QStringLiteral("at"), at.toString(Qt::ISODateWithMs)}})
                                .toJson(QJsonDocument::Compact));
    const QString entityId = QStringLiteral("%1->%2@%3")
                                 .arg(from, to.isEmpty() ? QStringLiteral("*") : to, at.toString(Qt::ISODateWithMs));
    std::optional<Error> recordError;
    // Recorded before Patroni is asked: a crash between the two still leaves it planned.
    context.withStore([&](Store& store) {
        const auto written = store.appendRecord(context.rolloutId, QStringLiteral("switchover"), entityId,
                                                QStringLiteral("start"), intent, QString(), context.actor);
        if (!written)
            recordError = written.error();
    });
    if (recordError)
        return *recordError;
    const auto asked
        = await(PatroniClient(profile::patroniEndpoint(p, answered, context.password(QStringLiteral("patroni"))))
                    .switchover(from, to));
    QString outcome;
    QString newLeader;
    if (asked) {
        // Patroni answers once the new leader runs; read it back.
        for (int attempt = 0; attempt < 60 && newLeader.isEmpty(); ++attempt) {
            for (int i = 0; i < p.patroniUrls.size(); ++i) {
                const auto c = await(PatroniClient(profile::patroniEndpoint(p, i)).cluster());
                if (c && c->leader() && c->leader()->name != from) {
                    newLeader = c->leader()->name;
                    break;
                }
            }
            if (newLeader.isEmpty())
                migration::pauseFor(std::chrono::milliseconds(500));
        }
        outcome = newLeader.isEmpty() ? SamplerTr::tr("Patroni accepted, but %1 still leads after 30 s").arg(from)
                                      : SamplerTr::tr("%1 leads now (was %2)").arg(newLeader, from);
    } else {
        outcome = asked.error().toString();
    }
    context.withStore([&](Store& store) {
        (void)store.appendRecord(
            context.rolloutId, QStringLiteral("switchover"), entityId, QStringLiteral("end"),
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("new_leader"), newLeader},
                                                        {QStringLiteral("ok"), !newLeader.isEmpty()}})
                                  .toJson(QJsonDocument::Compact)),
            outcome, context.actor);
    });
    if (!asked)
        return asked.error();
    if (newLeader.isEmpty())
        return makeError(ErrorKind::Server, outcome, p.patroniUrls.at(answered));
    return newLeader;
}

} // namespace cockpit::monitoring
