// The snapshots: taken with pg_basebackup and a manifest of row counts, verified, restored on a
// throwaway server, and the row counts compared after the migration.
#include "Blocking.h"
#include "ExecutorSupport.h"
#include "ThrowawayServer.h"
#include "core/Clock.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>
#include <QStorageInfo>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUuid>

#include <unistd.h>

namespace cockpit::migration {
namespace {

using namespace std::chrono_literals;

// --- snapshot, verify_snapshot, restore_test --------------------------------------------------
QJsonObject readManifest(const QString& dir, QString* error)
{
    QFile file(QDir(dir).filePath(QString::fromLatin1(kCockpitManifest)));
    if (!file.open(QIODevice::ReadOnly)) {
        *error
            = ExecTr::tr("%1 has no %2: it is not a complete snapshot").arg(dir, QString::fromLatin1(kCockpitManifest));
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = ExecTr::tr("%1 is not valid JSON: %2").arg(file.fileName(), parseError.errorString());
        return {};
    }
    return doc.object();
}

QString pgpassEscape(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char(':'), QLatin1String("\\:"));
    return value;
}

class SnapshotExecutor final : public Executor
{
public:
    Result<QJsonObject> resolve(const ExecContext& context, const PlannedAction& planned) const override
    {
        const auto dir = snapshotDirectory(context, planned.action.label);
        if (!dir)
            return dir.error();
        if (context.profile.backupUser.isEmpty())
            return makeError(ErrorKind::InvalidInput,
                             ExecTr::tr("the profile names no backup.user (a role with REPLICATION)"),
                             context.profile.name);
        const auto leader = findLeader(context);
        if (!leader)
            return leader.error();
        const QStringList args
            = arguments(context, leader.value(), dir.value() + QStringLiteral(".partial"), planned.action.label);
        return withTarget(
            QJsonObject{{QStringLiteral("directory"), dir.value()},
                        {QStringLiteral("program"), postgresProgram(QStringLiteral("pg_basebackup"))},
                        {QStringLiteral("arguments"), QJsonArray::fromStringList(args)},
                        {QStringLiteral("password"), ExecTr::tr("from the keychain, through a PGPASSFILE of its own")}},
            leader.value());
    }

    static QStringList arguments(const ExecContext& context, const NodeTarget& node, const QString& into,
                                 const QString& label)
    {
        const ConnectionProfile& p = context.profile;
        QString conninfo = QStringLiteral("host=%1 port=%2 user=%3 application_name=rollout-cockpit-backup")
                               .arg(node.host)
                               .arg(node.port)
                               .arg(p.backupUser);
        const QString sslMode = p.pgSslMode.isEmpty() ? QStringLiteral("prefer") : p.pgSslMode;
        conninfo += QStringLiteral(" sslmode=") + sslMode;
        if (!p.pgTls.caFile.isEmpty())
            conninfo += QStringLiteral(" sslrootcert=") + p.pgTls.caFile;
        return {QStringLiteral("--dbname=") + conninfo,
                QStringLiteral("--pgdata=") + into,
                QStringLiteral("--wal-method=stream"),
                QStringLiteral("--checkpoint=fast"),
                QStringLiteral("--label=rollout-cockpit ") + label,
                QStringLiteral("--manifest-checksums=SHA256"),
                QStringLiteral("--progress"),
                QStringLiteral("--no-password")};
    }

