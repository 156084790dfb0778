#include "ProfileClients.h"

namespace cockpit::profile {

TlsOptions tlsOptions(const ConnectionProfile::Tls& tls)
{
    TlsOptions options;
    options.caFile = tls.caFile;
    options.certFile = tls.certFile;
    options.keyFile = tls.keyFile;
    return options;
}

HttpEndpoint httpEndpoint(const QString& name, const QString& url, const ConnectionProfile::Tls& tls)
{
    HttpEndpoint endpoint;
    endpoint.name = name;
    endpoint.baseUrl = QUrl(url);
    endpoint.tls = tlsOptions(tls);
    endpoint.timeout = std::chrono::seconds(5);
    return endpoint;
}

QString patroniName(const ConnectionProfile& profile, int index)
{
    // Patroni URLs and PostgreSQL nodes are listed in the same order in a profile.
    if (index >= 0 && index < profile.pgNodes.size())
        return profile.pgNodes[index].name;
    return profile.patroniUrls.value(index);
}

PatroniEndpoint patroniEndpoint(const ConnectionProfile& profile, int index, const QString& password)
{
    PatroniEndpoint endpoint;
    endpoint.name = patroniName(profile, index);
    endpoint.baseUrl = QUrl(profile.patroniUrls.value(index));
    endpoint.tls = tlsOptions(profile.patroniTls);
    endpoint.timeout = std::chrono::seconds(5);
    endpoint.user = profile.patroniUser;
    endpoint.password = password;
    return endpoint;
}

Result<DockerEndpoint> dockerEndpoint(const ConnectionProfile& profile)
{
    auto endpoint = DockerEndpoint::parse(profile.dockerEndpoint, tlsOptions(profile.dockerTls));
    if (endpoint)
        endpoint.value().timeout = std::chrono::seconds(10);
    return endpoint;
}

PgConnectOptions postgresOptions(const ConnectionProfile& profile, const QString& password, int index)
{
    PgConnectOptions options;
    for (int i = 0; i < profile.pgNodes.size(); ++i) {
        if (index < 0 || index == i)
            options.hosts.append({profile.pgNodes[i].host, profile.pgNodes[i].port});
    }
    options.database = profile.pgDatabase;
    options.user = profile.pgUser;
    options.password = password;
    options.sslMode = profile.pgSslMode;
    options.sslRootCert = profile.pgTls.caFile;
    options.sslCert = profile.pgTls.certFile;
    options.sslKey = profile.pgTls.keyFile;
    return options;
}

PgConnectOptions pgbouncerOptions(const ConnectionProfile& profile, const QString& password)
{
    PgConnectOptions options = postgresOptions(profile, password, -2); // no node, same database and user
    options.hosts = {{profile.pgbouncerHost, profile.pgbouncerPort}};
    options.sslMode = profile.pgbouncerSslMode;
    return options;
}

TeamStoreOptions teamStoreOptions(const ConnectionProfile& profile, const QString& password)
{
    TeamStoreOptions options;
    options.database = profile.teamStore.database;
    options.user = profile.teamStore.user;
    options.password = password;
    options.sslMode = profile.teamStore.sslMode.isEmpty() ? profile.pgSslMode : profile.teamStore.sslMode;
    options.caFile = profile.teamStore.caFile.isEmpty() ? profile.pgTls.caFile : profile.teamStore.caFile;
    if (!profile.teamStore.host.isEmpty()) {
        options.host = profile.teamStore.host;
        options.port = profile.teamStore.port;
        return options;
    }
    QStringList hosts;
    QStringList ports;
    for (const ConnectionProfile::PgNode& node : profile.pgNodes) {
        hosts.append(node.host);
        ports.append(QString::number(node.port));
    }
    options.host = hosts.join(QLatin1Char(','));
    options.port = profile.teamStore.port.isEmpty() ? ports.join(QLatin1Char(',')) : profile.teamStore.port;
    return options;
}

} // namespace cockpit::profile
