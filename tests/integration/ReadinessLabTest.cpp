// The readiness checks against the real lab: each automated check shown to pass and to fail by
// changing the lab (pg_hba.conf edited and reloaded, ALTER SYSTEM, ALTER ROLE, replay paused,
// an exporter stopped, sysctl, Alertmanager's and Prometheus's configuration reloaded ...) and
// putting it back. Where the lab cannot be made to meet a requirement (a second Swarm node,
// three etcd members), the check is shown to pass against a requirement the lab does meet.
// A probe that errors is unknown, never pass.
#include "Lab.h"
#include "TestSupport.h"

#include "connectors/secrets/SecretStore.h"
#include "core/ConnectionProfile.h"
#include "core/FileInput.h"
#include "core/RunbookLoader.h"
#include "engine/readiness/ReadinessRunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>

using namespace cockpit;
using test::Lab;

namespace {

Runbook shipped()
{
    auto runbook = RunbookLoader::loadFile(builtinRunbookPath());
    EXPECT_TRUE(runbook.ok());
    return runbook.ok() ? runbook.value() : Runbook{};
}

Parameter& parameterOf(Runbook& runbook, const QString& itemId, const QString& name)
{
    for (ChecklistSection& section : runbook.sections) {
        for (ChecklistItem& item : section.items) {
            if (item.id != itemId)
                continue;
            for (Parameter& p : item.parameters) {
                if (p.name == name)
                    return p;
            }
        }
    }
    static Parameter none;
    ADD_FAILURE() << "no parameter " << name.toStdString() << " on " << itemId.toStdString();
    return none;
}

QString readText(const QString& path)
{
    return QString::fromUtf8(test::readFile(path));
}

bool writeText(const QString& path, const QString& text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) >= 0;
}

test::CommandResult curl(const QStringList& arguments)
{
    return test::runCommand(QStringLiteral("curl"),
                            QStringList{QStringLiteral("-fsS"), QStringLiteral("--max-time"), QStringLiteral("20")}
                                + arguments);
}

// Runs the code at the end of a scope: a test that breaks the lab puts it back even when it fails.
class Restore
{
public:
    explicit Restore(std::function<void()> fn) : m_fn(std::move(fn)) { }
    ~Restore()
    {
        if (m_fn)
            m_fn();
    }
    Q_DISABLE_COPY_MOVE(Restore)

private:
    std::function<void()> m_fn;
};

class ReadinessLabTest : public ::testing::Test
{
protected:
    void SetUp() override { Lab::get().storePasswords(m_secrets); }

    ReadinessReport check(const QStringList& items, const Runbook& runbook = shipped(),
                          std::optional<ConnectionProfile> profile = std::nullopt, SecretStore* secrets = nullptr)
    {
        ReadinessRunner runner(runbook, profile.value_or(Lab::get().connectionProfile()),
                               secrets ? *secrets : m_secrets);
        const auto report = test::await(runner.run(items), 60000);
        EXPECT_TRUE(report.has_value()) << "the check did not finish";
        return report.value_or(ReadinessReport{});
    }

    static const ItemCheckResult& item(const ReadinessReport& report, const QString& id)
    {
        static const ItemCheckResult none;
        const ItemCheckResult* found = report.find(id);
        if (!found)
            ADD_FAILURE() << "no result for " << id.toStdString();
        return found ? *found : none;
    }

    CheckStatus statusOf(const QString& id, const Runbook& runbook = shipped())
    {
        return item(check({id}, runbook), id).status;
    }

    // Polls until the item reaches the status (a scrape or a reload takes a moment).
    bool becomes(const QString& id, CheckStatus wanted, int timeoutMs = 20000, const Runbook& runbook = shipped())
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            if (statusOf(id, runbook) == wanted)
                return true;
            test::waitFor([] { return false; }, 1000);
        }
        m_last = item(check({id}, runbook), id);
        return false;
    }

    std::string lastSeen() const
    {
        return QStringLiteral("%1: %2").arg(checkStatusToken(m_last.status), m_last.observed()).toStdString();
    }

    SessionSecretStore m_secrets;
    ItemCheckResult m_last;
};

std::string describe(const ItemCheckResult& r)
{
    QString text = QStringLiteral("%1 %2: %3").arg(r.itemId, checkStatusToken(r.status), r.observed());
    for (const CheckEvidence& e : r.checks) {
        for (const QString& d : e.details)
            text += QStringLiteral("\n  ") + d;
    }
    return text.toStdString();
}

} // namespace

