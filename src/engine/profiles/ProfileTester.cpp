#include "ProfileTester.h"

#include "ProfileClients.h"
#include "connectors/alertmanager/AlertmanagerClient.h"
#include "connectors/docker/DockerClient.h"
#include "connectors/etcd/EtcdClient.h"
#include "connectors/net/NetProbes.h"
#include "connectors/postgres/PgConnection.h"
#include "connectors/prometheus/PrometheusClient.h"
#include "connectors/secrets/SecretStore.h"

#include <QElapsedTimer>
#include <QHostAddress>

#include <memory>

namespace cockpit {
namespace {

// Turns a client's answer into a check: ok with a version and detail, or the error.
template<typename T, typename Describe>
QFuture<EndpointCheck> measure(const EndpointRef& endpoint, QFuture<Result<T>> future, Describe describe)
{
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    return future.then([endpoint, clock, describe](const Result<T>& result) {
        EndpointCheck check;
        check.endpoint = endpoint;
        check.latencyMs = static_cast<double>(clock->nsecsElapsed()) / 1e6;
        if (result) {
            check.ok = true;
            describe(result.value(), check);
        } else {
            check.error = result.error();
        }
        return check;
    });
}

QFuture<EndpointCheck> failed(const EndpointRef& endpoint, Error error)
{
    EndpointCheck check;
    check.endpoint = endpoint;
    check.error = std::move(error);
    return QtFuture::makeReadyFuture(check);
}

} // namespace

ProfileTester::ProfileTester(ConnectionProfile profile, SecretStore& secrets, QObject* parent)
    : QObject(parent), m_profile(std::move(profile)), m_secrets(secrets)
{ }

QStringList ProfileTester::warnings(const QList<EndpointCheck>& checks)
{
    QList<NodeState> nodes;
    for (const EndpointCheck& check : checks) {
        if (check.node && check.endpoint.component == QLatin1String("postgres"))
            nodes.append(*check.node);
    }
    QStringList warnings;
    if (const QList<NodeState> primaries = writablePrimaries(nodes); !primaries.isEmpty())
        warnings.append(tr("Split brain: %1.").arg(describeSplitBrain(primaries)));
    return warnings;
}

QList<EndpointRef> ProfileTester::endpoints(const ConnectionProfile& p)
{
    QList<EndpointRef> list;
    for (int i = 0; i < p.pgNodes.size(); ++i) {
        list.append({QStringLiteral("postgres"), i, p.pgNodes[i].name,
                     QStringLiteral("%1:%2").arg(p.pgNodes[i].host).arg(p.pgNodes[i].port)});
    }
    if (p.pgbouncerPort > 0)
        list.append({QStringLiteral("pgbouncer"), 0, QStringLiteral("PgBouncer"),
                     QStringLiteral("%1:%2").arg(p.pgbouncerHost).arg(p.pgbouncerPort)});
    for (int i = 0; i < p.patroniUrls.size(); ++i)
        list.append({QStringLiteral("patroni"), i, profile::patroniName(p, i), p.patroniUrls[i]});
    for (int i = 0; i < p.etcdUrls.size(); ++i)
        list.append({QStringLiteral("etcd"), i, QStringLiteral("etcd %1").arg(i + 1), p.etcdUrls[i]});
    if (!p.prometheusUrl.isEmpty())
        list.append({QStringLiteral("prometheus"), 0, QStringLiteral("Prometheus"), p.prometheusUrl});
    if (!p.alertmanagerUrl.isEmpty())
        list.append({QStringLiteral("alertmanager"), 0, QStringLiteral("Alertmanager"), p.alertmanagerUrl});
    if (!p.dockerEndpoint.isEmpty())
        list.append({QStringLiteral("docker"), 0, QStringLiteral("Docker Engine"), p.dockerEndpoint});
    for (int i = 0; i < p.dnsNames.size(); ++i) {
        list.append({QStringLiteral("dns"), i, p.dnsNames[i],
                     p.dnsServer.isEmpty() ? QStringLiteral("system resolver") : p.dnsServer});
    }
    return list;
}

QFuture<QList<EndpointCheck>> ProfileTester::checkAll()
{
    QList<QFuture<EndpointCheck>> checks;
    const QList<EndpointRef> refs = endpoints(m_profile);
    for (const EndpointRef& endpoint : refs)
        checks.append(check(endpoint));
    return QtFuture::whenAll(checks.begin(), checks.end()).then([refs](const QList<QFuture<EndpointCheck>>& done) {
        QList<EndpointCheck> results;
        for (qsizetype i = 0; i < done.size(); ++i) {
            if (done[i].resultCount() > 0) {
                results.append(done[i].result());
                continue;
            }
            // A check whose answer never came (its promise died) failed; it is never left out.
            EndpointCheck abandoned;
            abandoned.endpoint = refs.value(i);
            abandoned.error
                = makeError(ErrorKind::Cancelled, QStringLiteral("the test was abandoned before it answered"),
                            abandoned.endpoint.address);
            results.append(abandoned);
        }
        return results;
    });
}

QFuture<EndpointCheck> ProfileTester::check(const EndpointRef& endpoint)
{
    if (endpoint.component == QLatin1String("postgres") || endpoint.component == QLatin1String("pgbouncer"))
        return checkPostgres(endpoint);
    return checkHttp(endpoint);
}

QFuture<EndpointCheck> ProfileTester::checkPostgres(const EndpointRef& endpoint)
{
    const bool bouncer = endpoint.component == QLatin1String("pgbouncer");
    const ConnectionProfile profile = m_profile;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    return m_secrets.read(secretKey(profile.name, QStringLiteral("postgres")))
        .then([profile, endpoint, bouncer, clock](const Result<QString>& password) -> QFuture<EndpointCheck> {
            if (!password) {
                Error error = password.error();
                if (error.kind == ErrorKind::NotFound)
                    error.hint = QStringLiteral("Store the database password for profile %1.").arg(profile.name);
                return failed(endpoint, error);
            }
            PgConnectOptions options = bouncer ? profile::pgbouncerOptions(profile, password.value())
                                               : profile::postgresOptions(profile, password.value(), endpoint.index);
            // Deleted later: the last reference goes inside the connection's own callback.
            auto connection
                = std::shared_ptr<PgConnection>(new PgConnection, [](PgConnection* c) { c->deleteLater(); });
            return connection->open(options)
                .then([connection, bouncer](const Result<PgServerInfo>& opened) -> QFuture<Result<PgQueryResult>> {
                    if (!opened)
                        return QtFuture::makeReadyFuture(Result<PgQueryResult>(opened.error()));
                    return connection->query(bouncer ? QStringLiteral("SELECT pg_is_in_recovery()") : nodeprobe::sql());
                })
                .unwrap()
                .then([connection, endpoint, clock, bouncer](const Result<PgQueryResult>& answered) {
                    EndpointCheck check;
                    check.endpoint = endpoint;
                    check.latencyMs = static_cast<double>(clock->nsecsElapsed()) / 1e6;
                    if (!answered) {
                        check.error = answered.error();
                    } else {
                        const PgServerInfo& info = connection->serverInfo();
                        check.ok = true;
                        check.version = QStringLiteral("PostgreSQL ") + info.serverVersionText;
                        const bool standby = answered->value(0, 0).toString() == QLatin1String("t");
                        QString role = standby ? QStringLiteral("standby") : QStringLiteral("primary");
                        if (!bouncer) {
                            NodeState node;
                            node.name = endpoint.name;
                            node.address = endpoint.address;
                            node.at = QDateTime::currentDateTimeUtc();
                            nodeprobe::parse(answered.value(), node);
                            if (node.timeline)
                                role += QStringLiteral(" on timeline %1").arg(*node.timeline);
                            check.node = node;
                        }
                        check.detail
                            = role + (info.ssl ? QStringLiteral(", ") + info.sslProtocol : QStringLiteral(", no TLS"));
                    }
                    connection->close();
                    return check;
                });
        })
        .unwrap();
}

QFuture<EndpointCheck> ProfileTester::checkHttp(const EndpointRef& e)
{
    const ConnectionProfile& p = m_profile;
    if (e.component == QLatin1String("patroni")) {
        return measure(e, PatroniClient(profile::patroniEndpoint(p, e.index)).status(),
                       [](const PatroniNodeStatus& s, EndpointCheck& c) {
                           c.version = QStringLiteral("Patroni ") + s.patroniVersion;
                           c.detail = patroniRoleName(s.role) + QStringLiteral(", ") + s.state;
                       });
    }
    if (e.component == QLatin1String("etcd")) {
        return measure(e, EtcdClient(profile::httpEndpoint(e.name, e.address, p.etcdTls)).version(),
                       [](const QString& version, EndpointCheck& c) { c.version = QStringLiteral("etcd ") + version; });
    }
    if (e.component == QLatin1String("prometheus")) {
        return measure(
            e, PrometheusClient(profile::httpEndpoint(e.name, e.address, p.prometheusTls)).version(),
            [](const QString& version, EndpointCheck& c) { c.version = QStringLiteral("Prometheus ") + version; });
    }
    if (e.component == QLatin1String("alertmanager")) {
        return measure(
            e, AlertmanagerClient(profile::httpEndpoint(e.name, e.address, p.alertmanagerTls)).version(),
            [](const QString& version, EndpointCheck& c) { c.version = QStringLiteral("Alertmanager ") + version; });
    }
    if (e.component == QLatin1String("docker")) {
        const auto endpoint = profile::dockerEndpoint(p);
        if (!endpoint)
            return failed(e, endpoint.error());
        const DockerClient docker(endpoint.value());
        auto both = docker.version().then(
            [docker](const Result<DockerVersion>& version) -> QFuture<Result<std::pair<DockerVersion, DockerInfo>>> {
                if (!version)
                    return QtFuture::makeReadyFuture(Result<std::pair<DockerVersion, DockerInfo>>(version.error()));
                return docker.info().then([v = version.value()](const Result<DockerInfo>& info)
                                              -> Result<std::pair<DockerVersion, DockerInfo>> {
                    if (!info)
                        return info.error();
                    return std::pair(v, info.value());
                });
            });
        return measure(e, both.unwrap(), [](const std::pair<DockerVersion, DockerInfo>& answer, EndpointCheck& c) {
            c.version = QStringLiteral("Docker %1 (API %2)").arg(answer.first.engineVersion, answer.first.apiVersion);
            c.detail = QStringLiteral("Swarm %1, %2 node(s)").arg(answer.second.swarmState).arg(answer.second.nodes);
        });
    }
    if (e.component == QLatin1String("dns")) {
        const QHostAddress server = p.dnsServer.isEmpty() ? QHostAddress() : QHostAddress(p.dnsServer);
        return measure(e, NetProbes::dns(e.name, server), [](const DnsProbeResult& r, EndpointCheck& c) {
            QStringList parts;
            if (!r.cnames.isEmpty())
                parts.append(QStringLiteral("CNAME ") + r.cnames.join(QStringLiteral(", ")));
            if (!r.addresses.isEmpty())
                parts.append(QStringLiteral("A ") + r.addresses.join(QStringLiteral(", ")));
            c.detail = parts.join(QStringLiteral("; "));
        });
    }
    return failed(e, makeError(ErrorKind::Internal, QStringLiteral("unknown component"), e.component));
}

} // namespace cockpit
