#include "Probers.h"

#include "NodePool.h"
#include "connectors/alertmanager/AlertmanagerClient.h"
#include "connectors/docker/DockerClient.h"
#include "connectors/etcd/EtcdClient.h"
#include "connectors/http/HttpClient.h"
#include "connectors/net/NetProbes.h"
#include "connectors/patroni/PatroniClient.h"
#include "connectors/postgres/PgConnection.h"
#include "connectors/prometheus/PrometheusClient.h"
#include "core/Continuation.h"
#include "core/FailureText.h"
#include "engine/profiles/ProfileClients.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace cockpit {
namespace {

class ProbeTr
{
    Q_DECLARE_TR_FUNCTIONS(cockpit::Prober)
};

template<typename... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<typename... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

using ObservationFuture = QFuture<Result<Observation>>;

ObservationFuture ready(Result<Observation> result)
{
    return QtFuture::makeReadyFuture(std::move(result));
}

ObservationFuture failed(ErrorKind kind, const QString& message, const QString& where = {})
{
    return ready(makeError(kind, message, where));
}

// Maps a client's answer to an observation, keeping its error as it is.
template<typename T, typename Fn> ObservationFuture observe(QFuture<Result<T>> future, Fn toObservation)
{
    return future.then([toObservation](const Result<T>& answer) -> Result<Observation> {
        if (!answer)
            return answer.error();
        return toObservation(answer.value());
    });
}

HttpEndpoint endpointFor(const QString& name, const QString& url, const ConnectionProfile::Tls& tls)
{
    HttpEndpoint endpoint = profile::httpEndpoint(name, url, tls);
    endpoint.timeout = Prober::kTimeout;
    return endpoint;
}

Observation fromPgResult(const PgQueryResult& result, const QString& node)
{
    Observation o;
    for (const PgColumn& column : result.columns)
        o.columns.append(column.name);
    // Several rows from one node are told apart by their first column when it is text (a
    // replica's name, an index's name): "pg1/pg2", not "pg1" twice.
    const bool named = result.rows.size() > 1 && !result.columns.isEmpty();
    for (const QList<QVariant>& row : result.rows) {
        const QVariant first = row.value(0);
        const bool text = named && first.typeId() == QMetaType::QString && !first.toString().isEmpty();
        o.addRow(text ? QStringLiteral("%1/%2").arg(node, first.toString()) : node, row);
    }
    return o;
}

double percentile(QList<double> sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const auto rank = static_cast<qsizetype>(std::ceil(p * static_cast<double>(sorted.size())));
    return sorted[std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1)];
}

QString labelsText(const PromLabels& labels)
{
    QStringList parts;
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (it.key() != QLatin1String("__name__"))
            parts.append(QStringLiteral("%1=%2").arg(it.key(), it.value()));
    }
    return parts.join(QLatin1Char(','));
}

Observation fromVector(const QList<PromSample>& vector, const QString& source)
{
    Observation o;
    o.source = source;
    QStringList labels;
    for (const PromSample& sample : vector) {
        for (auto it = sample.labels.begin(); it != sample.labels.end(); ++it) {
            if (!labels.contains(it.key()) && it.key() != QLatin1String("__name__"))
                labels.append(it.key());
        }
    }
    labels.sort();
    o.columns = labels;
    o.columns.append(QStringLiteral("value"));
    for (const PromSample& sample : vector) {
        QVariantList row;
        for (const QString& label : labels)
            row.append(sample.labels.value(label));
        // NaN stays NaN: it never satisfies a comparison.
        row.append(std::isnan(sample.value.value) ? QVariant(QStringLiteral("NaN")) : QVariant(sample.value.value));
        o.addRow(labelsText(sample.labels), row);
    }
    return o;
}

} // namespace

QVariant queryParameter(const Parameter& parameter)
{
    if (!parameter.value.isArray())
        return parameter.value.toVariant();
    QStringList elements;
    for (const QJsonValue element : parameter.value.toArray()) {
        QString text = element.isDouble() ? QString::number(element.toDouble()) : element.toString();
        text.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
        elements.append(QLatin1Char('"') + text + QLatin1Char('"'));
    }
    return QStringLiteral("{%1}").arg(elements.join(QLatin1Char(',')));
}

Prober::Prober(ConnectionProfile profile, NodePool* pool, QString checkPassword, Error poolError)
    : m_profile(std::move(profile))
    , m_pool(pool)
    , m_checkPassword(std::move(checkPassword))
    , m_poolError(std::move(poolError))
{ }

ObservationFuture Prober::run(const Probe& probe, const QList<Parameter>& parameters) const
{
    return std::visit(Overloaded{
                          [&](const SqlProbe& p) { return sql(p, parameters); },
                          [&](const PromQlProbe& p) { return promql(p); },
                          [&](const HostSettingProbe& p) { return hostSetting(p); },
                          [&](const PatroniProbe& p) { return patroni(p); },
                          [&](const EtcdProbe& p) { return etcd(p); },
                          [&](const DockerProbe& p) { return docker(p); },
                          [&](const PgBouncerProbe& p) { return pgbouncer(p); },
                          [&](const AlertmanagerProbe& p) { return alertmanager(p); },
                          [&](const PrometheusProbe& p) { return prometheus(p); },
                          [&](const TcpProbe& p) { return tcp(p); },
                          [&](const TlsProbe& p) { return tls(p); },
                          [&](const DnsProbe& p) { return dns(p); },
                          [&](const HttpProbe& p) { return http(p); },
                          [&](const CommandProbe& p) { return command(p); },
                      },
                      probe);
}

// --- SQL ----------------------------------------------------------------------------------

