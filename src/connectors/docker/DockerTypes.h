#pragma once

#include "connectors/http/HttpTypes.h"
#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace cockpit {

// Where the Docker Engine listens: unix:///run/docker.sock, or tcp://host:2376 with TLS
// client certificates (TLS is used as soon as a CA or certificate is given).
struct DockerEndpoint
{
    QString socketPath; // set for unix://
    QUrl baseUrl; // http(s)://host:port for tcp://, http://localhost for unix://
    TlsOptions tls;
    std::chrono::milliseconds timeout{15000};

    static Result<DockerEndpoint> parse(const QString& address, const TlsOptions& tls = {});
    QString describe() const;
};

struct DockerVersion
{
    QString apiVersion; // negotiated: the lower of the server's and ours (1.41)
    QString serverApiVersion; // what /_ping announced
    QString engineVersion; // 20.10.24
    QString os;
};

struct DockerInfo
{
    QString name;
    QString serverVersion;
    QString swarmState; // active, inactive, pending, error, locked
    QString swarmError;
    QString nodeId;
    bool controlAvailable = false; // this node is a manager
    int nodes = 0;
    int managers = 0;
    int cpus = 0;
    qint64 memoryBytes = 0;
};

struct DockerNode
{
    QString id;
    QString hostname;
    QString role; // manager, worker
    QString availability; // active, pause, drain
    QString state; // ready, down ...
    QString address;
    QString engineVersion;
    bool leader = false;
};

struct DockerNetwork
{
    QString id;
    QString name;
    QString driver; // overlay, bridge, host, null
    QString scope; // swarm, local
    bool ingress = false; // the routing mesh Swarm creates itself
    bool attachable = false;
    bool internal = false;
};

struct DockerService
{
    QString id;
    QString name;
    quint64 version = 0; // Version.Index: the update must name it
    QString image;
    QString mode; // replicated, global
    std::optional<int> replicas;
    std::optional<int> runningTasks; // from ?status=true
    std::optional<int> desiredTasks;
    QString updateState; // updating, completed, paused ...
    QJsonObject spec; // kept whole: an update sends the full spec back
};

struct DockerTask
{
    QString id;
    QString serviceId;
    QString nodeId;
    int slot = 0;
    QString state; // new, pending, assigned, ..., running, complete, failed, rejected ...
    QString desiredState; // running, shutdown
    QString message;
    QString error; // "No such image: ..."
    QDateTime timestamp;
};

} // namespace cockpit
