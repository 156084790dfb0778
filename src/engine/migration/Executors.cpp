#include "Executors.h"

#include "Blocking.h"
#include "ClusterAccess.h"
#include "connectors/docker/DockerClient.h"
#include "connectors/patroni/PatroniClient.h"
#include "connectors/postgres/PgConnection.h"
#include "connectors/prometheus/PrometheusClient.h"
#include "connectors/secrets/SecretStore.h"
#include "core/Clock.h"
#include "engine/approvals/ApprovalBook.h"
#include "engine/profiles/ProfileClients.h"
#include "engine/readiness/ReadinessGate.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
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

#include <algorithm>
#include <cmath>
#include <map>
#include <unistd.h>

namespace cockpit::migration {
namespace {

class ExecTr
{
    Q_DECLARE_TR_FUNCTIONS(cockpit::migration::Executors)
};

using namespace std::chrono_literals;

std::chrono::milliseconds orDefault(Duration value, std::chrono::milliseconds fallback)
{
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(value);
    return ms.count() > 0 ? ms : fallback;
}

QJsonObject withTarget(QJsonObject inputs, const NodeTarget& node)
{
    inputs[QStringLiteral("target")] = node.describe();
    if (!node.how.isEmpty())
        inputs[QStringLiteral("target_chosen_as")] = node.how;
    return inputs;
}

NodeTarget targetFrom(const ExecContext& context, const QJsonObject& inputs)
{
    const QString name = inputs.value(QStringLiteral("target")).toString().section(QLatin1Char(' '), 0, 0);
    for (const NodeTarget& node : everyNode(context)) {
        if (node.name == name)
            return node;
    }
    return {};
}

// --- sql --------------------------------------------------------------------------------------
class SqlExecutor final : public Executor
{
public:
    Result<QJsonObject> resolve(const ExecContext& context, const PlannedAction& planned) const override
    {
        const Action& a = planned.action;
        if (const auto user = checkStepUser(context, a); !user)
            return user.error();
        QJsonObject inputs{{QStringLiteral("sql"), a.sql},
                           {QStringLiteral("database"), a.database.isEmpty() ? context.profile.pgDatabase : a.database},
                           {QStringLiteral("user"), context.profile.pgUser}};
        if (a.everyNode) {
            QStringList names;
            for (const NodeTarget& node : everyNode(context))
                names.append(node.describe());
            inputs[QStringLiteral("targets")] = QJsonArray::fromStringList(names);
            return inputs;
        }
        const auto leader = findLeader(context);
        if (!leader)
            return leader.error();
        return withTarget(inputs, leader.value());
    }

    Outcome run(const ExecContext& context, const PlannedAction& planned, const QJsonObject& inputs) const override
    {
        const Action& a = planned.action;
        QList<NodeTarget> nodes;
        if (a.everyNode)
            nodes = everyNode(context);
        else
            nodes.append(targetFrom(context, inputs));
        SqlOptions options;
        options.database = a.database;
        QJsonObject outputs;
        QStringList summary;
        for (const NodeTarget& node : nodes) {
            if (node.index < 0)
                return Outcome::failed(ExecTr::tr("the target node recorded at the start is not in the profile"));
            const auto result = runSql(context, node, a.sql, {}, options);
            if (!result)
                return Outcome::failed(result.error().toString(), outputs);
            outputs[node.name] = QJsonObject{{QStringLiteral("command"), result->commandTag},
                                             {QStringLiteral("rows"), rowsJson(result.value())},
                                             {QStringLiteral("rows_affected"), result->rowsAffected}};
            summary.append(QStringLiteral("%1: %2").arg(node.name, result->commandTag));
        }
        return Outcome::done(summary.join(QLatin1String("; ")), outputs);
    }
};

// --- read_only --------------------------------------------------------------------------------
QString showReadOnly(const ExecContext& context, const NodeTarget& node, QString* error)
{
    const auto answer = runSql(context, node, QStringLiteral("SHOW default_transaction_read_only"), {}, {});
    if (!answer || answer->rows.isEmpty()) {
        if (error)
            *error = answer ? ExecTr::tr("no answer") : answer.error().toString();
        return {};
    }
    return answer->value(0, 0).toString();
}

class ReadOnlyExecutor final : public Executor
{
public:
    static QJsonObject body(bool on)
    {
        return QJsonObject{{QStringLiteral("postgresql"),
                            QJsonObject{{QStringLiteral("parameters"),
                                         QJsonObject{{QStringLiteral("default_transaction_read_only"),
                                                      on ? QJsonValue(QStringLiteral("on")) : QJsonValue(QJsonValue::Null)}}}}}};
    }

    Result<QJsonObject> resolve(const ExecContext& context, const PlannedAction& planned) const override
    {
        if (context.profile.patroniUrls.isEmpty())
            return makeError(ErrorKind::InvalidInput,
                             ExecTr::tr("read-only through Patroni needs the profile's Patroni URLs"), context.profile.name,
                             ExecTr::tr("ALTER SYSTEM reaches one node and does not survive a failover; use a sql step "
                                        "on every node only if the cluster has no Patroni."));
        QStringList nodes;
        for (const NodeTarget& node : everyNode(context))
            nodes.append(node.describe());
        return QJsonObject{
            {QStringLiteral("request"), QStringLiteral("PATCH %1/config").arg(context.profile.patroniUrls.first())},
            {QStringLiteral("body"), body(planned.action.on)},
            {QStringLiteral("verify"), QStringLiteral("SHOW default_transaction_read_only = %1 on %2")
                                           .arg(planned.action.on ? QStringLiteral("on") : QStringLiteral("off"),
                                                nodes.join(QLatin1String(", ")))}};
    }

