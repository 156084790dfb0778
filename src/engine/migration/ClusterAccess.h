#pragma once

#include "Executors.h"
#include "connectors/postgres/PgTypes.h"

#include <QJsonArray>
#include <QStringList>

#include <chrono>

// What the executors share: the leader found through Patroni at run time, SQL on a node,
// external programs with live output, the snapshots' folders. Synchronous on the migration's
// thread (Blocking.h).
namespace cockpit::migration {

struct NodeTarget
{
    int index = -1; // in the profile's nodes
    QString name; // "pg1"
    QString host;
    int port = 0;
    QString how; // "the leader according to Patroni at http://…"
    QString describe() const; // "pg1 (127.0.0.1:25432)"
};

// The member Patroni names as leader, matched to the profile's node by host and port; without
// Patroni, the one node that is not in recovery. Never a remembered address.
Result<NodeTarget> findLeader(const ExecContext& context);
QList<NodeTarget> everyNode(const ExecContext& context);

struct SqlOptions
{
    QString database; // empty: the profile's
    std::chrono::milliseconds timeout{30000};
    bool readOnlySession = false;
    std::optional<std::chrono::milliseconds> lockTimeout; // PostgreSQL's lock_timeout for the session
};
Result<PgQueryResult> runSql(const ExecContext& context, const NodeTarget& node, const QString& sql,
                             const QVariantList& params = {}, const SqlOptions& options = {});
// Rows as JSON arrays of text (at most `limit`), for the journal.
QJsonArray rowsJson(const PgQueryResult& result, int limit = 20);

// The user the step asks for must be the profile's (its password is the only one the cockpit holds).
Result<bool> checkStepUser(const ExecContext& context, const Action& action);

struct ProgramRun
{
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    bool aborted = false;
    QString startError; // not found, not executable
    QStringList tail; // the last lines of its output (stdout and stderr merged)
    bool ok() const { return startError.isEmpty() && !timedOut && !aborted && !crashed && exitCode == 0; }
};
// argv without a shell; every line goes to context.output as it comes.
ProgramRun runProgram(const ExecContext& context, const QString& program, const QStringList& arguments,
                      const QStringList& extraEnvironment, std::chrono::milliseconds timeout,
                      const std::function<void(const QString& line)>& onLine = {});
QString programFailure(const QString& program, const ProgramRun& run);
// Programs (and what they forked) left running by a cockpit that was killed: stopped, by PID,
// after checking their command line. What was stopped.
QStringList sweepOrphanedPrograms();

// A PostgreSQL client program: the newest server version's own folder first, then PATH.
QString postgresProgram(const QString& name);
// The bytes of every file under a folder (a snapshot, a partial copy).
qint64 directorySize(const QString& dir);

// Where a snapshot lives: <backup.directory>/<label>; its manifest of row counts inside.
Result<QString> snapshotDirectory(const ExecContext& context, const QString& label);
inline constexpr const char* kCockpitManifest = "cockpit-manifest.json";

// The application tables ("public"."memory_entries") and their row counts on a node.
Result<QJsonObject> countRows(const ExecContext& context, const NodeTarget& node, const QString& database);

// docker CLI arguments that reach the profile's engine (-H, TLS files).
Result<QStringList> dockerHostArguments(const ExecContext& context);

} // namespace cockpit::migration
