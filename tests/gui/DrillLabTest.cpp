// Fault drills on the lab: the cockpit must never show a broken cluster as healthy. Each
// drill breaks one thing for real (a Patroni killed hard, Prometheus stopped, an alert
// raised), checks what the window says within two refreshes, and puts the lab back.
#include "Lab.h"
#include "TestSupport.h"

#include "TestWindow.h"
#include "connectors/secrets/SecretStore.h"
#include "core/ConnectionProfile.h"
#include "core/Settings.h"
#include "engine/monitoring/ClusterMonitor.h"
#include "engine/monitoring/MetricsSession.h"
#include "engine/profiles/ProfileImporter.h"
#include "gui/MainWindow.h"
#include "gui/charts/ChartsTab.h"
#include "gui/charts/MetricChart.h"
#include "gui/migration/MigrationTab.h"
#include "gui/overview/ClusterOverview.h"
#include "gui/widgets/NoticeBanner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUuid>

#include <gtest/gtest.h>

#include <csignal>

using namespace cockpit;
using namespace cockpit::gui;
using test::Lab;

namespace {

constexpr int kRefreshMs = 2000;

class DrillLabTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_settings = Settings::createAt(m_dir.filePath(QStringLiteral("s.ini")));
        const QString failure = Lab::importProfile(*m_settings);
        ASSERT_TRUE(failure.isEmpty()) << failure.toStdString();
        m_window = test::openWindow(*m_settings, m_dir.filePath(QStringLiteral("store.sqlite")), QString(),
                                    QStringLiteral("lab"));
        m_window->resize(1280, 800);
        m_window->show();
        monitor().setInterval(std::chrono::milliseconds(kRefreshMs));
        ASSERT_TRUE(waitForSnapshot([](const ClusterSnapshot& s) { return healthy(s); }, 60000))
            << "the lab is not healthy before the drill: " << summary().toStdString();
        m_originalLeader = latest().leaderName();
    }

    void TearDown() override
    {
        // Whatever the drill did, the lab is put back and must be whole again.
        if (m_broke) {
            const test::CommandResult up = Lab::get().up();
            EXPECT_EQ(up.exitCode, 0) << up.err.toStdString();
            EXPECT_TRUE(waitForSnapshot([](const ClusterSnapshot& s) { return healthy(s); }, 90000))
                << "the lab did not come back: " << summary().toStdString();
            // The leader where it was, and PgBouncer pointed at it again.
            if (!m_originalLeader.isEmpty() && latest().leaderName() != m_originalLeader) {
                const QString failure = Lab::get().switchover(latest().leaderName(), m_originalLeader);
                EXPECT_TRUE(failure.isEmpty()) << failure.toStdString();
                EXPECT_TRUE(waitForSnapshot(
                    [&](const ClusterSnapshot& s) { return healthy(s) && s.leaderName() == m_originalLeader; }, 60000))
                    << summary().toStdString();
                const test::CommandResult again = Lab::get().up();
                EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
            }
        }
        m_window.reset();
    }

    static bool healthy(const ClusterSnapshot& s)
    {
        return s.cluster.isCurrent() && s.seenMembers() == 3 && !s.hasSplitBrain() && s.targets.isCurrent()
            && s.targetsUp() == s.targets.data->size() && s.lag.isCurrent() && s.lag.data->size() == 2;
    }

    ClusterMonitor& monitor() { return *m_window->clusterMonitor(); }
    const ClusterSnapshot& latest() { return monitor().latest(); }
    QString summary() { return m_window->clusterOverview()->summary(); }

    bool waitForSnapshot(const std::function<bool(const ClusterSnapshot&)>& predicate, int timeoutMs)
    {
        return test::waitFor([&] { return latest().takenAt.isValid() && predicate(latest()); }, timeoutMs);
    }

    // Waits for the predicate over at most `refreshes` complete refreshes that started after now.
    bool withinRefreshes(int refreshes, const std::function<bool(const ClusterSnapshot&)>& predicate)
    {
        QSignalSpy started(&monitor(), &ClusterMonitor::refreshStarted);
        int finishedAfterStart = 0;
        QMetaObject::Connection counting
            = QObject::connect(&monitor(), &ClusterMonitor::updated, &monitor(), [&](const ClusterSnapshot&) {
                  if (started.count() > 0)
                      ++finishedAfterStart;
              });
        const bool held = test::waitFor(
            [&] { return (started.count() > 0 && predicate(latest())) || finishedAfterStart >= refreshes; },
            refreshes * (kRefreshMs + static_cast<int>(ClusterMonitor::kQuestionTimeout.count())) + 5000);
        QObject::disconnect(counting);
        return held && started.count() > 0 && predicate(latest());
    }

    const MemberView* member(const QString& name)
    {
        for (const MemberView& m : latest().members) {
            if (m.name == name)
                return &m;
        }
        return nullptr;
    }

    QTreeWidgetItem* memberRow(const QString& name)
    {
        auto* tree = m_window->clusterOverview()->findChild<QTreeWidget*>(QStringLiteral("membersTreeWidget"));
        const auto rows = tree->findItems(name, Qt::MatchExactly, 0);
        return rows.isEmpty() ? nullptr : rows.first();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    test::WindowPtr m_window;
    bool m_broke = false;
    QString m_originalLeader;
};