TEST_F(ReadinessLabTest, TheLabAsItIsPassesWhatItHasAndFailsItsGapsInUnderTwoSeconds)
{
    QElapsedTimer clock;
    clock.start();
    const ReadinessReport report = check({});
    const qint64 wall = clock.elapsed();
    EXPECT_LT(wall, 2000) << "the full check of the lab took " << wall << " ms";
    ASSERT_EQ(report.items.size(), 77);
    int automated = 0;
    for (const ItemCheckResult& r : report.items) {
        if (r.classification != Classification::Automated) {
            EXPECT_EQ(r.status, CheckStatus::Manual) << r.itemId.toStdString();
            continue;
        }
        ++automated;
        EXPECT_FALSE(r.observed().isEmpty()) << r.itemId.toStdString();
        EXPECT_FALSE(r.source().isEmpty()) << r.itemId.toStdString();
        EXPECT_TRUE(r.checkedAt.isValid());
    }
    EXPECT_GE(automated, 45);
    // What the lab has.
    for (const char* id : {"infra.docker",
                           "infra.overlay-network",
                           "infra.ssl-certificates",
                           "infra.dns",
                           "infra.backup-storage",
                           "db.postgresql",
                           "db.pg-hba",
                           "db.replication-slots",
                           "db.logical-decoding",
                           "db.vacuum-strategy",
                           "db.autovacuum",
                           "db.statistics",
                           "db.connection-pooling",
                           "db.foreign-keys",
                           "sec.least-privilege",
                           "sec.tls-enabled",
                           "sec.password-hashing",
                           "sec.audit-logging",
                           "sec.slow-query-logging",
                           "mon.scrape-jobs",
                           "mon.alert-rules",
                           "mon.notification-channels",
                           "mon.custom-metrics",
                           "perf.latency-profile",
                           "perf.memory",
                           "perf.pool-sizing",
                           "perf.cache-hit-ratio",
                           "perf.disk-io",
                           "perf.vector-search",
                           "ha.patroni",
                           "ha.replication-lag"}) {
        const ItemCheckResult& r = item(report, QString::fromLatin1(id));
        EXPECT_EQ(r.status, CheckStatus::Pass) << describe(r);
    }
    const CheckStatus indexes = item(report, QStringLiteral("db.index-monitoring")).status;
    EXPECT_TRUE(indexes == CheckStatus::Pass || indexes == CheckStatus::Warn)
        << describe(item(report, QStringLiteral("db.index-monitoring")));
    // The lab's real gaps, and what it does not have, fail: never hidden, never passed.
    for (const char* id : {"infra.swarm", "ha.etcd", "db.max-connections", "db.wal-archiving", "sec.ssl-enforced",
                           "db.ruvector", "db.hnsw-indexes", "db.postgresql-conf", "sec.security-headers"}) {
        const ItemCheckResult& r = item(report, QString::fromLatin1(id));
        EXPECT_EQ(r.status, CheckStatus::Fail) << describe(r);
    }
    // Host settings read as they are now: the check says what /proc says.
    const QString swappiness = readText(QStringLiteral("/proc/sys/vm/swappiness")).trimmed();
    const ItemCheckResult& kernel = item(report, QStringLiteral("infra.kernel-parameters"));
    EXPECT_TRUE(kernel.checks.value(0).observed.contains(swappiness)) << describe(kernel);
    EXPECT_EQ(kernel.status,
              swappiness == QLatin1String("10")
                      && readText(QStringLiteral("/proc/sys/net/core/somaxconn")).trimmed() == QLatin1String("65535")
                  ? CheckStatus::Pass
                  : CheckStatus::Fail);
    // PostgreSQL's own open-files limit, as the kernel reports it for the postmaster.
    const qint64 postmaster = Lab::get().postmasterPid(Lab::get().nodeNames().first());
    const QString limits = readText(QStringLiteral("/proc/%1/limits").arg(postmaster));
    const QString openFiles = QRegularExpression(QStringLiteral("Max open files +([0-9]+)")).match(limits).captured(1);
    const ItemCheckResult& files = item(report, QStringLiteral("infra.file-descriptors"));
    EXPECT_TRUE(files.checks.value(2).observed.contains(openFiles))
        << describe(files) << " vs " << openFiles.toStdString();
    EXPECT_EQ(files.checks.value(2).status, openFiles.toLongLong() >= 65536 ? CheckStatus::Pass : CheckStatus::Fail);
}

