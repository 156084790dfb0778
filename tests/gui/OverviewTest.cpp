// The cluster overview and the profiles dialog, without the lab: unresponsive services must
// never freeze the window, and the dialog must validate and keep passwords out of settings.
#include "HostileServer.h"
#include "TestSupport.h"

#include "connectors/secrets/SecretStore.h"
#include "core/ConnectionProfile.h"
#include "core/Settings.h"
#include "engine/monitoring/ClusterMonitor.h"
#include "gui/overview/ClusterOverview.h"
#include "gui/profiles/ProfilesDialog.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace cockpit;
using namespace cockpit::gui;
using test::HostileServer;

namespace {

// The longest pause between two ticks of a 16 ms timer while the predicate waits: how long
// the event loop (the GUI thread) was kept from its work.
qint64 worstGapWhile(const std::function<bool()>& until, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 worst = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        const qint64 now = clock.elapsed();
        worst = std::max(worst, now - last);
        last = now;
    });
    ticker.start(16);
    EXPECT_TRUE(test::waitFor(until, timeoutMs));
    return worst;
}

} // namespace

TEST(ClusterMonitor, SilentServicesNeverFreezeTheWindowAndEachSourceSaysWhy)
{
    HostileServer silentPatroni(HostileServer::Behaviour::Silent);
    HostileServer silentPrometheus(HostileServer::Behaviour::Silent);
    HostileServer silentPostgres(HostileServer::Behaviour::Silent);
    HostileServer garbageDocker(HostileServer::Behaviour::GarbageBytes);
    ConnectionProfile profile;
    profile.name = QStringLiteral("unresponsive");
    profile.patroniUrls = {silentPatroni.url().toString()};
    profile.prometheusUrl = silentPrometheus.url().toString();
    profile.pgNodes = {{QStringLiteral("pg1"), QStringLiteral("127.0.0.1"), silentPostgres.port()}};
    profile.pgDatabase = QStringLiteral("db");
    profile.pgUser = QStringLiteral("u");
    profile.dockerEndpoint = QStringLiteral("tcp://127.0.0.1:%1").arg(garbageDocker.port());

    SessionSecretStore secrets;
    (void)secrets.write(secretKey(profile.name, QStringLiteral("postgres")), QStringLiteral("pw"));
    ClusterMonitor monitor(secrets);
    ClusterOverview overview(monitor);
    QSignalSpy updated(&monitor, &ClusterMonitor::updated);
    monitor.setProfile(profile);
    ASSERT_TRUE(monitor.isRefreshing());
    const qint64 worst = worstGapWhile([&] { return updated.count() >= 1 && !monitor.isRefreshing(); }, 20000);
    EXPECT_LT(worst, 150) << "the event loop stalled for " << worst << " ms";

    const ClusterSnapshot& snapshot = monitor.latest();
    EXPECT_FALSE(snapshot.cluster.hasData());
    EXPECT_EQ(snapshot.cluster.error.kind, ErrorKind::Timeout);
    EXPECT_FALSE(snapshot.targets.hasData());
    EXPECT_EQ(snapshot.targets.error.kind, ErrorKind::Timeout);
    ASSERT_EQ(snapshot.nodes.size(), 1);
    EXPECT_FALSE(snapshot.nodes[0].reachable);
    EXPECT_EQ(snapshot.nodes[0].error.kind, ErrorKind::Timeout);
    EXPECT_FALSE(snapshot.lag.hasData());
    EXPECT_FALSE(snapshot.services.hasData());
    EXPECT_EQ(snapshot.services.error.kind, ErrorKind::Protocol);
    ASSERT_EQ(snapshot.members.size(), 1);
    EXPECT_EQ(snapshot.members[0].health, MemberView::Health::Unknown) << "never healthy when Patroni is silent";
    // The error reads as a sentence first, naming the service and its address; details on demand.
    auto* membersError = overview.findChild<QLabel*>(QStringLiteral("membersErrorLabel"));
    const QString sentence = QStringLiteral("Patroni at 127.0.0.1:%1 did not answer in time").arg(silentPatroni.port());
    EXPECT_TRUE(membersError->text().contains(sentence)) << membersError->text().toStdString();
    EXPECT_TRUE(membersError->toolTip().contains(QStringLiteral("no complete answer")));
    // Nothing unknown is dropped from the summary or shown as fine.
    const QString summary = overview.summary();
    for (const char* part : {"members unknown", "tasks unknown", "targets unknown", "alerts unknown"})
        EXPECT_TRUE(summary.contains(QString::fromLatin1(part))) << summary.toStdString();
    EXPECT_NE(overview.summaryLevel(), ClusterOverview::Level::Ok);
}

TEST(ClusterMonitor, WithoutAProfileTheOverviewSaysWhatToDo)
{
    SessionSecretStore secrets;
    ClusterMonitor monitor(secrets);
    ClusterOverview overview(monitor);
    monitor.setProfile(std::nullopt);
    EXPECT_TRUE(overview.findChild<QLabel*>(QStringLiteral("statusLabel"))
                    ->text()
                    .contains(QStringLiteral("No connection profile")));
    auto* refresh = overview.findChild<QToolButton*>(QStringLiteral("refreshButton"));
    ASSERT_NE(refresh, nullptr);
    EXPECT_FALSE(refresh->isEnabled());
}