test::CommandResult cockpitCli(const QStringList& arguments, const QString& settings)
{
    return test::runCommand(QStringLiteral(COCKPIT_BINARY),
                            QStringList{QStringLiteral("--settings"), settings} + arguments);
}

} // namespace

TEST_F(DrillLabTest, AReplicaWhosePatroniDiesStaysInTheTableAsMissing)
{
    const QString leader = latest().leaderName();
    QString replica;
    for (const QString& name : Lab::get().nodeNames()) {
        if (name != leader)
            replica = name;
    }
    m_broke = true;
    ASSERT_TRUE(Lab::get().signal(replica, QStringLiteral("patroni"), SIGKILL)) << replica.toStdString();

    ASSERT_TRUE(withinRefreshes(2,
                                [&](const ClusterSnapshot&) {
                                    const MemberView* m = member(replica);
                                    return m && m->health == MemberView::Health::Missing;
                                }))
        << "not shown missing within two refreshes: " << summary().toStdString();
    const MemberView* missing = member(replica);
    ASSERT_NE(missing, nullptr);
    EXPECT_TRUE(missing->expected);
    EXPECT_TRUE(missing->lastSeen.isValid());
    // Its PostgreSQL, asked directly, still streams from the leader.
    ASSERT_TRUE(missing->node.has_value());
    EXPECT_TRUE(missing->node->reachable) << missing->node->error.toString().toStdString();
    EXPECT_TRUE(missing->node->inRecovery);
    EXPECT_EQ(missing->node->receiverStatus, QStringLiteral("streaming"));
    EXPECT_EQ(latest().seenMembers(), 2);

    // The window says so: the row in red with "not seen since", the status bar "2 of 3 members".
    QTreeWidgetItem* row = memberRow(replica);
    ASSERT_NE(row, nullptr) << "the missing member is still in the table";
    EXPECT_TRUE(row->text(2).startsWith(QStringLiteral("not seen since "))) << row->text(2).toStdString();
    EXPECT_EQ(row->foreground(0).color(), QColor(0xb0, 0x2a, 0x2a));
    EXPECT_EQ(row->text(4), QStringLiteral("standby"));
    const QString status = m_window->profileLabel()->text();
    EXPECT_TRUE(status.contains(QStringLiteral("2 of 3 members"))) << status.toStdString();
    EXPECT_EQ(m_window->clusterOverview()->summaryLevel(), ClusterOverview::Level::Alarm);
}

