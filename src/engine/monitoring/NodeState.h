#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cockpit {

struct PgQueryResult;

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

// What one PostgreSQL node answers when asked directly, beside whatever Patroni says of it.
struct NodeState
{
    QString name; // the profile's name for the node: pg1
    QString address; // host:port
    QDateTime at; // when it answered, or failed to
    bool reachable = false;
    Error error; // why not, when unreachable
    bool inRecovery = false; // pg_is_in_recovery()
    std::optional<int> timeline; // a primary's current timeline; a standby's received one
    QString lsn; // a primary's current LSN, a standby's replayed one
    bool defaultReadOnly = false; // default_transaction_read_only
    QString receiverStatus; // a standby's WAL receiver: streaming, catchup ...; empty: none
    QString upstream; // host:port a standby streams from
    QString version; // "15.20"
    // A primary's pg_stat_replication (asked only of nodes that accept writes).
    std::optional<QList<ReplicationLag>> replication;
    Error replicationError;

    // A reachable node out of recovery takes writes: two at once is a split brain.
    bool acceptsWrites() const { return reachable && !inRecovery; }
    // "primary", "standby, streaming from 127.0.0.1:25432", "standby, not streaming", "no answer".
    QString roleText() const;
};

namespace nodeprobe {

// The one query that tells what a node is (any role with pg_monitor can run it).
QString sql();
// Fills the answered fields of state from the query's one row.
void parse(const PgQueryResult& rows, NodeState& state);
// A primary's standbys and their lag.
QString replicationSql();
QList<ReplicationLag> parseReplication(const PgQueryResult& rows);

} // namespace nodeprobe

// Two or more nodes that accept writes at the same time; empty when there are fewer.
QList<NodeState> writablePrimaries(const QList<NodeState>& nodes);
// "pg1 (timeline 3) and pg3 (timeline 4) both accept writes".
QString describeSplitBrain(const QList<NodeState>& primaries);

} // namespace cockpit