TEST_F(ReadinessLabTest, EachGapPassesAgainstARequirementTheLabMeets)
{
    Runbook runbook = shipped();
    parameterOf(runbook, QStringLiteral("infra.swarm"), QStringLiteral("swarm_nodes")).value = 1;
    parameterOf(runbook, QStringLiteral("ha.etcd"), QStringLiteral("etcd_members")).value = 1;
    parameterOf(runbook, QStringLiteral("db.max-connections"), QStringLiteral("max_connections")).value = 100;
    const ReadinessReport report = check(
        {QStringLiteral("infra.swarm"), QStringLiteral("ha.etcd"), QStringLiteral("db.max-connections")}, runbook);
    for (const ItemCheckResult& r : report.items)
        EXPECT_EQ(r.status, CheckStatus::Pass) << describe(r);
    // And the other way: the lab's healthy parts fail a requirement it does not meet.
    runbook = shipped();
    parameterOf(runbook, QStringLiteral("ha.patroni"), QStringLiteral("patroni_members")).value = 5;
    parameterOf(runbook, QStringLiteral("db.postgresql"), QStringLiteral("postgresql_version")).value
        = QStringLiteral("99");
    parameterOf(runbook, QStringLiteral("infra.docker"), QStringLiteral("docker_version")).value
        = QStringLiteral("99.1");
    parameterOf(runbook, QStringLiteral("perf.cache-hit-ratio"), QStringLiteral("cache_hit_ratio")).value = 100;
    parameterOf(runbook, QStringLiteral("perf.memory"), QStringLiteral("memory_peak")).value = 0;
    parameterOf(runbook, QStringLiteral("infra.backup-storage"), QStringLiteral("backup_storage_to_data_size")).value
        = 1e9;
    const ReadinessReport failing = check({QStringLiteral("ha.patroni"), QStringLiteral("db.postgresql"),
                                           QStringLiteral("infra.docker"), QStringLiteral("perf.cache-hit-ratio"),
                                           QStringLiteral("perf.memory"), QStringLiteral("infra.backup-storage")},
                                          runbook);
    for (const ItemCheckResult& r : failing.items)
        EXPECT_EQ(r.status, CheckStatus::Fail) << describe(r);
}

TEST_F(ReadinessLabTest, PgHbaWithATrustLineFailsAndHostsslOnlyPasses)
{
    const Lab& lab = Lab::get();
    QHash<QString, QString> original;
    for (const QString& node : lab.nodeNames())
        original.insert(node, readText(lab.dataDir(node) + QStringLiteral("/pg_hba.conf")));
    Restore restore([&] {
        for (auto it = original.begin(); it != original.end(); ++it)
            writeText(lab.dataDir(it.key()) + QStringLiteral("/pg_hba.conf"), it.value());
        lab.superuserSql(QStringLiteral("SELECT pg_reload_conf()"));
    });
    ASSERT_EQ(statusOf(QStringLiteral("db.pg-hba")), CheckStatus::Pass);
    for (const QString& node : lab.nodeNames()) {
        ASSERT_TRUE(writeText(lab.dataDir(node) + QStringLiteral("/pg_hba.conf"),
                              original[node] + QStringLiteral("\nhost all all 0.0.0.0/0 trust\n")));
    }
    ASSERT_TRUE(lab.superuserSql(QStringLiteral("SELECT pg_reload_conf()")).isEmpty());
    EXPECT_TRUE(becomes(QStringLiteral("db.pg-hba"), CheckStatus::Fail, 10000)) << lastSeen();

    // The trust line taken out of the file but not reloaded: the servers still run it, and
    // pg_hba_file_rules (the file) looks clean. Not a pass until the servers load the file.
    test::waitFor([] { return false; }, 1100); // the file's time has whole seconds
    for (const QString& node : lab.nodeNames())
        ASSERT_TRUE(writeText(lab.dataDir(node) + QStringLiteral("/pg_hba.conf"), original[node]));
    const ItemCheckResult pending = item(check({QStringLiteral("db.pg-hba")}), QStringLiteral("db.pg-hba"));
    EXPECT_EQ(pending.status, CheckStatus::Fail) << describe(pending);
    EXPECT_TRUE(pending.checks.value(1).observed.contains(QStringLiteral("reload is pending"))) << describe(pending);
    ASSERT_TRUE(lab.superuserSql(QStringLiteral("SELECT pg_reload_conf()")).isEmpty());
    EXPECT_TRUE(becomes(QStringLiteral("db.pg-hba"), CheckStatus::Pass, 10000)) << lastSeen();

    // Every TCP line hostssl: SSL is enforced.
    for (const QString& node : lab.nodeNames()) {
        QString hba = original[node];
        hba.replace(QRegularExpression(QStringLiteral("(?m)^host(\\s)")), QStringLiteral("hostssl\\1"));
        ASSERT_TRUE(writeText(lab.dataDir(node) + QStringLiteral("/pg_hba.conf"), hba));
    }
    ASSERT_TRUE(lab.superuserSql(QStringLiteral("SELECT pg_reload_conf()")).isEmpty());
    EXPECT_TRUE(becomes(QStringLiteral("sec.ssl-enforced"), CheckStatus::Pass, 10000)) << lastSeen();
}

