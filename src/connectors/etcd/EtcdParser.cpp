#include "EtcdClient.h"

#include "connectors/http/AnswerChecks.h"
#include "connectors/http/JsonBody.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cockpit::etcd {

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
    for (const QJsonValue value : members.toArray()) {
        const QJsonObject m = value.toObject();
        EtcdMember member;
        member.id = m.value(QStringLiteral("ID")).toVariant().toString();
        member.name = m.value(QStringLiteral("name")).toString();
        for (const QJsonValue url : m.value(QStringLiteral("peerURLs")).toArray())
            member.peerUrls.append(url.toString());
        for (const QJsonValue url : m.value(QStringLiteral("clientURLs")).toArray())
            member.clientUrls.append(url.toString());
        list.append(member);
    }
    return list;
}

} // namespace cockpit::etcd
