#include "AlertmanagerClient.h"

#include "connectors/http/AnswerChecks.h"
#include "connectors/http/JsonBody.h"

#include <QJsonArray>
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

} // namespace cockpit