ObservationFuture Prober::sql(const SqlProbe& probe, const QList<Parameter>& parameters) const
{
    if (!m_pool && !m_poolError.message.isEmpty())
        return ready(m_poolError);
    if (!m_pool || m_pool->nodes().isEmpty())
        return failed(ErrorKind::InvalidInput, ProbeTr::tr("the profile names no PostgreSQL node"), m_profile.name);
    QList<int> targets;
    QString where;
    const QList<NodePool::Node>& nodes = m_pool->nodes();
    if (probe.on == SqlProbe::Target::Leader) {
        const auto leader = m_pool->leader();
        if (!leader)
            return ready(leader.error());
        targets.append(leader.value());
        where = ProbeTr::tr("the leader %1 (%2)").arg(nodes[leader.value()].name, nodes[leader.value()].address);
    } else {
        QStringList names;
        for (int i = 0; i < nodes.size(); ++i) {
            if (!nodes[i].reachable) {
                // Every node must answer: one that does not leaves the check unknown, not passed.
                Error error = nodes[i].error;
                error.message = failureSentence(QStringLiteral("PostgreSQL %1").arg(nodes[i].name), nodes[i].address,
                                                nodes[i].error);
                return ready(error);
            }
            if (probe.on == SqlProbe::Target::Replicas && !nodes[i].inRecovery)
                continue;
            targets.append(i);
            names.append(QStringLiteral("%1 %2").arg(nodes[i].name, nodes[i].address));
        }
        if (targets.isEmpty())
            return failed(ErrorKind::NotFound, ProbeTr::tr("no replica answers"), m_profile.name);
        where = probe.on == SqlProbe::Target::Replicas
            ? ProbeTr::tr("every replica (%1)").arg(names.join(QStringLiteral(", ")))
            : ProbeTr::tr("every node (%1)").arg(names.join(QStringLiteral(", ")));
    }
    QVariantList params;
    for (const QString& name : probe.params) {
        const auto it
            = std::find_if(parameters.begin(), parameters.end(), [&](const Parameter& p) { return p.name == name; });
        params.append(it != parameters.end() ? queryParameter(*it) : QVariant());
    }
    const QString source = ProbeTr::tr("SQL on %1").arg(where);
    const QString grants = probe.grants;
    const QString role = m_profile.checkUser();
    const auto explain = [grants, role](Error error) {
        // Refused (42501), or a function, schema or view the check needs is missing.
        static const QStringList missing{QStringLiteral("42501"), QStringLiteral("42883"), QStringLiteral("3F000"),
                                         QStringLiteral("42P01")};
        if (missing.contains(error.code) && !grants.isEmpty()) {
            error.hint = ProbeTr::tr("The check role %1 lacks a grant; an administrator can give it with: %2")
                             .arg(role, QString(grants).replace(QStringLiteral("{role}"), role));
        }
        return error;
    };
    NodePool* pool = m_pool;
    if (probe.repeat > 0) {
        // Timed runs, one after another on the leader: the observation is their percentiles.
        const int node = targets.first();
        auto timings = std::make_shared<QList<double>>();
        auto promise = std::make_shared<QPromise<Result<Observation>>>();
        promise->start();
        // One untimed run first (the plan and the index's pages cached, as for any application
        // that has run a while), then the timed ones.
        auto warmedUp = std::make_shared<bool>(false);
        auto step = std::make_shared<std::function<void()>>();
        // The closure holds itself only weakly: each pending answer holds it, so it goes with the
        // last one, whichever way the run ends.
        const std::weak_ptr<std::function<void()>> weakStep = step;
        const QPointer<NodePool> guard(pool);
        *step = [=]() {
            if (!guard) {
                promise->addResult(makeError(ErrorKind::Cancelled, ProbeTr::tr("the check was abandoned")));
                promise->finish();
                return;
            }
            const std::shared_ptr<std::function<void()>> self = weakStep.lock();
            guard->query(node, probe.query, params, kTimeout).then([=](const Result<PgQueryResult>& answer) {
                if (!answer) {
                    promise->addResult(explain(answer.error()));
                    promise->finish();
                    return;
                }
                if (!*warmedUp) {
                    *warmedUp = true;
                    (*self)();
                    return;
                }
                timings->append(static_cast<double>(answer->elapsed.count()) / 1000.0);
                if (timings->size() < probe.repeat) {
                    (*self)();
                    return;
                }
                QList<double> sorted = *timings;
                std::sort(sorted.begin(), sorted.end());
                Observation o;
                o.source = source;
                o.columns = {QStringLiteral("p50_ms"), QStringLiteral("p95_ms"), QStringLiteral("p99_ms"),
                             QStringLiteral("max_ms"), QStringLiteral("runs")};
                o.addRow(QString(),
                         {percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99), sorted.last(),
                          static_cast<int>(sorted.size())});
                promise->addResult(o);
                promise->finish();
            });
        };
        (*step)();
        return promise->future();
    }
    QList<QFuture<Result<PgQueryResult>>> answers;
    for (int node : targets)
        answers.append(pool->query(node, probe.query, params, kTimeout));
    QStringList names;
    for (int node : targets)
        names.append(nodes[node].name);
    return QtFuture::whenAll(answers.begin(), answers.end())
        .then([names, source, explain](const QList<QFuture<Result<PgQueryResult>>>& done) -> Result<Observation> {
            Observation all;
            all.source = source;
            for (int i = 0; i < done.size(); ++i) {
                const Result<PgQueryResult> answer = resultOf(done[i]);
                if (!answer) {
                    Error error = explain(answer.error());
                    error.where = names[i];
                    return error;
                }
                all.append(fromPgResult(answer.value(), names[i]));
            }
            return all;
        });
}

