// What the cockpit says when its data stops coming, on the lab: the rollback triggers' no-data
// policies with Prometheus stopped (fire fires, unknown says so, hold holds and says it), and
// the data-source gate before phase 2 closed by a stopped exporter. Each test puts the lab back.
#include "Lab.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>

using namespace cockpit;
using test::Lab;

namespace {

class NoDataLabTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QFile shipped(QStringLiteral(":/runbooks/production-rollout.json"));
        ASSERT_TRUE(shipped.open(QIODevice::ReadOnly));
        m_runbook = QJsonDocument::fromJson(shipped.readAll()).object();
        ASSERT_EQ(cockpit({QStringLiteral("profile"), QStringLiteral("import"),
                           Lab::get().dir + QStringLiteral("/profile.json")})
                      .exitCode,
                  0);
    }

    void writeRunbook()
    {
        QFile out(m_dir.filePath(QStringLiteral("runbook.json")));
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(m_runbook).toJson());
    }

    test::CommandResult cockpit(const QStringList& arguments, int timeoutMs = 180000)
    {
        QStringList all{QStringLiteral("--settings"), m_dir.filePath(QStringLiteral("settings.ini")),
                        QStringLiteral("--store"), m_dir.filePath(QStringLiteral("store.sqlite"))};
        if (QFile::exists(m_dir.filePath(QStringLiteral("runbook.json"))))
            all << QStringLiteral("--runbook") << m_dir.filePath(QStringLiteral("runbook.json"));
        return test::runCommand(QStringLiteral(COCKPIT_BINARY), all + arguments, timeoutMs);
    }

    // What Prometheus says of the node exporter's target: "up", "down", or empty.
    static QString nodeTargetHealth()
    {
        const test::CommandResult targets = test::runCommand(
            QStringLiteral("curl"),
            {QStringLiteral("-fsS"), Lab::get().prometheusUrl().toString() + QStringLiteral("/api/v1/targets")});
        for (const QJsonValue& t :
             QJsonDocument::fromJson(targets.out.toUtf8())[QStringLiteral("data")][QStringLiteral("activeTargets")]
                 .toArray()) {
            if (t[QStringLiteral("labels")][QStringLiteral("job")].toString() == QLatin1String("node"))
                return t[QStringLiteral("health")].toString();
        }
        return {};
    }

    static QJsonObject find(const QJsonArray& list, const QString& id)
    {
        for (const QJsonValue& v : list) {
            if (v[QStringLiteral("id")].toString() == id)
                return v.toObject();
        }
        return {};
    }

    QTemporaryDir m_dir;
    QJsonObject m_runbook;
};

