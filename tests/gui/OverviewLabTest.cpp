// The window on the lab, as scripts/run opens it: the profile imported with its passwords
// in the keychain, the overview showing the real cluster, the dialog testing every endpoint.
#include "Lab.h"
#include "TestSupport.h"

#include "connectors/secrets/SecretStore.h"
#include "core/ConnectionProfile.h"
#include "core/Settings.h"
#include "engine/monitoring/ClusterMonitor.h"
#include "engine/profiles/ProfileImporter.h"
#include "engine/services/Services.h"
#include "gui/MainWindow.h"
#include "gui/overview/ClusterOverview.h"
#include "gui/profiles/ProfilesDialog.h"
#include "gui/widgets/NoticeBanner.h"

#include <QLabel>

#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace cockpit;
using namespace cockpit::gui;
using test::Lab;

namespace {

class OverviewLabTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_settings = Settings::createAt(m_dir.filePath(QStringLiteral("s.ini")));
        const QString failure = Lab::importProfile(*m_settings);
        ASSERT_TRUE(failure.isEmpty()) << failure.toStdString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
};

} // namespace

TEST_F(OverviewLabTest, TheWindowShowsTheLabsClusterWithTheLeadersLag)
{
    Services services(*m_settings, {m_dir.filePath(QStringLiteral("store.sqlite")), {}, QStringLiteral("lab"), {}, {}},
                      Services::StoreThread::Own);
    MainWindow window(services);
    window.show();
    ClusterOverview* overview = window.clusterOverview();
    ASSERT_TRUE(test::waitFor([&] { return overview->summary().contains(QStringLiteral("targets up")); }, 30000))
        << overview->summary().toStdString();
    const ClusterSnapshot& snapshot = window.clusterMonitor()->latest();
    ASSERT_TRUE(snapshot.cluster.isCurrent()) << snapshot.cluster.error.toString().toStdString();
    EXPECT_EQ(snapshot.cluster.data->members.size(), 3);
    EXPECT_EQ(snapshot.seenMembers(), 3);
    EXPECT_EQ(snapshot.expectedMembers(), 3);
    EXPECT_FALSE(snapshot.hasSplitBrain());
    EXPECT_TRUE(snapshot.disagreements.isEmpty()) << snapshot.disagreements.join(QLatin1Char('\n')).toStdString();
    // Every node asked directly: one primary on Patroni's leader, two streaming standbys.
    ASSERT_EQ(snapshot.nodes.size(), 3);
    for (const NodeState& node : snapshot.nodes) {
        EXPECT_TRUE(node.reachable) << node.error.toString().toStdString();
        EXPECT_TRUE(node.timeline.has_value());
        EXPECT_FALSE(node.lsn.isEmpty());
        EXPECT_EQ(node.acceptsWrites(), node.name == snapshot.leaderName()) << node.name.toStdString();
        if (node.inRecovery) {
            EXPECT_EQ(node.receiverStatus, QStringLiteral("streaming")) << node.name.toStdString();
        }
    }
    ASSERT_TRUE(snapshot.lag.isCurrent()) << snapshot.lag.error.toString().toStdString();
    EXPECT_EQ(snapshot.lag.data->size(), 2) << "both standbys stream from the leader";
    for (const ReplicationLag& lag : *snapshot.lag.data) {
        EXPECT_EQ(lag.state, QStringLiteral("streaming"));
        EXPECT_TRUE(lag.replayLagBytes.has_value()) << "pg_monitor lets the cockpit see the lag columns";
    }
    ASSERT_TRUE(snapshot.services.isCurrent());
    ASSERT_TRUE(snapshot.targets.isCurrent());
    ASSERT_TRUE(snapshot.alerts.isCurrent()) << snapshot.alerts.error.toString().toStdString();
    EXPECT_EQ(snapshot.targetsUp(), snapshot.targets.data->size());
    const QString summary = overview->summary();
    EXPECT_TRUE(summary.startsWith(QStringLiteral("3 of 3 members, leader pg"))) << summary.toStdString();
    EXPECT_TRUE(window.profileLabel()->text().contains(summary));
    EXPECT_FALSE(window.clusterBanner()->isVisible());
    auto* members = overview->findChild<QTreeWidget*>(QStringLiteral("membersTreeWidget"));
    EXPECT_EQ(members->topLevelItemCount(), 3);
    EXPECT_EQ(m_settings->value(Settings::Key::CurrentProfile).toString(), QStringLiteral("lab"));

    // No lab password in the settings or the store the window wrote.
    window.close();
    m_settings->sync();
    for (const QString& file : {m_dir.filePath(QStringLiteral("s.ini")), m_dir.filePath(QStringLiteral("store.sqlite")),
                                m_dir.filePath(QStringLiteral("store.sqlite-wal"))}) {
        QFile written(file);
        if (!written.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = written.readAll();
        for (const char* name : {"dpg_cluster", "patroni-api", "superuser"})
            EXPECT_FALSE(bytes.contains(Lab::get().secret(QString::fromLatin1(name)).toUtf8())) << file.toStdString();
    }
}

TEST_F(OverviewLabTest, TheDialogTestsEveryLabEndpoint)
{
    ProfileStore profiles(*m_settings);
    KeychainSecretStore keychain;
    SecretStoreSwitch secrets(makeError(ErrorKind::Incompatible, QStringLiteral("unused")));
    secrets.setTarget(&keychain);
    ProfilesDialog dialog(profiles, secrets, QStringLiteral("lab"));
    dialog.show();
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("testTableWidget"));
    ASSERT_EQ(table->rowCount(), 13);
    dialog.findChild<QPushButton*>(QStringLiteral("testAllButton"))->click();
    // "Test All" saves first, then tests; each row ends as answered or failed.
    const auto finished = [&] {
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString result = table->item(row, 2)->text();
            if (result != QLatin1String("answered") && result != QLatin1String("failed"))
                return false;
        }
        return true;
    };
    ASSERT_TRUE(test::waitFor(finished, 30000));
    for (int row = 0; row < table->rowCount(); ++row) {
        EXPECT_EQ(table->item(row, 2)->text(), QStringLiteral("answered"))
            << table->item(row, 0)->text().toStdString() << ": " << table->item(row, 4)->text().toStdString();
    }
}
