#include "AlertmanagerClient.h"

#include "connectors/http/AnswerChecks.h"
#include "connectors/http/JsonBody.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cockpit {
namespace alertmanager {

Result<QList<AmAlert>> parseAlerts(const QByteArray& body, const QString& where)
{
    const auto array = arrayAnswer(body, where);
    if (!array)
        return array.error();
    QList<AmAlert> alerts;
    for (const QJsonValue& value : array.value()) {
        const QJsonObject a = value.toObject();
        const QJsonObject status = a.value(QStringLiteral("status")).toObject();
        alerts.append({a.value(QStringLiteral("fingerprint")).toString(), stringMap(a.value(QStringLiteral("labels"))),
                       stringMap(a.value(QStringLiteral("annotations"))),
                       status.value(QStringLiteral("state")).toString(), isoTime(a.value(QStringLiteral("startsAt"))),
                       isoTime(a.value(QStringLiteral("endsAt"))),
                       stringList(status.value(QStringLiteral("silencedBy"))),
                       stringList(status.value(QStringLiteral("inhibitedBy")))});
    }
    return alerts;
}

Result<QList<AmSilence>> parseSilences(const QByteArray& body, const QString& where)
{
    const auto array = arrayAnswer(body, where);
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
        silence.startsAt = isoTime(s.value(QStringLiteral("startsAt")));
        silence.endsAt = isoTime(s.value(QStringLiteral("endsAt")));
        silence.createdBy = s.value(QStringLiteral("createdBy")).toString();
        silence.comment = s.value(QStringLiteral("comment")).toString();
        silences.append(silence);
    }
    return silences;
}

} // namespace alertmanager

} // namespace cockpit