TEST_F(ReadinessLabTest, ServerSettingsChangedOnEveryNodeAreSeen)
{
    const Lab& lab = Lab::get();
    Restore restore([&] {
        lab.superuserSql(QStringLiteral("ALTER SYSTEM RESET log_connections"));
        lab.superuserSql(QStringLiteral("ALTER SYSTEM RESET log_min_duration_statement"));
        lab.superuserSql(QStringLiteral("ALTER SYSTEM RESET autovacuum"));
        lab.superuserSql(QStringLiteral("SELECT pg_reload_conf()"));
    });
    for (const char* sql :
         {"ALTER SYSTEM SET log_connections = off", "ALTER SYSTEM SET log_min_duration_statement = 500",
          "ALTER SYSTEM SET autovacuum = off", "SELECT pg_reload_conf()"})
        ASSERT_TRUE(lab.superuserSql(QString::fromLatin1(sql)).isEmpty()) << sql;
    EXPECT_TRUE(becomes(QStringLiteral("sec.audit-logging"), CheckStatus::Fail, 10000)) << lastSeen();
    EXPECT_TRUE(becomes(QStringLiteral("sec.slow-query-logging"), CheckStatus::Fail, 10000)) << lastSeen();
    EXPECT_TRUE(becomes(QStringLiteral("db.autovacuum"), CheckStatus::Fail, 10000)) << lastSeen();
    EXPECT_TRUE(becomes(QStringLiteral("db.vacuum-strategy"), CheckStatus::Fail, 10000)) << lastSeen();
    for (const char* sql : {"ALTER SYSTEM RESET log_connections", "ALTER SYSTEM RESET log_min_duration_statement",
                            "ALTER SYSTEM RESET autovacuum", "SELECT pg_reload_conf()"})
        ASSERT_TRUE(lab.superuserSql(QString::fromLatin1(sql)).isEmpty()) << sql;
    EXPECT_TRUE(becomes(QStringLiteral("sec.audit-logging"), CheckStatus::Pass, 10000)) << lastSeen();
    EXPECT_TRUE(becomes(QStringLiteral("db.autovacuum"), CheckStatus::Pass, 10000)) << lastSeen();
}

TEST_F(ReadinessLabTest, RolesSecretsConstraintsStatisticsAndIndexesAreJudgedFromTheServer)
{
    const Lab& lab = Lab::get();
    const QList<int> leader{lab.leaderPort()};
    ASSERT_GT(leader.first(), 0);
    Restore restore([&] {
        lab.superuserSql(QStringLiteral("DROP ROLE IF EXISTS cockpit_test_md5"), leader);
        lab.superuserSql(QStringLiteral("DROP ROLE IF EXISTS cockpit_test_super"), leader);
        lab.superuserSql(QStringLiteral("DROP SCHEMA IF EXISTS cockpit_test CASCADE"), leader);
    });
    ASSERT_TRUE(lab.superuserSql(QStringLiteral("SET password_encryption = 'md5'; CREATE ROLE cockpit_test_md5 LOGIN "
                                                "PASSWORD 'not-a-real-one'; CREATE ROLE cockpit_test_super SUPERUSER"),
                                 leader)
                    .isEmpty());
    ASSERT_TRUE(lab.superuserSql(
                       QStringLiteral("CREATE SCHEMA cockpit_test;"
                                      "CREATE TABLE cockpit_test.parent (id int PRIMARY KEY);"
                                      "CREATE TABLE cockpit_test.child (parent int) WITH (autovacuum_enabled = false);"
                                      "INSERT INTO cockpit_test.child SELECT g FROM generate_series(1, 5000) g;"
                                      "ALTER TABLE cockpit_test.child ADD CONSTRAINT child_parent FOREIGN KEY (parent) "
                                      "REFERENCES cockpit_test.parent NOT VALID;"
                                      "CREATE INDEX child_parent_idx ON cockpit_test.child (parent)"),
                       leader)
                    .isEmpty());
    const ReadinessReport report = check({QStringLiteral("sec.password-hashing"), QStringLiteral("sec.least-privilege"),
                                          QStringLiteral("db.foreign-keys"), QStringLiteral("db.statistics"),
                                          QStringLiteral("db.index-monitoring")});
    EXPECT_EQ(item(report, QStringLiteral("sec.password-hashing")).status, CheckStatus::Fail)
        << describe(item(report, QStringLiteral("sec.password-hashing")));
    EXPECT_TRUE(item(report, QStringLiteral("sec.password-hashing"))
                    .checks.value(1)
                    .details.join(QLatin1Char(' '))
                    .contains(QStringLiteral("cockpit_test_md5")));
    EXPECT_EQ(item(report, QStringLiteral("sec.least-privilege")).status, CheckStatus::Fail);
    EXPECT_EQ(item(report, QStringLiteral("db.foreign-keys")).status, CheckStatus::Fail);
    EXPECT_EQ(item(report, QStringLiteral("db.statistics")).status, CheckStatus::Fail)
        << describe(item(report, QStringLiteral("db.statistics")));
    EXPECT_EQ(item(report, QStringLiteral("db.index-monitoring")).status, CheckStatus::Warn)
        << describe(item(report, QStringLiteral("db.index-monitoring")));

    lab.superuserSql(
        QStringLiteral("DROP ROLE cockpit_test_md5; DROP ROLE cockpit_test_super; DROP SCHEMA cockpit_test CASCADE"),
        leader);
    const ReadinessReport after = check({QStringLiteral("sec.password-hashing"), QStringLiteral("sec.least-privilege"),
                                         QStringLiteral("db.foreign-keys"), QStringLiteral("db.statistics")});
    for (const ItemCheckResult& r : after.items)
        EXPECT_EQ(r.status, CheckStatus::Pass) << describe(r);
}

