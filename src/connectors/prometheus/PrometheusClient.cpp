#include "PrometheusClient.h"

#include "PrometheusParser.h"
#include "connectors/http/HttpClient.h"

#include <QUrlQuery>

namespace cockpit {

PrometheusClient::PrometheusClient(HttpEndpoint endpoint) : m_endpoint(std::move(endpoint))
{ }

HttpRequest PrometheusClient::request(const QString& path, const QList<std::pair<QString, QString>>& query) const
{
    HttpRequest r = m_endpoint.request("GET", path, QStringLiteral("Prometheus"));
    QUrlQuery q;
    for (const auto& [key, value] : query)
        q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    r.url.setQuery(q);
    return r;
}

QFuture<Result<PromQueryResult>> PrometheusClient::query(const QString& promql, const QDateTime& at) const
{
    QList<std::pair<QString, QString>> q{{QStringLiteral("query"), promql}};
    if (at.isValid())
        q.append(
            {QStringLiteral("time"), QString::number(static_cast<double>(at.toMSecsSinceEpoch()) / 1000.0, 'f', 3)});
    return sendParsed(request(QStringLiteral("/api/v1/query"), q), &prometheus::parseQuery, true);
}

QFuture<Result<PromQueryResult>> PrometheusClient::queryRange(const QString& promql, const QDateTime& start,
                                                              const QDateTime& end,
                                                              std::chrono::milliseconds step) const
{
    return sendParsed(
        request(
            QStringLiteral("/api/v1/query_range"),
            {{QStringLiteral("query"), promql},
             {QStringLiteral("start"),
              QString::number(static_cast<double>(start.toMSecsSinceEpoch()) / 1000.0, 'f', 3)},
             {QStringLiteral("end"), QString::number(static_cast<double>(end.toMSecsSinceEpoch()) / 1000.0, 'f', 3)},
             {QStringLiteral("step"), QString::number(static_cast<double>(step.count()) / 1000.0, 'f', 3)}}),
        &prometheus::parseQuery, true);
}

QFuture<Result<QList<PromTarget>>> PrometheusClient::targets() const
{
    return sendParsed(request(QStringLiteral("/api/v1/targets"), {{QStringLiteral("state"), QStringLiteral("active")}}),
                      &prometheus::parseTargets, true);
}

QFuture<Result<QList<PromRule>>> PrometheusClient::rules() const
{
    return sendParsed(request(QStringLiteral("/api/v1/rules")), &prometheus::parseRules, true);
}

QFuture<Result<QList<PromAlert>>> PrometheusClient::alerts() const
{
    return sendParsed(request(QStringLiteral("/api/v1/alerts")), &prometheus::parseAlerts, true);
}

QFuture<Result<QString>> PrometheusClient::version() const
{
    return sendParsed(request(QStringLiteral("/api/v1/status/buildinfo")), &prometheus::parseBuildVersion, true);
}

} // namespace cockpit