    Outcome run(const ExecContext& context, const PlannedAction& planned, const QJsonObject& inputs) const override
    {
        const QString dir = inputs.value(QStringLiteral("directory")).toString();
        const QString partial = dir + QStringLiteral(".partial");
        if (QFileInfo::exists(dir))
            return Outcome::failed(ExecTr::tr("a snapshot labelled %1 already exists at %2; it was left as it is")
                                       .arg(planned.action.label, dir));
        const NodeTarget node = targetFrom(context, inputs);
        if (!QDir().mkpath(context.profile.backupDirectory))
            return Outcome::failed(
                ExecTr::tr("cannot create the backup directory %1").arg(context.profile.backupDirectory));
        if (QFileInfo::exists(partial))
            QDir(partial).removeRecursively(); // an earlier attempt that never finished: nothing of it counts

        // Space first: the databases' size and a margin for the WAL streamed meanwhile.
        const auto size
            = runSql(context, node, QStringLiteral("SELECT sum(pg_database_size(oid))::bigint FROM pg_database"));
        if (!size)
            return Outcome::failed(size.error());
        const qint64 needed = size->value(0, 0).toLongLong() + size->value(0, 0).toLongLong() / 10 + 64LL * 1024 * 1024;
        QStorageInfo storage(context.profile.backupDirectory);
        storage.refresh();
        if (storage.isValid() && storage.bytesAvailable() < needed)
            return Outcome::failed(ExecTr::tr("not enough space in %1: %2 MB free, the snapshot needs about %3 MB; "
                                              "nothing was written")
                                       .arg(context.profile.backupDirectory)
                                       .arg(storage.bytesAvailable() / (qint64{1024} * 1024))
                                       .arg(needed / (qint64{1024} * 1024)),
                                   QJsonObject{{QStringLiteral("free_bytes"), storage.bytesAvailable()},
                                               {QStringLiteral("needed_bytes"), needed}});

        const QString database = context.profile.pgDatabase;
        const auto before = countRows(context, node, database);
        if (!before)
            return Outcome::failed(ExecTr::tr("the row counts before the snapshot: %1").arg(before.error().toString()));
        const QDateTime startedAt = context.clock->nowUtc();

        // The password goes through a PGPASSFILE only this process can read, never argv or env.
        QTemporaryDir passDir;
        if (!passDir.isValid())
            return Outcome::failed(ExecTr::tr("cannot create a private folder for the password file"));
        QFile passFile(passDir.filePath(QStringLiteral("pgpass")));
        if (!passFile.open(QIODevice::WriteOnly)
            || !passFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Outcome::failed(ExecTr::tr("cannot write the password file"));
        passFile.write(
            QStringLiteral("%1:%2:*:%3:%4\n")
                .arg(pgpassEscape(node.host))
                .arg(node.port)
                .arg(pgpassEscape(context.profile.backupUser), pgpassEscape(context.password(QStringLiteral("backup"))))
                .toUtf8());
        passFile.close();

        QStringList args;
        for (const QJsonValue v : inputs.value(QStringLiteral("arguments")).toArray())
            args.append(v.toString());
        static const QRegularExpression percent(QStringLiteral("\\((\\d+)%\\)"));
        const ProgramRun run
            = runProgram(context, inputs.value(QStringLiteral("program")).toString(), args,
                         {QStringLiteral("PGPASSFILE=") + passFile.fileName()},
                         orDefault(planned.action.timeout, std::chrono::hours(6)), [&](const QString& line) {
                             const auto m = percent.match(line);
                             if (m.hasMatch() && context.progress)
                                 context.progress(m.captured(1).toInt());
                         });
        if (!run.ok()) {
            QDir(partial).removeRecursively();
            return Outcome::failed(programFailure(QStringLiteral("pg_basebackup"), run)
                                   + ExecTr::tr("; the partial copy was removed"));
        }
        const auto after = countRows(context, node, database);
        if (!after) {
            QDir(partial).removeRecursively();
            return Outcome::failed(ExecTr::tr("the row counts after the snapshot: %1; the copy was removed")
                                       .arg(after.error().toString()));
        }
        QJsonObject counts;
        for (auto it = before->begin(); it != before->end(); ++it)
            counts[it.key()]
                = QJsonObject{{QStringLiteral("start"), it.value()}, {QStringLiteral("end"), after->value(it.key())}};
        const QJsonObject manifest{{QStringLiteral("label"), planned.action.label},
                                   {QStringLiteral("source"), node.describe()},
                                   {QStringLiteral("database"), database},
                                   {QStringLiteral("started_at"), startedAt.toString(Qt::ISODateWithMs)},
                                   {QStringLiteral("ended_at"), context.clock->nowUtc().toString(Qt::ISODateWithMs)},
                                   {QStringLiteral("row_counts"), counts},
                                   {QStringLiteral("bytes"), directorySize(partial)}};
        QSaveFile out(QDir(partial).filePath(QString::fromLatin1(kCockpitManifest)));
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(manifest).toJson()) < 0 || !out.commit()) {
            QDir(partial).removeRecursively();
            return Outcome::failed(
                ExecTr::tr("cannot write the snapshot's manifest (disk full?); the copy was removed"));
        }
        // The snapshot exists only once it is whole: one rename.
        if (!QDir().rename(partial, dir)) {
            QDir(partial).removeRecursively();
            return Outcome::failed(ExecTr::tr("cannot rename %1 to %2; the copy was removed").arg(partial, dir));
        }
        ::sync();
        return Outcome::done(ExecTr::tr("snapshot %1 at %2 (%3 MB), row counts recorded")
                                 .arg(planned.action.label, dir)
                                 .arg(manifest.value(QStringLiteral("bytes")).toInteger() / (qint64{1024} * 1024)),
                             manifest);
    }

