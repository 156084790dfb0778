// The actions that change the cluster: SQL, read-only, ending sessions, the Swarm service, the stack.
#include "Blocking.h"
#include "ExecutorSupport.h"
#include "Preflight.h"
#include "connectors/docker/DockerClient.h"
#include "connectors/patroni/PatroniClient.h"
#include "engine/profiles/ProfileClients.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>

namespace cockpit::migration {
namespace {

using namespace std::chrono_literals;

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
        options.lockTimeout = lockTimeoutOf(a);
        QJsonObject outputs;
        QStringList summary;
        for (const NodeTarget& node : nodes) {
            if (node.index < 0)
                return Outcome::failed(ExecTr::tr("the target node recorded at the start is not in the profile"));
            const auto result = runSql(context, node, a.sql, {}, options);
            if (!result && result.error().message.contains(QLatin1String("lock timeout")))
                return Outcome::failed(ExecTr::tr("%1 could not get its lock within %2 (lock_timeout): another "
                                                  "session holds it. The statement was cancelled and changed "
                                                  "nothing; nobody queued behind it. %3")
                                           .arg(node.describe(), formatDuration(Duration(*options.lockTimeout)),
                                                result.error().toString()),
                                       outputs);
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
        return QJsonObject{
            {QStringLiteral("postgresql"),
             QJsonObject{{QStringLiteral("parameters"),
                          QJsonObject{{QStringLiteral("default_transaction_read_only"),
                                       on ? QJsonValue(QStringLiteral("on")) : QJsonValue(QJsonValue::Null)}}}}}};
    }

    Result<QJsonObject> resolve(const ExecContext& context, const PlannedAction& planned) const override
    {
        if (context.profile.patroniUrls.isEmpty())
            return makeError(ErrorKind::InvalidInput,
                             ExecTr::tr("read-only through Patroni needs the profile's Patroni URLs"),
                             context.profile.name,
                             ExecTr::tr("ALTER SYSTEM reaches one node and does not survive a failover; use a sql step "
                                        "on every node only if the cluster has no Patroni."));
        QStringList nodes;
        for (const NodeTarget& node : everyNode(context))
            nodes.append(node.describe());
        return QJsonObject{
            {QStringLiteral("request"), QStringLiteral("PATCH %1/config").arg(context.profile.patroniUrls.first())},
            {QStringLiteral("body"), body(planned.action.on)},
            {QStringLiteral("verify"),
             QStringLiteral("SHOW default_transaction_read_only = %1 on %2")
                 .arg(planned.action.on ? QStringLiteral("on") : QStringLiteral("off"),
                      nodes.join(QLatin1String(", ")))}};
    }

    Outcome run(const ExecContext& context, const PlannedAction& planned, const QJsonObject&) const override
    {
        const bool on = planned.action.on;
        QString patched;
        QStringList problems;
        for (int i = 0; i < context.profile.patroniUrls.size() && patched.isEmpty(); ++i) {
            const auto answer = await(
                PatroniClient(profile::patroniEndpoint(context.profile, i, context.password(QStringLiteral("patroni"))))
                    .patchConfig(body(on)));
            if (answer)
                patched = context.profile.patroniUrls.at(i);
            else
                problems.append(answer.error().toString());
        }
        if (patched.isEmpty())
            return Outcome::failed(
                ExecTr::tr("no Patroni member accepted the change: %1").arg(problems.join(QLatin1String("; "))));
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
                return Outcome::done(
                    ExecTr::tr("default_transaction_read_only is %1 on every member (through %2, %3 ms)")
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
const char* kTerminateSql = "SELECT count(*) FILTER (WHERE pg_terminate_backend(a.pid)) AS ended, count(*) AS asked "
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
            return Outcome::failed(
                ExecTr::tr("%1 of %2 sessions on %3 were ended; the others were not (no privilege to "
                           "signal them: grant pg_signal_backend)")
                    .arg(ended)
                    .arg(asked)
                    .arg(planned.action.database),
                outputs);
        return Outcome::done(
            ExecTr::tr("%n session(s) ended on %1", nullptr, static_cast<int>(ended)).arg(node.describe()), outputs);
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
        return QJsonObject{{QStringLiteral("endpoint"), endpoint->describe()},
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
                           {QStringLiteral("note"),
                            ExecTr::tr("the guide's --mode replicated does not exist on docker service update; "
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
            return Outcome::failed(ExecTr::tr("%1 converged, then %2 tasks ran instead of %3")
                                       .arg(a.service)
                                       .arg(now->runningTasks.value_or(-1))
                                       .arg(a.replicas));
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
            return makeError(ErrorKind::InvalidInput,
                             ExecTr::tr("no stack named: neither the step nor the profile's deploy.stack"),
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
                    return makeError(
                        ErrorKind::InvalidInput,
                        ExecTr::tr("the compose file %1 is relative and the profile names no deploy.directory")
                            .arg(compose),
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
        for (const QJsonValue v : inputs.value(QStringLiteral("arguments")).toArray())
            args.append(v.toString());
        const ProgramRun run
            = runProgram(context, QStringLiteral("docker"), args, {}, orDefault(planned.action.timeout, 300s));
        if (!run.ok())
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
            return Outcome::failed(
                ExecTr::tr("docker stack rm %1 returned, but its services were still there after 30 s").arg(stack));
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
            p.summary = names.isEmpty()
                ? ExecTr::tr("stack %1 has no service left").arg(stack)
                : ExecTr::tr("stack %1 still has %2").arg(stack, names.join(QLatin1String(", ")));
            p.looksDone = names.isEmpty();
        }
        return p;
    }

private:
    bool m_deploy;
};

} // namespace

const Executor& sqlExecutor()
{
    static const SqlExecutor executor;
    return executor;
}

const Executor& readOnlyExecutor()
{
    static const ReadOnlyExecutor executor;
    return executor;
}

const Executor& terminateBackendsExecutor()
{
    static const TerminateExecutor executor;
    return executor;
}

const Executor& serviceScaleExecutor()
{
    static const ScaleExecutor executor;
    return executor;
}

const Executor& stackDeployExecutor()
{
    static const StackExecutor executor(true);
    return executor;
}

const Executor& stackRemoveExecutor()
{
    static const StackExecutor executor(false);
    return executor;
}

} // namespace cockpit::migration