    Outcome run(const ExecContext& context, const PlannedAction& planned, const QJsonObject&) const override
    {
        const bool on = planned.action.on;
        QString patched;
        QStringList problems;
        for (int i = 0; i < context.profile.patroniUrls.size() && patched.isEmpty(); ++i) {
            const auto answer = await(PatroniClient(profile::patroniEndpoint(context.profile, i, context.password(QStringLiteral("patroni"))))
                                          .patchConfig(body(on)));
            if (answer)
                patched = context.profile.patroniUrls.at(i);
            else
                problems.append(answer.error().toString());
        }
        if (patched.isEmpty())
            return Outcome::failed(ExecTr::tr("no Patroni member accepted the change: %1").arg(problems.join(QLatin1String("; "))));
        // Every member must say so before the step counts as done.
        const QString expected = on ? QStringLiteral("on") : QStringLiteral("off");
        QJsonObject nodes;
        QElapsedTimer waited;
        waited.start();
        for (;;) {
            bool all = true;
            for (const NodeTarget& node : everyNode(context)) {
                QString error;
                const QString value = showReadOnly(context, node, &error);
                nodes[node.name] = value.isEmpty() ? ExecTr::tr("no answer: %1").arg(error) : value;
                all = all && value == expected;
            }
            if (all)
                return Outcome::done(ExecTr::tr("default_transaction_read_only is %1 on every member (through %2, %3 ms)")
                                         .arg(expected, patched)
                                         .arg(waited.elapsed()),
                                     QJsonObject{{QStringLiteral("nodes"), nodes}, {QStringLiteral("patroni"), patched}});
            if (waited.elapsed() > 30000 || context.aborted())
                return Outcome::failed(ExecTr::tr("Patroni took the change, but after 30 s not every member says "
                                                  "default_transaction_read_only = %1")
                                           .arg(expected),
                                       QJsonObject{{QStringLiteral("nodes"), nodes}});
            pauseFor(500ms);
        }
    }

    Probe probe(const ExecContext& context, const PlannedAction& planned, const QJsonObject&) const override
    {
        const QString expected = planned.action.on ? QStringLiteral("on") : QStringLiteral("off");
        QStringList parts;
        bool all = true;
        bool known = true;
        for (const NodeTarget& node : everyNode(context)) {
            QString error;
            const QString value = showReadOnly(context, node, &error);
            if (value.isEmpty())
                known = false;
            all = all && value == expected;
            parts.append(QStringLiteral("%1: %2").arg(node.name, value.isEmpty() ? ExecTr::tr("unknown") : value));
        }
        Probe p;
        p.summary = ExecTr::tr("default_transaction_read_only now: %1").arg(parts.join(QLatin1String(", ")));
        if (all)
            p.looksDone = true;
        else if (known)
            p.looksDone = false;
        return p;
    }
};

// --- terminate_backends -----------------------------------------------------------------------
const char* kTerminateSql =
    "SELECT count(*) FILTER (WHERE pg_terminate_backend(a.pid)) AS ended, count(*) AS asked "
    "FROM pg_stat_activity a LEFT JOIN pg_roles r ON r.rolname = a.usename "
    "WHERE a.datname = $1 AND a.pid <> pg_backend_pid() AND a.backend_type = 'client backend' "
    "AND coalesce(a.application_name, '') NOT LIKE 'rollout-cockpit%' "
    "AND NOT coalesce(r.rolsuper, false) AND NOT coalesce(r.rolreplication, false) "
    "AND a.usename IS DISTINCT FROM $2";

class TerminateExecutor final : public Executor
{
public:
    Result<QJsonObject> resolve(const ExecContext& context, const PlannedAction& planned) const override
    {
        const auto leader = findLeader(context);
        if (!leader)
            return leader.error();
        return withTarget(QJsonObject{{QStringLiteral("sql"), QString::fromLatin1(kTerminateSql)},
                                      {QStringLiteral("parameters"),
                                       QJsonArray{planned.action.database, context.profile.checkUser()}},
                                      {QStringLiteral("spares"),
                                       ExecTr::tr("the cockpit's own sessions, superusers, replication roles and %1")
                                           .arg(context.profile.checkUser())}},
                          leader.value());
    }

    Outcome run(const ExecContext& context, const PlannedAction& planned, const QJsonObject& inputs) const override
    {
        const NodeTarget node = targetFrom(context, inputs);
        const auto result = runSql(context, node, QString::fromLatin1(kTerminateSql),
                                   {planned.action.database, context.profile.checkUser()}, {});
        if (!result)
            return Outcome::failed(result.error().toString());
        const qint64 ended = result->value(0, 0).toLongLong();
        const qint64 asked = result->value(0, 1).toLongLong();
        const QJsonObject outputs{{QStringLiteral("ended"), ended}, {QStringLiteral("asked"), asked}};
        if (ended < asked)
            return Outcome::failed(ExecTr::tr("%1 of %2 sessions on %3 were ended; the others were not (no privilege to "
                                              "signal them: grant pg_signal_backend)")
                                       .arg(ended)
                                       .arg(asked)
                                       .arg(planned.action.database),
                                   outputs);
        return Outcome::done(ExecTr::tr("%n session(s) ended on %1", nullptr, static_cast<int>(ended)).arg(node.describe()), outputs);
    }
};

// --- docker_service_scale ---------------------------------------------------------------------
// The service with its task counts (only the list carries them: ?status=true).
Result<DockerService> serviceWithStatus(const DockerClient& docker, const QString& name)
{
    const auto services = await(docker.services());
    if (!services)
        return services.error();
    for (const DockerService& s : services.value()) {
        if (s.name == name || s.id == name)
            return s;
    }
    return makeError(ErrorKind::NotFound, ExecTr::tr("no service %1").arg(name));
}

class ScaleExecutor final : public Executor
{
public:
    Result<QJsonObject> resolve(const ExecContext& context, const PlannedAction& planned) const override
    {
        const auto endpoint = profile::dockerEndpoint(context.profile);
        if (!endpoint)
            return endpoint.error();
        const auto service = await(DockerClient(endpoint.value()).service(planned.action.service));
        if (!service)
            return service.error();
        return QJsonObject{
            {QStringLiteral("endpoint"), endpoint->describe()},
            {QStringLiteral("service"), service->name},
            {QStringLiteral("service_id"), service->id},
            {QStringLiteral("version_before"), static_cast<qint64>(service->version)},
            {QStringLiteral("replicas_before"), service->replicas.value_or(-1)},
            {QStringLiteral("request"),
             QStringLiteral("POST /services/%1/update?version=%2 with Mode.Replicated.Replicas = %3%4")
                 .arg(service->id)
                 .arg(service->version)
                 .arg(planned.action.replicas)
                 .arg(planned.action.force ? QStringLiteral(", ForceUpdate + 1") : QString())},
            {QStringLiteral("note"), ExecTr::tr("the guide's --mode replicated does not exist on docker service update; "
                                                "the service is scaled, which is what the guide means")}};
    }

