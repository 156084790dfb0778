#include "AlertmanagerClient.h"

#include "connectors/http/AnswerChecks.h"
#include "connectors/http/HttpClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cockpit {
namespace {

Result<QString> parseVersion(const QByteArray& body, const QString& where)
{
    const auto document = parseJsonBody(body, where);
    if (!document)
        return document.error();
    const QString version = document->object()[QStringLiteral("versionInfo")][QStringLiteral("version")].toString();
    if (version.isEmpty())
        return unexpectedAnswer(where, QStringLiteral("no versionInfo.version"));
    return version;
}

Result<QString> parseSilenceId(const QByteArray& body, const QString& where)
{
    const auto document = parseJsonBody(body, where);
    if (!document)
        return document.error();
    const QString id = document->object().value(QStringLiteral("silenceID")).toString();
    if (id.isEmpty())
        return unexpectedAnswer(where, QStringLiteral("no silenceID"));
    return id;
}

Result<Done> parseNothing(const QByteArray&, const QString&)
{
    return Done{};
}

} // namespace

AlertmanagerClient::AlertmanagerClient(HttpEndpoint endpoint) : m_endpoint(std::move(endpoint))
{ }

HttpRequest AlertmanagerClient::request(const QByteArray& method, const QString& path) const
{
    HttpRequest r = m_endpoint.request(method, path, QStringLiteral("Alertmanager"));
    r.addHeader("Accept", "application/json");
    return r;
}

QFuture<Result<QList<AmAlert>>> AlertmanagerClient::alerts() const
{
    return sendParsed(request("GET", QStringLiteral("/api/v2/alerts")), &alertmanager::parseAlerts);
}

QFuture<Result<QList<AmSilence>>> AlertmanagerClient::silences() const
{
    return sendParsed(request("GET", QStringLiteral("/api/v2/silences")), &alertmanager::parseSilences);
}

QFuture<Result<QString>> AlertmanagerClient::createSilence(const AmSilence& silence) const
{
    HttpRequest r = request("POST", QStringLiteral("/api/v2/silences"));
    QJsonArray matchers;
    for (const AmMatcher& m : silence.matchers) {
        matchers.append(QJsonObject{{QStringLiteral("name"), m.name},
                                    {QStringLiteral("value"), m.value},
                                    {QStringLiteral("isRegex"), m.isRegex},
                                    {QStringLiteral("isEqual"), m.isEqual}});
    }
    const QJsonObject body{{QStringLiteral("matchers"), matchers},
                           {QStringLiteral("startsAt"), silence.startsAt.toUTC().toString(Qt::ISODateWithMs)},
                           {QStringLiteral("endsAt"), silence.endsAt.toUTC().toString(Qt::ISODateWithMs)},
                           {QStringLiteral("createdBy"), silence.createdBy},
                           {QStringLiteral("comment"), silence.comment}};
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.addHeader("Content-Type", "application/json");
    return sendParsed(r, &parseSilenceId);
}

QFuture<Result<Done>> AlertmanagerClient::expireSilence(const QString& id) const
{
    return sendParsed(
        request("DELETE", QStringLiteral("/api/v2/silence/") + QString::fromLatin1(QUrl::toPercentEncoding(id))),
        &parseNothing);
}

QFuture<Result<QString>> AlertmanagerClient::version() const
{
    return sendParsed(request("GET", QStringLiteral("/api/v2/status")), &parseVersion);
}

QFuture<Result<QList<AmReceiver>>> AlertmanagerClient::receivers() const
{
    return sendParsed(request("GET", QStringLiteral("/api/v2/status")), &alertmanager::parseReceivers);
}

} // namespace cockpit
