#include "Preflight.h"

#include "Blocking.h"
#include "ExecutorSupport.h"
#include "connectors/postgres/PgConnection.h"
#include "engine/profiles/ProfileClients.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace cockpit::migration {
namespace {

using namespace std::chrono_literals;

QString minutesOrSeconds(qint64 seconds)
{
    if (seconds >= 120)
        return ExecTr::tr("%1 min").arg(seconds / 60);
    return ExecTr::tr("%1 s").arg(seconds);
}

QString who(const QVariant& user, const QVariant& application)
{
    const QString app = application.toString();
    return app.isEmpty() ? user.toString() : QStringLiteral("%1/%2").arg(user.toString(), app);
}

// The replication-lag alert threshold of the runbook's monitoring table, in milliseconds.
std::optional<double> lagLimitMs(const Runbook& runbook)
{
    for (const MonitoredMetric& m : runbook.monitoring.metrics) {
        if (m.id == QLatin1String("replication_lag") && m.alert)
            return convertUnit(m.alert->value, m.alert->unit == Unit::None ? m.unit : m.alert->unit,
                               Unit::Milliseconds);
    }
    return std::nullopt;
}

QList<NodeTarget> nodesOf(const ExecContext& context, const PlannedAction& planned, const QJsonObject& inputs)
{
    if (planned.action.kind == Action::Kind::Sql && planned.action.everyNode)
        return everyNode(context);
    if (inputs.contains(QStringLiteral("target"))) {
        const NodeTarget node = targetFrom(context, inputs);
        if (node.index >= 0)
            return {node};
    }
    if (const auto leader = findLeader(context))
        return {leader.value()};
    return {};
}

void look(const ExecContext& context, const NodeTarget& node, const PlannedAction& planned,
          const PreflightLimits& limits, PreflightReport& report)
{
    PgConnectOptions connect
        = profile::postgresOptions(context.profile, context.password(QStringLiteral("postgres")), node.index);
    if (!planned.action.database.isEmpty())
        connect.database = planned.action.database;
    connect.applicationName = QStringLiteral("rollout-cockpit-preflight");
    connect.settings.append({QStringLiteral("default_transaction_read_only"), QStringLiteral("on")});
    PgConnection connection;
    if (const auto opened = await(connection.open(connect), node.describe()); !opened) {
        report.error
            = ExecTr::tr("the preflight could not look at %1: %2").arg(node.describe(), opened.error().toString());
        return;
    }
    PgQueryOptions options;
    options.timeout = 15s;
    const auto query = [&](const QString& sql, const QVariantList& params = {}) {
        return await(connection.query(sql, params, options), node.describe());
    };
    const auto failed = [&](const Error& error) {
        report.error = ExecTr::tr("the preflight's question to %1 failed: %2").arg(node.describe(), error.toString());
    };

    // The tables the statement names, resolved by the server.
    QVariantList tableOids;
    if (planned.action.kind == Action::Kind::Sql) {
        const QStringList candidates = candidateTables(planned.action.sql);
        if (!candidates.isEmpty()) {
            const auto tables = query(
                QStringLiteral(
                    "SELECT DISTINCT c.oid::bigint, c.relname FROM unnest(string_to_array($1, E'\\n')) AS t(name) "
                    "JOIN pg_class c ON c.oid = to_regclass(t.name) "
                    "WHERE c.relkind IN ('r', 'p', 'm')"),
                {candidates.join(QLatin1Char('\n'))});
            if (!tables)
                return failed(tables.error());
            for (const auto& row : tables->rows) {
                tableOids.append(row.value(0));
                if (!report.tables.contains(row.value(1).toString()))
                    report.tables.append(row.value(1).toString());
            }
        }
    }

    // Transactions open longer than the limit, with what they hold.
    const auto longOnes = query(
        QStringLiteral("SELECT a.pid, a.usename, a.application_name, "
                       "extract(epoch FROM now() - a.xact_start)::bigint, a.state, "
                       "(SELECT string_agg(DISTINCT l.mode || ' on ' || c.relname, ', ') FROM pg_locks l "
                       " JOIN pg_class c ON c.oid = l.relation WHERE l.pid = a.pid AND l.granted "
                       " AND c.relkind IN ('r', 'p', 'm') AND c.relnamespace <> 'pg_catalog'::regnamespace) "
                       "FROM pg_stat_activity a WHERE a.backend_type = 'client backend' AND a.pid <> pg_backend_pid() "
                       "AND a.xact_start < now() - make_interval(secs => $1) ORDER BY a.xact_start"),
        {QVariant::fromValue(static_cast<qint64>(limits.longTransaction.count()))});
    if (!longOnes)
        return failed(longOnes.error());
    QSet<qint64> named;
    for (const auto& row : longOnes->rows) {
        const qint64 pid = row.value(0).toLongLong();
        named.insert(pid);
        const QString holds = row.value(5).toString();
        QString text = ExecTr::tr("pid %1 (%2, %3 in transaction, %4")
                           .arg(pid)
                           .arg(who(row.value(1), row.value(2)), minutesOrSeconds(row.value(3).toLongLong()),
                                row.value(4).toString());
        text += holds.isEmpty() ? QStringLiteral(")") : ExecTr::tr(", holds %1)").arg(holds);
        report.findings.append({QStringLiteral("long_transaction"), text, true,
                                QJsonObject{{QStringLiteral("pid"), pid},
                                            {QStringLiteral("user"), row.value(1).toString()},
                                            {QStringLiteral("application"), row.value(2).toString()},
                                            {QStringLiteral("seconds"), row.value(3).toLongLong()},
                                            {QStringLiteral("state"), row.value(4).toString()},
                                            {QStringLiteral("holds"), holds}}});
    }

    // Locks on those tables: awaited, or held by a transaction older than the lock_timeout
    // (a lock held that long would make the statement fail).
    if (!tableOids.isEmpty()) {
        QStringList oids;
        for (const QVariant& oid : tableOids)
            oids.append(oid.toString());
        const auto locks = query(
            QStringLiteral("SELECT l.pid, a.usename, a.application_name, l.mode, l.granted, c.relname, "
                           "coalesce(extract(epoch FROM now() - a.xact_start), 0)::bigint "
                           "FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
                           "JOIN pg_stat_activity a ON a.pid = l.pid "
                           "WHERE l.relation = ANY($1::oid[]) AND l.pid <> pg_backend_pid() "
                           "AND (NOT l.granted OR a.xact_start < now() - make_interval(secs => $2)) ORDER BY l.pid"),
            {QStringLiteral("{%1}").arg(oids.join(QLatin1Char(','))),
             QVariant::fromValue(static_cast<double>(limits.lockTimeout.count()) / 1000.0)});
        if (!locks)
            return failed(locks.error());
        for (const auto& row : locks->rows) {
            const qint64 pid = row.value(0).toLongLong();
            const bool granted = row.value(4).toBool();
            const QString text = granted
                ? ExecTr::tr("pid %1 (%2, %3 in transaction) holds %4 on %5")
                      .arg(pid)
                      .arg(who(row.value(1), row.value(2)), minutesOrSeconds(row.value(6).toLongLong()),
                           row.value(3).toString(), row.value(5).toString())
                : ExecTr::tr("pid %1 (%2) waits for %3 on %4")
                      .arg(pid)
                      .arg(who(row.value(1), row.value(2)), row.value(3).toString(), row.value(5).toString());
            if (granted && named.contains(pid))
                continue; // already named as a long transaction, with what it holds
            report.findings.append({QStringLiteral("lock"), text, true,
                                    QJsonObject{{QStringLiteral("pid"), pid},
                                                {QStringLiteral("mode"), row.value(3).toString()},
                                                {QStringLiteral("granted"), granted},
                                                {QStringLiteral("table"), row.value(5).toString()}}});
        }
    }

    // A base backup running (another snapshot, a replica being built).
    const auto backups = query(
        QStringLiteral("SELECT p.pid, a.usename, a.application_name, p.phase FROM pg_stat_progress_basebackup p "
                       "LEFT JOIN pg_stat_activity a ON a.pid = p.pid"));
    if (!backups)
        return failed(backups.error());
    for (const auto& row : backups->rows)
        report.findings.append({QStringLiteral("backup"),
                                ExecTr::tr("a base backup is running: pid %1 (%2, %3)")
                                    .arg(row.value(0).toLongLong())
                                    .arg(who(row.value(1), row.value(2)), row.value(3).toString()),
                                true, QJsonObject{{QStringLiteral("pid"), row.value(0).toLongLong()}}});

    // Autovacuum to prevent wraparound: it does not yield its lock to DDL.
    const auto vacuums
        = query(QStringLiteral("SELECT pid, query FROM pg_stat_activity WHERE backend_type = 'autovacuum worker' "
                               "AND query LIKE '%to prevent wraparound%'"));
    if (!vacuums)
        return failed(vacuums.error());
    for (const auto& row : vacuums->rows) {
        const QString what = row.value(1).toString();
        bool onNamed = false;
        for (const QString& table : report.tables)
            onNamed = onNamed || what.contains(table);
        report.findings.append({QStringLiteral("wraparound_vacuum"),
                                ExecTr::tr("pid %1 runs %2").arg(row.value(0).toLongLong()).arg(what), onNamed,
                                QJsonObject{{QStringLiteral("pid"), row.value(0).toLongLong()}}});
    }

    // Replicas lagging past the runbook's alert threshold (asked on a primary only).
    if (const auto limitMs = lagLimitMs(context.runbook)) {
        const auto lag = query(
            QStringLiteral("SELECT application_name, coalesce(extract(epoch FROM replay_lag) * 1000, 0)::float8, state "
                           "FROM pg_stat_replication WHERE NOT pg_is_in_recovery()"));
        if (!lag)
            return failed(lag.error());
        for (const auto& row : lag->rows) {
            const double ms = row.value(1).toDouble();
            if (ms > *limitMs)
                report.findings.append(
                    {QStringLiteral("replication_lag"),
                     ExecTr::tr("replica %1 lags %2 behind (the alert threshold is %3)")
                         .arg(row.value(0).toString(), formatWithUnit(ms, Unit::Milliseconds),
                              formatWithUnit(*limitMs, Unit::Milliseconds)),
                     true,
                     QJsonObject{{QStringLiteral("replica"), row.value(0).toString()}, {QStringLiteral("ms"), ms}}});
        }
    }

    // Prepared transactions hold their locks until someone commits or rolls them back.
    const auto prepared = query(QStringLiteral(
        "SELECT gid, owner, database, extract(epoch FROM now() - prepared)::bigint FROM pg_prepared_xacts"));
    if (!prepared)
        return failed(prepared.error());
    for (const auto& row : prepared->rows)
        report.findings.append({QStringLiteral("prepared_transaction"),
                                ExecTr::tr("prepared transaction \"%1\" (%2 on %3, prepared %4 ago)")
                                    .arg(row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                                         minutesOrSeconds(row.value(3).toLongLong())),
                                true, QJsonObject{{QStringLiteral("gid"), row.value(0).toString()}}});
    connection.close();
}

} // namespace