TEST_F(NoDataLabTest, WithPrometheusStoppedFireFiresUnknownSaysSoAndHoldSaysItIsHolding)
{
    QJsonObject rollback = m_runbook[QStringLiteral("rollback")].toObject();
    QJsonArray triggers = rollback[QStringLiteral("triggers")].toArray();
    for (int i = 0; i < triggers.size(); ++i) {
        QJsonObject t = triggers[i].toObject();
        if (t[QStringLiteral("id")] == QLatin1String("error-rate"))
            t[QStringLiteral("on_no_data")] = QStringLiteral("fire");
        if (t[QStringLiteral("id")] == QLatin1String("latency-p95"))
            t[QStringLiteral("on_no_data")] = QStringLiteral("hold");
        triggers[i] = t;
    }
    rollback[QStringLiteral("triggers")] = triggers;
    m_runbook[QStringLiteral("rollback")] = rollback;
    writeRunbook();

    const auto restore = qScopeGuard([] {
        const test::CommandResult up = Lab::get().up();
        EXPECT_EQ(up.exitCode, 0) << up.err.toStdString();
    });
    ASSERT_TRUE(Lab::get().signal(QStringLiteral("prometheus"), QStringLiteral("prometheus --config"), SIGTERM));
    ASSERT_TRUE(test::waitFor(
        [] { return Lab::get().pidOf(QStringLiteral("prometheus"), QStringLiteral("prometheus --config")) == 0; },
        20000));

    const test::CommandResult watched
        = cockpit({QStringLiteral("watch"), QStringLiteral("--profile"), QStringLiteral("lab"),
                   QStringLiteral("--once"), QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(watched.exitCode, 1) << "a trigger fired (for want of data)\n" << watched.out.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(watched.out.toUtf8()).object();
    const QJsonArray states = json[QStringLiteral("triggers")].toArray();

    const QJsonObject fired = find(states, QStringLiteral("error-rate"));
    EXPECT_EQ(fired[QStringLiteral("state")].toString(), QStringLiteral("firing")) << watched.out.toStdString();
    EXPECT_TRUE(fired[QStringLiteral("fired_for_no_data")].toBool());
    EXPECT_EQ(fired[QStringLiteral("on_no_data")].toString(), QStringLiteral("fire"));

    const QJsonObject held = find(states, QStringLiteral("latency-p95"));
    EXPECT_TRUE(held[QStringLiteral("holding")].toBool()) << watched.out.toStdString();
    EXPECT_EQ(held[QStringLiteral("state")].toString(), QStringLiteral("inactive"));
    EXPECT_EQ(json[QStringLiteral("holding_triggers")].toArray().at(0).toString(), QStringLiteral("latency-p95"));

    const QJsonObject unknown = find(states, QStringLiteral("db-connection-errors"));
    EXPECT_EQ(unknown[QStringLiteral("state")].toString(), QStringLiteral("unknown"));
    EXPECT_EQ(unknown[QStringLiteral("on_no_data")].toString(), QStringLiteral("unknown"));

    // The transitions say why; the data sources say what is wrong.
    bool firedTransition = false;
    for (const QJsonValue& t : json[QStringLiteral("transitions")].toArray()) {
        if (t[QStringLiteral("trigger")].toString() == QLatin1String("error-rate")
            && t[QStringLiteral("to")].toString() == QLatin1String("firing"))
            firedTransition = t[QStringLiteral("reason")].toString().contains(QStringLiteral("no data"));
    }
    EXPECT_TRUE(firedTransition) << watched.out.toStdString();
    EXPECT_FALSE(json[QStringLiteral("data_sources")][QStringLiteral("healthy")].toBool(true));
    EXPECT_FALSE(json[QStringLiteral("data_sources")][QStringLiteral("error")].toString().isEmpty());
}

TEST_F(NoDataLabTest, AStoppedExporterClosesTheDataSourceGateBeforePhaseTwo)
{
    // Phases 1 and 2 reduced to statements that only read: the gate is what is under test.
    QJsonObject migration = m_runbook[QStringLiteral("migration")].toObject();
    QJsonArray phases = migration[QStringLiteral("phases")].toArray();
    for (int i = 0; i < 2; ++i) {
        QJsonObject phase = phases[i].toObject();
        phase[QStringLiteral("steps")] = QJsonArray{QJsonObject{
            {QStringLiteral("id"), QStringLiteral("look-%1").arg(i + 1)},
            {QStringLiteral("title"), QStringLiteral("A look at the database")},
            {QStringLiteral("actions"),
             QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("sql")},
                                    {QStringLiteral("database"), QStringLiteral("distributed_postgres_cluster")},
                                    {QStringLiteral("user"), QStringLiteral("dpg_cluster")},
                                    {QStringLiteral("sql"), QStringLiteral("SELECT 1")}}}}}};
        phases[i] = phase;
    }
    migration[QStringLiteral("phases")] = phases;
    m_runbook[QStringLiteral("migration")] = migration;
    writeRunbook();
    const QStringList phase
        = {QStringLiteral("migrate"),  QStringLiteral("--profile"), QStringLiteral("lab"),    QStringLiteral("--yes"),
           QStringLiteral("--format"), QStringLiteral("json"),      QStringLiteral("--phase")};
    ASSERT_EQ(cockpit(phase + QStringList{QStringLiteral("1")}).exitCode, 0);

    const auto restore = qScopeGuard([] {
        const test::CommandResult up = Lab::get().up();
        EXPECT_EQ(up.exitCode, 0) << up.err.toStdString();
    });
    ASSERT_TRUE(
        Lab::get().signal(QStringLiteral("node_exporter"), QStringLiteral("prometheus-node-exporter"), SIGTERM));
    // Prometheus marks it down at its next scrape (every 5 s on the lab).
    ASSERT_TRUE(test::waitFor([] { return nodeTargetHealth() == QLatin1String("down"); }, 30000));
    // One failed scrape is not yet a source gone: no successful scrape for two intervals (5 s) is.
    QThread::msleep(12000);
    const test::CommandResult blocked = cockpit(phase + QStringList{QStringLiteral("2")});
    ASSERT_EQ(blocked.exitCode, 4) << blocked.out.toStdString() << blocked.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(blocked.out.toUtf8()).object();
    const QString message = json[QStringLiteral("message")].toString();
    EXPECT_TRUE(message.contains(QStringLiteral("data sources are not healthy"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("job node"))) << message.toStdString();
    EXPECT_TRUE(json[QStringLiteral("actions")].toArray().isEmpty()) << "nothing of phase 2 ran";

    // The exporter back: the gate opens.
    const test::CommandResult up = Lab::get().up();
    ASSERT_EQ(up.exitCode, 0) << up.err.toStdString();
    test::CommandResult opened;
    ASSERT_TRUE(test::waitFor(
        [&] {
            opened = cockpit(phase + QStringList{QStringLiteral("2")});
            return opened.exitCode == 0;
        },
        30000))
        << opened.out.toStdString();
}

} // namespace