TEST_F(DrillLabTest, ALeaderWhosePatroniDiesMakesASplitBrainThatIsShownUntilItClears)
{
    const QString oldLeader = latest().leaderName();
    ASSERT_FALSE(oldLeader.isEmpty());
    m_broke = true;
    // Patroni dies hard; its PostgreSQL keeps running as a writable primary.
    ASSERT_TRUE(Lab::get().signal(oldLeader, QStringLiteral("patroni"), SIGKILL));
    ASSERT_TRUE(waitForSnapshot(
        [&](const ClusterSnapshot& s) {
            return s.cluster.isCurrent() && !s.leaderName().isEmpty() && s.leaderName() != oldLeader;
        },
        90000))
        << "Patroni promoted nobody: " << summary().toStdString();
    const QString newLeader = latest().leaderName();

    ASSERT_TRUE(withinRefreshes(2, [](const ClusterSnapshot& s) { return s.hasSplitBrain(); }))
        << "no split brain shown within two refreshes of the promotion: " << summary().toStdString();
    QStringList split;
    for (const NodeState& node : latest().splitBrain)
        split.append(node.name);
    EXPECT_TRUE(split.contains(oldLeader) && split.contains(newLeader)) << split.join(QLatin1Char(',')).toStdString();

    // A red banner across the window naming both nodes and their timelines; the status bar red.
    NoticeBanner* banner = m_window->clusterBanner();
    ASSERT_TRUE(banner->isVisible());
    EXPECT_EQ(banner->kind(), NoticeBanner::Kind::Critical);
    EXPECT_TRUE(banner->text().contains(oldLeader) && banner->text().contains(newLeader))
        << banner->text().toStdString();
    EXPECT_TRUE(banner->text().contains(QStringLiteral("timeline"))) << banner->text().toStdString();
    EXPECT_TRUE(m_window->profileLabel()->text().contains(QStringLiteral("SPLIT BRAIN")));
    EXPECT_EQ(m_window->clusterOverview()->summaryLevel(), ClusterOverview::Level::Alarm);
    EXPECT_FALSE(latest().disagreements.isEmpty());

    // `profile test` says the same, with exit 1.
    const test::CommandResult tested
        = cockpitCli({QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("lab"),
                      QStringLiteral("--format"), QStringLiteral("json")},
                     m_dir.filePath(QStringLiteral("s.ini")));
    EXPECT_EQ(tested.exitCode, 1) << tested.out.toStdString() << tested.err.toStdString();
    const QJsonArray warnings = QJsonDocument::fromJson(tested.out.toUtf8())[QStringLiteral("warnings")].toArray();
    ASSERT_EQ(warnings.size(), 1) << tested.out.toStdString();
    EXPECT_TRUE(warnings[0].toString().contains(QStringLiteral("Split brain")));
    EXPECT_TRUE(warnings[0].toString().contains(oldLeader) && warnings[0].toString().contains(newLeader));

    // It stays while the condition holds, and goes once the old primary is fenced.
    EXPECT_TRUE(withinRefreshes(1, [](const ClusterSnapshot& s) { return s.hasSplitBrain(); }));
    const qint64 postmaster = Lab::get().postmasterPid(oldLeader);
    ASSERT_GT(postmaster, 0);
    ASSERT_EQ(::kill(static_cast<pid_t>(postmaster), SIGINT), 0); // fast shutdown
    ASSERT_TRUE(waitForSnapshot([](const ClusterSnapshot& s) { return !s.hasSplitBrain(); }, 30000));
    EXPECT_TRUE(test::waitFor([&] { return !m_window->clusterBanner()->isVisible(); }, 5000));
}

TEST_F(DrillLabTest, AStoppedPrometheusKeepsItsLastTargetsMarkedStale)
{
    const qsizetype targets = latest().targets.data->size();
    m_broke = true;
    ASSERT_TRUE(Lab::get().signal(QStringLiteral("prometheus"), QStringLiteral("prometheus --config"), SIGTERM));
    ASSERT_TRUE(withinRefreshes(2, [](const ClusterSnapshot& s) { return s.targets.isFailing(); }))
        << summary().toStdString();
    const auto& source = latest().targets;
    ASSERT_TRUE(source.hasData()) << "the last known targets are kept";
    EXPECT_EQ(source.data->size(), targets);
    EXPECT_TRUE(source.asOf.isValid() && source.asOf < source.failingSince);
    EXPECT_FALSE(source.isCurrent());

    const QString status = summary();
    EXPECT_TRUE(status.contains(QStringLiteral("targets unknown (Prometheus unreachable since ")))
        << status.toStdString();
    EXPECT_FALSE(status.contains(QStringLiteral("targets up"))) << status.toStdString();
    auto* label = m_window->clusterOverview()->findChild<QLabel*>(QStringLiteral("targetsErrorLabel"));
    ASSERT_TRUE(label->isVisible());
    EXPECT_TRUE(label->text().contains(QStringLiteral("As of "))) << label->text().toStdString();
    EXPECT_TRUE(
        label->text().contains(QStringLiteral("Prometheus at 127.0.0.1:29090 does not answer: connection refused")))
        << label->text().toStdString();
    EXPECT_NE(m_window->clusterOverview()->summaryLevel(), ClusterOverview::Level::Ok);
}