bool PreflightReport::clear() const
{
    return error.isEmpty()
        && std::none_of(findings.begin(), findings.end(), [](const PreflightFinding& f) { return f.blocks; });
}

QStringList PreflightReport::blockers() const
{
    QStringList texts;
    if (!error.isEmpty())
        texts.append(error);
    for (const PreflightFinding& f : findings) {
        if (f.blocks)
            texts.append(f.text);
    }
    return texts;
}

QJsonObject PreflightReport::toJson() const
{
    QJsonArray list;
    for (const PreflightFinding& f : findings)
        list.append(QJsonObject{{QStringLiteral("kind"), f.kind},
                                {QStringLiteral("text"), f.text},
                                {QStringLiteral("blocks"), f.blocks},
                                {QStringLiteral("detail"), f.detail}});
    QJsonObject o{{QStringLiteral("node"), node},
                  {QStringLiteral("clear"), clear()},
                  {QStringLiteral("findings"), list},
                  {QStringLiteral("tables"), QJsonArray::fromStringList(tables)}};
    if (!error.isEmpty())
        o[QStringLiteral("error")] = error;
    return o;
}

bool needsPreflight(const Action& action)
{
    switch (action.kind) {
    case Action::Kind::Sql: return action.isDestructive();
    case Action::Kind::ReadOnly:
    case Action::Kind::TerminateBackends:
    case Action::Kind::Snapshot: return true;
    default: return false;
    }
}