    Probe probe(const ExecContext& context, const PlannedAction& planned, const QJsonObject&) const override
    {
        Probe p;
        const auto dir = snapshotDirectory(context, planned.action.label);
        if (!dir) {
            p.summary = dir.error().toString();
            return p;
        }
        QString error;
        const QJsonObject manifest = readManifest(dir.value(), &error);
        if (!manifest.isEmpty()) {
            p.summary = ExecTr::tr("snapshot %1 exists and is complete (taken %2 from %3)")
                            .arg(dir.value(), manifest.value(QStringLiteral("ended_at")).toString(),
                                 manifest.value(QStringLiteral("source")).toString());
            p.looksDone = true;
        } else if (QFileInfo::exists(dir.value() + QStringLiteral(".partial"))) {
            p.summary
                = ExecTr::tr("only a partial copy exists (%1.partial): the snapshot did not finish").arg(dir.value());
            p.looksDone = false;
        } else {
            p.summary = ExecTr::tr("no snapshot at %1").arg(dir.value());
            p.looksDone = false;
        }
        return p;
    }
};

class VerifySnapshotExecutor final : public Executor
{
public:
    Result<QJsonObject> resolve(const ExecContext& context, const PlannedAction& planned) const override
    {
        const auto dir = snapshotDirectory(context, planned.action.label);
        if (!dir)
            return dir.error();
        return QJsonObject{{QStringLiteral("program"), postgresProgram(QStringLiteral("pg_verifybackup"))},
                           {QStringLiteral("arguments"),
                            QJsonArray{QJsonValue(QStringLiteral("--ignore=") + QString::fromLatin1(kCockpitManifest)),
                                       QJsonValue(dir.value())}},
                           {QStringLiteral("directory"), dir.value()}};
    }

    Outcome run(const ExecContext& context, const PlannedAction&, const QJsonObject& inputs) const override
    {
        const QString dir = inputs.value(QStringLiteral("directory")).toString();
        QString error;
        if (readManifest(dir, &error).isEmpty())
            return Outcome::failed(error);
        const QString program = inputs.value(QStringLiteral("program")).toString();
        const ProgramRun run
            = runProgram(context, program, {QStringLiteral("--ignore=") + QString::fromLatin1(kCockpitManifest), dir},
                         {}, std::chrono::hours(2));
        if (!run.ok())
            return Outcome::failed(programFailure(QStringLiteral("pg_verifybackup"), run));
        return Outcome::done(run.tail.value(run.tail.size() - 1, ExecTr::tr("backup successfully verified")),
                             QJsonObject{{QStringLiteral("output"), QJsonArray::fromStringList(run.tail)}});
    }
};

class RestoreTestExecutor final : public Executor
{
public:
    Result<QJsonObject> resolve(const ExecContext& context, const PlannedAction& planned) const override
    {
        const auto dir = snapshotDirectory(context, planned.action.label);
        if (!dir)
            return dir.error();
        return QJsonObject{{QStringLiteral("snapshot"), dir.value()},
                           {QStringLiteral("server"), postgresProgram(QStringLiteral("pg_ctl"))},
                           {QStringLiteral("plan"),
                            ExecTr::tr("copy the snapshot, start it on a free port of 127.0.0.1 (trust for "
                                       "127.0.0.1 only), count the application tables, stop it, remove the copy")}};
    }