namespace {

class ProfilesDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_settings = Settings::createAt(m_dir.filePath(QStringLiteral("s.ini")));
        m_profiles = std::make_unique<ProfileStore>(*m_settings);
        m_switch.setTarget(&m_session);
        m_dialog = std::make_unique<ProfilesDialog>(*m_profiles, m_switch, QString());
    }
    template<typename T> T* field(const char* name)
    {
        T* widget = m_dialog->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    SessionSecretStore m_session;
    SecretStoreSwitch m_switch{makeError(ErrorKind::Incompatible, QStringLiteral("none"))};
    std::unique_ptr<ProfilesDialog> m_dialog;
};

} // namespace

TEST_F(ProfilesDialogTest, ProblemsInTheFormNameTheirPath)
{
    field<QLineEdit>("nameLineEdit")->setText(QStringLiteral("staging"));
    field<QPlainTextEdit>("pgNodesPlainTextEdit")->setPlainText(QStringLiteral("db1 db1.staging:99999"));
    field<QLineEdit>("prometheusUrlLineEdit")->setText(QStringLiteral("prometheus.staging"));
    const auto profile = m_dialog->profileFromForm();
    ASSERT_FALSE(profile.ok());
    const QString text = profile.error().toString();
    EXPECT_TRUE(text.contains(QStringLiteral("postgres.nodes[0].port"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("postgres.database: must not be empty"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("prometheus.url: expected an http://"))) << text.toStdString();
    field<QPushButton>("saveButton")->click();
    EXPECT_TRUE(field<QLabel>("problemsLabel")->text().contains(QStringLiteral("postgres.nodes[0].port")));
    EXPECT_TRUE(m_profiles->names().isEmpty()) << "nothing invalid is saved";
}

TEST_F(ProfilesDialogTest, SavingKeepsThePasswordOutOfTheSettings)
{
    field<QLineEdit>("nameLineEdit")->setText(QStringLiteral("staging"));
    field<QPlainTextEdit>("pgNodesPlainTextEdit")
        ->setPlainText(QStringLiteral("db1 db1.staging:5432\ndb2 db2.staging:5432"));
    field<QLineEdit>("pgDatabaseLineEdit")->setText(QStringLiteral("app"));
    field<QLineEdit>("pgUserLineEdit")->setText(QStringLiteral("ops"));
    field<QLineEdit>("pgPasswordLineEdit")->setText(QStringLiteral("correct-horse-battery-staple"));
    field<QLineEdit>("prometheusUrlLineEdit")->setText(QStringLiteral("https://prometheus.staging"));
    QSignalSpy changed(m_dialog.get(), &ProfilesDialog::profilesChanged);
    field<QPushButton>("saveButton")->click();
    ASSERT_TRUE(test::waitFor([&] { return changed.count() == 1; }));
    ASSERT_EQ(m_profiles->names(), QStringList{QStringLiteral("staging")});
    const auto saved = m_profiles->load(QStringLiteral("staging"));
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->pgNodes.size(), 2);
    EXPECT_EQ(saved->pgNodes[1].name, QStringLiteral("db2"));
    EXPECT_TRUE(field<QLineEdit>("pgPasswordLineEdit")->text().isEmpty()) << "the form keeps no password";
    const auto stored = test::await(m_session.read(secretKey(QStringLiteral("staging"), QStringLiteral("postgres"))));
    ASSERT_TRUE(stored && stored->ok());
    EXPECT_EQ(stored->value(), QStringLiteral("correct-horse-battery-staple"));
    m_settings->sync();
    QFile ini(m_dir.filePath(QStringLiteral("s.ini")));
    ASSERT_TRUE(ini.open(QIODevice::ReadOnly));
    EXPECT_FALSE(ini.readAll().contains("correct-horse"));
}

TEST_F(ProfilesDialogTest, ATestOfADeadEndpointShowsItsError)
{
    HostileServer refusing(HostileServer::Behaviour::CloseImmediately);
    field<QLineEdit>("nameLineEdit")->setText(QStringLiteral("dead"));
    field<QLineEdit>("prometheusUrlLineEdit")->setText(refusing.url().toString());
    field<QPushButton>("saveButton")->click();
    ASSERT_TRUE(test::waitFor([&] { return m_profiles->names().contains(QStringLiteral("dead")); }));
    auto* table = field<QTableWidget>("testTableWidget");
    ASSERT_TRUE(test::waitFor([&] { return table->rowCount() == 1; }));
    qobject_cast<QPushButton*>(table->cellWidget(0, 5))->click();
    ASSERT_TRUE(test::waitFor([&] { return table->item(0, 2)->text() == QStringLiteral("failed"); }, 15000));
    EXPECT_FALSE(table->item(0, 4)->text().isEmpty());
    EXPECT_FALSE(table->item(0, 3)->text().isEmpty()); // the latency of the failure
}

TEST_F(ProfilesDialogTest, WithoutAKeychainItOffersSessionSecretsExplicitly)
{
    m_switch.setTarget(nullptr);
    m_switch.setUnavailableReason(makeError(ErrorKind::Incompatible, QStringLiteral("Cannot autolaunch D-Bus")));
    m_dialog->refreshSecretsNotice();
    auto* banner = m_dialog->findChild<QWidget*>(QStringLiteral("noticeBanner"));
    ASSERT_TRUE(banner && banner->isVisibleTo(m_dialog.get()));
    EXPECT_TRUE(m_dialog->findChild<QLabel*>(QStringLiteral("noticeLabel"))
                    ->text()
                    .contains(QStringLiteral("Cannot autolaunch D-Bus")));
    QSignalSpy asked(m_dialog.get(), &ProfilesDialog::sessionSecretsRequested);
    m_dialog->findChild<QPushButton*>(QStringLiteral("sessionSecretsButton"))->click();
    EXPECT_EQ(asked.count(), 1);
}
