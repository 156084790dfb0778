#include "ClusterAccess.h"

#include "Blocking.h"
#include "connectors/patroni/PatroniClient.h"
#include "connectors/postgres/PgConnection.h"
#include "engine/profiles/ProfileClients.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <csignal>

#include <unistd.h>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace cockpit::migration {
namespace {

class AccessTr
{
    Q_DECLARE_TR_FUNCTIONS(cockpit::migration::ClusterAccess)
};

bool sameHost(const QString& a, const QString& b)
{
    if (a.compare(b, Qt::CaseInsensitive) == 0)
        return true;
    const auto isLoopback
        = [](const QString& h) { return h == QLatin1String("localhost") || QHostAddress(h).isLoopback(); };
    return isLoopback(a) && isLoopback(b);
}

NodeTarget nodeAt(const ExecContext& context, int index)
{
    const ConnectionProfile::PgNode& n = context.profile.pgNodes.at(index);
    NodeTarget target;
    target.index = index;
    target.name = n.name.isEmpty() ? QStringLiteral("node %1").arg(index + 1) : n.name;
    target.host = n.host;
    target.port = n.port;
    return target;
}

// Programs the migration started, one file per process group: "<cockpit pid>\n<program>". A
// program may fork (pg_basebackup's WAL streamer) and its children outlive a cockpit killed
// with SIGKILL; the next run stops them, by PID, after checking they are that program.
QString programRegistry()
{
    QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                      .filePath(QStringLiteral("programs"));
    QDir().mkpath(dir);
    return dir;
}

bool pidIsGone(qint64 pid)
{
    return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

// The processes of a process group whose command line starts with the program.
QList<qint64> groupMembers(qint64 pgid, const QString& program)
{
    QList<qint64> found;
    const QDir proc(QStringLiteral("/proc"));
    for (const QString& entry : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile stat(proc.filePath(entry + QStringLiteral("/stat")));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 3 || fields[2].toLongLong() != pgid)
            continue;
        QFile cmdline(proc.filePath(entry + QStringLiteral("/cmdline")));
        if (cmdline.open(QIODevice::ReadOnly)
            && QString::fromLocal8Bit(cmdline.readAll().split('\0').value(0)) == program)
            found.append(pid);
    }
    return found;
}

} // namespace