    Outcome run(const ExecContext& context, const PlannedAction&, const QJsonObject& inputs) const override
    {
        const QString snapshot = inputs.value(QStringLiteral("snapshot")).toString();
        QString error;
        const QJsonObject manifest = readManifest(snapshot, &error);
        if (manifest.isEmpty())
            return Outcome::failed(error);
        auto server = ThrowawayServer::start(context, snapshot);
        if (!server)
            return Outcome::failed(server.error());
        const int port = server.value()->port();
        const ExecContext restored = server.value()->contextFor(context);
        const QString database = manifest.value(QStringLiteral("database")).toString();
        const auto counts = countRows(restored, everyNode(restored).first(), database);
        if (!counts)
            return Outcome::failed(ExecTr::tr("the restored server did not answer: %1").arg(counts.error().toString()));
        const QJsonObject recorded = manifest.value(QStringLiteral("row_counts")).toObject();
        QStringList problems;
        QJsonObject compared;
        for (auto it = recorded.begin(); it != recorded.end(); ++it) {
            const qint64 start = it.value().toObject().value(QStringLiteral("start")).toInteger();
            const qint64 end = it.value().toObject().value(QStringLiteral("end")).toInteger();
            if (!counts->contains(it.key())) {
                problems.append(ExecTr::tr("%1 is missing in the restored database").arg(it.key()));
                continue;
            }
            const qint64 found = counts->value(it.key()).toInteger();
            compared[it.key()] = QJsonObject{
                {QStringLiteral("restored"), found}, {QStringLiteral("start"), start}, {QStringLiteral("end"), end}};
            if (found < std::min(start, end) || found > std::max(start, end))
                problems.append(ExecTr::tr("%1: %2 rows restored, %3 to %4 recorded while the snapshot was taken")
                                    .arg(it.key())
                                    .arg(found)
                                    .arg(start)
                                    .arg(end));
        }
        if (!problems.isEmpty())
            return Outcome::failed(problems.join(QLatin1String("; ")),
                                   QJsonObject{{QStringLiteral("tables"), compared}});
        return Outcome::done(
            ExecTr::tr("restored on 127.0.0.1:%1; %n table(s) hold the recorded row counts; stopped and removed",
                       nullptr, static_cast<int>(recorded.size()))
                .arg(port),
            QJsonObject{{QStringLiteral("tables"), compared}, {QStringLiteral("port"), port}});
    }
};

class RowCountExecutor final : public Executor
{
public:
    Result<QJsonObject> resolve(const ExecContext& context, const PlannedAction& planned) const override
    {
        const auto dir = snapshotDirectory(context, planned.action.label);
        if (!dir)
            return dir.error();
        const auto leader = findLeader(context);
        if (!leader)
            return leader.error();
        return withTarget(QJsonObject{{QStringLiteral("table"), planned.action.table},
                                      {QStringLiteral("snapshot"), dir.value()},
                                      {QStringLiteral("rule"), ExecTr::tr("rows now >= rows when the snapshot began")}},
                          leader.value());
    }

    Outcome run(const ExecContext& context, const PlannedAction& planned, const QJsonObject& inputs) const override
    {
        QString error;
        const QJsonObject manifest = readManifest(inputs.value(QStringLiteral("snapshot")).toString(), &error);
        if (manifest.isEmpty())
            return Outcome::failed(error);
        const QJsonObject counts = manifest.value(QStringLiteral("row_counts")).toObject();
        QString key = planned.action.table;
        if (!counts.contains(key))
            key = QStringLiteral("public.") + planned.action.table;
        if (!counts.contains(key))
            return Outcome::failed(ExecTr::tr("the snapshot recorded no count for %1").arg(planned.action.table));
        const qint64 recorded = counts.value(key).toObject().value(QStringLiteral("start")).toInteger();
        const auto now
            = countRows(context, targetFrom(context, inputs), manifest.value(QStringLiteral("database")).toString());
        if (!now)
            return Outcome::failed(now.error());
        const qint64 current = now->value(key).toInteger(-1);
        const QJsonObject outputs{{QStringLiteral("recorded"), recorded}, {QStringLiteral("now"), current}};
        if (current < recorded)
            return Outcome::failed(
                ExecTr::tr("%1 holds %2 rows, %3 were recorded before the migration: %4 rows are missing")
                    .arg(key)
                    .arg(current)
                    .arg(recorded)
                    .arg(recorded - current),
                outputs);
        return Outcome::done(ExecTr::tr("%1 holds %2 rows (%3 recorded before the migration): none lost")
                                 .arg(key)
                                 .arg(current)
                                 .arg(recorded),
                             outputs);
    }
};

} // namespace

const Executor& snapshotExecutor()
{
    static const SnapshotExecutor executor;
    return executor;
}

const Executor& verifySnapshotExecutor()
{
    static const VerifySnapshotExecutor executor;
    return executor;
}

const Executor& restoreTestExecutor()
{
    static const RestoreTestExecutor executor;
    return executor;
}

const Executor& rowCountExecutor()
{
    static const RowCountExecutor executor;
    return executor;
}

} // namespace cockpit::migration