TEST_F(DrillLabTest, AnAlertmanagerAlertAppearsInTheOverview)
{
    const QString name = QStringLiteral("CockpitDrill");
    const QString drill = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto post = [&](const QDateTime& endsAt) {
        const QJsonArray alerts{QJsonObject{
            {QStringLiteral("labels"),
             QJsonObject{{QStringLiteral("alertname"), name},
                         {QStringLiteral("severity"), QStringLiteral("warning")},
                         {QStringLiteral("drill"), drill}}},
            {QStringLiteral("annotations"), QJsonObject{{QStringLiteral("summary"), QStringLiteral("A drill alert")}}},
            {QStringLiteral("startsAt"), QDateTime::currentDateTimeUtc().addSecs(-5).toString(Qt::ISODate)},
            {QStringLiteral("endsAt"), endsAt.toString(Qt::ISODate)}}};
        return test::runCommand(QStringLiteral("curl"),
                                {QStringLiteral("-fsS"), QStringLiteral("-X"), QStringLiteral("POST"),
                                 QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
                                 QStringLiteral("-d"), QString::fromUtf8(QJsonDocument(alerts).toJson()),
                                 Lab::get().alertmanagerUrl().toString() + QStringLiteral("/api/v2/alerts")});
    };
    ASSERT_EQ(post(QDateTime::currentDateTimeUtc().addSecs(300)).exitCode, 0);
    const auto firing = [&](const ClusterSnapshot& s) {
        if (!s.alerts.isCurrent())
            return false;
        return std::any_of(s.alerts.data->begin(), s.alerts.data->end(), [&](const AmAlert& a) {
            return a.labels.value(QStringLiteral("drill")) == drill && a.state == QLatin1String("active");
        });
    };
    const bool shown = withinRefreshes(2, firing);
    EXPECT_TRUE(post(QDateTime::currentDateTimeUtc()).exitCode == 0) << "resolve the drill alert";
    ASSERT_TRUE(shown) << summary().toStdString();
    auto* tree = m_window->clusterOverview()->findChild<QTreeWidget*>(QStringLiteral("alertsTreeWidget"));
    const auto rows = tree->findItems(name, Qt::MatchExactly, 0);
    ASSERT_FALSE(rows.isEmpty());
    EXPECT_EQ(rows.first()->text(1), QStringLiteral("warning"));
    EXPECT_EQ(rows.first()->text(3), QStringLiteral("A drill alert"));
    EXPECT_GE(rows.first()->childCount(), 3) << "its labels, on demand";
    EXPECT_TRUE(summary().contains(QStringLiteral("alert"))) << summary().toStdString();
    EXPECT_FALSE(summary().contains(QStringLiteral("no alerts")));
}

namespace {

// Puts something back however the test ends.
class Undo
{
public:
    explicit Undo(std::function<void()> fn) : m_fn(std::move(fn)) { }
    ~Undo() { m_fn(); }
    Q_DISABLE_COPY_MOVE(Undo)

private:
    std::function<void()> m_fn;
};

// The shipped runbook with the lag probed every 2 s and a lag trigger (> 500 ms for 10 s), so
// that a drill sees in seconds what the guide's intervals show in minutes.
QString lagRunbook(const QString& dir)
{
    QJsonObject root = QJsonDocument::fromJson(test::readFile(builtinRunbookPath())).object();
    QJsonObject monitoring = root[QStringLiteral("monitoring")].toObject();
    QJsonArray metrics = monitoring[QStringLiteral("metrics")].toArray();
    for (qsizetype i = 0; i < metrics.size(); ++i) {
        QJsonObject m = metrics[i].toObject();
        if (m[QStringLiteral("id")] == QLatin1String("replication_lag"))
            m[QStringLiteral("interval")] = QStringLiteral("2s");
        metrics[i] = m;
    }
    monitoring[QStringLiteral("metrics")] = metrics;
    root[QStringLiteral("monitoring")] = monitoring;
    QJsonObject rollback = root[QStringLiteral("rollback")].toObject();
    QJsonArray triggers = rollback[QStringLiteral("triggers")].toArray();
    triggers.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("replication-lag")},
                                {QStringLiteral("title"), QStringLiteral("Replication lag > 500 ms for 10 s (drill)")},
                                {QStringLiteral("kind"), QStringLiteral("threshold")},
                                {QStringLiteral("metric"), QStringLiteral("replication_lag")},
                                {QStringLiteral("comparison"), QStringLiteral("gt")},
                                {QStringLiteral("threshold"), 500},
                                {QStringLiteral("unit"), QStringLiteral("ms")},
                                {QStringLiteral("for"), QStringLiteral("10s")}});
    rollback[QStringLiteral("triggers")] = triggers;
    root[QStringLiteral("rollback")] = rollback;
    const QString path = dir + QStringLiteral("/lag-runbook.json");
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(QJsonDocument(root).toJson());
    return path;
}

} // namespace