QStringList sweepOrphanedPrograms()
{
    QStringList swept;
    const QDir registry(programRegistry());
    for (const QString& name : registry.entryList(QDir::Files)) {
        QFile file(registry.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QStringList lines = QString::fromLocal8Bit(file.readAll()).split(QLatin1Char('\n'));
        file.close();
        const qint64 owner = lines.value(0).toLongLong();
        if (owner == ::getpid() || !pidIsGone(owner))
            continue; // its cockpit still runs
        for (const qint64 pid : groupMembers(name.toLongLong(), lines.value(1))) {
            ::kill(static_cast<pid_t>(pid), SIGKILL);
            swept.append(
                AccessTr::tr("%1 (pid %2), left running by a cockpit that was killed").arg(lines.value(1)).arg(pid));
        }
        QFile::remove(registry.filePath(name));
    }
    return swept;
}

QString NodeTarget::describe() const
{
    return QStringLiteral("%1 (%2:%3)").arg(name, host).arg(port);
}

QList<NodeTarget> everyNode(const ExecContext& context)
{
    QList<NodeTarget> nodes;
    for (int i = 0; i < context.profile.pgNodes.size(); ++i)
        nodes.append(nodeAt(context, i));
    return nodes;
}

Result<NodeTarget> findLeader(const ExecContext& context)
{
    const ConnectionProfile& profile = context.profile;
    if (profile.pgNodes.isEmpty())
        return makeError(ErrorKind::InvalidInput, AccessTr::tr("the profile names no PostgreSQL node"), profile.name);
    QStringList problems;
    for (int i = 0; i < profile.patroniUrls.size(); ++i) {
        const auto cluster = await(PatroniClient(profile::patroniEndpoint(profile, i)).cluster());
        if (!cluster) {
            problems.append(cluster.error().toString());
            continue;
        }
        const PatroniMember* leader = cluster->leader();
        if (!leader)
            return makeError(ErrorKind::Server, AccessTr::tr("Patroni names no leader: the cluster has none right now"),
                             profile.patroniUrls.at(i),
                             AccessTr::tr("Wait for the failover to finish, then run the step again."));
        for (int n = 0; n < profile.pgNodes.size(); ++n) {
            if (profile.pgNodes[n].port == leader->port && sameHost(profile.pgNodes[n].host, leader->host)) {
                NodeTarget target = nodeAt(context, n);
                target.how = AccessTr::tr("the leader according to Patroni at %1 (member %2)")
                                 .arg(profile.patroniUrls.at(i), leader->name);
                return target;
            }
        }
        return makeError(ErrorKind::InvalidInput,
                         AccessTr::tr("Patroni's leader %1 (%2:%3) is not one of the profile's nodes")
                             .arg(leader->name, leader->host)
                             .arg(leader->port),
                         profile.name, AccessTr::tr("Add the node to the profile."));
    }
    if (!profile.patroniUrls.isEmpty())
        return makeError(ErrorKind::Network, AccessTr::tr("no Patroni member answered, so the leader is unknown"),
                         profile.patroniUrls.join(QLatin1String(", ")), problems.join(QLatin1Char('\n')));
    // No Patroni: the one node that is not in recovery.
    QList<NodeTarget> writable;
    for (const NodeTarget& node : everyNode(context)) {
        const auto answer = runSql(context, node, QStringLiteral("SELECT pg_is_in_recovery()"));
        if (answer && !answer->rows.isEmpty() && answer->value(0, 0).toString() == QLatin1String("f"))
            writable.append(node);
    }
    if (writable.size() != 1)
        return makeError(ErrorKind::Server,
                         AccessTr::tr("%n node(s) accept writes; the leader is not certain", nullptr,
                                      static_cast<int>(writable.size())),
                         profile.name);
    NodeTarget target = writable.first();
    target.how = AccessTr::tr("the only node not in recovery");
    return target;
}

Result<PgQueryResult> runSql(const ExecContext& context, const NodeTarget& node, const QString& sql,
                             const QVariantList& params, const SqlOptions& options)
{
    PgConnectOptions connect
        = profile::postgresOptions(context.profile, context.password(QStringLiteral("postgres")), node.index);
    if (!options.database.isEmpty())
        connect.database = options.database;
    connect.applicationName = QStringLiteral("rollout-cockpit-migration");
    if (options.readOnlySession)
        connect.settings.append({QStringLiteral("default_transaction_read_only"), QStringLiteral("on")});
    if (options.lockTimeout)
        connect.settings.append(
            {QStringLiteral("lock_timeout"), QStringLiteral("%1ms").arg(options.lockTimeout->count())});
    PgConnection connection;
    if (const auto opened = await(connection.open(connect), node.describe()); !opened)
        return opened.error();
    PgQueryOptions queryOptions;
    queryOptions.timeout = options.timeout;
    auto result = await(connection.query(sql, params, queryOptions), node.describe());
    connection.close();
    return result;
}

QJsonArray rowsJson(const PgQueryResult& result, int limit)
{
    QJsonArray rows;
    for (int r = 0; r < result.rows.size() && r < limit; ++r) {
        QJsonArray row;
        for (const QVariant& v : result.rows[r])
            row.append(v.isValid() ? QJsonValue(v.toString()) : QJsonValue(QJsonValue::Null));
        rows.append(row);
    }
    return rows;
}

Result<bool> checkStepUser(const ExecContext& context, const Action& action)
{
    if (!action.user.isEmpty() && action.user != context.profile.pgUser)
        return makeError(
            ErrorKind::InvalidInput,
            AccessTr::tr("the step runs as %1 but the profile connects as %2").arg(action.user, context.profile.pgUser),
            context.profile.name,
            AccessTr::tr("Use a profile whose PostgreSQL user is %1, or change the step's user.").arg(action.user));
    return true;
}

ProgramRun runProgram(const ExecContext& context, const QString& program, const QStringList& arguments,
                      const QStringList& extraEnvironment, std::chrono::milliseconds timeout,
                      const std::function<void(const QString& line)>& onLine)
{
    ProgramRun run;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& entry : extraEnvironment)
        environment.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(environment);
    QByteArray pending;
    const auto deliver = [&](bool all) {
        for (;;) {
            qsizetype cut = -1;
            for (qsizetype i = 0; i < pending.size(); ++i) {
                if (pending[i] == '\n' || pending[i] == '\r') {
                    cut = i;
                    break;
                }
            }
            if (cut < 0 && !(all && !pending.isEmpty()))
                return;
            const QString line = QString::fromUtf8(cut < 0 ? pending : pending.left(cut)).trimmed();
            pending = cut < 0 ? QByteArray() : pending.mid(cut + 1);
            if (line.isEmpty())
                continue;
            run.tail.append(line);
            if (run.tail.size() > 40)
                run.tail.removeFirst();
            if (onLine)
                onLine(line);
            if (context.output)
                context.output(line);
        }
    };
    QEventLoop loop;
    QObject::connect(&process, &QProcess::readyRead, &loop, [&] {
        pending += process.readAll();
        deliver(false);
    });
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            run.startError = process.errorString();
            loop.quit();
        }
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        run.timedOut = true;
        process.kill();
    });
    QTimer abortPoll;
    QObject::connect(&abortPoll, &QTimer::timeout, &loop, [&] {
        if (context.aborted() && !run.aborted) {
            run.aborted = true;
            process.kill();
        }
    });
#ifdef Q_OS_LINUX
    // The program dies with the thread that started it: a cockpit killed in the middle of a
    // step leaves no pg_basebackup or docker command running on behind its back.
    // A process group of its own, so that what it forks can be found (and stopped) later.
    const pid_t parent = ::getpid();
    process.setChildProcessModifier([parent] {
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(127);
    });
