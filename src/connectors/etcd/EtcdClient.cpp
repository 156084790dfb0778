#include "EtcdClient.h"

#include "connectors/http/AnswerChecks.h"
#include "connectors/http/HttpClient.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cockpit {

namespace etcd {

Result<bool> parseHealth(const QByteArray& body, const QString& where)
{
    const auto document = parseJsonBody(body, where);
    if (!document)
        return document.error();
    const QJsonValue health = document->object().value(QStringLiteral("health"));
    if (!health.isString() && !health.isBool())
        return unexpectedAnswer(where, QStringLiteral("no \"health\""));
    return health.isBool() ? health.toBool() : health.toString() == QLatin1String("true");
}

Result<QString> parseVersion(const QByteArray& body, const QString& where)
{
    const auto document = parseJsonBody(body, where);
    if (!document)
        return document.error();
    const QString version = document->object().value(QStringLiteral("etcdserver")).toString();
    if (version.isEmpty())
        return unexpectedAnswer(where, QStringLiteral("no \"etcdserver\""));
    return version;
}

Result<QList<EtcdMember>> parseMembers(const QByteArray& body, const QString& where)
{
    const auto document = parseJsonBody(body, where);
    if (!document)
        return document.error();
    const QJsonValue members = document->object().value(QStringLiteral("members"));
    if (!members.isArray())
        return unexpectedAnswer(where, QStringLiteral("\"members\" is not an array"));
    QList<EtcdMember> list;
    for (const QJsonValue& value : members.toArray()) {
        const QJsonObject m = value.toObject();
        EtcdMember member;
        member.id = m.value(QStringLiteral("ID")).toVariant().toString();
        member.name = m.value(QStringLiteral("name")).toString();
        for (const QJsonValue& url : m.value(QStringLiteral("peerURLs")).toArray())
            member.peerUrls.append(url.toString());
        for (const QJsonValue& url : m.value(QStringLiteral("clientURLs")).toArray())
            member.clientUrls.append(url.toString());
        list.append(member);
    }
    return list;
}

} // namespace etcd

EtcdClient::EtcdClient(HttpEndpoint endpoint) : m_endpoint(std::move(endpoint))
{ }

HttpRequest EtcdClient::request(const QByteArray& method, const QString& path) const
{
    HttpRequest r;
    r.method = method;
    r.url = m_endpoint.baseUrl;
    r.url.setPath(path);
    r.tls = m_endpoint.tls;
    r.timeout = m_endpoint.timeout;
    r.maxBytes = 4 * 1024 * 1024;
    r.endpointName = m_endpoint.name.isEmpty() ? QStringLiteral("etcd") : m_endpoint.name;
    return r;
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
