// `rollout-cockpit migrate` and `rollback` on the lab: the guide's three phases for real, the
// rollback path, a SIGKILL just before and just after every action with the journal deciding
// what happened, a switchover while the cluster is read-only, closed gates, a full disk.
// Each test puts the lab back: writes on, dpg_app at 3, the deployed stack removed, snapshots gone.
#include "Lab.h"
#include "TestSupport.h"
#include "connectors/docker/DockerClient.h"
#include "connectors/patroni/PatroniClient.h"
#include "connectors/postgres/PgConnection.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace cockpit;
using test::Lab;

namespace {

const QString kStack = QStringLiteral("distributed-pg-cluster");

struct Invocation
{
    int exitCode = -1;
    bool killed = false;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

class MigrateLabTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const Lab& lab = Lab::get();
        resetLab();
        // The shipped runbook, its watch judged on what a busy 2-core test machine can hold:
        // CPU stays out (the machine running the tests is the lab's host).
        QFile shipped(QStringLiteral(":/runbooks/production-rollout.json"));
        ASSERT_TRUE(shipped.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(shipped.readAll()).object();
        QJsonObject migration = root[QStringLiteral("migration")].toObject();
        QJsonArray phases = migration[QStringLiteral("phases")].toArray();
        QJsonObject verification = phases[2].toObject();
        QJsonArray steps = verification[QStringLiteral("steps")].toArray();
        QJsonObject watch = steps[3].toObject();
        QJsonArray actions = watch[QStringLiteral("actions")].toArray();
        QJsonObject action = actions[0].toObject();
        QJsonArray criteria;
        for (const QJsonValue& c : action[QStringLiteral("criteria")].toArray()) {
            if (c[QStringLiteral("id")].toString() != QLatin1String("cpu-usage"))
                criteria.append(c);
        }
        action[QStringLiteral("criteria")] = criteria;
        actions[0] = action;
        watch[QStringLiteral("actions")] = actions;
        steps[3] = watch;
        verification[QStringLiteral("steps")] = steps;
        phases[2] = verification;
        migration[QStringLiteral("phases")] = phases;
        root[QStringLiteral("migration")] = migration;
        QFile runbook(m_dir.filePath(QStringLiteral("runbook.json")));
        ASSERT_TRUE(runbook.open(QIODevice::WriteOnly));
        runbook.write(QJsonDocument(root).toJson());
        runbook.close();
        const Invocation imported
            = cockpit({QStringLiteral("profile"), QStringLiteral("import"), lab.dir + QStringLiteral("/profile.json")});
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    }

    void TearDown() override { resetLab(); }

