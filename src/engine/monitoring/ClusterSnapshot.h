#pragma once

#include "NodeState.h"
#include "connectors/alertmanager/AlertmanagerClient.h"
#include "connectors/docker/DockerTypes.h"
#include "connectors/patroni/PatroniTypes.h"
#include "connectors/prometheus/PrometheusTypes.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace cockpit {

// One source's answer as the overview keeps it. A source that stops answering keeps its
// last data, marked stale from failingSince on: a view shows it greyed "as of asOf", never
// as current and never as nothing.
template<typename T> struct Sourced
{
    QString service; // "Prometheus"
    QString address; // "127.0.0.1:29090"
    std::optional<T> data;
    QDateTime asOf; // when data was answered
    QDateTime failingSince; // invalid while the source answers
    Error error; // the latest failure

    bool hasData() const { return data.has_value(); }
    bool isFailing() const { return failingSince.isValid(); }
    bool isCurrent() const { return hasData() && !isFailing(); }

    void answered(T value, const QDateTime& at)
    {
        data = std::move(value);
        asOf = at;
        failingSince = {};
        error = {};
    }
    // The source failed now; what it answered before stays, marked stale.
    void failed(Error why, const QDateTime& at, const Sourced& previous)
    {
        error = std::move(why);
        data = previous.data;
        asOf = previous.asOf;
        failingSince = previous.isFailing() ? previous.failingSince : at;
    }
};

// A Patroni member as the overview shows it: Patroni's view, its own REST API, and its
// PostgreSQL asked directly.
struct MemberView
{
    enum class Health
    {
        Seen, // Patroni lists it running and its own API answers
        Missing, // expected, but Patroni does not list it, lists it stopped, or its API is silent
        Unknown, // Patroni's view itself is unavailable
    };
    QString name;
    bool expected = false; // the profile names it
    std::optional<PatroniMember> patroni; // Patroni's /cluster entry
    bool patroniStale = false; // the entry is from an earlier answer
    std::optional<PatroniNodeStatus> api; // its own GET /patroni
    Error apiError;
    std::optional<NodeState> node; // its PostgreSQL, asked directly
    QDateTime lastSeen; // invalid: not seen since the cockpit started watching
    Health health = Health::Unknown;
    QStringList problems; // why it is missing
};

// What the cluster looked like at one moment. Each source may have failed on its own; the
// others still stand, and a failed one keeps its last answer, marked stale.
struct ClusterSnapshot
{
    QDateTime takenAt;
    Sourced<PatroniCluster> cluster;
    QString clusterSource; // the member whose API answered
    Sourced<QList<ReplicationLag>> lag; // from the leader's pg_stat_replication
    QString lagSource; // the leader's name
    Sourced<QList<DockerService>> services;
    Sourced<QList<PromTarget>> targets;
    Sourced<QList<AmAlert>> alerts; // Alertmanager's active alerts

    QList<NodeState> nodes; // every node of the profile, asked directly
    QList<MemberView> members; // expected ones first, in the profile's order
    QList<NodeState> splitBrain; // two or more nodes accepting writes at once
    QStringList disagreements; // where Patroni's view and the nodes differ

    const ReplicationLag* lagOf(const QString& member) const;
    int targetsUp() const;
    int expectedMembers() const;
    int seenMembers() const; // expected members seen running
    QString leaderName() const; // Patroni's leader, or empty
    bool hasSplitBrain() const { return !splitBrain.isEmpty(); }
};

} // namespace cockpit
