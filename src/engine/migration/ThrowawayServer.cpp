#include "ThrowawayServer.h"

#include "ExecutorSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStorageInfo>
#include <QTcpServer>
#include <QUuid>

#include <cerrno>
#include <csignal>

#include <unistd.h>

namespace cockpit::migration {
namespace {

using namespace std::chrono_literals;

constexpr const char* kPrefix = "rollout-cockpit-restore-";
constexpr const char* kOwnerFile = "owner.pid";

int freeLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = server.serverPort();
    server.close();
    return port;
}

bool copyTree(const QString& from, const QString& to)
{
    if (!QDir().mkpath(to))
        return false;
    QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QDirIterator it(from, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(it.filePath()));
        if (it.fileInfo().isDir()) {
            if (!QDir().mkpath(target))
                return false;
            QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        } else if (!QFile::copy(it.filePath(), target)) {
            return false;
        }
    }
    return true;
}

ProgramRun runPgCtl(const ExecContext& context, const QStringList& args, std::chrono::milliseconds timeout)
{
    const QString pgCtl = postgresProgram(QStringLiteral("pg_ctl"));
    // PostgreSQL refuses to run as root: as root, the copy belongs to the postgres user.
    if (::geteuid() == 0)
        return runProgram(context, QStringLiteral("runuser"),
                          QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), pgCtl}
                              + args,
                          {}, timeout);
    return runProgram(context, pgCtl, args, {}, timeout);
}

bool processIsGone(qint64 pid)
{
    return pid > 0 && pid != ::getpid() && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

} // namespace

ThrowawayServer::ThrowawayServer(const ExecContext& context, QString work)
    : m_context(context), m_work(std::move(work)), m_data(QDir(m_work).filePath(QStringLiteral("data")))
{ }

ThrowawayServer::~ThrowawayServer()
{
    stop();
}

ProgramRun ThrowawayServer::pgCtl(const QStringList& args, std::chrono::milliseconds timeout) const
{
    return runPgCtl(m_context, args, timeout);
}

void ThrowawayServer::stop()
{
    if (m_started) {
        pgCtl({QStringLiteral("-D"), m_data, QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
               QStringLiteral("stop")},
              60s);
        m_started = false;
    }
    if (!m_work.isEmpty())
        QDir(m_work).removeRecursively();
    m_work.clear();
}

ExecContext ThrowawayServer::contextFor(const ExecContext& context) const
{
    ExecContext restored = context;
    restored.profile.pgNodes = {{QStringLiteral("restored-copy"), QStringLiteral("127.0.0.1"), m_port}};
    restored.profile.pgSslMode = QStringLiteral("disable");
    restored.profile.pgTls = {};
    restored.profile.patroniUrls.clear();
    restored.credentials.insert(QStringLiteral("postgres"), QString());
    return restored;
}

