#pragma once

#include "core/ConnectionProfile.h"
#include "core/Result.h"
#include "engine/monitoring/NodeState.h"

#include <QFuture>
#include <QObject>

namespace cockpit {

class SecretStore;

// One testable endpoint of a profile.
struct EndpointRef
{
    QString component; // postgres, pgbouncer, patroni, etcd, prometheus, alertmanager, docker, dns
    int index = 0; // which node, URL or name of the component
    QString name; // pg1, Prometheus, db.lab.internal
    QString address;
};

// What testing one endpoint found: whether it answered, how fast, which version.
struct EndpointCheck
{
    EndpointRef endpoint;
    bool ok = false;
    double latencyMs = 0;
    QString version;
    QString detail; // role and state, Swarm state, resolved addresses ...
    Error error;
    std::optional<NodeState> node; // a PostgreSQL node's answer: its role, timeline and LSN
};

// Tests the endpoints of a profile, all at once, each bounded by its own timeout. Passwords
// come from the secret store; a missing one fails only the endpoints that need it.
class ProfileTester final : public QObject
{
    Q_OBJECT

public:
    ProfileTester(ConnectionProfile profile, SecretStore& secrets, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ProfileTester)

    static QList<EndpointRef> endpoints(const ConnectionProfile& profile);
    // What the answers say together that no single one does: two PostgreSQL nodes that both
    // accept writes (a split brain). Empty when all is well.
    static QStringList warnings(const QList<EndpointCheck>& checks);

    QFuture<EndpointCheck> check(const EndpointRef& endpoint);
    QFuture<QList<EndpointCheck>> checkAll();

private:
    QFuture<EndpointCheck> checkPostgres(const EndpointRef& endpoint);
    QFuture<EndpointCheck> checkHttp(const EndpointRef& endpoint);

    ConnectionProfile m_profile;
    SecretStore& m_secrets;
};

} // namespace cockpit