TEST_F(ReadinessLabTest, ReplayPausedOnAReplicaFailsTheLagCheck)
{
    const Lab& lab = Lab::get();
    const int leader = lab.leaderPort();
    ASSERT_GT(leader, 0);
    int replica = 0;
    for (int port : lab.pgPorts()) {
        if (port != leader)
            replica = port;
    }
    // Patroni undoes a replay pause within a loop unless the cluster is paused (lab notes).
    const auto pause = [&](bool on) { return lab.setPatroniPaused(on); };
    Restore restore([&] {
        lab.superuserSql(QStringLiteral("SELECT pg_wal_replay_resume()"), {replica});
        lab.superuserSql(QStringLiteral("DROP TABLE IF EXISTS cockpit_test_lag"), {leader});
        pause(false);
    });
    ASSERT_EQ(pause(true).exitCode, 0);
    // Maintenance mode itself: Patroni would not fail over.
    const ItemCheckResult paused = item(check({QStringLiteral("ha.patroni")}), QStringLiteral("ha.patroni"));
    EXPECT_EQ(paused.status, CheckStatus::Fail) << describe(paused);
    EXPECT_TRUE(paused.checks.value(1).observed.contains(QStringLiteral("maintenance mode"))) << describe(paused);
    ASSERT_TRUE(lab.superuserSql(QStringLiteral("SELECT pg_wal_replay_pause()"), {replica}).isEmpty());
    // Paused replay before anything is written shows no lag: the replica's own word fails it.
    const ItemCheckResult quiet
        = item(check({QStringLiteral("ha.replication-lag")}), QStringLiteral("ha.replication-lag"));
    EXPECT_EQ(quiet.status, CheckStatus::Fail) << describe(quiet);
    ASSERT_TRUE(lab.superuserSql(
                       QStringLiteral(
                           "CREATE TABLE cockpit_test_lag AS SELECT g, md5(g::text) FROM generate_series(1, 200000) g"),
                       {leader})
                    .isEmpty());
    EXPECT_TRUE(becomes(QStringLiteral("ha.replication-lag"), CheckStatus::Fail, 20000)) << lastSeen();
    lab.superuserSql(QStringLiteral("SELECT pg_wal_replay_resume()"), {replica});
    lab.superuserSql(QStringLiteral("DROP TABLE IF EXISTS cockpit_test_lag"), {leader});
    ASSERT_EQ(pause(false).exitCode, 0);
    EXPECT_TRUE(becomes(QStringLiteral("ha.replication-lag"), CheckStatus::Pass, 30000)) << lastSeen();
}

