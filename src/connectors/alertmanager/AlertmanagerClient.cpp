#include "AlertmanagerClient.h"

#include "connectors/http/AnswerChecks.h"
#include "connectors/http/HttpClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cockpit {
namespace {

QMap<QString, QString> stringMap(const QJsonValue& value)
{
    QMap<QString, QString> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& entry : value.toArray())
        list.append(entry.toString());
    return list;
}

QDateTime timeOf(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

Result<QJsonArray> arrayBody(const QByteArray& body, const QString& where)
{
    const auto document = parseJsonBody(body, where);
    if (!document)
        return document.error();
    if (!document->isArray())
        return unexpectedAnswer(where, QStringLiteral("expected a JSON array"));
    return document->array();
}

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
    return Done {};
}

} // namespace

namespace alertmanager {

Result<QList<AmAlert>> parseAlerts(const QByteArray& body, const QString& where)
{
    const auto array = arrayBody(body, where);
    if (!array)
        return array.error();
    QList<AmAlert> alerts;
    for (const QJsonValue& value : array.value()) {
        const QJsonObject a = value.toObject();
        const QJsonObject status = a.value(QStringLiteral("status")).toObject();
        alerts.append({a.value(QStringLiteral("fingerprint")).toString(), stringMap(a.value(QStringLiteral("labels"))),
                       stringMap(a.value(QStringLiteral("annotations"))),
                       status.value(QStringLiteral("state")).toString(), timeOf(a.value(QStringLiteral("startsAt"))),
                       timeOf(a.value(QStringLiteral("endsAt"))),
                       stringList(status.value(QStringLiteral("silencedBy"))),
                       stringList(status.value(QStringLiteral("inhibitedBy")))});
    }
    return alerts;
}

Result<QList<AmSilence>> parseSilences(const QByteArray& body, const QString& where)
{
    const auto array = arrayBody(body, where);
    if (!array)
        return array.error();
    QList<AmSilence> silences;
    for (const QJsonValue& value : array.value()) {
        const QJsonObject s = value.toObject();
        AmSilence silence;
        silence.id = s.value(QStringLiteral("id")).toString();
        silence.state = s.value(QStringLiteral("status")).toObject().value(QStringLiteral("state")).toString();
        for (const QJsonValue& m : s.value(QStringLiteral("matchers")).toArray()) {
            const QJsonObject matcher = m.toObject();
            silence.matchers.append({matcher.value(QStringLiteral("name")).toString(),
                                     matcher.value(QStringLiteral("value")).toString(),
                                     matcher.value(QStringLiteral("isRegex")).toBool(),
                                     matcher.value(QStringLiteral("isEqual")).toBool(true)});
        }
        silence.startsAt = timeOf(s.value(QStringLiteral("startsAt")));
        silence.endsAt = timeOf(s.value(QStringLiteral("endsAt")));
        silence.createdBy = s.value(QStringLiteral("createdBy")).toString();
        silence.comment = s.value(QStringLiteral("comment")).toString();
        silences.append(silence);
    }
    return silences;
}

} // namespace alertmanager

AlertmanagerClient::AlertmanagerClient(HttpEndpoint endpoint) : m_endpoint(std::move(endpoint))
{ }

HttpRequest AlertmanagerClient::request(const QByteArray& method, const QString& path) const
{
    HttpRequest r;
    r.method = method;
    r.url = m_endpoint.baseUrl;
    r.url.setPath(m_endpoint.baseUrl.path() + path);
    r.tls = m_endpoint.tls;
    r.timeout = m_endpoint.timeout;
    r.maxBytes = m_endpoint.maxBytes;
    r.endpointName = m_endpoint.name.isEmpty() ? QStringLiteral("Alertmanager") : m_endpoint.name;
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
        matchers.append(QJsonObject {{QStringLiteral("name"), m.name},
                                     {QStringLiteral("value"), m.value},
                                     {QStringLiteral("isRegex"), m.isRegex},
                                     {QStringLiteral("isEqual"), m.isEqual}});
    }
    const QJsonObject body {{QStringLiteral("matchers"), matchers},
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

} // namespace cockpit
