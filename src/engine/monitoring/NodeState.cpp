#include "NodeState.h"

#include "connectors/postgres/PgTypes.h"

#include <QCoreApplication>

namespace cockpit {
namespace {

class NodeTr
{
    Q_DECLARE_TR_FUNCTIONS(cockpit::NodeState)
};

bool isTrue(const QVariant& value)
{
    const QString text = value.toString();
    return text == QLatin1String("t") || text == QLatin1String("on") || text == QLatin1String("true");
}

} // namespace

QString NodeState::roleText() const
{
    if (!reachable)
        return NodeTr::tr("no answer");
    if (!inRecovery)
        return defaultReadOnly ? NodeTr::tr("primary (read-only)") : NodeTr::tr("primary");
    if (receiverStatus.isEmpty())
        return NodeTr::tr("standby, not streaming");
    if (upstream.isEmpty())
        return NodeTr::tr("standby, %1").arg(receiverStatus);
    return NodeTr::tr("standby, %1 from %2").arg(receiverStatus, upstream);
}

namespace nodeprobe {

QString sql()
{
    // A primary's timeline is in the name of its current WAL file; pg_control_checkpoint()
    // lags behind a promotion, so it is only the last resort on a standby not streaming.
    return QStringLiteral(
        "SELECT pg_is_in_recovery(),"
        " CASE WHEN pg_is_in_recovery()"
        "  THEN COALESCE((SELECT received_tli FROM pg_stat_wal_receiver),"
        "                (SELECT timeline_id FROM pg_control_checkpoint()))"
        "  ELSE ('x' || substr(pg_walfile_name(pg_current_wal_lsn()), 1, 8))::bit(32)::int END,"
        " CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_lsn() END::text,"
        " current_setting('default_transaction_read_only'),"
        " (SELECT status FROM pg_stat_wal_receiver),"
        " (SELECT sender_host || ':' || sender_port FROM pg_stat_wal_receiver),"
        " current_setting('server_version')");
}

void parse(const PgQueryResult& rows, NodeState& state)
{
    if (rows.rows.isEmpty()) {
        state.reachable = false;
        state.error = makeError(ErrorKind::Protocol, QStringLiteral("the node answered no row"), state.address);
        return;
    }
    state.reachable = true;
    state.inRecovery = isTrue(rows.value(0, 0));
    bool ok = false;
    const int timeline = rows.value(0, 1).toString().toInt(&ok);
    state.timeline = ok ? std::optional<int>(timeline) : std::nullopt;
    state.lsn = rows.value(0, 2).toString();
    state.defaultReadOnly = isTrue(rows.value(0, 3));
    state.receiverStatus = rows.value(0, 4).toString();
    state.upstream = rows.value(0, 5).toString();
    state.version = rows.value(0, 6).toString().section(QLatin1Char(' '), 0, 0);
}

QString replicationSql()
{
    return QStringLiteral("SELECT application_name, state, sync_state, EXTRACT(EPOCH FROM write_lag) * 1000,"
                          " EXTRACT(EPOCH FROM flush_lag) * 1000, EXTRACT(EPOCH FROM replay_lag) * 1000,"
                          " pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)"
                          " FROM pg_stat_replication ORDER BY application_name");
}

QList<ReplicationLag> parseReplication(const PgQueryResult& rows)
{
    const auto number = [](const QVariant& value) {
        bool ok = false;
        const double n = value.toString().toDouble(&ok);
        return value.isValid() && ok ? std::optional<double>(n) : std::nullopt;
    };
    QList<ReplicationLag> lag;
    for (int r = 0; r < rows.rows.size(); ++r) {
        ReplicationLag entry;
        entry.applicationName = rows.value(r, 0).toString();
        entry.state = rows.value(r, 1).toString();
        entry.syncState = rows.value(r, 2).toString();
        entry.writeLagMs = number(rows.value(r, 3));
        entry.flushLagMs = number(rows.value(r, 4));
        entry.replayLagMs = number(rows.value(r, 5));
        if (const auto bytes = number(rows.value(r, 6)))
            entry.replayLagBytes = static_cast<qint64>(*bytes);
        lag.append(entry);
    }
    return lag;
}

} // namespace nodeprobe

QList<NodeState> writablePrimaries(const QList<NodeState>& nodes)
{
    QList<NodeState> writable;
    for (const NodeState& node : nodes) {
        if (node.acceptsWrites())
            writable.append(node);
    }
    return writable.size() > 1 ? writable : QList<NodeState>();
}

QString describeSplitBrain(const QList<NodeState>& primaries)
{
    QStringList parts;
    for (const NodeState& node : primaries) {
        parts.append(node.timeline ? NodeTr::tr("%1 (timeline %2)").arg(node.name).arg(*node.timeline)
                                   : NodeTr::tr("%1 (timeline unknown)").arg(node.name));
    }
    const QString last = parts.takeLast();
    return NodeTr::tr("%1 and %2 both accept writes").arg(parts.join(QStringLiteral(", ")), last);
}

} // namespace cockpit
