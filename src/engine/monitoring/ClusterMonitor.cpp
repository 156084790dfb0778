#include "ClusterMonitor.h"
#include "core/Continuation.h"

#include "connectors/docker/DockerClient.h"
#include "connectors/patroni/PatroniClient.h"
#include "connectors/postgres/PgConnection.h"
#include "connectors/prometheus/PrometheusClient.h"
#include "connectors/secrets/SecretStore.h"
#include "engine/profiles/ProfileClients.h"

namespace cockpit {
namespace {

std::optional<double> number(const QVariant& value)
{
    bool ok = false;
    const double n = value.toString().toDouble(&ok);
    return value.isValid() && ok ? std::optional<double>(n) : std::nullopt;
}

const char* kLagSql = "SELECT application_name, state, sync_state, "
                      "EXTRACT(EPOCH FROM write_lag) * 1000, EXTRACT(EPOCH FROM flush_lag) * 1000, "
                      "EXTRACT(EPOCH FROM replay_lag) * 1000, pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn) "
                      "FROM pg_stat_replication ORDER BY application_name";

} // namespace

const ReplicationLag* ClusterSnapshot::lagOf(const QString& member) const
{
    if (!lag)
        return nullptr;
    for (const ReplicationLag& entry : *lag) {
        if (entry.applicationName == member)
            return &entry;
    }
    return nullptr;
}

int ClusterSnapshot::targetsUp() const
{
    int up = 0;
    if (targets) {
        for (const PromTarget& target : *targets)
            up += target.health == QLatin1String("up") ? 1 : 0;
    }
    return up;
}

ClusterMonitor::ClusterMonitor(SecretStore& secrets, QObject* parent) : QObject(parent), m_secrets(secrets)
{
    m_timer.setInterval(kDefaultInterval);
    connect(&m_timer, &QTimer::timeout, this, &ClusterMonitor::refresh);
}

ClusterMonitor::~ClusterMonitor()
{
    // Answers still on their way are stale from now on: closing the leader's connection answers
    // its pending query at once, and that answer must find nothing to do.
    ++m_generation;
    m_timer.stop();
    m_leader.reset();
}

void ClusterMonitor::setProfile(std::optional<ConnectionProfile> profile)
{
    ++m_generation;
    m_pending = 0;
    m_profile = std::move(profile);
    if (m_leader)
        m_leader.release()->deleteLater(); // the old cluster's leader: never ask it for the new one
    m_password.reset();
    m_latest = {};
    if (!m_profile) {
        m_timer.stop();
        Q_EMIT updated(m_latest);
        return;
    }
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
    m_next = {};
    m_pending = 4;
    Q_EMIT refreshStarted();
    refreshCluster(generation);
    refreshLag(generation);
    refreshServices(generation);
    refreshTargets(generation);
}

void ClusterMonitor::sourceDone(quint64 generation)
{
    if (generation != m_generation || --m_pending > 0)
        return;
    m_next.takenAt = QDateTime::currentDateTimeUtc();
    m_latest = m_next;
    Q_EMIT updated(m_latest);
}

void ClusterMonitor::refreshCluster(quint64 generation)
{
    const ConnectionProfile& p = *m_profile;
    if (p.patroniUrls.isEmpty()) {
        m_next.clusterError
            = makeError(ErrorKind::InvalidInput, QStringLiteral("the profile names no Patroni URL"), p.name);
        sourceDone(generation);
        return;
    }
    // Any member can describe the cluster; ask them all and keep the first answer.
    auto answered = std::make_shared<bool>(false);
    auto outstanding = std::make_shared<int>(static_cast<int>(p.patroniUrls.size()));
    for (int i = 0; i < p.patroniUrls.size(); ++i) {
        const PatroniClient client(profile::patroniEndpoint(p, i));
        const QString name = client.endpoint().name;
        client.cluster().then(
            this, [this, generation, answered, outstanding, name](const Result<PatroniCluster>& cluster) {
                if (generation != m_generation || *answered)
                    return;
                if (cluster) {
                    *answered = true;
                    m_next.cluster = cluster.value();
                    m_next.clusterSource = name;
                    sourceDone(generation);
                } else if (--*outstanding == 0) {
                    m_next.clusterError = cluster.error(); // every member failed; show the last reason
                    sourceDone(generation);
                }
            });
    }
}

void ClusterMonitor::refreshLag(quint64 generation)
{
    const ConnectionProfile p = *m_profile;
    if (!p.hasPostgres()) {
        m_next.lagError
            = makeError(ErrorKind::InvalidInput, QStringLiteral("the profile names no PostgreSQL node"), p.name);
        sourceDone(generation);
        return;
    }
    const auto fail = [this, generation](const Error& error) {
        if (generation != m_generation)
            return;
        m_next.lagError = error;
        if (error.kind == ErrorKind::Auth)
            m_password.reset(); // read it again: it may have been corrected
        // Connect afresh next time: the leader may have moved. Later, not now: this runs
        // inside the connection's own callback.
        if (m_leader)
            m_leader.release()->deleteLater();
        sourceDone(generation);
    };
    const auto query = [this, generation, fail] {
        onFinished(m_leader->query(QString::fromLatin1(kLagSql), {}, {std::chrono::seconds(5)}), this,
                   [this, generation, fail](const Result<PgQueryResult>& rows) {
                       if (generation != m_generation)
                           return;
                       if (!rows) {
                           fail(rows.error());
                           return;
                       }
                       QList<ReplicationLag> lag;
                       for (int r = 0; r < rows->rows.size(); ++r) {
                           ReplicationLag entry;
                           entry.applicationName = rows->value(r, 0).toString();
                           entry.state = rows->value(r, 1).toString();
                           entry.syncState = rows->value(r, 2).toString();
                           entry.writeLagMs = number(rows->value(r, 3));
                           entry.flushLagMs = number(rows->value(r, 4));
                           entry.replayLagMs = number(rows->value(r, 5));
                           if (const auto bytes = number(rows->value(r, 6)))
                               entry.replayLagBytes = static_cast<qint64>(*bytes);
                           lag.append(entry);
                       }
                       m_next.lag = lag;
                       m_next.lagSource = m_leader->node();
                       sourceDone(generation);
                   });
    };
    if (m_leader && m_leader->isOpen()) {
        query();
        return;
    }
    const auto connectWith = [this, generation, p, fail, query](const QString& password) {
        PgConnectOptions options = profile::postgresOptions(p, password);
        options.targetSessionAttrs = QStringLiteral("read-write"); // the leader
        if (m_leader)
            m_leader.release()->deleteLater();
        m_leader = std::make_unique<PgConnection>();
        onFinished(m_leader->open(options), this, [this, generation, fail, query](const Result<PgServerInfo>& opened) {
            if (generation != m_generation)
                return;
            if (opened)
                query();
            else
                fail(opened.error());
        });
    };
    if (m_password) {
        connectWith(*m_password);
        return;
    }
    onFinished(m_secrets.read(secretKey(p.name, QStringLiteral("postgres"))), this,
               [this, generation, fail, connectWith](const Result<QString>& password) {
                   if (generation != m_generation)
                       return;
                   if (!password) {
                       fail(password.error());
                       return;
                   }
                   m_password = password.value();
                   connectWith(password.value());
               });
}

void ClusterMonitor::refreshServices(quint64 generation)
{
    const auto endpoint = profile::dockerEndpoint(*m_profile);
    if (m_profile->dockerEndpoint.isEmpty() || !endpoint) {
        m_next.servicesError = m_profile->dockerEndpoint.isEmpty()
            ? makeError(ErrorKind::InvalidInput, QStringLiteral("the profile names no Docker Engine"), m_profile->name)
            : endpoint.error();
        sourceDone(generation);
        return;
    }
    onFinished(DockerClient(endpoint.value()).services(), this,
               [this, generation](const Result<QList<DockerService>>& services) {
                   if (generation != m_generation)
                       return;
                   if (services)
                       m_next.services = services.value();
                   else
                       m_next.servicesError = services.error();
                   sourceDone(generation);
               });
}

void ClusterMonitor::refreshTargets(quint64 generation)
{
    if (m_profile->prometheusUrl.isEmpty()) {
        m_next.targetsError
            = makeError(ErrorKind::InvalidInput, QStringLiteral("the profile names no Prometheus"), m_profile->name);
        sourceDone(generation);
        return;
    }
    onFinished(PrometheusClient(profile::httpEndpoint(QStringLiteral("Prometheus"), m_profile->prometheusUrl,
                                                      m_profile->prometheusTls))
                   .targets(),
               this, [this, generation](const Result<QList<PromTarget>>& targets) {
                   if (generation != m_generation)
                       return;
                   if (targets)
                       m_next.targets = targets.value();
                   else
                       m_next.targetsError = targets.error();
                   sourceDone(generation);
               });
}

} // namespace cockpit