// --- Prometheus and node_exporter ------------------------------------------------------------

ObservationFuture Prober::promql(const PromQlProbe& original) const
{
    if (m_profile.prometheusUrl.isEmpty())
        return failed(ErrorKind::InvalidInput, ProbeTr::tr("the profile names no Prometheus"), m_profile.name);
    PromQlProbe probe = original;
    if (probe.query.contains(QLatin1String("${backup_mountpoint}"))) {
        if (m_profile.backupMountpoint.isEmpty())
            return failed(ErrorKind::InvalidInput,
                          ProbeTr::tr("the profile names no backup mountpoint (backup.mountpoint)"), m_profile.name);
        QString quoted = m_profile.backupMountpoint;
        quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
        probe.query.replace(QLatin1String("${backup_mountpoint}"), QLatin1Char('"') + quoted + QLatin1Char('"'));
    }
    const QString source = ProbeTr::tr("Prometheus %1: %2").arg(addressOf(m_profile.prometheusUrl), probe.query);
    return observe(
        PrometheusClient(endpointFor(QStringLiteral("Prometheus"), m_profile.prometheusUrl, m_profile.prometheusTls))
            .query(probe.query),
        [source](const PromQueryResult& result) -> Result<Observation> {
            if (result.type == PromQueryResult::Type::Scalar) {
                Observation o;
                o.source = source;
                o.columns = {QStringLiteral("value")};
                o.addRow(QString(), {result.scalar.value});
                return o;
            }
            return fromVector(result.vector, source);
        });
}