TEST_F(DrillLabTest, APausedReplicaMakesTheLagChartClimbAndFiresTheLagAlertAndTrigger)
{
    const Lab& lab = Lab::get();
    m_window = test::openWindow(*m_settings, m_dir.filePath(QStringLiteral("lag.sqlite")), lagRunbook(m_dir.path()),
                                QStringLiteral("lab"));
    m_window->resize(1280, 800);
    m_window->show();
    monitoring::MetricsSession* metrics = m_window->metrics();
    const auto lag = [&] { return metrics->state().metric(QStringLiteral("replication_lag")); };
    ASSERT_TRUE(test::waitFor([&] { return metrics->isWatching() && lag() && lag()->value && !lag()->stale(); }, 60000))
        << "the lag was never read";
    EXPECT_NE(lag()->health, monitoring::MetricHealth::Alert) << "the lab lags before the drill: " << *lag()->value;

    const int leaderPort = lab.leaderPort();
    ASSERT_NE(leaderPort, 0);
    int replicaPort = 0;
    for (int port : lab.pgPorts()) {
        if (port != leaderPort)
            replicaPort = port;
    }
    Undo undo([&] {
        lab.superuserSql(QStringLiteral("SELECT pg_wal_replay_resume()"), {replicaPort});
        lab.superuserSql(QStringLiteral("DROP TABLE IF EXISTS cockpit_test_watch_lag"), {leaderPort});
        (void)lab.setPatroniPaused(false);
    });
    // Patroni resumes a paused replay unless it is in maintenance mode (lab notes).
    ASSERT_EQ(lab.setPatroniPaused(true).exitCode, 0);
    ASSERT_TRUE(lab.superuserSql(QStringLiteral("SELECT pg_wal_replay_pause()"), {replicaPort}).isEmpty());
    ASSERT_TRUE(lab.superuserSql(QStringLiteral("CREATE TABLE cockpit_test_watch_lag AS SELECT g, md5(g::text) "
                                                "FROM generate_series(1, 200000) g"),
                                 {leaderPort})
                    .isEmpty());

    // The lag climbs past the alert threshold: the metric, its chart and the alert say so.
    ASSERT_TRUE(test::waitFor([&] { return lag()->health == monitoring::MetricHealth::Alert; }, 30000))
        << "lag stayed at " << lag()->value.value_or(-1);
    EXPECT_GT(*lag()->value, 500.0);
    const auto& series = metrics->series().value(QStringLiteral("replication_lag"));
    ASSERT_FALSE(series.empty());
    EXPECT_GT(series.back().second, 500.0);
    ChartsTab* tab = m_window->chartsTab();
    m_window->centralWidget()->findChild<QTabWidget*>()->setCurrentWidget(tab);
    tab->redraw();
    MetricChart* chart = tab->chart(QStringLiteral("replication_lag"));
    ASSERT_NE(chart, nullptr);
    EXPECT_TRUE(test::waitFor([&] { return chart->property("health").toString() == QLatin1String("alert"); }, 5000));
    EXPECT_GT(chart->pointsDrawn(), 0);
    EXPECT_LE(chart->pointsDrawn(), chart->width()) << "never more points than pixels";
    ASSERT_GT(tab->alertsList()->count(), 0);
    bool alerted = false;
    for (int i = 0; i < tab->alertsList()->count(); ++i)
        alerted = alerted || tab->alertsList()->item(i)->text().contains(QStringLiteral("ALERT Replication Lag"));
    EXPECT_TRUE(alerted) << "no alert in the list";

    // Held 10 s past the threshold: the trigger fires, the banner offers the rollback.
    const auto trigger = [&] { return metrics->state().triggers().status(QStringLiteral("replication-lag")); };
    ASSERT_NE(trigger(), nullptr);
    const auto recent = [&] {
        QStringList values;
        const auto& all = metrics->series().value(QStringLiteral("replication_lag"));
        for (size_t i = all.size() > 20 ? all.size() - 20 : 0; i < all.size(); ++i)
            values.append(QString::number(all[i].second));
        return values.join(QLatin1Char(' ')).toStdString();
    };
    ASSERT_TRUE(test::waitFor([&] { return trigger()->state == AlertState::Firing; }, 40000))
        << "trigger " << alertStateToken(trigger()->state).toStdString() << "; lag " << recent()
        << "; stale: " << lag()->error.toStdString();
    EXPECT_GE(trigger()->firedAtMs - trigger()->activeAtMs, 10000);
    ASSERT_TRUE(test::waitFor([&] { return tab->triggerBanner()->isVisible(); }, 3000));
    EXPECT_EQ(tab->triggerBanner()->kind(), NoticeBanner::Kind::Critical);
    EXPECT_TRUE(tab->triggerBanner()->text().contains(QStringLiteral("Replication lag")))
        << tab->triggerBanner()->text().toStdString();
    auto* open = tab->triggerBanner()->findChild<QPushButton*>();
    ASSERT_NE(open, nullptr);
    open->click();
    EXPECT_EQ(m_window->centralWidget()->findChild<QTabWidget*>()->currentWidget(),
              static_cast<QWidget*>(m_window->migrationTab()));

    // Replay resumed: the lag falls back, the trigger ends, the alert is cleared.
    lab.superuserSql(QStringLiteral("SELECT pg_wal_replay_resume()"), {replicaPort});
    EXPECT_TRUE(test::waitFor([&] { return lag()->health == monitoring::MetricHealth::Ok; }, 60000))
        << "lag stayed at " << lag()->value.value_or(-1);
    EXPECT_TRUE(test::waitFor([&] { return trigger()->state == AlertState::Inactive; }, 10000));
}

