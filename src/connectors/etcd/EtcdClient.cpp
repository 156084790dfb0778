#include "EtcdClient.h"

#include "connectors/http/HttpClient.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cockpit {

EtcdClient::EtcdClient(HttpEndpoint endpoint) : m_endpoint(std::move(endpoint))
{ }

HttpRequest EtcdClient::request(const QByteArray& method, const QString& path) const
{
    return m_endpoint.request(method, path, QStringLiteral("etcd"));
}

QFuture<Result<bool>> EtcdClient::isHealthy() const
{
    // etcd answers 503 with {"health":"false"} when unhealthy: parse the body either way.
    HttpRequest r = request("GET", QStringLiteral("/health"));
    return HttpClient::send(r).then([r](const Result<HttpResponse>& response) -> Result<bool> {
        if (!response)
            return response.error();
        if (response->status != 200 && response->status != 503)
            return httpStatusError(r, response.value());
        return etcd::parseHealth(response->body, r.describe());
    });
}

QFuture<Result<QString>> EtcdClient::version() const
{
    return sendParsed(request("GET", QStringLiteral("/version")), &etcd::parseVersion);
}

QFuture<Result<QList<EtcdMember>>> EtcdClient::members() const
{
    HttpRequest r = request("POST", QStringLiteral("/v3/cluster/member/list"));
    r.body = "{}";
    r.addHeader("Content-Type", "application/json");
    return sendParsed(r, &etcd::parseMembers);
}

} // namespace cockpit