    Outcome run(const ExecContext& context, const PlannedAction& planned, const QJsonObject&) const override
    {
        const Action& a = planned.action;
        const auto endpoint = profile::dockerEndpoint(context.profile);
        if (!endpoint)
            return Outcome::failed(endpoint.error());
        DockerClient docker(endpoint.value());
        const auto scaled = await(docker.scale(a.service, a.replicas, a.force));
        if (!scaled)
            return Outcome::failed(scaled.error());
        if (!a.wait)
            return Outcome::done(ExecTr::tr("%1 set to %2 replicas (not waited for)").arg(a.service).arg(a.replicas));
        const auto converged = await(docker.waitForConvergence(a.service, a.replicas, orDefault(a.timeout, 120s)));
        if (!converged)
            return Outcome::failed(converged.error());
        // Read back what the engine says now, not what the wait remembered.
        const auto now = serviceWithStatus(docker, a.service);
        if (!now)
            return Outcome::failed(now.error());
        if (now->runningTasks.value_or(-1) != a.replicas)
            return Outcome::failed(ExecTr::tr("%1 converged, then %2 tasks ran instead of %3").arg(a.service).arg(now->runningTasks.value_or(-1)).arg(a.replicas));
        return Outcome::done(ExecTr::tr("%1: %2 of %3 tasks running (service version %4)")
                                 .arg(a.service)
                                 .arg(now->runningTasks.value_or(-1))
                                 .arg(a.replicas)
                                 .arg(now->version),
                             QJsonObject{{QStringLiteral("running"), now->runningTasks.value_or(-1)},
                                         {QStringLiteral("version"), static_cast<qint64>(now->version)}});
    }

    Probe probe(const ExecContext& context, const PlannedAction& planned, const QJsonObject&) const override
    {
        Probe p;
        const auto endpoint = profile::dockerEndpoint(context.profile);
        if (!endpoint) {
            p.summary = endpoint.error().toString();
            return p;
        }
        const auto service = serviceWithStatus(DockerClient(endpoint.value()), planned.action.service);
        if (!service) {
            p.summary = ExecTr::tr("Docker did not answer: %1").arg(service.error().toString());
            return p;
        }
        p.summary = ExecTr::tr("%1: %2 replicas wanted, %3 running (service version %4)")
                        .arg(service->name)
                        .arg(service->replicas.value_or(-1))
                        .arg(service->runningTasks.value_or(-1))
                        .arg(service->version);
        p.looksDone = service->replicas.value_or(-1) == planned.action.replicas
                      && service->runningTasks.value_or(-1) == planned.action.replicas;
        return p;
    }
};

// --- stack_deploy, stack_remove ---------------------------------------------------------------
QString stackOf(const ExecContext& context, const Action& a)
{
    return a.stack.isEmpty() ? context.profile.deployStack : a.stack;
}

class StackExecutor final : public Executor
{
public:
    explicit StackExecutor(bool deploy) : m_deploy(deploy) { }

    Result<QJsonObject> resolve(const ExecContext& context, const PlannedAction& planned) const override
    {
        const Action& a = planned.action;
        const QString stack = stackOf(context, a);
        if (stack.isEmpty())
            return makeError(ErrorKind::InvalidInput, ExecTr::tr("no stack named: neither the step nor the profile's deploy.stack"),
                             planned.path);
        auto host = dockerHostArguments(context);
        if (!host)
            return host.error();
        QStringList args = host.value();
        if (m_deploy) {
            QString compose = a.composeFile;
            if (compose.isEmpty())
                return makeError(ErrorKind::InvalidInput, ExecTr::tr("the step names no compose file"), planned.path);
            if (QFileInfo(compose).isRelative()) {
                if (context.profile.deployDirectory.isEmpty())
                    return makeError(ErrorKind::InvalidInput,
                                     ExecTr::tr("the compose file %1 is relative and the profile names no deploy.directory").arg(compose),
                                     context.profile.name);
                compose = QDir(context.profile.deployDirectory).filePath(compose);
            }
            if (!QFileInfo::exists(compose))
                return makeError(ErrorKind::NotFound, ExecTr::tr("the compose file does not exist"), compose);
            args << QStringLiteral("stack") << QStringLiteral("deploy") << QStringLiteral("--resolve-image")
                 << QStringLiteral("never") << QStringLiteral("--compose-file") << compose << stack;
        } else {
            args << QStringLiteral("stack") << QStringLiteral("rm") << stack;
        }
        return QJsonObject{{QStringLiteral("program"), QStringLiteral("docker")},
                           {QStringLiteral("arguments"), QJsonArray::fromStringList(args)},
                           {QStringLiteral("stack"), stack}};
    }

    Outcome run(const ExecContext& context, const PlannedAction& planned, const QJsonObject& inputs) const override
    {
        QStringList args;
        for (const QJsonValue& v : inputs.value(QStringLiteral("arguments")).toArray())
            args.append(v.toString());
        const ProgramRun run = runProgram(context, QStringLiteral("docker"), args, {}, orDefault(planned.action.timeout, 300s));
        if (!run.startError.isEmpty() || run.timedOut || run.aborted || run.crashed || run.exitCode != 0)
            return Outcome::failed(programFailure(QStringLiteral("docker"), run));
        const QString stack = inputs.value(QStringLiteral("stack")).toString();
        if (!m_deploy) {
            // docker stack rm returns before the services are gone: wait for them.
            for (int i = 0; i < 60; ++i) {
                const Probe p = probe(context, planned, inputs);
                if (p.looksDone.value_or(false))
                    return Outcome::done(ExecTr::tr("stack %1 removed").arg(stack));
                pauseFor(500ms);
            }
            return Outcome::failed(ExecTr::tr("docker stack rm %1 returned, but its services were still there after 30 s").arg(stack));
        }
        const Probe p = probe(context, planned, inputs);
        if (!p.looksDone.value_or(false))
            return Outcome::failed(ExecTr::tr("docker stack deploy returned, but: %1").arg(p.summary));
        return Outcome::done(p.summary, QJsonObject{{QStringLiteral("output"), QJsonArray::fromStringList(run.tail)}});
    }