    Invocation cockpit(const QStringList& arguments, const QString& fault = {}, int timeoutMs = 240000)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!fault.isEmpty())
            environment.insert(QStringLiteral("COCKPIT_FAULT_KILL"), fault);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(COCKPIT_BINARY),
                      QStringList{QStringLiteral("--settings"), m_dir.filePath(QStringLiteral("settings.ini")),
                                  QStringLiteral("--store"), m_dir.filePath(QStringLiteral("store.sqlite")),
                                  QStringLiteral("--runbook"), m_dir.filePath(QStringLiteral("runbook.json"))}
                          + arguments);
        Invocation run;
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            run.err = QStringLiteral("timed out");
            return run;
        }
        run.killed = process.exitStatus() == QProcess::CrashExit;
        run.exitCode = run.killed ? -1 : process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }
    Invocation migrate(QStringList arguments, const QString& fault = {})
    {
        return cockpit(QStringList{QStringLiteral("migrate"), QStringLiteral("--profile"), QStringLiteral("lab")}
                           + arguments,
                       fault);
    }
    Invocation rollback(QStringList arguments, const QString& fault = {})
    {
        return cockpit(QStringList{QStringLiteral("rollback"), QStringLiteral("--profile"), QStringLiteral("lab")}
                           + arguments,
                       fault);
    }
    void overrideGates()
    {
        ASSERT_EQ(migrate({QStringLiteral("--override"), QStringLiteral("readiness"), QStringLiteral("--reason"),
                           QStringLiteral("the lab's known gaps (one etcd member, one Swarm node)")})
                      .exitCode,
                  0);
        ASSERT_EQ(migrate({QStringLiteral("--override"), QStringLiteral("approvals"), QStringLiteral("--reason"),
                           QStringLiteral("a rehearsal on the lab")})
                      .exitCode,
                  0);
    }
    QJsonArray statusActions(bool rollbackPath = false)
    {
        const Invocation status = rollbackPath
            ? rollback({QStringLiteral("--status"), QStringLiteral("--format"), QStringLiteral("json")})
            : migrate({QStringLiteral("--status"), QStringLiteral("--format"), QStringLiteral("json")});
        EXPECT_EQ(status.exitCode, 0) << status.err.toStdString();
        return status.json()[QStringLiteral("actions")].toArray();
    }

    // --- the lab, observed and put back ---------------------------------------------------
    static DockerEndpoint docker()
    {
        return DockerEndpoint::parse(QStringLiteral("unix://") + Lab::get().dockerSocket()).value();
    }
    static PatroniEndpoint patroni(int index = 0)
    {
        PatroniEndpoint endpoint;
        endpoint.baseUrl = QUrl(Lab::get().patroniUrls().value(index));
        endpoint.timeout = std::chrono::seconds(10);
        endpoint.user = Lab::get().profile[QStringLiteral("patroni")][QStringLiteral("user")].toString();
        endpoint.password = Lab::get().secret(QStringLiteral("patroni-api"));
        return endpoint;
    }
    static std::optional<DockerService> appService()
    {
        const auto services = test::resultOf(DockerClient(docker()).services());
        if (!services)
            return std::nullopt;
        for (const DockerService& s : services.value()) {
            if (s.name == QLatin1String("dpg_app"))
                return s;
        }
        return std::nullopt;
    }
    // Docker's service version moves with every status change; the force counter moves only
    // with a forced update (the guide's scale to 0 is one): it counts how often that step acted.
    static qint64 forceCount()
    {
        const auto s = appService();
        return s ? s->spec[QStringLiteral("TaskTemplate")].toObject()[QStringLiteral("ForceUpdate")].toInteger() : -1;
    }
    static bool everyNodeSays(const QString& value)
    {
        return test::waitFor([&] { return readOnlyByNode() == QStringList(3, value); }, 20000);
    }
    static QStringList readOnlyByNode()
    {
        QStringList values;
        for (int port : Lab::get().pgPorts()) {
            PgConnection connection;
            const auto opened = test::resultOf(connection.open(Lab::get().postgresOptions({port})));
            const auto shown = opened
                ? test::resultOf(connection.query(QStringLiteral("SHOW default_transaction_read_only")))
                : Result<PgQueryResult>(opened.error());
            values.append(shown && !shown->rows.isEmpty() ? shown->value(0, 0).toString() : QStringLiteral("?"));
        }
        return values;
    }
    // An INSERT on the leader as the application's role; empty when accepted, else the error.
    static QString writeOnLeader()
    {
        const int port = Lab::get().leaderPort();
        if (port == 0)
            return QStringLiteral("no leader");
        PgConnection connection;
        const auto opened = test::resultOf(connection.open(Lab::get().postgresOptions({port})));
        if (!opened)
            return opened.error().toString();
        const auto inserted = test::resultOf(connection.query(QStringLiteral(
            "INSERT INTO memory_entries (key, value) VALUES ('migrate-lab-test', now()::text) RETURNING id")));
        return inserted ? QString() : inserted.error().toString();
    }
    static qint64 configVersion()
    {
        // etcd counts every modification of Patroni's dynamic configuration key: one per toggle.
        const QByteArray key = QByteArrayLiteral("/service/dpg-lab/config").toBase64();
        QProcess curl;
        curl.start(QStringLiteral("curl"),
                   {QStringLiteral("-fsS"), QStringLiteral("-X"), QStringLiteral("POST"),
                    Lab::get().etcdUrl().toString() + QStringLiteral("/v3/kv/range"), QStringLiteral("-d"),
                    QStringLiteral("{\"key\":\"%1\"}").arg(QString::fromLatin1(key))});
        curl.waitForFinished(10000);
        const QJsonObject answer = QJsonDocument::fromJson(curl.readAllStandardOutput()).object();
        return answer[QStringLiteral("kvs")].toArray().at(0)[QStringLiteral("version")].toString().toLongLong();
    }
    static QStringList snapshots()
    {
        return QDir(Lab::get().dir + QStringLiteral("/backups"))
            .entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    }
    static void resetLab()
    {
        const Lab& lab = Lab::get();
        // Writes on (the cluster-wide setting removed).
        const QJsonObject body{{QStringLiteral("postgresql"),
                                QJsonObject{{QStringLiteral("parameters"),
                                             QJsonObject{{QStringLiteral("default_transaction_read_only"),
                                                          QJsonValue(QJsonValue::Null)}}}}}};
        for (int i = 0; i < lab.patroniUrls().size(); ++i) {
            if (test::resultOf(PatroniClient(patroni(i)).patchConfig(body)))
                break;
        }
        // The deployed stack gone, the application at 3.
        QProcess::execute(QStringLiteral("docker"),
                          {QStringLiteral("--host"), QStringLiteral("unix://") + lab.dockerSocket(),
                           QStringLiteral("stack"), QStringLiteral("rm"), kStack});
        (void)test::resultOf(DockerClient(docker()).scale(QStringLiteral("dpg_app"), 3));
        (void)test::resultOf(
            DockerClient(docker()).waitForConvergence(QStringLiteral("dpg_app"), 3, std::chrono::seconds(60)), 70000);
        QDir backups(lab.dir + QStringLiteral("/backups"));
        for (const QString& name : backups.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden))
            QDir(backups.filePath(name)).removeRecursively();
        test::waitFor([] { return readOnlyByNode() == QStringList(3, QStringLiteral("off")); }, 20000);
        // The leader back on pg1, where the other tests expect it.
        if (lab.leaderPort() != lab.pgPorts().value(0)) {
            const int leader = lab.pgPorts().indexOf(lab.leaderPort());
            if (leader > 0)
                (void)lab.switchover(lab.nodeNames().value(leader), lab.nodeNames().value(0));
            test::waitFor([&] { return lab.leaderPort() == lab.pgPorts().value(0); }, 30000);
            (void)lab.up(); // PgBouncer re-pointed at the leader
        }
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(MigrateLabTest, DryRunPrintsEveryActionAndChangesNothing)
{
    const auto before = appService();
    ASSERT_TRUE(before);
    const qint64 config = configVersion();
    const Invocation dry = migrate({QStringLiteral("--dry-run")});
    EXPECT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    // Every action with its resolved target: the leader by name, the exact request and commands.
    EXPECT_TRUE(dry.out.contains(QStringLiteral("PATCH http://127.0.0.1:"))) << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("\"default_transaction_read_only\":\"on\"")));
    EXPECT_TRUE(dry.out.contains(QStringLiteral("the leader according to Patroni")));
    EXPECT_TRUE(dry.out.contains(QStringLiteral("pg_basebackup")));
    EXPECT_TRUE(dry.out.contains(QStringLiteral("stack deploy --resolve-image never --compose-file")));
    EXPECT_TRUE(dry.out.contains(QStringLiteral("pg_terminate_backend")));
    EXPECT_TRUE(dry.out.contains(QStringLiteral("dry run: 22 action")));
    const QString password = Lab::get().secret(QStringLiteral("replication"));
    EXPECT_FALSE(dry.out.contains(password));
    // Nothing changed: no snapshot, the same service version, the same configuration, no journal.
    EXPECT_TRUE(snapshots().isEmpty());
    EXPECT_EQ(appService()->version, before->version);
    EXPECT_EQ(configVersion(), config);
    EXPECT_EQ(readOnlyByNode(), QStringList(3, QStringLiteral("off")));
    for (const QJsonValue& a : statusActions())
        EXPECT_EQ(a[QStringLiteral("state")].toString(), QStringLiteral("pending"));
}

