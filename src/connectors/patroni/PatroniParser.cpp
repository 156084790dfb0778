#include "PatroniParser.h"

#include "connectors/http/AnswerChecks.h"
#include "connectors/http/JsonBody.h"

#include <QJsonArray>

namespace cockpit {

PatroniRole normalizePatroniRole(QStringView role)
{
    const QString r = role.toString().toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
    if (r == QLatin1String("master") || r == QLatin1String("primary") || r == QLatin1String("leader"))
        return PatroniRole::Leader;
    if (r == QLatin1String("replica"))
        return PatroniRole::Replica;
    if (r == QLatin1String("sync_standby"))
        return PatroniRole::SyncStandby;
    if (r == QLatin1String("standby_leader"))
        return PatroniRole::StandbyLeader;
    return PatroniRole::Unknown;
}

QString patroniRoleName(PatroniRole role)
{
    switch (role) {
    case PatroniRole::Leader: return QStringLiteral("leader");
    case PatroniRole::Replica: return QStringLiteral("replica");
    case PatroniRole::SyncStandby: return QStringLiteral("sync standby");
    case PatroniRole::StandbyLeader: return QStringLiteral("standby leader");
    case PatroniRole::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

const PatroniMember* PatroniCluster::leader() const
{
    for (const PatroniMember& member : members) {
        if (member.role == PatroniRole::Leader || member.role == PatroniRole::StandbyLeader)
            return &member;
    }
    return nullptr;
}

QString PatroniNodeStatus::serverVersionText() const
{
    if (serverVersion <= 0)
        return {};
    return QStringLiteral("%1.%2").arg(serverVersion / 10000).arg(serverVersion % 10000);
}

namespace patroni {
namespace {

std::optional<int> optionalInt(const QJsonValue& value)
{
    const auto number = jsonInteger(value);
    if (!number || *number < 0 || *number > 0x7fffffff)
        return std::nullopt;
    return static_cast<int>(*number);
}

} // namespace

Result<PatroniCluster> parseCluster(const QByteArray& body, const QString& where)
{
    const auto object = objectAnswer(body, where);
    if (!object)
        return object.error();
    const QJsonValue members = object->value(QStringLiteral("members"));
    if (!members.isArray())
        return unexpectedAnswer(where, QStringLiteral("\"members\" is not an array"));
    PatroniCluster cluster;
    cluster.paused = object->value(QStringLiteral("pause")).toBool();
    const QJsonArray list = members.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject m = list[i].toObject();
        PatroniMember member;
        member.name = m.value(QStringLiteral("name")).toString();
        if (member.name.isEmpty())
            return unexpectedAnswer(where, QStringLiteral("members[%1] has no name").arg(i));
        member.role = normalizePatroniRole(m.value(QStringLiteral("role")).toString());
        member.state = m.value(QStringLiteral("state")).toString();
        member.host = m.value(QStringLiteral("host")).toString();
        member.port = optionalInt(m.value(QStringLiteral("port"))).value_or(0);
        member.apiUrl = m.value(QStringLiteral("api_url")).toString();
        member.timeline = optionalInt(m.value(QStringLiteral("timeline")));
        // "lag" is bytes, or the string "unknown", or absent on the leader.
        member.lagBytes = jsonInteger(m.value(QStringLiteral("lag")));
        cluster.members.append(member);
    }
    return cluster;
}

Result<PatroniNodeStatus> parseNodeStatus(const QByteArray& body, const QString& where)
{
    const auto object = objectAnswer(body, where);
    if (!object)
        return object.error();
    const QJsonObject& o = object.value();
    PatroniNodeStatus status;
    status.state = o.value(QStringLiteral("state")).toString();
    if (status.state.isEmpty())
        return unexpectedAnswer(where, QStringLiteral("no \"state\""));
    status.role = normalizePatroniRole(o.value(QStringLiteral("role")).toString());
    status.serverVersion = optionalInt(o.value(QStringLiteral("server_version"))).value_or(0);
    status.timeline = optionalInt(o.value(QStringLiteral("timeline")));
    const QJsonObject patroni = o.value(QStringLiteral("patroni")).toObject();
    status.patroniVersion = patroni.value(QStringLiteral("version")).toString();
    status.scope = patroni.value(QStringLiteral("scope")).toString();
    status.systemIdentifier = o.value(QStringLiteral("database_system_identifier")).toString();
    status.paused = o.value(QStringLiteral("pause")).toBool();
    const QJsonObject xlog = o.value(QStringLiteral("xlog")).toObject();
    status.walLocation = jsonInteger(xlog.value(QStringLiteral("location")));
    status.receivedLocation = jsonInteger(xlog.value(QStringLiteral("received_location")));
    status.replayedLocation = jsonInteger(xlog.value(QStringLiteral("replayed_location")));
    status.replayPaused = xlog.value(QStringLiteral("paused")).toBool();
    for (const QJsonValue entry : o.value(QStringLiteral("replication")).toArray()) {
        const QJsonObject r = entry.toObject();
        status.replication.append(
            {r.value(QStringLiteral("usename")).toString(), r.value(QStringLiteral("application_name")).toString(),
             r.value(QStringLiteral("client_addr")).toString(), r.value(QStringLiteral("state")).toString(),
             r.value(QStringLiteral("sync_state")).toString()});
    }
    return status;
}

Result<QList<PatroniHistoryEntry>> parseHistory(const QByteArray& body, const QString& where)
{
    const auto document = parseJsonBody(body, where);
    if (!document)
        return document.error();
    if (!document->isArray())
        return unexpectedAnswer(where, QStringLiteral("expected a JSON array"));
    QList<PatroniHistoryEntry> history;
    const QJsonArray lines = document->array();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonArray line = lines[i].toArray();
        const auto timeline = optionalInt(line.at(0));
        const auto lsn = jsonInteger(line.at(1));
        if (!timeline || !lsn)
            return unexpectedAnswer(where, QStringLiteral("history line %1 has no timeline and LSN").arg(i));
        PatroniHistoryEntry entry;
        entry.timeline = *timeline;
        entry.lsn = *lsn;
        entry.reason = line.at(2).toString();
        entry.at = QDateTime::fromString(line.at(3).toString(), Qt::ISODateWithMs);
        entry.newLeader = line.at(4).toString();
        history.append(entry);
    }
    return history;
}

Result<QJsonObject> parseConfig(const QByteArray& body, const QString& where)
{
    return objectAnswer(body, where);
}

} // namespace patroni
} // namespace cockpit
