#pragma once

#include "ClusterSnapshot.h"

#include <QHash>

namespace cockpit {

// What one member's own REST API answered (GET /patroni), this refresh.
struct MemberApi
{
    QString name;
    std::optional<PatroniNodeStatus> status;
    Error error;
};

// Joins Patroni's view of the cluster, each member's own API and each node's direct answer
// into snapshot.members; finds a split brain and where the views disagree; takes the lag from
// the leader's pg_stat_replication. Pure: the monitor calls it after every refresh, the
// tests with made-up answers.
//   expected  the profile's node names, in its order
//   lastSeen  when each member was last seen running; updated here, kept by the caller
void analyseCluster(ClusterSnapshot& snapshot, const ClusterSnapshot& previous, const QStringList& expected,
                    const QList<MemberApi>& apis, QHash<QString, QDateTime>& lastSeen);

// Patroni 3.0 calls a healthy member "running" (3.1 calls a streaming standby "streaming").
bool isRunningState(const QString& patroniState);

} // namespace cockpit
