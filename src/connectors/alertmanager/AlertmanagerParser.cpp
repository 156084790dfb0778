#include "AlertmanagerClient.h"

#include "connectors/http/AnswerChecks.h"
#include "connectors/http/JsonBody.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace cockpit::alertmanager {

Result<QList<AmAlert>> parseAlerts(const QByteArray& body, const QString& where)
{
    const auto array = arrayAnswer(body, where);
    if (!array)
        return array.error();
    QList<AmAlert> alerts;
    for (const QJsonValue value : array.value()) {
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
    for (const QJsonValue value : array.value()) {
        const QJsonObject s = value.toObject();
        AmSilence silence;
        silence.id = s.value(QStringLiteral("id")).toString();
        silence.state = s.value(QStringLiteral("status")).toObject().value(QStringLiteral("state")).toString();
        for (const QJsonValue m : s.value(QStringLiteral("matchers")).toArray()) {
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

QList<AmReceiver> receiversOfConfig(const QString& yaml)
{
    // Alertmanager prints its configuration in one shape: a top-level "receivers:" list whose
    // entries start with "- name: X" and carry "<kind>_configs:" keys one level deeper.
    QList<AmReceiver> receivers;
    QSet<QString> routed; // every "receiver:" of the route tree, at any depth
    const auto unquoted = [](QString name) {
        name = name.trimmed();
        if (name.size() >= 2 && (name.startsWith(QLatin1Char('"')) || name.startsWith(QLatin1Char('\''))))
            name = name.mid(1, name.size() - 2);
        return name;
    };
    bool inReceivers = false;
    bool inRoute = false;
    int entryIndent = -1;
    for (const QString& line : yaml.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty())
            continue;
        int indent = 0;
        while (indent < line.size() && line[indent] == QLatin1Char(' '))
            ++indent;
        const QString text = line.trimmed();
        if (indent == 0 && !text.startsWith(QLatin1Char('-'))) {
            inReceivers = text == QLatin1String("receivers:");
            inRoute = text == QLatin1String("route:");
            entryIndent = -1;
            continue;
        }
        if (inRoute) {
            QString key = text.startsWith(QLatin1String("- ")) ? text.mid(2).trimmed() : text;
            if (key.startsWith(QLatin1String("receiver:")))
                routed.insert(unquoted(key.mid(9)));
            continue;
        }
        if (!inReceivers)
            continue;
        if (text.startsWith(QLatin1String("- name:")) && (entryIndent < 0 || indent == entryIndent)) {
            entryIndent = indent;
            receivers.append({unquoted(text.mid(7)), {}, false});
            continue;
        }
        if (receivers.isEmpty() || indent != entryIndent + 2)
            continue;
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        const QString key = colon > 0 ? text.left(colon) : QString();
        if (key.endsWith(QLatin1String("_configs")))
            receivers.last().integrations.append(key.chopped(8));
    }
    for (AmReceiver& receiver : receivers)
        receiver.routed = routed.contains(receiver.name);
    return receivers;
}

Result<QList<AmReceiver>> parseReceivers(const QByteArray& statusBody, const QString& where)
{
    const auto document = parseJsonBody(statusBody, where);
    if (!document)
        return document.error();
    const QJsonValue original = document->object()[QStringLiteral("config")][QStringLiteral("original")];
    if (!original.isString())
        return unexpectedAnswer(where, QStringLiteral("no config.original"));
    return receiversOfConfig(original.toString());
}

} // namespace cockpit::alertmanager
