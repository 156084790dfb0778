#pragma once

#include "connectors/docker/DockerTypes.h"
#include "connectors/patroni/PatroniTypes.h"
#include "connectors/prometheus/PrometheusTypes.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace cockpit {

// One standby as the leader's pg_stat_replication sees it: the truthful lag (Patroni's
// /cluster lag is refreshed once per loop and stays 0 while replay is paused).
struct ReplicationLag
{
    QString applicationName; // the member's name
    QString state; // streaming, catchup, backup ...
    QString syncState;
    std::optional<double> writeLagMs; // NULL when idle and caught up
    std::optional<double> flushLagMs;
    std::optional<double> replayLagMs;
    std::optional<qint64> replayLagBytes; // WAL not yet replayed
};

// What the cluster looked like at one moment. Each source may have failed on its own: its
// value is empty and its error says why; the others still stand.
struct ClusterSnapshot
{
    QDateTime takenAt;
    std::optional<PatroniCluster> cluster;
    QString clusterSource; // the member whose API answered
    Error clusterError;
    std::optional<QList<ReplicationLag>> lag;
    QString lagSource; // the leader's host:port
    Error lagError;
    std::optional<QList<DockerService>> services;
    Error servicesError;
    std::optional<QList<PromTarget>> targets;
    Error targetsError;

    const ReplicationLag* lagOf(const QString& member) const;
    int targetsUp() const;
};

} // namespace cockpit
