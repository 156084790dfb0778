#include "PatroniClient.h"

#include "PatroniParser.h"
#include "connectors/http/HttpClient.h"

#include <QJsonDocument>

namespace cockpit {

PatroniClient::PatroniClient(PatroniEndpoint endpoint) : m_endpoint(std::move(endpoint))
{ }

HttpRequest PatroniClient::request(const QByteArray& method, const QString& path) const
{
    HttpRequest r = m_endpoint.request(method, path, {});
    r.endpointName = QStringLiteral("Patroni %1").arg(m_endpoint.name);
    if (method != "GET") {
        r.user = m_endpoint.user;
        r.password = m_endpoint.password;
        r.addHeader("Content-Type", "application/json");
    }
    return r;
}

QFuture<Result<PatroniCluster>> PatroniClient::cluster() const
{
    return sendParsed(request("GET", QStringLiteral("/cluster")), &patroni::parseCluster);
}

QFuture<Result<PatroniNodeStatus>> PatroniClient::status() const
{
    return sendParsed(request("GET", QStringLiteral("/patroni")), &patroni::parseNodeStatus);
}

QFuture<Result<QList<PatroniHistoryEntry>>> PatroniClient::history() const
{
    return sendParsed(request("GET", QStringLiteral("/history")), &patroni::parseHistory);
}

QFuture<Result<QJsonObject>> PatroniClient::config() const
{
    return sendParsed(request("GET", QStringLiteral("/config")), &patroni::parseConfig);
}

QFuture<Result<bool>> PatroniClient::check(const QString& path) const
{
    const HttpRequest r = request("GET", path);
    return HttpClient::send(r).then([r](const Result<HttpResponse>& response) -> Result<bool> {
        if (!response)
            return response.error();
        if (response->status == 200)
            return true;
        if (response->status == 503)
            return false;
        return httpStatusError(r, response.value());
    });
}

QFuture<Result<bool>> PatroniClient::isHealthy() const
{
    return check(QStringLiteral("/health"));
}

QFuture<Result<bool>> PatroniClient::isLeader() const
{
    return check(QStringLiteral("/leader"));
}

QFuture<Result<bool>> PatroniClient::isReplica() const
{
    return check(QStringLiteral("/replica"));
}

QFuture<Result<QJsonObject>> PatroniClient::patchConfig(const QJsonObject& patch) const
{
    HttpRequest r = request("PATCH", QStringLiteral("/config"));
    r.body = QJsonDocument(patch).toJson(QJsonDocument::Compact);
    return HttpClient::send(r).then([r](const Result<HttpResponse>& response) -> Result<QJsonObject> {
        if (!response)
            return response.error();
        if (response->status != 200)
            return httpStatusError(r, response.value());
        return patroni::parseConfig(response->body, r.describe());
    });
}

QFuture<Result<QString>> PatroniClient::post(const QString& path, const QJsonObject& body) const
{
    HttpRequest r = request("POST", path);
    r.body = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    // A switchover waits for the new leader: allow it the time Patroni itself takes.
    r.timeout = std::max(r.timeout, std::chrono::milliseconds(60000));
    return HttpClient::send(r).then([r](const Result<HttpResponse>& response) -> Result<QString> {
        if (!response)
            return response.error();
        if (response->status < 200 || response->status > 299)
            return httpStatusError(r, response.value());
        return QString::fromUtf8(response->body.left(2000)).trimmed();
    });
}

QFuture<Result<QString>> PatroniClient::switchover(const QString& leader, const QString& candidate) const
{
    QJsonObject body{{QStringLiteral("leader"), leader}};
    if (!candidate.isEmpty())
        body[QStringLiteral("candidate")] = candidate;
    return post(QStringLiteral("/switchover"), body);
}

QFuture<Result<QString>> PatroniClient::failover(const QString& candidate) const
{
    return post(QStringLiteral("/failover"), {{QStringLiteral("candidate"), candidate}});
}

QFuture<Result<QString>> PatroniClient::restart() const
{
    return post(QStringLiteral("/restart"), {});
}

QFuture<Result<QString>> PatroniClient::reload() const
{
    return post(QStringLiteral("/reload"), {});
}

} // namespace cockpit