TEST_F(DrillLabTest, AnUnplannedFailoverIsCountedAndTheCockpitsOwnSwitchoverIsNot)
{
    const QString store = m_dir.filePath(QStringLiteral("failover.sqlite"));
    const QString settings = m_dir.filePath(QStringLiteral("s.ini"));
    const auto count = [&]() -> double {
        const test::CommandResult watched = cockpitCli(
            {QStringLiteral("--store"), store, QStringLiteral("--profile"), QStringLiteral("lab"),
             QStringLiteral("watch"), QStringLiteral("--once"), QStringLiteral("--format"), QStringLiteral("json")},
            settings);
        EXPECT_TRUE(watched.exitCode == 0 || watched.exitCode == 1 || watched.exitCode == 3)
            << watched.err.toStdString();
        for (const QJsonValue m : QJsonDocument::fromJson(watched.out.toUtf8())[QStringLiteral("metrics")].toArray()) {
            if (m[QStringLiteral("id")] == QLatin1String("unplanned_failovers"))
                return m[QStringLiteral("value")].toDouble(-1);
        }
        return -1;
    };
    const double before = count();
    ASSERT_GE(before, 0);

    // The cockpit's own switchover is recorded before Patroni is asked: not a failover.
    m_broke = true;
    const QString leader = latest().leaderName();
    QString target;
    for (const QString& name : Lab::get().nodeNames()) {
        if (name != leader)
            target = name;
    }
    const test::CommandResult switched
        = cockpitCli({QStringLiteral("--store"), store, QStringLiteral("--profile"), QStringLiteral("lab"),
                      QStringLiteral("switchover"), QStringLiteral("--to"), target, QStringLiteral("--yes")},
                     settings);
    ASSERT_EQ(switched.exitCode, 0) << switched.out.toStdString() << switched.err.toStdString();
    ASSERT_TRUE(waitForSnapshot([&](const ClusterSnapshot& s) { return s.leaderName() == target; }, 60000));
    EXPECT_EQ(count(), before) << "the cockpit's switchover was counted as unplanned";

    // The leader's Patroni stopped: another member takes over, and that is counted.
    ASSERT_TRUE(Lab::get().signal(target, QStringLiteral("patroni"), SIGTERM));
    ASSERT_TRUE(waitForSnapshot(
        [&](const ClusterSnapshot& s) {
            return s.cluster.isCurrent() && !s.leaderName().isEmpty() && s.leaderName() != target;
        },
        90000))
        << "nobody took over: " << summary().toStdString();
    EXPECT_TRUE(test::waitFor([&] { return count() == before + 1; }, 30000)) << "count " << count();
}