TEST_F(ReadinessLabTest, TheSimilaritySearchWithoutItsIndexIsTooSlow)
{
    const Lab& lab = Lab::get();
    const QList<int> leader{lab.leaderPort()};
    const QString create = QStringLiteral(
        "CREATE INDEX IF NOT EXISTS memory_entries_value_trgm_knn ON memory_entries USING gist (value gist_trgm_ops)");
    Restore restore([&] { lab.superuserSql(create, leader); });
    ASSERT_TRUE(lab.superuserSql(QStringLiteral("DROP INDEX memory_entries_value_trgm_knn"), leader).isEmpty());
    const ItemCheckResult r = item(check({QStringLiteral("perf.vector-search")}), QStringLiteral("perf.vector-search"));
    EXPECT_EQ(r.status, CheckStatus::Fail) << describe(r);
    ASSERT_TRUE(lab.superuserSql(create, leader).isEmpty());
    EXPECT_TRUE(becomes(QStringLiteral("perf.vector-search"), CheckStatus::Pass, 10000)) << lastSeen();
}

TEST_F(ReadinessLabTest, AlertmanagerAndPrometheusConfigurationsAreReadAsTheyRun)
{
    const Lab& lab = Lab::get();
    const QString amConfig = lab.dir + QStringLiteral("/etc/alertmanager.yml");
    const QString rules = lab.dir + QStringLiteral("/etc/rules.yml");
    const QString amOriginal = readText(amConfig);
    const QString rulesOriginal = readText(rules);
    const QString am = lab.alertmanagerUrl().toString();
    const QString prometheus = lab.prometheusUrl().toString();
    const auto reload = [&] {
        curl({QStringLiteral("-X"), QStringLiteral("POST"), am + QStringLiteral("/-/reload")});
        curl({QStringLiteral("-X"), QStringLiteral("POST"), prometheus + QStringLiteral("/-/reload")});
    };
    Restore restore([&] {
        writeText(amConfig, amOriginal);
        writeText(rules, rulesOriginal);
        reload();
    });
    QString noSlack = amOriginal;
    noSlack.remove(QRegularExpression(QStringLiteral("    slack_configs:\\n(      .*\\n)+")));
    ASSERT_NE(noSlack, amOriginal);
    QString noInfo = rulesOriginal;
    noInfo.replace(QStringLiteral("severity: info"), QStringLiteral("severity: warning"));
    ASSERT_NE(noInfo, rulesOriginal);
    ASSERT_TRUE(writeText(amConfig, noSlack) && writeText(rules, noInfo));
    reload();
    EXPECT_TRUE(becomes(QStringLiteral("mon.notification-channels"), CheckStatus::Fail, 10000)) << lastSeen();
    EXPECT_TRUE(becomes(QStringLiteral("mon.alert-rules"), CheckStatus::Fail, 10000)) << lastSeen();
    ASSERT_TRUE(writeText(amConfig, amOriginal) && writeText(rules, rulesOriginal));
    reload();
    EXPECT_TRUE(becomes(QStringLiteral("mon.notification-channels"), CheckStatus::Pass, 10000)) << lastSeen();
    EXPECT_TRUE(becomes(QStringLiteral("mon.alert-rules"), CheckStatus::Pass, 10000)) << lastSeen();
}

TEST_F(ReadinessLabTest, HostSettingsFollowSysctlAtTheNextScrape)
{
    const QString swappiness = readText(QStringLiteral("/proc/sys/vm/swappiness")).trimmed();
    const QString somaxconn = readText(QStringLiteral("/proc/sys/net/core/somaxconn")).trimmed();
    const auto sysctl = [](const QString& setting) {
        return test::runCommand(QStringLiteral("sysctl"), {QStringLiteral("-q"), QStringLiteral("-w"), setting})
            .exitCode;
    };
    Restore restore([&] {
        sysctl(QStringLiteral("vm.swappiness=") + swappiness);
        sysctl(QStringLiteral("net.core.somaxconn=") + somaxconn);
    });
    ASSERT_EQ(sysctl(QStringLiteral("vm.swappiness=10")), 0);
    ASSERT_EQ(sysctl(QStringLiteral("net.core.somaxconn=65535")), 0);
    EXPECT_TRUE(becomes(QStringLiteral("infra.kernel-parameters"), CheckStatus::Pass, 30000)) << lastSeen();
    ASSERT_EQ(sysctl(QStringLiteral("vm.swappiness=61")), 0);
    EXPECT_TRUE(becomes(QStringLiteral("infra.kernel-parameters"), CheckStatus::Fail, 30000)) << lastSeen();
}