#endif
    process.start(program, arguments);
    QString registered;
    if (process.processId() > 0) {
        registered = QDir(programRegistry()).filePath(QString::number(process.processId()));
        QFile note(registered);
        if (note.open(QIODevice::WriteOnly))
            note.write(QStringLiteral("%1\n%2").arg(::getpid()).arg(program).toLocal8Bit());
    }
    const auto unregister = qScopeGuard([&registered] {
        if (!registered.isEmpty())
            QFile::remove(registered);
    });
    deadline.start(timeout);
    abortPoll.start(200);
    if (process.state() != QProcess::NotRunning || run.startError.isEmpty())
        loop.exec();
    if (process.state() != QProcess::NotRunning)
        process.waitForFinished(5000);
    pending += process.readAll();
    deliver(true);
    if (run.startError.isEmpty()) {
        run.exitCode = process.exitCode();
        run.crashed = process.exitStatus() == QProcess::CrashExit;
    }
    return run;
}

QString programFailure(const QString& program, const ProgramRun& run)
{
    if (!run.startError.isEmpty())
        return AccessTr::tr("%1 did not start: %2").arg(program, run.startError);
    if (run.timedOut)
        return AccessTr::tr("%1 ran past its time limit and was stopped").arg(program);
    if (run.aborted)
        return AccessTr::tr("%1 was stopped: the run was aborted").arg(program);
    if (run.crashed)
        return AccessTr::tr("%1 crashed").arg(program);
    QString text = AccessTr::tr("%1 exited with code %2").arg(program).arg(run.exitCode);
    if (!run.tail.isEmpty())
        text += QStringLiteral(": ")
            + run.tail.mid(std::max<qsizetype>(0, run.tail.size() - 3)).join(QLatin1String(" / "));
    return text;
}

qint64 directorySize(const QString& dir)
{
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

QString postgresProgram(const QString& name)
{
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList entries = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(entries.begin(), entries.end(), [](const QString& a, const QString& b) { return a.toInt() > b.toInt(); });
    for (const QString& version : entries) {
        QString candidate = versions.filePath(version + QStringLiteral("/bin/") + name);
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    const QString onPath = QStandardPaths::findExecutable(name);
    return onPath.isEmpty() ? name : onPath;
}

Result<QString> snapshotDirectory(const ExecContext& context, const QString& label)
{
    if (context.profile.backupDirectory.isEmpty())
        return makeError(
            ErrorKind::InvalidInput, AccessTr::tr("the profile names no backup directory"), context.profile.name,
            AccessTr::tr("Set backup.directory in the profile: the folder that holds the migration's snapshots."));
    return QDir(context.profile.backupDirectory).filePath(label);
}

Result<QJsonObject> countRows(const ExecContext& context, const NodeTarget& node, const QString& database)
{
    SqlOptions options;
    options.database = database;
    options.readOnlySession = true;
    const auto tables = runSql(
        context, node,
        QStringLiteral("SELECT format('%I.%I', schemaname, relname) FROM pg_stat_user_tables ORDER BY 1"), {}, options);
    if (!tables)
        return tables.error();
    QStringList names;
    for (int r = 0; r < tables->rows.size(); ++r)
        names.append(tables->value(r, 0).toString());
    if (names.isEmpty())
        return QJsonObject{};
    // One statement, one snapshot of the data: every count at the same moment.
    QStringList parts;
    for (const QString& name : names)
        parts.append(QStringLiteral("(SELECT count(*) FROM %1)").arg(name)); // quoted by format('%I')
    const auto counts = runSql(context, node, QStringLiteral("SELECT ") + parts.join(QLatin1String(", ")), {}, options);
    if (!counts)
        return counts.error();
    QJsonObject result;
    for (int i = 0; i < names.size(); ++i)
        result[names[i]] = counts->value(0, i).toString().toLongLong();
    return result;
}

Result<QStringList> dockerHostArguments(const ExecContext& context)
{
    const ConnectionProfile& p = context.profile;
    if (p.dockerEndpoint.isEmpty())
        return makeError(ErrorKind::InvalidInput, AccessTr::tr("the profile names no Docker endpoint"), p.name);
    QStringList args{QStringLiteral("--host"), p.dockerEndpoint};
    if (!p.dockerTls.caFile.isEmpty() || !p.dockerTls.certFile.isEmpty()) {
        args << QStringLiteral("--tlsverify");
        if (!p.dockerTls.caFile.isEmpty())
            args << QStringLiteral("--tlscacert") << p.dockerTls.caFile;
        if (!p.dockerTls.certFile.isEmpty())
            args << QStringLiteral("--tlscert") << p.dockerTls.certFile;
        if (!p.dockerTls.keyFile.isEmpty())
            args << QStringLiteral("--tlskey") << p.dockerTls.keyFile;
    }
    return args;
}

} // namespace cockpit::migration
