#pragma once

#include "store/Store.h"

#include "connectors/docker/DockerTypes.h"
#include "connectors/patroni/PatroniClient.h"
#include "connectors/postgres/PgTypes.h"
#include "core/ConnectionProfile.h"

// How a profile's entries become connector endpoints; shared by the profile tester and the
// cluster monitor so that both reach a service the same way.
namespace cockpit::profile {

TlsOptions tlsOptions(const ConnectionProfile::Tls& tls);
HttpEndpoint httpEndpoint(const QString& name, const QString& url, const ConnectionProfile::Tls& tls);
PatroniEndpoint patroniEndpoint(const ConnectionProfile& profile, int index, const QString& password = {});
Result<DockerEndpoint> dockerEndpoint(const ConnectionProfile& profile);
// Every node (or just one, index >= 0) of the profile's PostgreSQL.
PgConnectOptions postgresOptions(const ConnectionProfile& profile, const QString& password, int index = -1);
PgConnectOptions pgbouncerOptions(const ConnectionProfile& profile, const QString& password);
// A member's short name from its Patroni URL's position ("pg1"), or the URL itself.
QString patroniName(const ConnectionProfile& profile, int index);

// Where the profile's team store is: its own host and port, or the cluster's nodes (the one
// that takes writes is chosen when connecting).
TeamStoreOptions teamStoreOptions(const ConnectionProfile& profile, const QString& password);

} // namespace cockpit::profile
