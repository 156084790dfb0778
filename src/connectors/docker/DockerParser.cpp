#include "DockerParser.h"

#include "connectors/http/AnswerChecks.h"
#include "connectors/http/JsonBody.h"
#include "core/Comparison.h"

#include <QJsonArray>

namespace cockpit::docker {
namespace {

DockerService serviceOf(const QJsonObject& s)
{
    DockerService service;
    service.id = s.value(QStringLiteral("ID")).toString();
    service.version = static_cast<quint64>(
        jsonInteger(s.value(QStringLiteral("Version")).toObject().value(QStringLiteral("Index"))).value_or(0));
    service.spec = s.value(QStringLiteral("Spec")).toObject();
    service.name = service.spec.value(QStringLiteral("Name")).toString();
    service.image
        = service.spec[QStringLiteral("TaskTemplate")][QStringLiteral("ContainerSpec")][QStringLiteral("Image")]
              .toString();
    const QJsonObject mode = service.spec.value(QStringLiteral("Mode")).toObject();
    if (mode.contains(QStringLiteral("Replicated"))) {
        service.mode = QStringLiteral("replicated");
        service.replicas
            = static_cast<int>(jsonInteger(mode[QStringLiteral("Replicated")][QStringLiteral("Replicas")]).value_or(1));
    } else if (mode.contains(QStringLiteral("Global"))) {
        service.mode = QStringLiteral("global");
    }
    const QJsonObject status = s.value(QStringLiteral("ServiceStatus")).toObject();
    if (!status.isEmpty()) {
        service.runningTasks = static_cast<int>(jsonInteger(status.value(QStringLiteral("RunningTasks"))).value_or(0));
        service.desiredTasks = static_cast<int>(jsonInteger(status.value(QStringLiteral("DesiredTasks"))).value_or(0));
    }
    service.updateState = s.value(QStringLiteral("UpdateStatus")).toObject().value(QStringLiteral("State")).toString();
    return service;
}

} // namespace

int compareApiVersions(const QString& left, const QString& right)
{
    return compareVersions(left, right);
}

QString errorMessage(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("message")).toString();
}

Result<DockerVersion> parseVersion(const QByteArray& body, const QString& where)
{
    const auto json = objectAnswer(body, where);
    if (!json)
        return json.error();
    const QJsonObject& o = json.value();
    DockerVersion version;
    version.engineVersion = o.value(QStringLiteral("Version")).toString();
    version.serverApiVersion = o.value(QStringLiteral("ApiVersion")).toString();
    version.os = o.value(QStringLiteral("Os")).toString();
    if (version.engineVersion.isEmpty())
        return unexpectedAnswer(where, QStringLiteral("no \"Version\""));
    return version;
}

Result<DockerInfo> parseInfo(const QByteArray& body, const QString& where)
{
    const auto json = objectAnswer(body, where);
    if (!json)
        return json.error();
    const QJsonObject& o = json.value();
    if (!o.contains(QStringLiteral("ServerVersion")))
        return unexpectedAnswer(where, QStringLiteral("no \"ServerVersion\""));
    const QJsonObject swarm = o.value(QStringLiteral("Swarm")).toObject();
    DockerInfo info;
    info.name = o.value(QStringLiteral("Name")).toString();
    info.serverVersion = o.value(QStringLiteral("ServerVersion")).toString();
    info.swarmState = swarm.value(QStringLiteral("LocalNodeState")).toString();
    info.swarmError = swarm.value(QStringLiteral("Error")).toString();
    info.nodeId = swarm.value(QStringLiteral("NodeID")).toString();
    info.controlAvailable = swarm.value(QStringLiteral("ControlAvailable")).toBool();
    info.nodes = static_cast<int>(jsonInteger(swarm.value(QStringLiteral("Nodes"))).value_or(0));
    info.managers = static_cast<int>(jsonInteger(swarm.value(QStringLiteral("Managers"))).value_or(0));
    info.cpus = static_cast<int>(jsonInteger(o.value(QStringLiteral("NCPU"))).value_or(0));
    info.memoryBytes = jsonInteger(o.value(QStringLiteral("MemTotal"))).value_or(0);
    return info;
}