    Probe probe(const ExecContext& context, const PlannedAction& planned, const QJsonObject&) const override
    {
        Probe p;
        const QString stack = stackOf(context, planned.action);
        const auto endpoint = profile::dockerEndpoint(context.profile);
        if (!endpoint) {
            p.summary = endpoint.error().toString();
            return p;
        }
        const auto services = await(DockerClient(endpoint.value()).services());
        if (!services) {
            p.summary = ExecTr::tr("Docker did not answer: %1").arg(services.error().toString());
            return p;
        }
        QStringList names;
        for (const DockerService& s : services.value()) {
            if (s.name.startsWith(stack + QLatin1Char('_')))
                names.append(s.name);
        }
        if (m_deploy) {
            p.summary = names.isEmpty() ? ExecTr::tr("stack %1 has no service").arg(stack)
                                        : ExecTr::tr("stack %1 runs %2").arg(stack, names.join(QLatin1String(", ")));
            p.looksDone = !names.isEmpty();
        } else {
            p.summary = names.isEmpty() ? ExecTr::tr("stack %1 has no service left").arg(stack)
                                        : ExecTr::tr("stack %1 still has %2").arg(stack, names.join(QLatin1String(", ")));
            p.looksDone = names.isEmpty();
        }
        return p;
    }

private:
    bool m_deploy;
};

// --- snapshot, verify_snapshot, restore_test --------------------------------------------------
QJsonObject readManifest(const QString& dir, QString* error)
{
    QFile file(QDir(dir).filePath(QString::fromLatin1(kCockpitManifest)));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ExecTr::tr("%1 has no %2: it is not a complete snapshot").arg(dir, QString::fromLatin1(kCockpitManifest));
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

class SnapshotExecutor final : public Executor
{
public:
    Result<QJsonObject> resolve(const ExecContext& context, const PlannedAction& planned) const override
    {
        const auto dir = snapshotDirectory(context, planned.action.label);
        if (!dir)
            return dir.error();
        if (context.profile.backupUser.isEmpty())
            return makeError(ErrorKind::InvalidInput, ExecTr::tr("the profile names no backup.user (a role with REPLICATION)"),
                             context.profile.name);
        const auto leader = findLeader(context);
        if (!leader)
            return leader.error();
        const QStringList args = arguments(context, leader.value(), dir.value() + QStringLiteral(".partial"), planned.action.label);
        return withTarget(QJsonObject{{QStringLiteral("directory"), dir.value()},
                                      {QStringLiteral("program"), postgresProgram(QStringLiteral("pg_basebackup"))},
                                      {QStringLiteral("arguments"), QJsonArray::fromStringList(args)},
                                      {QStringLiteral("password"), ExecTr::tr("from the keychain, through a PGPASSFILE of its own")}},
                          leader.value());
    }

    static QStringList arguments(const ExecContext& context, const NodeTarget& node, const QString& into, const QString& label)
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
        return {QStringLiteral("--dbname=") + conninfo, QStringLiteral("--pgdata=") + into, QStringLiteral("--wal-method=stream"),
                QStringLiteral("--checkpoint=fast"), QStringLiteral("--label=rollout-cockpit ") + label,
                QStringLiteral("--manifest-checksums=SHA256"), QStringLiteral("--progress"), QStringLiteral("--no-password")};
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
            return Outcome::failed(ExecTr::tr("cannot create the backup directory %1").arg(context.profile.backupDirectory));
        if (QFileInfo::exists(partial))
            QDir(partial).removeRecursively(); // an earlier attempt that never finished: nothing of it counts

        // Space first: the databases' size and a margin for the WAL streamed meanwhile.
        const auto size = runSql(context, node, QStringLiteral("SELECT sum(pg_database_size(oid))::bigint FROM pg_database"));
        if (!size)
            return Outcome::failed(size.error());
        const qint64 needed = size->value(0, 0).toLongLong() + size->value(0, 0).toLongLong() / 10 + 64LL * 1024 * 1024;
        QStorageInfo storage(context.profile.backupDirectory);
        storage.refresh();
        if (storage.isValid() && storage.bytesAvailable() < needed)
            return Outcome::failed(ExecTr::tr("not enough space in %1: %2 MB free, the snapshot needs about %3 MB; "
                                              "nothing was written")
                                       .arg(context.profile.backupDirectory)
                                       .arg(storage.bytesAvailable() / (1024 * 1024))
                                       .arg(needed / (1024 * 1024)),
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
        if (!passFile.open(QIODevice::WriteOnly) || !passFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Outcome::failed(ExecTr::tr("cannot write the password file"));
        passFile.write(QStringLiteral("%1:%2:*:%3:%4\n")
                           .arg(pgpassEscape(node.host))
                           .arg(node.port)
                           .arg(pgpassEscape(context.profile.backupUser), pgpassEscape(context.password(QStringLiteral("backup"))))
                           .toUtf8());
        passFile.close();

        QStringList args;
        for (const QJsonValue& v : inputs.value(QStringLiteral("arguments")).toArray())
            args.append(v.toString());
        static const QRegularExpression percent(QStringLiteral("\\((\\d+)%\\)"));
        const ProgramRun run = runProgram(context, inputs.value(QStringLiteral("program")).toString(), args,
                                          {QStringLiteral("PGPASSFILE=") + passFile.fileName()},
                                          orDefault(planned.action.timeout, std::chrono::hours(6)), [&](const QString& line) {
                                              const auto m = percent.match(line);
                                              if (m.hasMatch() && context.progress)
                                                  context.progress(m.captured(1).toInt());
                                          });
        if (!run.startError.isEmpty() || run.timedOut || run.aborted || run.crashed || run.exitCode != 0) {
            QDir(partial).removeRecursively();
            return Outcome::failed(programFailure(QStringLiteral("pg_basebackup"), run) + ExecTr::tr("; the partial copy was removed"));
        }
        const auto after = countRows(context, node, database);
        if (!after) {
            QDir(partial).removeRecursively();
            return Outcome::failed(ExecTr::tr("the row counts after the snapshot: %1; the copy was removed").arg(after.error().toString()));
        }
        QJsonObject counts;
        for (auto it = before->begin(); it != before->end(); ++it)
            counts[it.key()] = QJsonObject{{QStringLiteral("start"), it.value()}, {QStringLiteral("end"), after->value(it.key())}};
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
            return Outcome::failed(ExecTr::tr("cannot write the snapshot's manifest (disk full?); the copy was removed"));
        }
        // The snapshot exists only once it is whole: one rename.
        if (!QDir().rename(partial, dir)) {
            QDir(partial).removeRecursively();
            return Outcome::failed(ExecTr::tr("cannot rename %1 to %2; the copy was removed").arg(partial, dir));
        }
        ::sync();
        return Outcome::done(ExecTr::tr("snapshot %1 at %2 (%3 MB), row counts recorded")
                                 .arg(planned.action.label, dir)
                                 .arg(manifest.value(QStringLiteral("bytes")).toInteger() / (1024 * 1024)),
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
            p.summary = ExecTr::tr("only a partial copy exists (%1.partial): the snapshot did not finish").arg(dir.value());
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
                           {QStringLiteral("arguments"), QJsonArray{QJsonValue(QStringLiteral("--ignore=") + QString::fromLatin1(kCockpitManifest)), QJsonValue(dir.value())}},
                           {QStringLiteral("directory"), dir.value()}};
    }

    Outcome run(const ExecContext& context, const PlannedAction&, const QJsonObject& inputs) const override
    {
        const QString dir = inputs.value(QStringLiteral("directory")).toString();
        QString error;
        if (readManifest(dir, &error).isEmpty())
            return Outcome::failed(error);
        const QString program = inputs.value(QStringLiteral("program")).toString();
        const ProgramRun run = runProgram(context, program, {QStringLiteral("--ignore=") + QString::fromLatin1(kCockpitManifest), dir},
                                          {}, std::chrono::hours(2));
        if (!run.startError.isEmpty() || run.timedOut || run.aborted || run.crashed || run.exitCode != 0)
            return Outcome::failed(programFailure(QStringLiteral("pg_verifybackup"), run));
        return Outcome::done(run.tail.value(run.tail.size() - 1, ExecTr::tr("backup successfully verified")),
                             QJsonObject{{QStringLiteral("output"), QJsonArray::fromStringList(run.tail)}});
    }
};

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
    QDirIterator it(from, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
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

class RestoreTestExecutor final : public Executor
{
public:
    Result<QJsonObject> resolve(const ExecContext& context, const PlannedAction& planned) const override
    {
        const auto dir = snapshotDirectory(context, planned.action.label);
        if (!dir)
            return dir.error();
        return QJsonObject{
            {QStringLiteral("snapshot"), dir.value()},
            {QStringLiteral("server"), postgresProgram(QStringLiteral("pg_ctl"))},
            {QStringLiteral("plan"), ExecTr::tr("copy the snapshot, start it on a free port of 127.0.0.1 (trust for "
                                                "127.0.0.1 only), count the application tables, stop it, remove the copy")}};
    }

    Outcome run(const ExecContext& context, const PlannedAction&, const QJsonObject& inputs) const override
    {
        const QString snapshot = inputs.value(QStringLiteral("snapshot")).toString();
        QString error;
        const QJsonObject manifest = readManifest(snapshot, &error);
        if (manifest.isEmpty())
            return Outcome::failed(error);
        // In the system's temporary folder: the backup folder is private to this user, and the
        // throwaway server may run as another (postgres, when this is root).
        const QString work = QDir(QDir::tempPath())
                                 .filePath(QStringLiteral("rollout-cockpit-restore-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12)));
        const qint64 needed = directorySize(snapshot);
        QStorageInfo storage(QDir::tempPath());
        if (storage.isValid() && storage.bytesAvailable() < needed + 64LL * 1024 * 1024)
            return Outcome::failed(ExecTr::tr("not enough space in %1 for the restore test: %2 MB free, %3 MB needed")
                                       .arg(QDir::tempPath())
                                       .arg(storage.bytesAvailable() / (1024 * 1024))
                                       .arg(needed / (1024 * 1024)));
        bool serverStarted = false;
        std::function<void()> stopServer;
        const auto cleanup = qScopeGuard([&] {
            if (serverStarted && stopServer)
                stopServer();
            QDir(work).removeRecursively();
        });
        if (context.output)
            context.output(ExecTr::tr("copying %1 to %2").arg(snapshot, work));
        const QString data = QDir(work).filePath(QStringLiteral("data"));
        if (!copyTree(snapshot, data))
            return Outcome::failed(ExecTr::tr("cannot copy the snapshot to %1 (disk full?)").arg(work));
        QFile::remove(QDir(data).filePath(QStringLiteral("standby.signal")));
        QFile::remove(QDir(data).filePath(QStringLiteral("recovery.signal")));
        QFile hba(QDir(work).filePath(QStringLiteral("restore-hba.conf")));
        if (!hba.open(QIODevice::WriteOnly))
            return Outcome::failed(ExecTr::tr("cannot write %1").arg(hba.fileName()));
        hba.write("local all all trust\nhost all all 127.0.0.1/32 trust\n");
        hba.close();
        const int port = freeLoopbackPort();
        if (port == 0)
            return Outcome::failed(ExecTr::tr("no free port on 127.0.0.1"));

        // PostgreSQL refuses to run as root: as root, the copy goes to the postgres user.
        const bool root = ::geteuid() == 0;
        QStringList prefix;
        if (root) {
            const ProgramRun chown = runProgram(context, QStringLiteral("chown"),
                                                {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), work}, {}, 60s);
            if (chown.exitCode != 0)
                return Outcome::failed(programFailure(QStringLiteral("chown"), chown));
            prefix = {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")};
        }
        const QString pgCtl = inputs.value(QStringLiteral("server")).toString();
        const QString options = QStringLiteral("-p %1 -c listen_addresses=127.0.0.1 -c unix_socket_directories=%2 "
                                               "-c hba_file=%3 -c ident_file=%3 -c ssl=off -c archive_mode=off "
                                               "-c logging_collector=off -c cluster_name=rollout-cockpit-restore-test "
                                               "-c max_connections=20 -c shared_buffers=32MB")
                                    .arg(port)
                                    .arg(work, hba.fileName());
        const auto pgCtlRun = [&context, root, prefix, pgCtl](const QStringList& args, std::chrono::milliseconds timeout) {
            if (root)
                return runProgram(context, QStringLiteral("runuser"), prefix + QStringList{pgCtl} + args, {}, timeout);
            return runProgram(context, pgCtl, args, {}, timeout);
        };
        const ProgramRun started = pgCtlRun({QStringLiteral("-D"), data, QStringLiteral("-l"), QDir(work).filePath(QStringLiteral("server.log")),
                                             QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("120"), QStringLiteral("-o"), options,
                                             QStringLiteral("start")},
                                            150s);
        serverStarted = true; // pg_ctl may have started it even when it answered an error
        stopServer = [pgCtlRun, data] {
            pgCtlRun({QStringLiteral("-D"), data, QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
                      QStringLiteral("stop")},
                     60s);
        };
        if (started.exitCode != 0) {
            QFile log(QDir(work).filePath(QStringLiteral("server.log")));
            QStringList lines;
            if (log.open(QIODevice::ReadOnly))
                lines = QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            return Outcome::failed(programFailure(QStringLiteral("pg_ctl start"), started) + QStringLiteral(": ")
                                   + lines.mid(std::max<qsizetype>(0, lines.size() - 3)).join(QLatin1String(" / ")));
        }
        // Count on the throwaway server.
        ExecContext restored = context;
        restored.profile.pgNodes = {{QStringLiteral("restore-test"), QStringLiteral("127.0.0.1"), port}};
        restored.profile.pgSslMode = QStringLiteral("disable");
        restored.profile.pgTls = {};
        restored.credentials.insert(QStringLiteral("postgres"), QString());
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
            compared[it.key()] = QJsonObject{{QStringLiteral("restored"), found}, {QStringLiteral("start"), start}, {QStringLiteral("end"), end}};
            if (found < std::min(start, end) || found > std::max(start, end))
                problems.append(ExecTr::tr("%1: %2 rows restored, %3 to %4 recorded while the snapshot was taken")
                                    .arg(it.key())
                                    .arg(found)
                                    .arg(start)
                                    .arg(end));
        }
        if (!problems.isEmpty())
            return Outcome::failed(problems.join(QLatin1String("; ")), QJsonObject{{QStringLiteral("tables"), compared}});
        return Outcome::done(ExecTr::tr("restored on 127.0.0.1:%1; %n table(s) hold the recorded row counts; stopped and removed",
                                        nullptr, static_cast<int>(recorded.size()))
                                 .arg(port),
                             QJsonObject{{QStringLiteral("tables"), compared}, {QStringLiteral("port"), port}});
    }
};

// --- readiness_gate, approvals_gate -----------------------------------------------------------
class ReadinessGateExecutor final : public Executor
{
public:
    Result<QJsonObject> resolve(const ExecContext&, const PlannedAction& planned) const override
    {
        return QJsonObject{{QStringLiteral("items"), planned.action.items.isEmpty()
                                                         ? QJsonValue(QStringLiteral("every automated item"))
                                                         : QJsonValue(QJsonArray::fromStringList(planned.action.items))},
                           {QStringLiteral("rule"), ExecTr::tr("every automated item checked must pass (or be marked not "
                                                               "applicable with a reason)")}};
    }

    Outcome run(const ExecContext& context, const PlannedAction& planned, const QJsonObject&) const override
    {
        SessionSecretStore secrets;
        for (auto it = context.credentials.begin(); it != context.credentials.end(); ++it)
            (void)awaitValue(secrets.write(secretKey(context.profile.name, it.key()), it.value()));
        ReadinessRunner runner(context.runbook, context.profile, secrets);
        const ReadinessReport report = awaitValue(runner.run(planned.action.items));
        QHash<QString, ItemState> states;
        context.withStore([&](Store& store) {
            if (const auto recorded = store.checklistStates(context.rolloutId); recorded) {
                for (const ItemState& s : recorded.value())
                    states.insert(s.itemId, s);
            }
            (void)store.recordCheckResults(context.rolloutId, context.profile.name, report.items);
        });
        const ReadinessVerdict verdict = judgeReadiness(context.runbook, report, states);
        QJsonObject outputs{{QStringLiteral("automated"), verdict.automated},
                            {QStringLiteral("passed"), verdict.passed},
                            {QStringLiteral("reasons"), QJsonArray::fromStringList(verdict.reasons)},
                            {QStringLiteral("waived"), QJsonArray::fromStringList(verdict.waived)}};
        if (verdict.automated == 0)
            return Outcome::blocked(ExecTr::tr("none of the gate's items is checked automatically, so nothing passed"), outputs);
        if (verdict.open)
            return Outcome::done(ExecTr::tr("readiness gate open: %1 of %2 automated items pass%3")
                                     .arg(verdict.passed)
                                     .arg(verdict.automated)
                                     .arg(verdict.waived.isEmpty() ? QString() : ExecTr::tr(", %n accepted as not applicable", nullptr, static_cast<int>(verdict.waived.size()))),
                                 outputs);
        const QString reason = context.gateOverrides.value(QStringLiteral("readiness"));
        if (!reason.isEmpty()) {
            outputs[QStringLiteral("overridden")] = reason;
            return Outcome::done(ExecTr::tr("readiness gate OVERRIDDEN (%1 failing items bypassed): %2").arg(verdict.reasons.size()).arg(reason),
                                 outputs);
        }
        return Outcome::blocked(ExecTr::tr("%1 — %n item(s) do not pass: %2", nullptr, static_cast<int>(verdict.reasons.size()))
                                    .arg(planned.action.message, verdict.reasons.mid(0, 5).join(QLatin1String("; "))),
                                outputs);
    }
};

class ApprovalsGateExecutor final : public Executor
{
public:
    Result<QJsonObject> resolve(const ExecContext&, const PlannedAction&) const override
    {
        return QJsonObject{{QStringLiteral("rule"), ExecTr::tr("all five roles approved, none rejected, inside the "
                                                               "maintenance window, the ledger intact")}};
    }

    Outcome run(const ExecContext& context, const PlannedAction& planned, const QJsonObject&) const override
    {
        std::optional<approvals::GateVerdict> verdict;
        Error failure;
        context.withStore([&](Store& store) {
            const auto records = store.approvalRecords(context.rolloutId);
            const auto chain = store.verifyLedger();
            if (!records) {
                failure = records.error();
                return;
            }
            if (!chain) {
                failure = chain.error();
                return;
            }
            const approvals::ApprovalState state = approvals::readApprovals(context.runbook.approvals, records.value());
            verdict = approvals::judgeGate(state, context.clock->nowUtc(), chain.value());
        });
        if (!verdict)
            return Outcome::failed(ExecTr::tr("the approvals could not be read: %1").arg(failure.toString()));
        QJsonObject outputs{{QStringLiteral("reasons"), QJsonArray::fromStringList(verdict->reasons)},
                            {QStringLiteral("overridden_by_approvals"), verdict->overridden}};
        if (verdict->open)
            return Outcome::done(verdict->summary(), outputs);
        const QString reason = context.gateOverrides.value(QStringLiteral("approvals"));
        if (!reason.isEmpty()) {
            outputs[QStringLiteral("overridden")] = reason;
            return Outcome::done(ExecTr::tr("approval gate OVERRIDDEN: %1").arg(reason), outputs);
        }
        return Outcome::blocked(QStringLiteral("%1 — %2").arg(planned.action.message, verdict->reasons.join(QLatin1String("; "))), outputs);
    }
};

// --- baseline, row_count, write_probe ---------------------------------------------------------
double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const qsizetype rank = std::clamp<qsizetype>(static_cast<qsizetype>(std::ceil(p * double(values.size()))) - 1, 0, values.size() - 1);
    return values[rank];
}

class BaselineExecutor final : public Executor
{
public:
    Result<QJsonObject> resolve(const ExecContext& context, const PlannedAction& planned) const override
    {
        const auto leader = findLeader(context);
        if (!leader)
            return leader.error();
        return withTarget(QJsonObject{{QStringLiteral("queries"), QJsonArray::fromStringList(planned.action.arguments)},
                                      {QStringLiteral("runs"), planned.action.runs},
                                      {QStringLiteral("session"), QStringLiteral("read-only")}},
                          leader.value());
    }

    Outcome run(const ExecContext& context, const PlannedAction& planned, const QJsonObject& inputs) const override
    {
        const Action& a = planned.action;
        PgConnectOptions connect = profile::postgresOptions(context.profile, context.password(QStringLiteral("postgres")),
                                                            targetFrom(context, inputs).index);
        if (!a.database.isEmpty())
            connect.database = a.database;
        connect.applicationName = QStringLiteral("rollout-cockpit-baseline");
        connect.settings.append({QStringLiteral("default_transaction_read_only"), QStringLiteral("on")});
        PgConnection connection;
        if (const auto opened = await(connection.open(connect)); !opened)
            return Outcome::failed(opened.error());
        QList<QList<double>> perQuery(a.arguments.size());
        QList<double> all;
        for (int run = 0; run < a.runs; ++run) {
            for (int q = 0; q < a.arguments.size(); ++q) {
                const auto result = await(connection.query(a.arguments[q]));
                if (!result)
                    return Outcome::failed(ExecTr::tr("query %1: %2").arg(q + 1).arg(result.error().toString()));
                const double ms = double(result->elapsed.count()) / 1000.0;
                perQuery[q].append(ms);
                all.append(ms);
            }
            if (context.progress)
                context.progress(100 * (run + 1) / a.runs);
            if (context.aborted())
                return Outcome::failed(ExecTr::tr("aborted after %1 runs").arg(run + 1));
        }
        QJsonArray queries;
        for (int q = 0; q < a.arguments.size(); ++q)
            queries.append(QJsonObject{{QStringLiteral("sql"), a.arguments[q]},
                                       {QStringLiteral("p50_ms"), percentile(perQuery[q], 0.50)},
                                       {QStringLiteral("p95_ms"), percentile(perQuery[q], 0.95)},
                                       {QStringLiteral("p99_ms"), percentile(perQuery[q], 0.99)}});
        const QJsonObject outputs{{QStringLiteral("p50_ms"), percentile(all, 0.50)},
                                  {QStringLiteral("p95_ms"), percentile(all, 0.95)},
                                  {QStringLiteral("p99_ms"), percentile(all, 0.99)},
                                  {QStringLiteral("samples"), static_cast<int>(all.size())},
                                  {QStringLiteral("queries"), queries}};
        return Outcome::done(ExecTr::tr("%1 queries timed: p50 %2 ms, p95 %3 ms, p99 %4 ms")
                                 .arg(all.size())
                                 .arg(percentile(all, 0.50), 0, 'f', 2)
                                 .arg(percentile(all, 0.95), 0, 'f', 2)
                                 .arg(percentile(all, 0.99), 0, 'f', 2),
                             outputs);
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
        const auto now = countRows(context, targetFrom(context, inputs), manifest.value(QStringLiteral("database")).toString());
        if (!now)
            return Outcome::failed(now.error());
        const qint64 current = now->value(key).toInteger(-1);
        const QJsonObject outputs{{QStringLiteral("recorded"), recorded}, {QStringLiteral("now"), current}};
        if (current < recorded)
            return Outcome::failed(ExecTr::tr("%1 holds %2 rows, %3 were recorded before the migration: %4 rows are missing")
                                       .arg(key)
                                       .arg(current)
                                       .arg(recorded)
                                       .arg(recorded - current),
                                   outputs);
        return Outcome::done(ExecTr::tr("%1 holds %2 rows (%3 recorded before the migration): none lost").arg(key).arg(current).arg(recorded),
                             outputs);
    }
};

class WriteProbeExecutor final : public Executor
{
public:
    Result<QJsonObject> resolve(const ExecContext& context, const PlannedAction& planned) const override
    {
        const auto leader = findLeader(context);
        if (!leader)
            return leader.error();
        const QString table = planned.action.table;
        return withTarget(QJsonObject{{QStringLiteral("sql"), QStringLiteral("INSERT INTO %1 (key, value) VALUES ($1, $2) RETURNING id").arg(table)},
                                      {QStringLiteral("read_back"), QStringLiteral("SELECT value FROM %1 WHERE id = $1, on the leader and every replica").arg(table)}},
                          leader.value());
    }

    Outcome run(const ExecContext& context, const PlannedAction& planned, const QJsonObject& inputs) const override
    {
        const NodeTarget leader = targetFrom(context, inputs);
        const QString key = QStringLiteral("rollout-cockpit-probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString value = context.clock->nowUtc().toString(Qt::ISODateWithMs);
        const auto inserted = runSql(context, leader, inputs.value(QStringLiteral("sql")).toString(), {key, value});
        if (!inserted)
            return Outcome::failed(ExecTr::tr("the test write was refused: %1").arg(inserted.error().toString()));
        const QString id = inserted->value(0, 0).toString();
        QJsonObject outputs{{QStringLiteral("id"), id}, {QStringLiteral("key"), key}};
        const QString readBack = QStringLiteral("SELECT value FROM %1 WHERE id = $1").arg(planned.action.table);
        QStringList seen;
        for (const NodeTarget& node : everyNode(context)) {
            bool found = false;
            for (int attempt = 0; attempt < 20 && !found; ++attempt) {
                const auto answer = runSql(context, node, readBack, {id});
                found = answer && !answer->rows.isEmpty() && answer->value(0, 0).toString() == value;
                if (!found)
                    pauseFor(500ms);
            }
            if (!found)
                return Outcome::failed(ExecTr::tr("row %1 was written on %2 but %3 did not show it within 10 s")
                                           .arg(id, leader.name, node.name),
                                       outputs);
            seen.append(node.name);
        }
        outputs[QStringLiteral("read_on")] = QJsonArray::fromStringList(seen);
        return Outcome::done(ExecTr::tr("row %1 written on %2 and read back on %3").arg(id, leader.name, seen.join(QLatin1String(", "))),
                             outputs);
    }
};

// --- program ----------------------------------------------------------------------------------
class ProgramExecutor final : public Executor
{
public:
    Result<QJsonObject> resolve(const ExecContext&, const PlannedAction& planned) const override
    {
        return QJsonObject{{QStringLiteral("program"), planned.action.program},
                           {QStringLiteral("arguments"), QJsonArray::fromStringList(planned.action.arguments)},
                           {QStringLiteral("working_directory"), QDir::currentPath()}};
    }

    Outcome run(const ExecContext& context, const PlannedAction& planned, const QJsonObject&) const override
    {
        const Action& a = planned.action;
        const ProgramRun run = runProgram(context, a.program, a.arguments, {}, orDefault(a.timeout, std::chrono::minutes(30)));
        const QJsonObject outputs{{QStringLiteral("exit_code"), run.exitCode}, {QStringLiteral("output"), QJsonArray::fromStringList(run.tail)}};
        if (!run.startError.isEmpty() || run.timedOut || run.aborted || run.crashed || run.exitCode != 0)
            return Outcome::failed(programFailure(a.program, run), outputs);
        return Outcome::done(ExecTr::tr("%1 exited with code 0").arg(a.program), outputs);
    }
};

// --- manual, notify ---------------------------------------------------------------------------
class ManualExecutor final : public Executor
{
public:
    explicit ManualExecutor(bool notify) : m_notify(notify) { }

    Result<QJsonObject> resolve(const ExecContext& context, const PlannedAction& planned) const override
    {
        QJsonObject inputs{{QStringLiteral("confirm"), m_notify ? planned.action.message : planned.action.instruction}};
        if (m_notify) {
            QJsonArray contacts;
            for (const Contact& c : context.runbook.contacts)
                contacts.append(QStringLiteral("%1: %2 (backup %3, %4)").arg(c.title, c.contact, c.backup, c.oncall));
            inputs[QStringLiteral("contacts")] = contacts;
        }
        return inputs;
    }

    Outcome run(const ExecContext& context, const PlannedAction& planned, const QJsonObject&) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(planned)
        // The runner asked the person before it started this action (confirmations are the
        // runner's): reaching here means they confirmed.
        return Outcome::done(m_notify ? ExecTr::tr("confirmed sent") : ExecTr::tr("confirmed done"));
    }

private:
    bool m_notify;
};

} // namespace

// Defined in WatchExecutor.cpp.
const Executor& watchExecutor();

Probe Executor::probe(const ExecContext&, const PlannedAction& action, const QJsonObject&) const
{
    Probe p;
    p.summary = action.action.isIdempotent()
                    ? ExecTr::tr("this action leaves the same state when run again; nothing to probe")
                    : ExecTr::tr("the cockpit cannot see whether this action took effect: check by hand before deciding");
    return p;
}

const Executor& executorFor(Action::Kind kind)
{
    static const SqlExecutor sql;
    static const ReadOnlyExecutor readOnly;
    static const TerminateExecutor terminate;
    static const ScaleExecutor scale;
    static const StackExecutor deploy(true);
    static const StackExecutor remove(false);
    static const SnapshotExecutor snapshot;
    static const VerifySnapshotExecutor verify;
    static const RestoreTestExecutor restore;
    static const ReadinessGateExecutor readiness;
    static const ApprovalsGateExecutor approvalsGate;
    static const BaselineExecutor baseline;
    static const RowCountExecutor rowCount;
    static const WriteProbeExecutor writeProbe;
    static const ProgramExecutor program;
    static const ManualExecutor manual(false);
    static const ManualExecutor notify(true);
    switch (kind) {
    case Action::Kind::Sql: return sql;
    case Action::Kind::ReadOnly: return readOnly;
    case Action::Kind::TerminateBackends: return terminate;
    case Action::Kind::DockerServiceScale: return scale;
    case Action::Kind::StackDeploy: return deploy;
    case Action::Kind::StackRemove: return remove;
    case Action::Kind::Snapshot: return snapshot;
    case Action::Kind::VerifySnapshot: return verify;
    case Action::Kind::RestoreTest: return restore;
    case Action::Kind::ReadinessGate: return readiness;
    case Action::Kind::ApprovalsGate: return approvalsGate;
    case Action::Kind::Baseline: return baseline;
    case Action::Kind::RowCount: return rowCount;
    case Action::Kind::WriteProbe: return writeProbe;
    case Action::Kind::Program: return program;
    case Action::Kind::Manual: return manual;
    case Action::Kind::Notify: return notify;
    case Action::Kind::Watch: return watchExecutor();
    }
    return manual;
}

QString describeInputs(const QJsonObject& inputs)
{
    QStringList lines;
    for (auto it = inputs.begin(); it != inputs.end(); ++it) {
        QString value;
        if (it.value().isString())
            value = it.value().toString();
        else if (it.value().isArray() && std::all_of(it.value().toArray().begin(), it.value().toArray().end(),
                                                     [](const QJsonValue& v) { return v.isString(); })) {
            QStringList parts;
            for (const QJsonValue& v : it.value().toArray())
                parts.append(v.toString());
            value = parts.join(QLatin1Char(' '));
        } else {
            value = QString::fromUtf8(QJsonDocument::fromVariant(it.value().toVariant()).toJson(QJsonDocument::Compact));
            if (value.isEmpty())
                value = it.value().toVariant().toString();
        }
        lines.append(QStringLiteral("%1: %2").arg(it.key(), value));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace cockpit::migration