std::chrono::milliseconds lockTimeoutOf(const Action& action)
{
    return orDefault(action.lockTimeout, 5s);
}

QStringList candidateTables(const QString& sql)
{
    // Words outside quotes and comments; qualified names kept whole.
    QString text = sql;
    text.remove(QRegularExpression(QStringLiteral("--[^\n]*")));
    text.remove(QRegularExpression(QStringLiteral("/\\*.*?\\*/"), QRegularExpression::DotMatchesEverythingOption));
    text.remove(QRegularExpression(QStringLiteral("'(?:[^']|'')*'")));
    static const QRegularExpression word(
        QStringLiteral("(?:\"[^\"]+\"|[A-Za-z_][A-Za-z0-9_]*)(?:\\.(?:\"[^\"]+\"|[A-Za-z_][A-Za-z0-9_]*))?"));
    QStringList names;
    auto it = word.globalMatch(text);
    while (it.hasNext() && names.size() < 200) {
        const QString name = it.next().captured(0);
        if (!name.contains(QLatin1Char('\n')) && !names.contains(name))
            names.append(name);
    }
    return names;
}

PreflightReport runPreflight(const ExecContext& context, const PlannedAction& action, const QJsonObject& inputs,
                             const PreflightLimits& limits)
{
    PreflightReport report;
    const QList<NodeTarget> nodes = nodesOf(context, action, inputs);
    if (nodes.isEmpty()) {
        report.error = ExecTr::tr("the preflight found no node to look at (no leader)");
        return report;
    }
    QStringList described;
    for (const NodeTarget& node : nodes) {
        described.append(node.describe());
        look(context, node, action, limits, report);
        if (!report.error.isEmpty())
            break;
    }
    report.node = described.join(QLatin1String(", "));
    return report;
}

} // namespace cockpit::migration
