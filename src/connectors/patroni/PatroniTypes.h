#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace cockpit {

// Patroni names one role three ways (/patroni "master", /cluster "leader", patronictl
// "Leader"); the cockpit uses one.
enum class PatroniRole
{
    Leader,
    Replica,
    SyncStandby,
    StandbyLeader,
    Unknown,
};

PatroniRole normalizePatroniRole(QStringView role);
QString patroniRoleName(PatroniRole role); // "leader", "replica", "sync standby" ...

struct PatroniMember
{
    QString name;
    PatroniRole role = PatroniRole::Unknown;
    QString state; // running, streaming, starting, stopped, creating replica ...
    QString host;
    int port = 0;
    QString apiUrl;
    std::optional<int> timeline;
    std::optional<qint64> lagBytes; // unset: unknown (Patroni says "unknown", or nothing)
};

struct PatroniCluster
{
    QList<PatroniMember> members;
    bool paused = false; // maintenance mode
    const PatroniMember* leader() const;
};

// One entry of the leader's pg_stat_replication as Patroni reports it.
struct PatroniReplication
{
    QString user;
    QString applicationName;
    QString clientAddress;
    QString state; // streaming, backup (pg_basebackup), catchup ...
    QString syncState;
};

// GET /patroni of one node.
struct PatroniNodeStatus
{
    QString state;
    PatroniRole role = PatroniRole::Unknown;
    int serverVersion = 0; // 150020
    std::optional<int> timeline;
    QString patroniVersion;
    QString scope;
    QString systemIdentifier;
    bool paused = false;
    std::optional<qint64> walLocation; // leader
    std::optional<qint64> receivedLocation; // replica
    std::optional<qint64> replayedLocation; // replica
    bool replayPaused = false;
    QList<PatroniReplication> replication; // leader only

    QString serverVersionText() const; // "15.20"
};

// GET /history: one line per timeline switch.
struct PatroniHistoryEntry
{
    int timeline = 0;
    qint64 lsn = 0;
    QString reason;
    QDateTime at;
    QString newLeader;
};

} // namespace cockpit