TEST_F(MigrateLabTest, ClosedGatesBlockWithExitFourAndTheirReasons)
{
    for (const char* step : {"create-snapshot", "validate-backup", "test-restore-staging"})
        ASSERT_EQ(migrate({QStringLiteral("--skip"), QString::fromLatin1(step), QStringLiteral("--reason"),
                           QStringLiteral("gate test")})
                      .exitCode,
                  0);
    Invocation blocked = migrate({QStringLiteral("--yes"), QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(blocked.exitCode, 4) << blocked.out.toStdString();
    EXPECT_EQ(blocked.json()[QStringLiteral("action")].toString(),
              QStringLiteral("migration/pre-migration/readiness-check#0"));
    EXPECT_TRUE(blocked.json()[QStringLiteral("message")].toString().contains(QStringLiteral("BLOCKED")))
        << blocked.out.toStdString();
    // Blocked again on the next attempt: a closed gate is never remembered as passed.
    EXPECT_EQ(migrate({QStringLiteral("--yes")}).exitCode, 4);
    ASSERT_EQ(migrate({QStringLiteral("--override"), QStringLiteral("readiness"), QStringLiteral("--reason"),
                       QStringLiteral("known lab gaps")})
                  .exitCode,
              0);
    blocked = migrate({QStringLiteral("--yes"), QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(blocked.exitCode, 4) << blocked.out.toStdString();
    EXPECT_EQ(blocked.json()[QStringLiteral("action")].toString(),
              QStringLiteral("migration/infrastructure-migration/stop-writes#0"));
    EXPECT_TRUE(blocked.json()[QStringLiteral("message")].toString().contains(QStringLiteral("sign-offs")))
        << blocked.out.toStdString();
    // The cluster was not touched past the gate.
    EXPECT_EQ(readOnlyByNode(), QStringList(3, QStringLiteral("off")));
    // An override needs a reason.
    EXPECT_EQ(migrate({QStringLiteral("--override"), QStringLiteral("approvals")}).exitCode, 2);
}

TEST_F(MigrateLabTest, PhasesOneToThreeEndToEndWithASwitchoverWhileReadOnly)
{
    overrideGates();
    const qint64 force0 = forceCount();
    const qint64 config0 = configVersion();

    Invocation phase1 = migrate({QStringLiteral("--phase"), QStringLiteral("1"), QStringLiteral("--yes")});
    ASSERT_EQ(phase1.exitCode, 0) << phase1.out.toStdString() << phase1.err.toStdString();
    EXPECT_TRUE(phase1.out.contains(QStringLiteral("backup successfully verified")));
    EXPECT_TRUE(phase1.out.contains(QStringLiteral("hold the recorded row counts; stopped and removed")));
    EXPECT_EQ(snapshots(), QStringList{QStringLiteral("production-pre-rollout")});
    // Phase 3 before phase 2 is refused.
    EXPECT_EQ(migrate({QStringLiteral("--phase"), QStringLiteral("3"), QStringLiteral("--yes")}).exitCode, 2);

    // Phase 2, stopped (killed) right before the final backup: the cluster is read-only.
    const QString finalBackup = QStringLiteral("migration/infrastructure-migration/final-backup#0");
    Invocation killed = migrate({QStringLiteral("--phase"), QStringLiteral("2"), QStringLiteral("--yes")},
                                finalBackup + QStringLiteral(":before"));
    ASSERT_TRUE(killed.killed) << killed.out.toStdString();
    EXPECT_EQ(readOnlyByNode(), QStringList(3, QStringLiteral("on")));
    EXPECT_TRUE(writeOnLeader().contains(QStringLiteral("read-only"))) << writeOnLeader().toStdString();

    // A switchover now: the new leader keeps the cluster-wide setting.
    const Lab& lab = Lab::get();
    ASSERT_EQ(lab.switchover(QStringLiteral("pg1"), QStringLiteral("pg2")), QString());
    ASSERT_TRUE(test::waitFor([&] { return lab.leaderPort() == lab.pgPorts().value(1); }, 30000));
    EXPECT_TRUE(everyNodeSays(QStringLiteral("on"))) << readOnlyByNode().join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(writeOnLeader().contains(QStringLiteral("read-only"))) << writeOnLeader().toStdString();

    // The journal says the final backup is in doubt; the probe says there is no snapshot yet.
    Invocation doubt = migrate({QStringLiteral("--yes"), QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(doubt.exitCode, 3);
    EXPECT_EQ(doubt.json()[QStringLiteral("action")].toString(), finalBackup);
    EXPECT_FALSE(doubt.json()[QStringLiteral("probe_looks_done")].toBool(true)) << doubt.out.toStdString();
    ASSERT_EQ(
        migrate({QStringLiteral("--resolve"), finalBackup, QStringLiteral("--as"), QStringLiteral("rerun")}).exitCode,
        0);

    Invocation phase2 = migrate({QStringLiteral("--phase"), QStringLiteral("2"), QStringLiteral("--yes")});
    ASSERT_EQ(phase2.exitCode, 0) << phase2.out.toStdString() << phase2.err.toStdString();
    EXPECT_TRUE(phase2.out.contains(QStringLiteral("pg2 (127.0.0.1:"))) << "the final backup came from the new leader";
    EXPECT_EQ(readOnlyByNode(), QStringList(3, QStringLiteral("off")));
    EXPECT_EQ(writeOnLeader(), QString());
    const auto service2 = appService();
    ASSERT_TRUE(service2);
    EXPECT_EQ(service2->runningTasks.value_or(-1), 3);
    EXPECT_EQ(forceCount(), force0 + 1) << "the forced scale to 0 acted once";
    EXPECT_EQ(configVersion(), config0 + 2) << "read-only on, then off: two changes, no more";
    EXPECT_EQ(snapshots().size(), 2);

    // PgBouncer follows the leader in production (the lab re-points it on `up`): the
    // application is served again before the verification watches it.
    ASSERT_EQ(lab.up().exitCode, 0);
    Invocation phase3 = migrate({QStringLiteral("--phase"), QStringLiteral("3"), QStringLiteral("--yes"),
                                 QStringLiteral("--watch-for"), QStringLiteral("6s")});
    ASSERT_EQ(phase3.exitCode, 0) << phase3.out.toStdString() << phase3.err.toStdString();
    EXPECT_TRUE(phase3.out.contains(QStringLiteral("none lost")));
    EXPECT_TRUE(phase3.out.contains(QStringLiteral("a rehearsal")));

    const Invocation status = migrate({QStringLiteral("--status"), QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_TRUE(status.json()[QStringLiteral("rehearsal")].toBool());
    EXPECT_TRUE(status.json().contains(QStringLiteral("rollback_window_closes")));
    for (const QJsonValue& a : status.json()[QStringLiteral("actions")].toArray()) {
        EXPECT_EQ(a[QStringLiteral("state")].toString(), QStringLiteral("done"))
            << a[QStringLiteral("path")].toString().toStdString();
        EXPECT_FALSE(a[QStringLiteral("inputs")].toObject().isEmpty())
            << a[QStringLiteral("path")].toString().toStdString();
    }
    const QString all = status.out + phase1.out + phase2.out + phase3.out;
    for (const char* secret : {"replication", "dpg_cluster", "patroni-api"})
        EXPECT_FALSE(all.contains(Lab::get().secret(QString::fromLatin1(secret)))) << secret;
}

// Killed with SIGKILL right before and right after every action of the migration and the
// rollback; each restart stops on the right action in doubt, the operator's decision follows
// what really happened, and at the end no action has acted twice.
TEST_F(MigrateLabTest, KilledAtEveryBoundaryFinishesWithNoActionTwice)
{
    overrideGates();
    const qint64 force0 = forceCount();
    const qint64 config0 = configVersion();
    const QStringList fast{QStringLiteral("--yes"), QStringLiteral("--watch-for"), QStringLiteral("3s"),
                           QStringLiteral("--format"), QStringLiteral("json")};
    int boundaries = 0;
    for (const bool rollbackPath : {false, true}) {
        const auto command = [&](const QStringList& args, const QString& fault = {}) {
            return rollbackPath ? rollback(args, fault) : migrate(args, fault);
        };
        QStringList paths;
        for (const QJsonValue& a : statusActions(rollbackPath))
            paths.append(a[QStringLiteral("path")].toString());
        ASSERT_EQ(paths.size(), rollbackPath ? 10 : 22);
        for (const QString& path : paths) {
            for (const char* when : {"before", "after"}) {
                const Invocation killed = command(fast, path + QLatin1Char(':') + QLatin1String(when));
                ASSERT_TRUE(killed.killed) << path.toStdString() << ' ' << when << '\n'
                                           << killed.out.toStdString() << killed.err.toStdString();
                const Invocation restarted = command(fast);
                ASSERT_EQ(restarted.exitCode, 3) << path.toStdString() << ' ' << when << '\n'
                                                 << restarted.out.toStdString();
                ASSERT_EQ(restarted.json()[QStringLiteral("action")].toString(), path);
                EXPECT_FALSE(restarted.json()[QStringLiteral("probe")].toString().isEmpty());
                const QString as
                    = QLatin1String(when) == QLatin1String("before") ? QStringLiteral("rerun") : QStringLiteral("done");
                ASSERT_EQ(command({QStringLiteral("--resolve"), path, QStringLiteral("--as"), as}).exitCode, 0);
                ++boundaries;
            }
        }
        // Nothing left to run: the procedure has ended.
        const Invocation finished = command(fast);
        EXPECT_EQ(finished.exitCode, 0) << finished.out.toStdString();
        for (const QJsonValue& a : statusActions(rollbackPath))
            EXPECT_EQ(a[QStringLiteral("state")].toString(), QStringLiteral("done"))
                << a[QStringLiteral("path")].toString().toStdString();
        if (!rollbackPath) {
            // Counted on the systems themselves.
            EXPECT_EQ(snapshots().size(), 2) << snapshots().join(QLatin1Char(' ')).toStdString();
            EXPECT_EQ(forceCount(), force0 + 1);
            EXPECT_EQ(configVersion(), config0 + 2);
            EXPECT_EQ(readOnlyByNode(), QStringList(3, QStringLiteral("off")));
            EXPECT_EQ(appService()->runningTasks.value_or(-1), 3);
        }
    }
    EXPECT_EQ(boundaries, 64);
    EXPECT_EQ(writeOnLeader(), QString());
}

TEST_F(MigrateLabTest, ABackupTargetWithoutSpaceFailsClearlyAndLeavesNothingHalfMade)
{
    if (::geteuid() != 0)
        GTEST_FAIL() << "mounting a small file system needs root (scripts/test runs as root)";
    const QString small = m_dir.filePath(QStringLiteral("small"));
    ASSERT_TRUE(QDir().mkpath(small));
    const auto mounted = test::mountTmpfs(small, QStringLiteral("8m"));
    ASSERT_TRUE(mounted);
    // The lab's profile with its backups on the small file system.
    QFile source(Lab::get().dir + QStringLiteral("/profile.json"));
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    QJsonObject profile = QJsonDocument::fromJson(source.readAll()).object();
    profile[QStringLiteral("name")] = QStringLiteral("lab-small");
    QJsonObject backup = profile[QStringLiteral("backup")].toObject();
    backup[QStringLiteral("directory")] = QString(small + QStringLiteral("/backups"));
    profile[QStringLiteral("backup")] = backup;
    QFile written(m_dir.filePath(QStringLiteral("small.json")));
    ASSERT_TRUE(written.open(QIODevice::WriteOnly));
    written.write(QJsonDocument(profile).toJson());
    written.close();
    ASSERT_EQ(cockpit({QStringLiteral("profile"), QStringLiteral("import"), written.fileName()}).exitCode, 0);

    const Invocation run = cockpit({QStringLiteral("migrate"), QStringLiteral("--profile"), QStringLiteral("lab-small"),
                                    QStringLiteral("--yes"), QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.json()[QStringLiteral("action")].toString(),
              QStringLiteral("migration/pre-migration/create-snapshot#0"));
    EXPECT_TRUE(run.json()[QStringLiteral("message")].toString().contains(QStringLiteral("not enough space")))
        << run.out.toStdString();
    EXPECT_TRUE(QDir(small + QStringLiteral("/backups"))
                    .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                    .isEmpty());
    const Invocation status
        = cockpit({QStringLiteral("migrate"), QStringLiteral("--profile"), QStringLiteral("lab-small"),
                   QStringLiteral("--status"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject first = status.json()[QStringLiteral("actions")].toArray().at(0).toObject();
    EXPECT_EQ(first[QStringLiteral("state")].toString(), QStringLiteral("failed"));
    EXPECT_FALSE(status.json().contains(QStringLiteral("in_doubt")));
}