Result<QList<DockerNode>> parseNodes(const QByteArray& body, const QString& where)
{
    const auto json = arrayAnswer(body, where);
    if (!json)
        return json.error();
    QList<DockerNode> nodes;
    for (const QJsonValue value : json.value()) {
        const QJsonObject n = value.toObject();
        DockerNode node;
        node.id = n.value(QStringLiteral("ID")).toString();
        node.hostname = n[QStringLiteral("Description")][QStringLiteral("Hostname")].toString();
        node.role = n[QStringLiteral("Spec")][QStringLiteral("Role")].toString();
        node.availability = n[QStringLiteral("Spec")][QStringLiteral("Availability")].toString();
        node.state = n[QStringLiteral("Status")][QStringLiteral("State")].toString();
        node.address = n[QStringLiteral("Status")][QStringLiteral("Addr")].toString();
        node.engineVersion
            = n[QStringLiteral("Description")][QStringLiteral("Engine")][QStringLiteral("EngineVersion")].toString();
        node.leader = n[QStringLiteral("ManagerStatus")][QStringLiteral("Leader")].toBool();
        nodes.append(node);
    }
    return nodes;
}

Result<QList<DockerNetwork>> parseNetworks(const QByteArray& body, const QString& where)
{
    const auto json = arrayAnswer(body, where);
    if (!json)
        return json.error();
    QList<DockerNetwork> networks;
    for (const QJsonValue value : json.value()) {
        const QJsonObject n = value.toObject();
        DockerNetwork network;
        network.id = n.value(QStringLiteral("Id")).toString();
        network.name = n.value(QStringLiteral("Name")).toString();
        network.driver = n.value(QStringLiteral("Driver")).toString();
        network.scope = n.value(QStringLiteral("Scope")).toString();
        network.ingress = n.value(QStringLiteral("Ingress")).toBool();
        network.attachable = n.value(QStringLiteral("Attachable")).toBool();
        network.internal = n.value(QStringLiteral("Internal")).toBool();
        networks.append(network);
    }
    return networks;
}

Result<QList<DockerService>> parseServices(const QByteArray& body, const QString& where)
{
    const auto json = arrayAnswer(body, where);
    if (!json)
        return json.error();
    QList<DockerService> services;
    for (const QJsonValue value : json.value()) {
        DockerService service = serviceOf(value.toObject());
        if (service.id.isEmpty())
            return unexpectedAnswer(where, QStringLiteral("a service without ID"));
        services.append(service);
    }
    return services;
}

Result<DockerService> parseService(const QByteArray& body, const QString& where)
{
    const auto json = objectAnswer(body, where);
    if (!json)
        return json.error();
    DockerService service = serviceOf(json.value());
    if (service.id.isEmpty() || service.version == 0)
        return unexpectedAnswer(where, QStringLiteral("a service without ID or Version.Index"));
    return service;
}

Result<QList<DockerTask>> parseTasks(const QByteArray& body, const QString& where)
{
    const auto json = arrayAnswer(body, where);
    if (!json)
        return json.error();
    QList<DockerTask> tasks;
    for (const QJsonValue value : json.value()) {
        const QJsonObject t = value.toObject();
        const QJsonObject status = t.value(QStringLiteral("Status")).toObject();
        DockerTask task;
        task.id = t.value(QStringLiteral("ID")).toString();
        task.serviceId = t.value(QStringLiteral("ServiceID")).toString();
        task.nodeId = t.value(QStringLiteral("NodeID")).toString();
        task.slot = static_cast<int>(jsonInteger(t.value(QStringLiteral("Slot"))).value_or(0));
        task.state = status.value(QStringLiteral("State")).toString();
        task.desiredState = t.value(QStringLiteral("DesiredState")).toString();
        task.message = status.value(QStringLiteral("Message")).toString();
        task.error = status.value(QStringLiteral("Err")).toString();
        task.timestamp = isoTime(status.value(QStringLiteral("Timestamp")));
        tasks.append(task);
    }
    return tasks;
}

} // namespace cockpit::docker