QStringList ThrowawayServer::sweepOrphans(const ExecContext& context)
{
    QStringList swept;
    const QDir temp(QDir::tempPath());
    for (const QString& name :
         temp.entryList({QString::fromLatin1(kPrefix) + QLatin1Char('*')}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString work = temp.filePath(name);
        QFile owner(QDir(work).filePath(QString::fromLatin1(kOwnerFile)));
        if (!owner.open(QIODevice::ReadOnly))
            continue; // not one of ours, or still being made
        if (!processIsGone(owner.readAll().trimmed().toLongLong()))
            continue;
        const QString data = QDir(work).filePath(QStringLiteral("data"));
        if (QFile::exists(QDir(data).filePath(QStringLiteral("postmaster.pid"))))
            runPgCtl(context,
                     {QStringLiteral("-D"), data, QStringLiteral("-m"), QStringLiteral("immediate"),
                      QStringLiteral("-w"), QStringLiteral("stop")},
                     60s);
        QDir(work).removeRecursively();
        swept.append(work);
    }
    return swept;
}

Result<std::unique_ptr<ThrowawayServer>> ThrowawayServer::start(const ExecContext& context, const QString& snapshotDir)
{
    for (const QString& swept : sweepOrphans(context)) {
        if (context.output)
            context.output(
                ExecTr::tr("stopped and removed a throwaway server left by a cockpit that is gone: %1").arg(swept));
    }
    // In the system's temporary folder: the backup folder is private to this user, and the
    // throwaway server may run as another (postgres, when this is root).
    const QString work
        = QDir(QDir::tempPath())
              .filePath(QString::fromLatin1(kPrefix) + QUuid::createUuid().toString(QUuid::Id128).left(12));
    const qint64 needed = directorySize(snapshotDir);
    QStorageInfo storage(QDir::tempPath());
    if (storage.isValid() && storage.bytesAvailable() < needed + 64LL * 1024 * 1024)
        return makeError(ErrorKind::Io,
                         ExecTr::tr("not enough space in %1 for a copy of the snapshot: %2 MB free, "
                                    "%3 MB needed")
                             .arg(QDir::tempPath())
                             .arg(storage.bytesAvailable() / (qint64{1024} * 1024))
                             .arg(needed / (qint64{1024} * 1024)));
    std::unique_ptr<ThrowawayServer> server(new ThrowawayServer(context, work));
    if (!QDir().mkpath(work))
        return makeError(ErrorKind::Io, ExecTr::tr("cannot create %1").arg(work));
    QFile owner(QDir(work).filePath(QString::fromLatin1(kOwnerFile)));
    if (!owner.open(QIODevice::WriteOnly) || owner.write(QByteArray::number(qint64{::getpid()})) < 0)
        return makeError(ErrorKind::Io, ExecTr::tr("cannot write %1").arg(owner.fileName()));
    owner.close();
    if (context.output)
        context.output(ExecTr::tr("copying %1 to %2").arg(snapshotDir, work));
    if (!copyTree(snapshotDir, server->m_data))
        return makeError(ErrorKind::Io, ExecTr::tr("cannot copy the snapshot to %1 (disk full?)").arg(work));
    QFile::remove(QDir(server->m_data).filePath(QStringLiteral("standby.signal")));
    QFile::remove(QDir(server->m_data).filePath(QStringLiteral("recovery.signal")));
    QFile hba(QDir(work).filePath(QStringLiteral("restore-hba.conf")));
    if (!hba.open(QIODevice::WriteOnly))
        return makeError(ErrorKind::Io, ExecTr::tr("cannot write %1").arg(hba.fileName()));
    hba.write("local all all trust\nhost all all 127.0.0.1/32 trust\n");
    hba.close();
    server->m_port = freeLoopbackPort();
    if (server->m_port == 0)
        return makeError(ErrorKind::Io, ExecTr::tr("no free port on 127.0.0.1"));
    if (::geteuid() == 0) {
        const ProgramRun chown = runProgram(context, QStringLiteral("chown"),
                                            {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), work}, {}, 60s);
        if (chown.exitCode != 0)
            return makeError(ErrorKind::Io, programFailure(QStringLiteral("chown"), chown));
    }
    const QString options = QStringLiteral("-p %1 -c listen_addresses=127.0.0.1 -c unix_socket_directories=%2 "
                                           "-c hba_file=%3 -c ident_file=%3 -c ssl=off -c archive_mode=off "
                                           "-c logging_collector=off -c cluster_name=rollout-cockpit-restore-test "
                                           "-c max_connections=20 -c shared_buffers=32MB")
                                .arg(server->m_port)
                                .arg(work, hba.fileName());
    const ProgramRun started
        = server->pgCtl({QStringLiteral("-D"), server->m_data, QStringLiteral("-l"),
                         QDir(work).filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("-t"),
                         QStringLiteral("120"), QStringLiteral("-o"), options, QStringLiteral("start")},
                        150s);
    server->m_started = true; // pg_ctl may have started it even when it answered an error
    if (started.exitCode != 0) {
        QFile log(QDir(work).filePath(QStringLiteral("server.log")));
        QStringList lines;
        if (log.open(QIODevice::ReadOnly))
            lines = QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        return makeError(ErrorKind::Io,
                         programFailure(QStringLiteral("pg_ctl start"), started) + QStringLiteral(": ")
                             + lines.mid(std::max<qsizetype>(0, lines.size() - 3)).join(QLatin1String(" / ")));
    }
    return server;
}

} // namespace cockpit::migration
