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
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <iostream>

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
    int rerunAutomatically = 0;
    for (const bool rollbackPath : {false, true}) {
        const auto command = [&](const QStringList& args, const QString& fault = {}) {
            return rollbackPath ? rollback(args, fault) : migrate(args, fault);
        };
        QStringList paths;
        QSet<QString> observing;
        for (const QJsonValue& a : statusActions(rollbackPath)) {
            paths.append(a[QStringLiteral("path")].toString());
            if (a[QStringLiteral("only_observes")].toBool())
                observing.insert(paths.last());
        }
        ASSERT_EQ(paths.size(), rollbackPath ? 10 : 22);
        for (const QString& path : paths) {
            for (const char* when : {"before", "after"}) {
                if (observing.contains(path) && QLatin1String(when) == QLatin1String("after"))
                    continue; // reached within the "before" round below
                const Invocation killed = command(fast, path + QLatin1Char(':') + QLatin1String(when));
                ASSERT_TRUE(killed.killed) << path.toStdString() << ' ' << when << '\n'
                                           << killed.out.toStdString() << killed.err.toStdString();
                if (observing.contains(path)) {
                    // Only observes: run again without asking anyone, said in the output. Killed
                    // before, it is killed again right after its rerun's act, then runs whole.
                    const Invocation rerunKilled = command(fast, path + QStringLiteral(":after"));
                    ASSERT_TRUE(rerunKilled.killed) << path.toStdString() << '\n' << rerunKilled.out.toStdString();
                    const Invocation again
                        = command(fast + QStringList{QStringLiteral("--steps"), QStringLiteral("1")});
                    ASSERT_EQ(again.exitCode, 0) << path.toStdString() << '\n'
                                                 << again.out.toStdString() << again.err.toStdString();
                    EXPECT_EQ(again.json()[QStringLiteral("rerun_automatically")].toArray().at(0).toString(), path)
                        << again.out.toStdString();
                    ++rerunAutomatically;
                    boundaries += 2;
                    continue;
                }
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
    EXPECT_GT(rerunAutomatically, 0);
    EXPECT_EQ(writeOnLeader(), QString());
}

// Killed at random moments (not only at the fault hook's boundaries: in the middle of a base
// backup, a restore test, a watch) and resumed each time. An action that only observes runs
// again by itself; one that changes something stops for a person, decided here as a person
// would, by what its probe found. In the end every action is done, the two snapshots exist
// whole, the cluster takes writes with its three tasks, and no throwaway server is left.
TEST_F(MigrateLabTest, KilledAtRandomMomentsResumesAndFinishes)
{
    overrideGates();
    const quint32 seed = QRandomGenerator::global()->generate();
    SCOPED_TRACE(testing::Message() << "random seed " << seed);
    QRandomGenerator random(seed);
    const QStringList fast{QStringLiteral("--yes"), QStringLiteral("--watch-for"), QStringLiteral("4s"),
                           QStringLiteral("--format"), QStringLiteral("json")};
    const QStringList base{QStringLiteral("--settings"), m_dir.filePath(QStringLiteral("settings.ini")),
                           QStringLiteral("--store"),    m_dir.filePath(QStringLiteral("store.sqlite")),
                           QStringLiteral("--runbook"),  m_dir.filePath(QStringLiteral("runbook.json")),
                           QStringLiteral("migrate"),    QStringLiteral("--profile"),
                           QStringLiteral("lab")};
    int kills = 0;
    int automatic = 0;
    int decided = 0;
    bool finished = false;
    for (int round = 0; round < 40 && !finished; ++round) {
        const bool kill = kills < 8;
        QProcess process;
        process.start(QStringLiteral(COCKPIT_BINARY), base + fast);
        ASSERT_TRUE(process.waitForStarted());
        const int delayMs = kill ? static_cast<int>(random.bounded(300, 7000)) : 300000;
        if (!process.waitForFinished(delayMs)) {
            ASSERT_TRUE(kill) << "migrate did not end within 5 minutes";
            process.kill(); // SIGKILL, wherever it is
            process.waitForFinished();
            ++kills;
            continue;
        }
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
        automatic += static_cast<int>(json[QStringLiteral("rerun_automatically")].toArray().size());
        if (process.exitCode() == 0) {
            finished = true;
            break;
        }
        ASSERT_EQ(process.exitCode(), 3) << out.toStdString() << process.readAllStandardError().toStdString();
        // In doubt: never an action that only observes.
        const QString path = json[QStringLiteral("action")].toString();
        for (const QJsonValue& a : statusActions()) {
            if (a[QStringLiteral("path")].toString() == path) {
                EXPECT_FALSE(a[QStringLiteral("only_observes")].toBool()) << path.toStdString();
            }
        }
        // A person reads the probe: done when the effect is there, else run it again.
        const bool looksDone = json[QStringLiteral("probe_looks_done")].toBool(false);
        ASSERT_EQ(migrate({QStringLiteral("--resolve"), path, QStringLiteral("--as"),
                           looksDone ? QStringLiteral("done") : QStringLiteral("rerun"), QStringLiteral("--reason"),
                           json[QStringLiteral("probe")].toString()})
                      .exitCode,
                  0);
        ++decided;
    }
    ASSERT_TRUE(finished) << kills << " kills, " << decided << " decisions";
    for (const QJsonValue& a : statusActions())
        EXPECT_EQ(a[QStringLiteral("state")].toString(), QStringLiteral("done"))
            << a[QStringLiteral("path")].toString().toStdString();
    QStringList whole;
    for (const QString& name : snapshots()) {
        if (QFile::exists(Lab::get().dir + QStringLiteral("/backups/") + name
                          + QStringLiteral("/cockpit-manifest.json")))
            whole.append(name);
    }
    EXPECT_EQ(whole.size(), 2) << snapshots().join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(readOnlyByNode(), QStringList(3, QStringLiteral("off")));
    EXPECT_EQ(writeOnLeader(), QString());
    EXPECT_EQ(appService()->runningTasks.value_or(-1), 3);
    EXPECT_TRUE(QDir(QDir::tempPath())
                    .entryList({QStringLiteral("rollout-cockpit-restore-*")}, QDir::Dirs | QDir::NoDotAndDotDot)
                    .isEmpty());
    std::cout << "random kills: " << kills << ", actions rerun automatically: " << automatic
              << ", decisions by a person: " << decided << " (seed " << seed << ")\n";
}

// A rehearsal of phases 1–3 on a copy restored from phase 1's snapshot: a forecast per phase
// against its budget, the data steps run on the copy, the rest simulated; the cluster exactly as
// it was (the dry run's checks), the copy gone, and the forecast shown by the migration's status.
TEST_F(MigrateLabTest, ARehearsalOnARestoredCopyForecastsEachPhaseAndLeavesTheClusterAsItWas)
{
    overrideGates();
    ASSERT_EQ(migrate({QStringLiteral("--phase"), QStringLiteral("1"), QStringLiteral("--yes")}).exitCode, 0);
    const auto before = appService();
    ASSERT_TRUE(before);
    const qint64 config = configVersion();
    const QStringList snapshotsBefore = snapshots();

    const Invocation rehearsed
        = migrate({QStringLiteral("--rehearse"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(rehearsed.exitCode, 0) << rehearsed.out.toStdString() << rehearsed.err.toStdString();
    const QJsonObject report = rehearsed.json();
    EXPECT_TRUE(report[QStringLiteral("snapshot")].toString().endsWith(QStringLiteral("production-pre-rollout")));
    const QJsonArray phases = report[QStringLiteral("phases")].toArray();
    ASSERT_EQ(phases.size(), 3);
    for (const QJsonValue& p : phases) {
        EXPECT_GT(p[QStringLiteral("forecast_ms")].toInteger(), 0) << p[QStringLiteral("id")].toString().toStdString();
        EXPECT_GT(p[QStringLiteral("budget_ms")].toInteger(), 0);
    }
    EXPECT_TRUE(phases[1][QStringLiteral("text")].toString().startsWith(QStringLiteral("phase 2: forecast ")))
        << phases[1][QStringLiteral("text")].toString().toStdString();
    EXPECT_TRUE(phases[1][QStringLiteral("text")].toString().contains(QStringLiteral(" of 4h")));
    EXPECT_EQ(report[QStringLiteral("slowest")].toArray().size(), 3);
    EXPECT_TRUE(report[QStringLiteral("failed")].toArray().isEmpty()) << rehearsed.out.toStdString();
    int onTheCopy = 0;
    for (const QJsonValue& a : report[QStringLiteral("actions")].toArray()) {
        if (!a[QStringLiteral("simulated")].toBool())
            ++onTheCopy;
    }
    EXPECT_EQ(onTheCopy, 4) << "two write probes, the row count and the baseline ran on the copy";

    // The cluster as it was; the copy gone.
    EXPECT_EQ(snapshots(), snapshotsBefore);
    EXPECT_EQ(appService()->version, before->version);
    EXPECT_EQ(configVersion(), config);
    EXPECT_EQ(readOnlyByNode(), QStringList(3, QStringLiteral("off")));
    EXPECT_TRUE(QDir(QDir::tempPath())
                    .entryList({QStringLiteral("rollout-cockpit-restore-*")}, QDir::Dirs | QDir::NoDotAndDotDot)
                    .isEmpty());
    // The real journal: phase 2 still to run, with the forecast beside its budget.
    const Invocation status = migrate({QStringLiteral("--status"), QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(status.json()[QStringLiteral("phases")].toArray().at(1)[QStringLiteral("forecast_ms")].toInteger(),
              phases[1][QStringLiteral("forecast_ms")].toInteger());
    EXPECT_EQ(status.json()[QStringLiteral("next")].toString(),
              QStringLiteral("migration/infrastructure-migration/stop-writes#0"));
    const Invocation text = migrate({QStringLiteral("--status")});
    EXPECT_TRUE(text.out.contains(QStringLiteral("rehearsal forecast"))) << text.out.toStdString();

    // A snapshot that does not exist: a usage error that says so.
    const Invocation missing
        = migrate({QStringLiteral("--rehearse"), QStringLiteral("--from-snapshot"), QStringLiteral("no-such-label")});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("no complete snapshot labelled no-such-label")))
        << missing.err.toStdString();
}

// --- the lock-safe preflight and lock_timeout ------------------------------------------------

namespace {

// Phase 1 replaced by one step that alters a table of the test's own, with this lock_timeout.
void writeAlterRunbook(const QString& path, const QString& lockTimeout)
{
    QFile shipped(QStringLiteral(":/runbooks/production-rollout.json"));
    ASSERT_TRUE(shipped.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(shipped.readAll()).object();
    QJsonObject migration = root[QStringLiteral("migration")].toObject();
    QJsonArray phases = migration[QStringLiteral("phases")].toArray();
    QJsonObject first = phases[0].toObject();
    first[QStringLiteral("steps")] = QJsonArray{QJsonObject{
        {QStringLiteral("id"), QStringLiteral("alter-probe")},
        {QStringLiteral("title"), QStringLiteral("Add a column to preflight_probe")},
        {QStringLiteral("actions"),
         QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("sql")},
                                {QStringLiteral("database"), QStringLiteral("distributed_postgres_cluster")},
                                {QStringLiteral("user"), QStringLiteral("dpg_cluster")},
                                {QStringLiteral("lock_timeout"), lockTimeout},
                                {QStringLiteral("sql"),
                                 QStringLiteral("ALTER TABLE preflight_probe ADD COLUMN IF NOT EXISTS note text")}}}}}};
    phases[0] = first;
    migration[QStringLiteral("phases")] = phases;
    root[QStringLiteral("migration")] = migration;
    QFile out(path);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(QJsonDocument(root).toJson());
}

// A session of the application's role on the leader that holds a lock in an open transaction.
struct LockHolder
{
    PgConnection connection;
    qint64 pid = 0;
    QString open(const QString& lockSql)
    {
        PgConnectOptions options = Lab::get().postgresOptions({Lab::get().leaderPort()});
        options.applicationName = QStringLiteral("lock-holder");
        if (const auto opened = test::resultOf(connection.open(options)); !opened)
            return opened.error().toString();
        for (const QString& sql : {QStringLiteral("CREATE TABLE IF NOT EXISTS preflight_probe (id int)"),
                                   QStringLiteral("BEGIN"), lockSql}) {
            if (const auto done = test::resultOf(connection.query(sql)); !done)
                return done.error().toString();
        }
        const auto pidRow = test::resultOf(connection.query(QStringLiteral("SELECT pg_backend_pid()")));
        pid = pidRow ? pidRow->value(0, 0).toLongLong() : 0;
        return {};
    }
    void end() { (void)test::resultOf(connection.query(QStringLiteral("COMMIT"))); }
};

bool probeHasNote()
{
    PgConnection connection;
    if (!test::resultOf(connection.open(Lab::get().postgresOptions({Lab::get().leaderPort()}))))
        return false;
    const auto answer
        = test::resultOf(connection.query(QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE "
                                                         "table_name = 'preflight_probe' AND column_name = 'note'")));
    return answer && answer->value(0, 0).toInt() == 1;
}

void dropProbe()
{
    Lab::get().superuserSql(QStringLiteral("DROP TABLE IF EXISTS preflight_probe"), {Lab::get().leaderPort()});
}

} // namespace

// A transaction holding a lock on the table the step alters: the step does not start, the
// blocker is named (pid, role, time in transaction, the lock), the finding is journaled; with
// --wait-clear it starts once the transaction ends.
TEST_F(MigrateLabTest, APreflightBlockerStopsTheStepNamesItAndTheStepRunsOnceItEnds)
{
    dropProbe();
    const auto cleanup = qScopeGuard([] { dropProbe(); });
    writeAlterRunbook(m_dir.filePath(QStringLiteral("runbook.json")), QStringLiteral("2s"));
    LockHolder holder;
    ASSERT_EQ(holder.open(QStringLiteral("LOCK TABLE preflight_probe IN ROW EXCLUSIVE MODE")), QString());
    QThread::msleep(2600); // older than the step's lock_timeout: a lock the ALTER would wait for

    const QString path = QStringLiteral("migration/pre-migration/alter-probe#0");
    const Invocation waits = migrate({QStringLiteral("--phase"), QStringLiteral("1"), QStringLiteral("--yes"),
                                      QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(waits.exitCode, 5) << waits.out.toStdString() << waits.err.toStdString();
    EXPECT_EQ(waits.json()[QStringLiteral("action")].toString(), path);
    const QString message = waits.json()[QStringLiteral("message")].toString();
    EXPECT_TRUE(message.contains(QStringLiteral("waits"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("pid %1 (dpg_cluster/lock-holder").arg(holder.pid)))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("RowExclusiveLock on preflight_probe"))) << message.toStdString();
    EXPECT_FALSE(probeHasNote()) << "nothing was started";
    // Journaled with the action; the action still pending.
    for (const QJsonValue& a : statusActions()) {
        if (a[QStringLiteral("path")].toString() != path)
            continue;
        EXPECT_EQ(a[QStringLiteral("state")].toString(), QStringLiteral("pending"));
        EXPECT_FALSE(a[QStringLiteral("preflight")][QStringLiteral("clear")].toBool(true));
        EXPECT_EQ(a[QStringLiteral("preflight")][QStringLiteral("tables")].toArray().at(0).toString(),
                  QStringLiteral("preflight_probe"));
    }

    // Wait until clear: the transaction ends three seconds in; the step then runs.
    QProcess waiting;
    waiting.start(QStringLiteral(COCKPIT_BINARY),
                  {QStringLiteral("--settings"), m_dir.filePath(QStringLiteral("settings.ini")),
                   QStringLiteral("--store"), m_dir.filePath(QStringLiteral("store.sqlite")),
                   QStringLiteral("--runbook"), m_dir.filePath(QStringLiteral("runbook.json")),
                   QStringLiteral("migrate"), QStringLiteral("--profile"), QStringLiteral("lab"),
                   QStringLiteral("--phase"), QStringLiteral("1"), QStringLiteral("--yes"),
                   QStringLiteral("--wait-clear"), QStringLiteral("60s")});
    ASSERT_TRUE(waiting.waitForStarted());
    EXPECT_FALSE(waiting.waitForFinished(3000)) << "it waits while the transaction is open";
    holder.end();
    ASSERT_TRUE(waiting.waitForFinished(60000));
    const QString out = QString::fromUtf8(waiting.readAllStandardOutput());
    EXPECT_EQ(waiting.exitCode(), 0) << out.toStdString() << waiting.readAllStandardError().toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("RowExclusiveLock on preflight_probe"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("clear"))) << out.toStdString();
    EXPECT_TRUE(probeHasNote());
}

// Overridden, the ALTER meets the lock and gives up after its lock_timeout instead of queueing
// every other session behind it; the other sessions' reads, timed meanwhile, wait at most that.
TEST_F(MigrateLabTest, AStepThatCannotGetItsLockFailsAfterItsLockTimeoutWithoutBlockingOthers)
{
    dropProbe();
    const auto cleanup = qScopeGuard([] { dropProbe(); });
    writeAlterRunbook(m_dir.filePath(QStringLiteral("runbook.json")), QStringLiteral("2s"));
    LockHolder holder;
    ASSERT_EQ(holder.open(QStringLiteral("LOCK TABLE preflight_probe IN ROW EXCLUSIVE MODE")), QString());
    QThread::msleep(2600); // the preflight sees it, and the override is what lets the step start
    ASSERT_EQ(migrate({QStringLiteral("--override"), QStringLiteral("preflight"), QStringLiteral("--reason"),
                       QStringLiteral("testing lock_timeout")})
                  .exitCode,
              0);

    QProcess run;
    run.start(QStringLiteral(COCKPIT_BINARY),
              {QStringLiteral("--settings"), m_dir.filePath(QStringLiteral("settings.ini")), QStringLiteral("--store"),
               m_dir.filePath(QStringLiteral("store.sqlite")), QStringLiteral("--runbook"),
               m_dir.filePath(QStringLiteral("runbook.json")), QStringLiteral("migrate"), QStringLiteral("--profile"),
               QStringLiteral("lab"), QStringLiteral("--phase"), QStringLiteral("1"), QStringLiteral("--yes"),
               QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_TRUE(run.waitForStarted());
    // Another session reads the table over and over while the step runs.
    PgConnection reader;
    ASSERT_TRUE(test::resultOf(reader.open(Lab::get().postgresOptions({Lab::get().leaderPort()}))));
    qint64 worstMs = 0;
    int reads = 0;
    QElapsedTimer total;
    total.start();
    while (run.state() != QProcess::NotRunning && total.elapsed() < 60000) {
        QElapsedTimer one;
        one.start();
        ASSERT_TRUE(test::resultOf(reader.query(QStringLiteral("SELECT count(*) FROM preflight_probe")), 60000));
        worstMs = std::max(worstMs, one.elapsed());
        ++reads;
        run.waitForFinished(50);
    }
    ASSERT_TRUE(run.state() == QProcess::NotRunning || run.waitForFinished(60000));
    const QJsonObject json = QJsonDocument::fromJson(run.readAllStandardOutput()).object();
    EXPECT_EQ(run.exitCode(), 1) << QJsonDocument(json).toJson().toStdString();
    const QString message = json[QStringLiteral("message")].toString();
    EXPECT_TRUE(message.contains(QStringLiteral("could not get its lock within 2s (lock_timeout)")))
        << message.toStdString();
    EXPECT_FALSE(probeHasNote());
    // The reads waited at most the lock_timeout (plus the machine's slack), never until the
    // holder's transaction ended.
    EXPECT_LT(worstMs, 4000) << reads << " reads";
    std::cout << "other sessions' reads during the step: " << reads << ", the slowest " << worstMs
              << " ms (lock_timeout 2 s)\n";
    // The override was recorded with the findings, for that one start.
    for (const QJsonValue& a : statusActions()) {
        if (a[QStringLiteral("path")].toString() == QLatin1String("migration/pre-migration/alter-probe#0")) {
            EXPECT_EQ(a[QStringLiteral("preflight")][QStringLiteral("overridden")][QStringLiteral("reason")].toString(),
                      QStringLiteral("testing lock_timeout"));
        }
    }
    holder.end();
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