TEST_F(ReadinessLabTest, TheOverlayNetworkRemovedFails)
{
    const Lab& lab = Lab::get();
    Restore restore([&] { lab.up(); });
    ASSERT_EQ(curl({QStringLiteral("--unix-socket"), lab.dockerSocket(), QStringLiteral("-X"), QStringLiteral("DELETE"),
                    QStringLiteral("http://localhost/v1.41/networks/dpg_net")})
                  .exitCode,
              0);
    EXPECT_EQ(statusOf(QStringLiteral("infra.overlay-network")), CheckStatus::Fail);
    ASSERT_EQ(lab.up().exitCode, 0);
    EXPECT_EQ(statusOf(QStringLiteral("infra.overlay-network")), CheckStatus::Pass);
}

TEST_F(ReadinessLabTest, AStoppedExporterOrPrometheusIsUnknownNeverPass)
{
    const Lab& lab = Lab::get();
    Restore restore([&] { lab.up(); });
    ASSERT_TRUE(lab.signal(QStringLiteral("node_exporter"), QStringLiteral("node-exporter"), SIGTERM));
    // Prometheus marks a dead target's series stale at its next scrape (the settings: no data,
    // unknown), and its up turns 0 (every item fed by node_exporter: fail) - although rates
    // over the last five minutes still have samples to give.
    EXPECT_TRUE(becomes(QStringLiteral("perf.disk-io"), CheckStatus::Fail, 20000)) << lastSeen();
    for (const char* id : {"infra.kernel-parameters", "perf.memory", "perf.disk-io", "infra.ntp"}) {
        const ItemCheckResult r = item(check({QString::fromLatin1(id)}), QString::fromLatin1(id));
        EXPECT_NE(r.status, CheckStatus::Pass) << describe(r);
        EXPECT_TRUE(std::any_of(r.checks.begin(), r.checks.end(), [](const CheckEvidence& e) {
            return e.title == QLatin1String("every node_exporter answers") && e.status == CheckStatus::Fail;
        })) << describe(r);
    }
    EXPECT_TRUE(becomes(QStringLiteral("mon.scrape-jobs"), CheckStatus::Fail, 20000)) << lastSeen();

    ASSERT_TRUE(lab.signal(QStringLiteral("prometheus"), QStringLiteral("prometheus --config"), SIGTERM));
    ASSERT_TRUE(test::waitFor(
        [&] { return lab.pidOf(QStringLiteral("prometheus"), QStringLiteral("prometheus --config")) == 0; }, 20000));
    const ReadinessReport report = check({});
    for (const char* id :
         {"infra.ntp", "infra.kernel-parameters", "mon.custom-metrics", "mon.scrape-jobs", "mon.alert-rules",
          "perf.latency-profile", "perf.memory", "perf.disk-io", "db.postgresql-conf", "infra.backup-storage"}) {
        const ItemCheckResult& r = item(report, QString::fromLatin1(id));
        EXPECT_NE(r.status, CheckStatus::Pass) << describe(r);
        const bool unknownCheck = std::any_of(r.checks.begin(), r.checks.end(),
                                              [](const CheckEvidence& e) { return e.status == CheckStatus::Unknown; });
        EXPECT_TRUE(unknownCheck) << describe(r);
    }
    ASSERT_EQ(lab.up().exitCode, 0);
}

TEST_F(ReadinessLabTest, AWrongPasswordOrAWrongCaIsUnknownOrFailNeverPass)
{
    SessionSecretStore wrong;
    Lab::get().storePasswords(wrong);
    (void)wrong.write(secretKey(QStringLiteral("lab"), QStringLiteral("postgres-check")),
                      QStringLiteral("not-the-password"));
    const ReadinessReport report = check({}, shipped(), std::nullopt, &wrong);
    int sqlItems = 0;
    for (const ItemCheckResult& r : report.items) {
        const ChecklistItem* it = shipped().findItem(r.itemId);
        const bool sql
            = it && std::any_of(it->verification.checks.begin(), it->verification.checks.end(), [](const Check& c) {
                  return std::holds_alternative<SqlProbe>(c.probe) || std::holds_alternative<PgBouncerProbe>(c.probe);
              });
        if (!sql || r.classification != Classification::Automated)
            continue;
        ++sqlItems;
        EXPECT_NE(r.status, CheckStatus::Pass) << describe(r);
    }
    EXPECT_GE(sqlItems, 20);
    const ItemCheckResult& pooling = item(report, QStringLiteral("db.connection-pooling"));
    EXPECT_EQ(pooling.status, CheckStatus::Unknown) << describe(pooling);

    // Certificates checked against another CA do not verify.
    QTemporaryDir dir;
    const test::CertificateFiles other = test::makeSelfSignedCertificate(dir.path(), QStringLiteral("other-ca"));
    ConnectionProfile profile = Lab::get().connectionProfile();
    profile.pgTls.caFile = other.certificate;
    const ReadinessReport tls
        = check({QStringLiteral("infra.ssl-certificates"), QStringLiteral("sec.tls-enabled")}, shipped(), profile);
    for (const ItemCheckResult& r : tls.items)
        EXPECT_NE(r.status, CheckStatus::Pass) << describe(r);
}