ObservationFuture Prober::hostSetting(const HostSettingProbe& probe) const
{
    if (m_profile.prometheusUrl.isEmpty())
        return failed(ErrorKind::InvalidInput, ProbeTr::tr("the profile names no Prometheus"), m_profile.name);
    const PrometheusClient client(
        endpointFor(QStringLiteral("Prometheus"), m_profile.prometheusUrl, m_profile.prometheusTls));
    const QString source
        = ProbeTr::tr("node_exporter through Prometheus %1: %2").arg(addressOf(m_profile.prometheusUrl), probe.metric);
    // The value and when it was scraped: a value is as fresh as its last scrape, no fresher.
    QList<QFuture<Result<PromQueryResult>>> both{client.query(probe.metric),
                                                 client.query(QStringLiteral("timestamp(%1)").arg(probe.metric))};
    const qint64 maxAge = std::chrono::duration_cast<std::chrono::seconds>(probe.maxAge).count();
    const QString metric = probe.metric;
    return QtFuture::whenAll(both.begin(), both.end())
        .then([source, maxAge, metric](const QList<QFuture<Result<PromQueryResult>>>& done) -> Result<Observation> {
            const auto values = resultOf(done[0]);
            const auto stamps = resultOf(done[1]);
            if (!values)
                return values.error();
            if (!stamps)
                return stamps.error();
            Observation o;
            o.source = source;
            o.columns = {QStringLiteral("instance"), QStringLiteral("value"), QStringLiteral("age_s")};
            const double now = static_cast<double>(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
            for (const PromSample& sample : values->vector) {
                double scraped = 0;
                for (const PromSample& stamp : stamps->vector) {
                    PromLabels labels = stamp.labels;
                    labels.remove(QStringLiteral("__name__"));
                    PromLabels own = sample.labels;
                    own.remove(QStringLiteral("__name__"));
                    if (labels == own)
                        scraped = stamp.value.value;
                }
                const double age = scraped > 0 ? now - scraped : -1;
                if (age < 0 || age > static_cast<double>(maxAge)) {
                    return makeError(ErrorKind::Timeout,
                                     age < 0 ? ProbeTr::tr("no scrape time for %1").arg(metric)
                                             : ProbeTr::tr("the last value of %1 on %2 is %3 s old (at most %4 s "
                                                           "allowed): node_exporter is not being scraped")
                                                   .arg(metric, sample.labels.value(QStringLiteral("instance")))
                                                   .arg(age, 0, 'f', 0)
                                                   .arg(maxAge),
                                     source);
                }
                o.addRow(
                    sample.labels.value(QStringLiteral("instance")),
                    {sample.labels.value(QStringLiteral("instance")),
                     std::isnan(sample.value.value) ? QVariant(QStringLiteral("NaN")) : QVariant(sample.value.value),
                     age});
            }
            return o;
        });
}

ObservationFuture Prober::prometheus(const PrometheusProbe& probe) const
{
    if (m_profile.prometheusUrl.isEmpty())
        return failed(ErrorKind::InvalidInput, ProbeTr::tr("the profile names no Prometheus"), m_profile.name);
    const PrometheusClient client(
        endpointFor(QStringLiteral("Prometheus"), m_profile.prometheusUrl, m_profile.prometheusTls));
    const QString source = ProbeTr::tr("Prometheus %1 /%2").arg(addressOf(m_profile.prometheusUrl), probe.endpoint);
    if (probe.endpoint == QLatin1String("rules")) {
        return observe(client.rules(), [source](const QList<PromRule>& rules) -> Result<Observation> {
            Observation o;
            o.source = source;
            o.columns = {QStringLiteral("group"),    QStringLiteral("name"),   QStringLiteral("type"),
                         QStringLiteral("severity"), QStringLiteral("health"), QStringLiteral("state")};
            for (const PromRule& rule : rules) {
                o.addRow(rule.name,
                         {rule.group, rule.name, rule.type, rule.labels.value(QStringLiteral("severity")), rule.health,
                          rule.state});
            }
            return o;
        });
    }
    return observe(client.targets(), [source](const QList<PromTarget>& targets) -> Result<Observation> {
        Observation o;
        o.source = source;
        o.columns = {QStringLiteral("job"), QStringLiteral("instance"), QStringLiteral("health"),
                     QStringLiteral("last_error")};
        for (const PromTarget& target : targets) {
            o.addRow(target.labels.value(QStringLiteral("job")) + QLatin1Char(' ') + target.scrapeUrl,
                     {target.labels.value(QStringLiteral("job")), target.labels.value(QStringLiteral("instance")),
                      target.health, target.lastError});
        }
        return o;
    });
}

// --- Patroni, etcd, Docker, Alertmanager ------------------------------------------------------

ObservationFuture Prober::patroni(const PatroniProbe& probe) const
{
    if (m_profile.patroniUrls.isEmpty())
        return failed(ErrorKind::InvalidInput, ProbeTr::tr("the profile names no Patroni URL"), m_profile.name);
    if (probe.endpoint == QLatin1String("members")) {
        // Every member's own REST API (GET /patroni): a Patroni that died stays "running" in
        // the cluster's view until its key expires, but its own API is silent at once.
        QList<QFuture<Result<PatroniNodeStatus>>> answers;
        QStringList urls;
        for (int i = 0; i < m_profile.patroniUrls.size(); ++i) {
            PatroniEndpoint api = profile::patroniEndpoint(m_profile, i);
            api.timeout = kTimeout;
            answers.append(PatroniClient(api).status());
            urls.append(m_profile.patroniUrls[i]);
        }
        return QtFuture::whenAll(answers.begin(), answers.end())
            .then([urls](const QList<QFuture<Result<PatroniNodeStatus>>>& done) -> Result<Observation> {
                Observation o;
                o.source = ProbeTr::tr("Patroni /patroni of %1").arg(urls.join(QStringLiteral(", ")));
                o.columns = {QStringLiteral("url"), QStringLiteral("role"), QStringLiteral("state"),
                             QStringLiteral("paused")};
                for (int i = 0; i < done.size(); ++i) {
                    const auto status = resultOf(done[i]);
                    if (status) {
                        o.addRow(addressOf(urls[i]),
                                 {urls[i], patroniRoleName(status->role), status->state, status->paused});
                    } else {
                        o.addRow(
                            addressOf(urls[i]),
                            {urls[i], QString(),
                             ProbeTr::tr("no answer (%1)")
                                 .arg(failureSentence(QStringLiteral("Patroni"), addressOf(urls[i]), status.error())),
                             QVariant()});
                    }
                }
                return o;
            });
    }
    // Ask the members one after another until one answers: any member describes the cluster.
    auto promise = std::make_shared<QPromise<Result<Observation>>>();
    promise->start();
    auto attempt = std::make_shared<std::function<void(int, Error)>>();
    const ConnectionProfile p = m_profile;
    const QString endpoint = probe.endpoint;
    *attempt = [=](int index, Error last) {
        if (index >= p.patroniUrls.size()) {
            promise->addResult(last);
            promise->finish();
            *attempt = nullptr;
            return;
        }
        PatroniEndpoint api = profile::patroniEndpoint(p, index);
        api.timeout = kTimeout;
        const PatroniClient client(api);
        const QString source = ProbeTr::tr("Patroni %1 /%2").arg(addressOf(p.patroniUrls[index]), endpoint);
        const auto done = [=](Result<Observation> result) {
            if (!result) {
                (*attempt)(index + 1, result.error());
                return;
            }
            result.value().source = source;
            promise->addResult(std::move(result));
            promise->finish();
            *attempt = nullptr;
        };
        if (endpoint == QLatin1String("cluster")) {
            client.cluster().then([done](const Result<PatroniCluster>& cluster) {
                if (!cluster) {
                    done(cluster.error());
                    return;
                }
                Observation o;
                o.columns = {QStringLiteral("member"),   QStringLiteral("role"),      QStringLiteral("state"),
                             QStringLiteral("timeline"), QStringLiteral("lag_bytes"), QStringLiteral("paused")};
                for (const PatroniMember& m : cluster->members) {
                    o.addRow(m.name,
                             {m.name, patroniRoleName(m.role), m.state, m.timeline ? QVariant(*m.timeline) : QVariant(),
                              m.lagBytes ? QVariant(*m.lagBytes) : QVariant(), cluster->paused});
                }
                done(o);
            });
        } else if (endpoint == QLatin1String("history")) {
            client.history().then([done](const Result<QList<PatroniHistoryEntry>>& history) {
                if (!history) {
                    done(history.error());
                    return;
                }
                Observation o;
                o.columns = {QStringLiteral("timeline"), QStringLiteral("reason"), QStringLiteral("at"),
                             QStringLiteral("new_leader")};
                for (const PatroniHistoryEntry& e : history.value())
                    o.addRow(QString::number(e.timeline), {e.timeline, e.reason, e.at, e.newLeader});
                done(o);
            });
        } else {
            client.config().then([done](const Result<QJsonObject>& config) {
                if (!config) {
                    done(config.error());
                    return;
                }
                Observation o;
                o.columns = {QStringLiteral("key"), QStringLiteral("value")};
                std::function<void(const QJsonObject&, const QString&)> flatten
                    = [&](const QJsonObject& object, const QString& prefix) {
                          for (auto it = object.begin(); it != object.end(); ++it) {
                              const QString key = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
                              if (it->isObject())
                                  flatten(it->toObject(), key);
                              else
                                  o.addRow(key, {key, it->toVariant()});
                          }
                      };
                flatten(config.value(), QString());
                done(o);
            });
        }
    };
    (*attempt)(0, makeError(ErrorKind::Network, ProbeTr::tr("no Patroni member answered")));
    return promise->future();
}

ObservationFuture Prober::etcd(const EtcdProbe& probe) const
{
    if (m_profile.etcdUrls.isEmpty())
        return failed(ErrorKind::InvalidInput, ProbeTr::tr("the profile names no etcd URL"), m_profile.name);
    if (probe.endpoint == QLatin1String("members")) {
        const QString source = ProbeTr::tr("etcd %1 members").arg(addressOf(m_profile.etcdUrls.first()));
        return observe(
            EtcdClient(endpointFor(QStringLiteral("etcd"), m_profile.etcdUrls.first(), m_profile.etcdTls)).members(),
            [source](const QList<EtcdMember>& members) -> Result<Observation> {
                Observation o;
                o.source = source;
                o.columns = {QStringLiteral("name"), QStringLiteral("id"), QStringLiteral("client_urls")};
                for (const EtcdMember& m : members)
                    o.addRow(m.name, {m.name, m.id, m.clientUrls.join(QLatin1Char(','))});
                return o;
            });
    }
    // Every member's own health, at its own client URL (from the member list), and every URL of
    // the profile: one surviving member reports the cluster healthy while a peer is dead.
    const ConnectionProfile p = m_profile;
    const auto healthOf = [p](const QStringList& urls, const QStringList& names) -> ObservationFuture {
        QList<QFuture<Result<bool>>> health;
        for (const QString& url : urls)
            health.append(EtcdClient(endpointFor(QStringLiteral("etcd"), url, p.etcdTls)).isHealthy());
        return QtFuture::whenAll(health.begin(), health.end())
            .then([urls, names](const QList<QFuture<Result<bool>>>& done) -> Result<Observation> {
                Observation o;
                o.source = ProbeTr::tr("etcd /health of %1").arg(urls.join(QStringLiteral(", ")));
                o.columns = {QStringLiteral("member"), QStringLiteral("url"), QStringLiteral("health"),
                             QStringLiteral("error")};
                for (int i = 0; i < done.size(); ++i) {
                    const Result<bool> healthy = resultOf(done[i]);
                    o.addRow(names[i],
                             {names[i], urls[i], healthy.ok() && healthy.value(),
                              healthy ? QString()
                                      : failureSentence(QStringLiteral("etcd"), addressOf(urls[i]), healthy.error())});
                }
                return o;
            });
    };
    return EtcdClient(endpointFor(QStringLiteral("etcd"), m_profile.etcdUrls.first(), m_profile.etcdTls))
        .members()
        .then([p, healthOf](const Result<QList<EtcdMember>>& members) -> ObservationFuture {
            if (!members)
                return QtFuture::makeReadyFuture(Result<Observation>(members.error()));
            QStringList urls;
            QStringList names;
            for (const EtcdMember& m : members.value()) {
                const QString url = m.clientUrls.value(0);
                if (url.isEmpty()) {
                    urls.append(QString());
                } else if (!urls.contains(url)) {
                    urls.append(url);
                } else {
                    continue;
                }
                names.append(m.name.isEmpty() ? m.id : m.name);
            }
            for (const QString& url : p.etcdUrls) {
                if (!urls.contains(url)) {
                    urls.append(url);
                    names.append(addressOf(url));
                }
            }
            // A member without a client URL (not yet started) is unhealthy as far as anyone can tell.
            QStringList reachable;
            QStringList reachableNames;
            QStringList silent;
            for (int i = 0; i < urls.size(); ++i) {
                if (urls[i].isEmpty())
                    silent.append(names[i]);
                else {
                    reachable.append(urls[i]);
                    reachableNames.append(names[i]);
                }
            }
            return healthOf(reachable, reachableNames).then([silent](Result<Observation> o) -> Result<Observation> {
                if (o) {
                    for (const QString& name : silent)
                        o.value().addRow(name, {name, QString(), false, QStringLiteral("no client URL: not started")});
                }
                return o;
            });
        })
        .unwrap();
}

ObservationFuture Prober::docker(const DockerProbe& probe) const
{
    auto endpoint = profile::dockerEndpoint(m_profile);
    if (m_profile.dockerEndpoint.isEmpty())
        return failed(ErrorKind::InvalidInput, ProbeTr::tr("the profile names no Docker Engine"), m_profile.name);
    if (!endpoint)
        return ready(endpoint.error());
    endpoint.value().timeout = kTimeout;
    const DockerClient client(endpoint.value());
    const QString source = ProbeTr::tr("Docker Engine %1 /%2").arg(addressOf(m_profile.dockerEndpoint), probe.endpoint);
    const auto withSource = [source](Observation o) {
        o.source = source;
        return o;
    };
    if (probe.endpoint == QLatin1String("version")) {
        return observe(client.version(), [withSource](const DockerVersion& v) -> Result<Observation> {
            Observation o;
            o.columns = {QStringLiteral("version"), QStringLiteral("api_version")};
            o.addRow(QStringLiteral("engine"), {v.engineVersion, v.apiVersion});
            return withSource(o);
        });
    }
    if (probe.endpoint == QLatin1String("info")) {
        return observe(client.info(), [withSource](const DockerInfo& info) -> Result<Observation> {
            Observation o;
            o.columns = {QStringLiteral("swarm_state"), QStringLiteral("nodes"), QStringLiteral("managers"),
                         QStringLiteral("server_version")};
            o.addRow(info.name, {info.swarmState, info.nodes, info.managers, info.serverVersion});
            return withSource(o);
        });
    }
    if (probe.endpoint == QLatin1String("nodes")) {
        return observe(client.nodes(), [withSource](const QList<DockerNode>& nodes) -> Result<Observation> {
            Observation o;
            o.columns = {QStringLiteral("hostname"), QStringLiteral("role"), QStringLiteral("state"),
                         QStringLiteral("availability"), QStringLiteral("engine_version")};
            for (const DockerNode& n : nodes)
                o.addRow(n.hostname, {n.hostname, n.role, n.state, n.availability, n.engineVersion});
            return withSource(o);
        });
    }
    if (probe.endpoint == QLatin1String("networks")) {
        return observe(client.networks(), [withSource](const QList<DockerNetwork>& networks) -> Result<Observation> {
            Observation o;
            o.columns = {QStringLiteral("name"), QStringLiteral("driver"), QStringLiteral("scope"),
                         QStringLiteral("ingress"), QStringLiteral("attachable")};
            for (const DockerNetwork& n : networks)
                o.addRow(n.name, {n.name, n.driver, n.scope, n.ingress, n.attachable});
            return withSource(o);
        });
    }
    return observe(client.services(), [withSource](const QList<DockerService>& services) -> Result<Observation> {
        Observation o;
        o.columns
            = {QStringLiteral("name"), QStringLiteral("mode"), QStringLiteral("replicas"), QStringLiteral("running")};
        for (const DockerService& s : services) {
            o.addRow(s.name,
                     {s.name, s.mode, s.replicas ? QVariant(*s.replicas) : QVariant(),
                      s.runningTasks ? QVariant(*s.runningTasks) : QVariant()});
        }
        return withSource(o);
    });
}

ObservationFuture Prober::alertmanager(const AlertmanagerProbe&) const
{
    if (m_profile.alertmanagerUrl.isEmpty())
        return failed(ErrorKind::InvalidInput, ProbeTr::tr("the profile names no Alertmanager"), m_profile.name);
    const QString source = ProbeTr::tr("Alertmanager %1 configuration").arg(addressOf(m_profile.alertmanagerUrl));
    return observe(
        AlertmanagerClient(
            endpointFor(QStringLiteral("Alertmanager"), m_profile.alertmanagerUrl, m_profile.alertmanagerTls))
            .receivers(),
        [source](const QList<AmReceiver>& receivers) -> Result<Observation> {
            Observation o;
            o.source = source;
            o.columns = {QStringLiteral("receiver"), QStringLiteral("integration"), QStringLiteral("routed")};
            for (const AmReceiver& receiver : receivers) {
                if (receiver.integrations.isEmpty())
                    o.addRow(receiver.name, {receiver.name, QVariant(), receiver.routed});
                for (const QString& integration : receiver.integrations)
                    o.addRow(receiver.name, {receiver.name, integration, receiver.routed});
            }
            return o;
        });
}

ObservationFuture Prober::pgbouncer(const PgBouncerProbe& probe) const
{
    if (m_profile.pgbouncerPort <= 0)
        return failed(ErrorKind::InvalidInput, ProbeTr::tr("the profile names no PgBouncer"), m_profile.name);
    if (!m_poolError.message.isEmpty())
        return ready(m_poolError); // no password for the check role
    PgConnectOptions options = profile::pgbouncerOptions(m_profile, m_checkPassword);
    options.user = m_profile.checkUser();
    options.database = QStringLiteral("pgbouncer"); // the admin console
    options.connectTimeout = kTimeout;
    const QString source = ProbeTr::tr("PgBouncer %1:%2 %3")
                               .arg(m_profile.pgbouncerHost)
                               .arg(m_profile.pgbouncerPort)
                               .arg(probe.command);
    auto connection = std::shared_ptr<PgConnection>(new PgConnection, [](PgConnection* c) { c->deleteLater(); });
    const QString command = probe.command;
    const QString role = m_profile.checkUser();
    // Where PgBouncer should send the application: the profile's database on the leader.
    QString leaderAddress;
    if (m_pool) {
        if (const auto leader = m_pool->leader())
            leaderAddress = m_pool->nodes()[leader.value()].address;
    }
    const QString profileDatabase = m_profile.pgDatabase;
    return connection->open(options)
        .then([connection, command](const Result<PgServerInfo>& opened) -> QFuture<Result<PgQueryResult>> {
            if (!opened)
                return QtFuture::makeReadyFuture(Result<PgQueryResult>(opened.error()));
            PgQueryOptions queryOptions{kTimeout};
            queryOptions.simpleProtocol = true; // the admin console speaks nothing else
            return connection->query(command, {}, queryOptions);
        })
        .unwrap()
        .then([connection, source, role, command, leaderAddress,
               profileDatabase](const Result<PgQueryResult>& answer) -> Result<Observation> {
            connection->close();
            if (!answer) {
                Error error = answer.error();
                if (error.kind == ErrorKind::Auth || error.message.contains(QLatin1String("not allowed")))
                    error.hint = ProbeTr::tr("Add %1 to stats_users in pgbouncer.ini (and its password to the "
                                             "auth_file), then reload PgBouncer.")
                                     .arg(role);
                return error;
            }
            Observation o = fromPgResult(answer.value(), QString());
            o.source = source;
            const int database = o.column(QStringLiteral("database"));
            const int user = o.column(QStringLiteral("user"));
            for (int row = 0; row < o.rows.size(); ++row) {
                o.rowNames[row] = database >= 0 ? o.value(row, database).toString()
                        + (user >= 0 ? QLatin1Char('/') + o.value(row, user).toString() : QString())
                                                : o.value(row, 0).toString();
            }
            if (command == QLatin1String("SHOW DATABASES")) {
                // Each entry beside the profile's database name and the leader's address, for
                // the rule that judges where PgBouncer sends the application.
                const int name = o.column(QStringLiteral("name"));
                o.columns << QStringLiteral("profile_database") << QStringLiteral("leader");
                for (int row = 0; row < o.rows.size(); ++row) {
                    const QString entry = name >= 0 ? o.value(row, name).toString() : QString();
                    o.rowNames[row] = entry;
                    o.rows[row] << (entry == profileDatabase) << leaderAddress;
                }
            }
            return o;
        });
}

// --- the network path -----------------------------------------------------------------------

ObservationFuture Prober::tcp(const TcpProbe& probe) const
{
    QList<std::pair<QString, int>> endpoints;
    if (probe.targets == QLatin1String("postgres") || probe.targets == QLatin1String("hosts")) {
        for (const ConnectionProfile::PgNode& node : m_profile.pgNodes)
            endpoints.append({node.host, node.port});
    }
    if (probe.targets == QLatin1String("pgbouncer") && m_profile.pgbouncerPort > 0)
        endpoints.append({m_profile.pgbouncerHost, m_profile.pgbouncerPort});
    if (!probe.ports.isEmpty()) {
        // The given ports on each distinct host.
        QStringList hosts;
        for (const auto& [host, port] : endpoints) {
            if (!hosts.contains(host))
                hosts.append(host);
        }
        endpoints.clear();
        for (const QString& host : hosts) {
            for (int port : probe.ports)
                endpoints.append({host, port});
        }
    }
    if (endpoints.isEmpty())
        return failed(ErrorKind::InvalidInput, ProbeTr::tr("the profile names no %1 host").arg(probe.targets),
                      m_profile.name);
    QList<QFuture<Result<TcpProbeResult>>> probes;
    for (const auto& [host, port] : endpoints)
        probes.append(NetProbes::tcp(host, static_cast<quint16>(port)));
    return QtFuture::whenAll(probes.begin(), probes.end())
        .then([endpoints](const QList<QFuture<Result<TcpProbeResult>>>& done) -> Result<Observation> {
            Observation o;
            o.source = ProbeTr::tr("TCP connections from this machine");
            o.columns = {QStringLiteral("endpoint"), QStringLiteral("reachable"), QStringLiteral("latency_ms"),
                         QStringLiteral("error")};
            for (int i = 0; i < done.size(); ++i) {
                const auto answer = resultOf(done[i]);
                const QString endpoint = QStringLiteral("%1:%2").arg(endpoints[i].first).arg(endpoints[i].second);
                o.addRow(endpoint,
                         {endpoint, answer.ok(),
                          answer ? QVariant(static_cast<double>(answer->latency.count()) / 1000.0) : QVariant(),
                          answer ? QString() : shortReason(answer.error().message)});
            }
            return o;
        });
}

ObservationFuture Prober::tls(const TlsProbe& probe) const
{
    struct Target
    {
        QString host;
        int port;
        QString caFile;
        NetProbes::TlsStart start;
    };
    QList<Target> targets;
    const bool all = probe.targets == QLatin1String("all");
    if (all || probe.targets == QLatin1String("postgres")) {
        for (const ConnectionProfile::PgNode& node : m_profile.pgNodes)
            targets.append({node.host, node.port, m_profile.pgTls.caFile, NetProbes::TlsStart::PostgresSslRequest});
    }
    if (all || probe.targets == QLatin1String("https")) {
        const auto addUrl = [&](const QString& url, const ConnectionProfile::Tls& tls) {
            const QUrl u(url);
            if (u.scheme() == QLatin1String("https"))
                targets.append({u.host(), u.port(443), tls.caFile, NetProbes::TlsStart::Direct});
        };
        for (const QString& url : m_profile.patroniUrls)
            addUrl(url, m_profile.patroniTls);
        for (const QString& url : m_profile.etcdUrls)
            addUrl(url, m_profile.etcdTls);
        addUrl(m_profile.prometheusUrl, m_profile.prometheusTls);
        addUrl(m_profile.alertmanagerUrl, m_profile.alertmanagerTls);
        for (const QString& url : m_profile.applicationUrls)
            addUrl(url, {});
        if (m_profile.dockerEndpoint.startsWith(QLatin1String("tcp://")) && !m_profile.dockerTls.caFile.isEmpty()) {
            const QUrl u(m_profile.dockerEndpoint);
            targets.append({u.host(), u.port(2376), m_profile.dockerTls.caFile, NetProbes::TlsStart::Direct});
        }
    }
    QList<QFuture<Result<TlsProbeResult>>> probes;
    for (const Target& t : targets)
        probes.append(NetProbes::tls(t.host, static_cast<quint16>(t.port), t.caFile, kTimeout, t.start));
    return QtFuture::whenAll(probes.begin(), probes.end())
        .then([targets](const QList<QFuture<Result<TlsProbeResult>>>& done) -> Result<Observation> {
            Observation o;
            o.source = ProbeTr::tr("TLS handshakes from this machine");
            o.columns = {QStringLiteral("endpoint"),    QStringLiteral("verified"),  QStringLiteral("host_matches"),
                         QStringLiteral("self_signed"), QStringLiteral("days_left"), QStringLiteral("problems"),
                         QStringLiteral("issuer")};
            for (int i = 0; i < done.size(); ++i) {
                const auto answer = resultOf(done[i]);
                const QString endpoint = QStringLiteral("%1:%2").arg(targets[i].host).arg(targets[i].port);
                if (!answer) {
                    // A refused TLS (N to the SSLRequest, a failed handshake) is an answer: no TLS.
                    if (answer.error().kind != ErrorKind::Tls)
                        return answer.error();
                    o.addRow(endpoint, {endpoint, false, false, false, QVariant(), answer.error().message, QString()});
                    continue;
                }
                o.addRow(endpoint,
                         {endpoint, answer->chainVerified, answer->hostNameMatches, answer->selfSigned,
                          answer->daysLeft(), answer->problems.join(QStringLiteral("; ")), answer->issuer});
            }
            return o;
        });
}

ObservationFuture Prober::dns(const DnsProbe&) const
{
    if (m_profile.dnsNames.isEmpty())
        return failed(ErrorKind::InvalidInput, ProbeTr::tr("the profile names no DNS name to look up"), m_profile.name);
    const QHostAddress server = m_profile.dnsServer.isEmpty() ? QHostAddress() : QHostAddress(m_profile.dnsServer);
    QList<QFuture<Result<DnsProbeResult>>> lookups;
    for (const QString& name : m_profile.dnsNames)
        lookups.append(NetProbes::dns(name, server));
    const QStringList names = m_profile.dnsNames;
    const QString where = m_profile.dnsServer.isEmpty() ? ProbeTr::tr("the system's resolver") : m_profile.dnsServer;
    return QtFuture::whenAll(lookups.begin(), lookups.end())
        .then([names, where](const QList<QFuture<Result<DnsProbeResult>>>& done) -> Result<Observation> {
            Observation o;
            o.source = ProbeTr::tr("DNS through %1").arg(where);
            o.columns = {QStringLiteral("name"), QStringLiteral("types"), QStringLiteral("resolves"),
                         QStringLiteral("addresses"), QStringLiteral("cnames")};
            for (int i = 0; i < done.size(); ++i) {
                const auto answer = resultOf(done[i]);
                if (!answer && answer.error().kind != ErrorKind::NotFound)
                    return answer.error(); // the server did not answer: unknown, not "no record"
                QStringList types;
                if (answer && !answer->cnames.isEmpty())
                    types.append(QStringLiteral("CNAME"));
                if (answer && !answer->addresses.isEmpty())
                    types.append(QStringLiteral("A"));
                // Resolves: the name leads to an address (a CNAME to nowhere does not).
                const bool resolves = answer && !answer->addresses.isEmpty();
                o.addRow(names[i],
                         {names[i], types.join(QLatin1Char(',')), resolves,
                          answer ? answer->addresses.join(QLatin1Char(',')) : QString(),
                          answer ? answer->cnames.join(QLatin1Char(',')) : QString()});
            }
            return o;
        });
}

ObservationFuture Prober::http(const HttpProbe&) const
{
    if (m_profile.applicationUrls.isEmpty())
        return failed(ErrorKind::InvalidInput, ProbeTr::tr("the profile names no application URL"), m_profile.name);
    QList<QFuture<Result<HttpResponse>>> answers;
    for (const QString& url : m_profile.applicationUrls) {
        HttpRequest request;
        request.url = QUrl(url);
        request.timeout = kTimeout;
        request.maxBytes = qint64{1024} * 1024;
        request.endpointName = QStringLiteral("the application");
        answers.append(HttpClient::send(request));
    }
    const QStringList urls = m_profile.applicationUrls;
    return QtFuture::whenAll(answers.begin(), answers.end())
        .then([urls](const QList<QFuture<Result<HttpResponse>>>& done) -> Result<Observation> {
            Observation o;
            o.source = ProbeTr::tr("HTTP GET of the application's URLs");
            o.columns
                = {QStringLiteral("url"), QStringLiteral("status"), QStringLiteral("hsts"), QStringLiteral("csp")};
            for (int i = 0; i < done.size(); ++i) {
                const auto answer = resultOf(done[i]);
                if (!answer)
                    return answer.error();
                o.addRow(urls[i],
                         {urls[i], answer->status, !answer->header("Strict-Transport-Security").isEmpty(),
                          !answer->header("Content-Security-Policy").isEmpty()});
            }
            return o;
        });
}

ObservationFuture Prober::command(const CommandProbe& probe) const
{
    auto promise = std::make_shared<QPromise<Result<Observation>>>();
    promise->start();
    auto* process = new QProcess;
    auto* timer = new QTimer(process);
    timer->setSingleShot(true);
    const QString where = probe.program;
    const auto finish = [promise, process](Result<Observation> result) {
        if (promise->future().isFinished())
            return;
        promise->addResult(std::move(result));
        promise->finish();
        process->deleteLater();
    };
    QObject::connect(timer, &QTimer::timeout, process, [process, finish, where, probe] {
        process->kill();
        finish(
            makeError(ErrorKind::Timeout, ProbeTr::tr("no end within %1").arg(formatDuration(probe.timeout)), where));
    });
    QObject::connect(process, &QProcess::errorOccurred, process, [process, finish, where](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            finish(makeError(ErrorKind::NotFound, ProbeTr::tr("cannot run it: %1").arg(process->errorString()), where));
    });
    QObject::connect(
        process, &QProcess::finished, process, [process, finish, where, probe](int code, QProcess::ExitStatus status) {
            Observation o;
            o.source = ProbeTr::tr("command %1 %2").arg(probe.program, probe.arguments.join(QLatin1Char(' ')));
            o.columns = {QStringLiteral("exit_code"), QStringLiteral("stdout"), QStringLiteral("stderr")};
            o.addRow(where,
                     {status == QProcess::NormalExit ? QVariant(code) : QVariant(),
                      QString::fromUtf8(process->readAllStandardOutput().left(4096)).trimmed(),
                      QString::fromUtf8(process->readAllStandardError().left(4096)).trimmed()});
            finish(o);
        });
    timer->start(std::chrono::duration_cast<std::chrono::milliseconds>(probe.timeout));
    process->start(probe.program, probe.arguments); // no shell
    return promise->future();
}

} // namespace cockpit
