#include "ClusterMonitor.h"
#include "core/Continuation.h"

#include "connectors/alertmanager/AlertmanagerClient.h"
#include "connectors/docker/DockerClient.h"
#include "connectors/patroni/PatroniClient.h"
#include "connectors/postgres/PgConnection.h"
#include "connectors/prometheus/PrometheusClient.h"
#include "connectors/secrets/SecretStore.h"
#include "core/FailureText.h"
#include "engine/profiles/ProfileClients.h"

namespace cockpit {

ClusterMonitor::ClusterMonitor(SecretStore& secrets, QObject* parent, const Clock& clock)
    : QObject(parent), m_secrets(secrets), m_clock(clock)
{
    m_timer.setInterval(kDefaultInterval);
    connect(&m_timer, &QTimer::timeout, this, &ClusterMonitor::refresh);
}

ClusterMonitor::~ClusterMonitor()
{
    // Answers still on their way are stale from now on: closing a node's connection answers
    // its pending query at once, and that answer must find nothing to do.
    ++m_generation;
    m_timer.stop();
    m_nodes.clear();
}

void ClusterMonitor::dropNodeConnections()
{
    for (auto& connection : m_nodes) {
        if (connection)
            connection.release()->deleteLater(); // never ask the old cluster's nodes for the new one
    }
    m_nodes.clear();
}

void ClusterMonitor::setProfile(std::optional<ConnectionProfile> profile)
{
    ++m_generation;
    m_pending = 0;
    m_profile = std::move(profile);
    dropNodeConnections();
    m_password.reset();
    m_latest = {};
    m_lastSeen.clear();
    if (!m_profile) {
        m_timer.stop();
        Q_EMIT updated(m_latest);
        return;
    }
    m_nodes.resize(static_cast<size_t>(m_profile->pgNodes.size()));
    m_timer.start();
    refresh();
}

void ClusterMonitor::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void ClusterMonitor::refresh()
{
    if (!m_profile || m_pending > 0)
        return;
    const quint64 generation = m_generation;
    const ConnectionProfile& p = *m_profile;
    m_next = {};
    m_next.takenAt = m_clock.nowUtc();
    m_next.cluster.service = tr("Patroni");
    m_next.cluster.address = p.patroniUrls.isEmpty() ? QString() : addressOf(p.patroniUrls.first());
    m_next.services.service = tr("The Docker Engine");
    m_next.services.address = addressOf(p.dockerEndpoint);
    m_next.targets.service = tr("Prometheus");
    m_next.targets.address = addressOf(p.prometheusUrl);
    m_next.alerts.service = tr("Alertmanager");
    m_next.alerts.address = addressOf(p.alertmanagerUrl);
    m_apis.clear();
    m_pending = 5;
    Q_EMIT refreshStarted();
    refreshPatroni(generation);
    refreshNodes(generation);
    refreshServices(generation);
    refreshTargets(generation);
    refreshAlerts(generation);
}

void ClusterMonitor::sourceDone(quint64 generation)
{
    if (generation != m_generation || --m_pending > 0)
        return;
    QStringList expected;
    for (const ConnectionProfile::PgNode& node : m_profile->pgNodes)
        expected.append(node.name);
    analyseCluster(m_next, m_latest, expected, m_apis, m_lastSeen);
    m_latest = m_next;
    Q_EMIT updated(m_latest);
}

// --- Patroni: the cluster as any member describes it, and every member's own API ---------

void ClusterMonitor::refreshPatroni(quint64 generation)
{
    const ConnectionProfile& p = *m_profile;
    if (p.patroniUrls.isEmpty()) {
        m_next.cluster.failed(makeError(ErrorKind::InvalidInput, tr("the profile names no Patroni URL"), p.name),
                              m_next.takenAt, m_latest.cluster);
        sourceDone(generation);
        return;
    }
    m_patroniPending = static_cast<int>(p.patroniUrls.size()) * 2;
    m_lastClusterError = {};
    for (int i = 0; i < p.patroniUrls.size(); ++i) {
        PatroniEndpoint endpoint = profile::patroniEndpoint(p, i);
        endpoint.timeout = kQuestionTimeout;
        const PatroniClient client(endpoint);
        const QString name = endpoint.name;
        onFinished(client.cluster(), this, [this, generation, name](const Result<PatroniCluster>& cluster) {
            if (generation != m_generation)
                return;
            if (cluster && !m_next.cluster.hasData()) {
                m_next.cluster.answered(cluster.value(), m_next.takenAt); // any member can describe it: the first
                m_next.clusterSource = name;
            } else if (!cluster) {
                m_lastClusterError = cluster.error();
            }
            patroniPartDone(generation);
        });
        onFinished(client.status(), this, [this, generation, name](const Result<PatroniNodeStatus>& status) {
            if (generation != m_generation)
                return;
            MemberApi api;
            api.name = name;
            if (status)
                api.status = status.value();
            else
                api.error = status.error();
            m_apis.append(api);
            patroniPartDone(generation);
        });
    }
}

void ClusterMonitor::patroniPartDone(quint64 generation)
{
    if (--m_patroniPending > 0)
        return;
    if (!m_next.cluster.hasData())
        m_next.cluster.failed(m_lastClusterError, m_next.takenAt, m_latest.cluster); // every member failed
    sourceDone(generation);
}

// --- PostgreSQL: every node asked directly --------------------------------------------

void ClusterMonitor::refreshNodes(quint64 generation)
{
    const ConnectionProfile& p = *m_profile;
    for (const ConnectionProfile::PgNode& node : p.pgNodes) {
        NodeState state;
        state.name = node.name;
        state.address = QStringLiteral("%1:%2").arg(node.host).arg(node.port);
        state.at = m_next.takenAt;
        m_next.nodes.append(state);
    }
    m_nodesPending = static_cast<int>(p.pgNodes.size());
    if (m_nodesPending == 0) {
        sourceDone(generation);
        return;
    }
    const auto probeAll = [this, generation](const QString& password) {
        for (int i = 0; i < m_next.nodes.size(); ++i)
            probeNode(generation, i, password);
    };
    if (m_password) {
        probeAll(*m_password);
        return;
    }
    onFinished(m_secrets.read(secretKey(p.name, QStringLiteral("postgres"))), this,
               [this, generation, probeAll](const Result<QString>& password) {
                   if (generation != m_generation)
                       return;
                   if (password) {
                       m_password = password.value();
                       probeAll(password.value());
                       return;
                   }
                   for (int i = 0; i < m_next.nodes.size(); ++i)
                       nodeDone(generation, i, password.error());
               });
}

void ClusterMonitor::probeNode(quint64 generation, int index, const QString& password)
{
    const PgQueryOptions options{kQuestionTimeout};
    const auto ask = [this, generation, index, options] {
        PgConnection* connection = m_nodes[static_cast<size_t>(index)].get();
        onFinished(connection->query(nodeprobe::sql(), {}, options), this,
                   [this, generation, index, options](const Result<PgQueryResult>& rows) {
                       if (generation != m_generation)
                           return;
                       if (!rows) {
                           nodeDone(generation, index, rows.error());
                           return;
                       }
                       NodeState& state = m_next.nodes[index];
                       nodeprobe::parse(rows.value(), state);
                       if (!state.acceptsWrites()) {
                           nodeDone(generation, index, std::nullopt);
                           return;
                       }
                       // A primary: its standbys and their lag, from its pg_stat_replication.
                       onFinished(m_nodes[static_cast<size_t>(index)]->query(nodeprobe::replicationSql(), {}, options),
                                  this, [this, generation, index](const Result<PgQueryResult>& replication) {
                                      if (generation != m_generation)
                                          return;
                                      if (replication)
                                          m_next.nodes[index].replication
                                              = nodeprobe::parseReplication(replication.value());
                                      else
                                          m_next.nodes[index].replicationError = replication.error();
                                      nodeDone(generation, index, std::nullopt);
                                  });
                   });
    };
    auto& connection = m_nodes[static_cast<size_t>(index)];
    if (connection && connection->isOpen()) {
        ask();
        return;
    }
    if (connection)
        connection.release()->deleteLater();
    PgConnectOptions connect = profile::postgresOptions(*m_profile, password, index);
    connect.connectTimeout = kQuestionTimeout;
    connection = std::make_unique<PgConnection>();
    onFinished(connection->open(connect), this, [this, generation, index, ask](const Result<PgServerInfo>& opened) {
        if (generation != m_generation)
            return;
        if (opened)
            ask();
        else
            nodeDone(generation, index, opened.error());
    });
}

void ClusterMonitor::nodeDone(quint64 generation, int index, std::optional<Error> failure)
{
    if (generation != m_generation)
        return;
    if (failure) {
        NodeState& state = m_next.nodes[index];
        state.reachable = false;
        state.error = *failure;
        if (failure->kind == ErrorKind::Auth)
            m_password.reset(); // read it again: it may have been corrected
        // Connect afresh next time. Later, not now: this may run inside the connection's callback.
        auto& connection = m_nodes[static_cast<size_t>(index)];
        if (connection)
            connection.release()->deleteLater();
    }
    if (--m_nodesPending == 0)
        sourceDone(generation);
}

// --- Docker, Prometheus, Alertmanager ------------------------------------------------------

void ClusterMonitor::refreshServices(quint64 generation)
{
    auto endpoint = profile::dockerEndpoint(*m_profile);
    if (m_profile->dockerEndpoint.isEmpty() || !endpoint) {
        m_next.services.failed(m_profile->dockerEndpoint.isEmpty() ? makeError(
                                   ErrorKind::InvalidInput, tr("the profile names no Docker Engine"), m_profile->name)
                                                                   : endpoint.error(),
                               m_next.takenAt, m_latest.services);
        sourceDone(generation);
        return;
    }
    endpoint.value().timeout = kQuestionTimeout;
    onFinished(DockerClient(endpoint.value()).services(), this,
               [this, generation](const Result<QList<DockerService>>& services) {
                   if (generation != m_generation)
                       return;
                   if (services)
                       m_next.services.answered(services.value(), m_next.takenAt);
                   else
                       m_next.services.failed(services.error(), m_next.takenAt, m_latest.services);
                   sourceDone(generation);
               });
}

void ClusterMonitor::refreshTargets(quint64 generation)
{
    if (m_profile->prometheusUrl.isEmpty()) {
        m_next.targets.failed(
            makeError(ErrorKind::InvalidInput, tr("the profile names no Prometheus"), m_profile->name), m_next.takenAt,
            m_latest.targets);
        sourceDone(generation);
        return;
    }
    HttpEndpoint endpoint
        = profile::httpEndpoint(QStringLiteral("Prometheus"), m_profile->prometheusUrl, m_profile->prometheusTls);
    endpoint.timeout = kQuestionTimeout;
    onFinished(PrometheusClient(endpoint).targets(), this,
               [this, generation](const Result<QList<PromTarget>>& targets) {
                   if (generation != m_generation)
                       return;
                   if (targets)
                       m_next.targets.answered(targets.value(), m_next.takenAt);
                   else
                       m_next.targets.failed(targets.error(), m_next.takenAt, m_latest.targets);
                   sourceDone(generation);
               });
}

void ClusterMonitor::refreshAlerts(quint64 generation)
{
    if (m_profile->alertmanagerUrl.isEmpty()) {
        m_next.alerts.failed(
            makeError(ErrorKind::InvalidInput, tr("the profile names no Alertmanager"), m_profile->name),
            m_next.takenAt, m_latest.alerts);
        sourceDone(generation);
        return;
    }
    HttpEndpoint endpoint
        = profile::httpEndpoint(QStringLiteral("Alertmanager"), m_profile->alertmanagerUrl, m_profile->alertmanagerTls);
    endpoint.timeout = kQuestionTimeout;
    onFinished(AlertmanagerClient(endpoint).alerts(), this, [this, generation](const Result<QList<AmAlert>>& alerts) {
        if (generation != m_generation)
            return;
        if (alerts)
            m_next.alerts.answered(alerts.value(), m_next.takenAt);
        else
            m_next.alerts.failed(alerts.error(), m_next.takenAt, m_latest.alerts);
        sourceDone(generation);
    });
}

} // namespace cockpit