TEST_F(ReadinessLabTest, AStoppedPgBouncerOrDnsServerIsUnknown)
{
    const Lab& lab = Lab::get();
    Restore restore([&] { lab.up(); });
    ASSERT_TRUE(lab.signal(QStringLiteral("pgbouncer"), QStringLiteral("pgbouncer"), SIGTERM));
    ASSERT_TRUE(lab.signal(QStringLiteral("dnsmasq"), QStringLiteral("dnsmasq"), SIGTERM));
    ASSERT_TRUE(
        test::waitFor([&] { return lab.pidOf(QStringLiteral("pgbouncer"), QStringLiteral("pgbouncer")) == 0; }, 10000));
    const ReadinessReport report = check(
        {QStringLiteral("db.connection-pooling"), QStringLiteral("perf.pool-sizing"), QStringLiteral("infra.dns")});
    for (const ItemCheckResult& r : report.items)
        EXPECT_EQ(r.status, CheckStatus::Unknown) << describe(r);
    ASSERT_EQ(lab.up().exitCode, 0);
}

// PgBouncer still sending the application to the old leader after a switchover: the pools
// answer, the routing fails. Put back by switching over again.
TEST_F(ReadinessLabTest, PgBouncerPointingAtAStandbyFails)
{
    const Lab& lab = Lab::get();
    const int leaderPort = lab.leaderPort();
    ASSERT_GT(leaderPort, 0);
    const QString from = lab.nodeNames().value(lab.pgPorts().indexOf(leaderPort));
    const QString to = lab.nodeNames().value((lab.pgPorts().indexOf(leaderPort) + 1) % 3);
    ASSERT_EQ(statusOf(QStringLiteral("db.connection-pooling")), CheckStatus::Pass);
    Restore restore([&] {
        lab.switchover(to, from);
        test::waitFor([&] { return lab.leaderPort() == leaderPort; }, 60000);
        lab.up(); // every member running, PgBouncer on the leader
    });
    ASSERT_TRUE(lab.switchover(from, to).isEmpty());
    ASSERT_TRUE(test::waitFor([&] { return lab.leaderPort() != leaderPort && lab.leaderPort() > 0; }, 60000));
    const ItemCheckResult moved
        = item(check({QStringLiteral("db.connection-pooling")}), QStringLiteral("db.connection-pooling"));
    EXPECT_EQ(moved.status, CheckStatus::Fail) << describe(moved);
    EXPECT_TRUE(moved.checks.value(1).observed.contains(QStringLiteral("but the leader is"))) << describe(moved);
}

// A setting changed in the file but not reloaded: the live value still passes, the server
// would run another after a reload. Not a pass.
TEST_F(ReadinessLabTest, ASettingChangedWithoutAReloadIsNotAPass)
{
    const Lab& lab = Lab::get();
    Restore restore([&] {
        lab.superuserSql(QStringLiteral("ALTER SYSTEM RESET log_connections"));
        lab.superuserSql(QStringLiteral("SELECT pg_reload_conf()"));
    });
    ASSERT_EQ(statusOf(QStringLiteral("sec.audit-logging")), CheckStatus::Pass);
    ASSERT_TRUE(lab.superuserSql(QStringLiteral("ALTER SYSTEM SET log_connections = off")).isEmpty());
    const ItemCheckResult pending
        = item(check({QStringLiteral("sec.audit-logging")}), QStringLiteral("sec.audit-logging"));
    EXPECT_EQ(pending.status, CheckStatus::Fail) << describe(pending);
    EXPECT_EQ(pending.checks.value(0).status, CheckStatus::Pass) << "the live value is still on";
    EXPECT_EQ(pending.checks.value(1).status, CheckStatus::Fail) << describe(pending);
    ASSERT_TRUE(lab.superuserSql(QStringLiteral("ALTER SYSTEM RESET log_connections")).isEmpty());
    EXPECT_TRUE(becomes(QStringLiteral("sec.audit-logging"), CheckStatus::Pass, 10000)) << lastSeen();
}
