// The Checklist tab's readiness check on the lab: F6 checks every item, the Check column shows
// what the cluster says beside what people said, a tick the check contradicts is marked, the
// evidence is in the details, and the results outlive the window.
#include "Lab.h"
#include "TestSupport.h"

#include "TestWindow.h"
#include "core/CheckResult.h"
#include "core/Settings.h"
#include "engine/checklist/ChecklistSession.h"
#include "engine/monitoring/MetricsSession.h"
#include "engine/readiness/ReadinessSession.h"
#include "gui/MainWindow.h"
#include "gui/checklist/ChecklistFilterModel.h"
#include "gui/checklist/ChecklistModel.h"
#include "gui/checklist/ChecklistTab.h"
#include "gui/widgets/WelcomePanel.h"

#include <QApplication>
#include <QComboBox>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace cockpit;
using namespace cockpit::gui;
using test::Lab;

namespace {

class ChecklistCheckLabTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_settings = Settings::createAt(m_dir.filePath(QStringLiteral("s.ini")));
        const QString failure = Lab::importProfile(*m_settings);
        ASSERT_TRUE(failure.isEmpty()) << failure.toStdString();
    }
    test::WindowPtr openWindow()
    {
        auto window = test::openWindow(*m_settings, m_dir.filePath(QStringLiteral("store.sqlite")), QString(),
                                       QStringLiteral("lab"));
        window->show();
        EXPECT_TRUE(test::waitFor(
            [&] {
                return window->session() && window->session()->isLoaded() && window->readiness()
                    && window->readiness()->whyNotRunnable().isEmpty();
            },
            20000))
            << (window->readiness() ? window->readiness()->whyNotRunnable().toStdString() : "no readiness");
        return window;
    }
    // The text the tree shows in a column for an item, through the filter, as the user sees it.
    static QString cell(MainWindow& window, const QString& itemId, int column)
    {
        auto* tree = window.findChild<QTreeView*>(QStringLiteral("checklistTreeView"));
        const QAbstractItemModel* model = tree->model();
        for (int s = 0; s < model->rowCount(); ++s) {
            const QModelIndex section = model->index(s, 0);
            for (int r = 0; r < model->rowCount(section); ++r) {
                const QModelIndex title = model->index(r, 0, section);
                if (title.data(ChecklistModel::ItemIdRole).toString() == itemId)
                    return model->index(r, column, section).data().toString();
            }
        }
        return QStringLiteral("<not shown>");
    }
    static QStringList shownItems(MainWindow& window)
    {
        auto* tree = window.findChild<QTreeView*>(QStringLiteral("checklistTreeView"));
        const QAbstractItemModel* model = tree->model();
        QStringList ids;
        for (int s = 0; s < model->rowCount(); ++s) {
            const QModelIndex section = model->index(s, 0);
            for (int r = 0; r < model->rowCount(section); ++r)
                ids.append(model->index(r, 0, section).data(ChecklistModel::ItemIdRole).toString());
        }
        return ids;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
};

} // namespace

TEST_F(ChecklistCheckLabTest, F6ChecksEveryItemAndMarksATickTheClusterContradicts)
{
    test::WindowPtr window = openWindow();
    ChecklistTab* tab = window->checklistTab();
    auto* tree = window->findChild<QTreeView*>(QStringLiteral("checklistTreeView"));
    EXPECT_EQ(cell(*window, QStringLiteral("infra.swarm"), ChecklistModel::CheckColumn), QStringLiteral("not checked"));

    // A person ticks the Swarm item, which the lab (one node) contradicts.
    tab->selectItem(QStringLiteral("infra.swarm"));
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Space);
    ASSERT_TRUE(test::waitFor([&] { return window->session()->pendingCount() == 0; }));
    ASSERT_EQ(window->session()->state(QStringLiteral("infra.swarm")).status, ItemStatus::Done);

    QSignalSpy finished(window->readiness(), &ReadinessSession::runFinished);
    auto* progress = window->findChild<QProgressBar*>(QStringLiteral("checkProgressBar"));
    QTest::keyClick(tree, Qt::Key_F6);
    EXPECT_TRUE(window->readiness()->isRunning() || finished.count() == 1);
    ASSERT_TRUE(test::waitFor([&] { return finished.count() == 1; }, 15000));
    EXPECT_FALSE(progress->isVisible()) << "the progress bar goes when the run ends";

    EXPECT_EQ(cell(*window, QStringLiteral("db.postgresql"), ChecklistModel::CheckColumn), QStringLiteral("pass"));
    EXPECT_EQ(cell(*window, QStringLiteral("ha.etcd"), ChecklistModel::CheckColumn), QStringLiteral("fail"));
    EXPECT_EQ(cell(*window, QStringLiteral("infra.swarm"), ChecklistModel::CheckColumn), QStringLiteral("fail ⚠"));
    EXPECT_EQ(cell(*window, QStringLiteral("infra.swarm"), ChecklistModel::StatusColumn), QStringLiteral("Done"));
    EXPECT_EQ(cell(*window, QStringLiteral("ha.vip"), ChecklistModel::CheckColumn), QStringLiteral("—"));

    // The evidence in the details pane: what was seen, where, and the conflict.
    tab->selectItem(QStringLiteral("infra.swarm"));
    auto* evidence = window->findChild<QTextBrowser*>(QStringLiteral("checkResultBrowser"));
    ASSERT_TRUE(evidence->isVisible());
    EXPECT_TRUE(evidence->toPlainText().contains(QStringLiteral("Docker Engine")))
        << evidence->toPlainText().toStdString();
    EXPECT_TRUE(evidence->toPlainText().contains(QStringLiteral("marked done"), Qt::CaseInsensitive))
        << evidence->toPlainText().toStdString();
    // And the run in the item's history, beside the person's tick.
    auto* history = window->findChild<QTreeWidget*>(QStringLiteral("historyTreeWidget"));
    ASSERT_TRUE(test::waitFor([&] {
        for (int i = 0; i < history->topLevelItemCount(); ++i)
            if (history->topLevelItem(i)->text(2).startsWith(QStringLiteral("Check: fail")))
                return true;
        return false;
    })) << "no check in the history";

    // The filter for contradicted ticks shows just that one.
    auto* filter = window->findChild<QComboBox*>(QStringLiteral("statusFilterComboBox"));
    filter->setCurrentIndex(filter->findData(static_cast<int>(ChecklistFilterModel::StatusFilter::Conflicts)));
    EXPECT_EQ(shownItems(*window), QStringList{QStringLiteral("infra.swarm")});
    filter->setCurrentIndex(filter->findData(static_cast<int>(ChecklistFilterModel::StatusFilter::CheckFailing)));
    const QStringList failing = shownItems(*window);
    EXPECT_TRUE(failing.contains(QStringLiteral("ha.etcd")));
    EXPECT_TRUE(failing.contains(QStringLiteral("perf.network-headroom"))) << "unknown is shown with the failures";
    EXPECT_FALSE(failing.contains(QStringLiteral("db.postgresql")));

    // The results are in the store: a new window shows them before it checks anything.
    window.reset();
    test::WindowPtr again = openWindow();
    ASSERT_TRUE(test::waitFor([&] {
        return cell(*again, QStringLiteral("ha.etcd"), ChecklistModel::CheckColumn) == QLatin1String("fail");
    })) << cell(*again, QStringLiteral("ha.etcd"), ChecklistModel::CheckColumn).toStdString();
    EXPECT_EQ(cell(*again, QStringLiteral("infra.swarm"), ChecklistModel::CheckColumn), QStringLiteral("fail ⚠"));
}

TEST_F(ChecklistCheckLabTest, ShiftF6ChecksTheSectionAndCtrlF6TheItem)
{
    test::WindowPtr window = openWindow();
    ChecklistTab* tab = window->checklistTab();
    auto* tree = window->findChild<QTreeView*>(QStringLiteral("checklistTreeView"));
    QSignalSpy finished(window->readiness(), &ReadinessSession::runFinished);

    tab->selectItem(QStringLiteral("ha.etcd"));
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_F6, Qt::ControlModifier);
    ASSERT_TRUE(test::waitFor([&] { return finished.count() == 1; }, 15000));
    EXPECT_EQ(finished.first().first().value<ReadinessReport>().items.size(), 1);
    EXPECT_EQ(cell(*window, QStringLiteral("ha.etcd"), ChecklistModel::CheckColumn), QStringLiteral("fail"));
    EXPECT_EQ(cell(*window, QStringLiteral("ha.patroni"), ChecklistModel::CheckColumn), QStringLiteral("not checked"));

    QTest::keyClick(tree, Qt::Key_F6, Qt::ShiftModifier);
    ASSERT_TRUE(test::waitFor([&] { return finished.count() == 2; }, 15000));
    EXPECT_EQ(cell(*window, QStringLiteral("ha.patroni"), ChecklistModel::CheckColumn), QStringLiteral("pass"));
    EXPECT_EQ(cell(*window, QStringLiteral("db.postgresql"), ChecklistModel::CheckColumn),
              QStringLiteral("not checked"));
}

// The user guide's walk on the lab, tab by tab, as a person sees it at 1280×800: the checklist
// checked against the cluster, the migration's plan and gates, the live charts filling from
// Prometheus, the approvals. With COCKPIT_SCREENSHOT_DIR set it keeps each tab's picture
// (docs/user-guide.md).
TEST_F(ChecklistCheckLabTest, TheUserGuideWalkShowsEveryTabWithTheLabsAnswers)
{
    // English as the executable shows it: its plural forms ("77 items", not "77 item(s)").
    QTranslator english;
    ASSERT_TRUE(english.load(QStringLiteral(COCKPIT_QM_DIR "/rollout-cockpit_en.qm")));
    QCoreApplication::installTranslator(&english);
    test::WindowPtr window = openWindow();
    window->resize(1280, 800);
    const QString shots = qEnvironmentVariable("COCKPIT_SCREENSHOT_DIR");
    const auto keep = [&](const char* name) {
        QApplication::processEvents();
        if (!shots.isEmpty())
            window->grab().save(shots + QLatin1Char('/') + QString::fromLatin1(name));
    };
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("tabWidget"));
    ASSERT_NE(tabs, nullptr);
    EXPECT_FALSE(window->welcomePanel()->isVisibleTo(window.get())) << "a profile exists: no welcome";

    QSignalSpy finished(window->readiness(), &ReadinessSession::runFinished);
    auto* tree = window->findChild<QTreeView*>(QStringLiteral("checklistTreeView"));
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_F6);
    ASSERT_TRUE(test::waitFor([&] { return finished.count() == 1; }, 15000));
    EXPECT_EQ(cell(*window, QStringLiteral("db.postgresql"), ChecklistModel::CheckColumn), QStringLiteral("pass"));
    window->checklistTab()->selectItem(QStringLiteral("db.postgresql"));
    keep("guide-checklist.png");

    tabs->setCurrentIndex(1);
    keep("guide-migration.png");

    tabs->setCurrentIndex(2);
    // The charts fill from Prometheus (backfill, then the first rounds).
    ASSERT_TRUE(test::waitFor(
        [&] {
            for (const auto& samples : window->metrics()->series())
                if (!samples.empty())
                    return true;
            return false;
        },
        30000))
        << "no metric has samples after 30 s";
    QTest::qWait(1500);
    keep("guide-live-charts.png");

    tabs->setCurrentIndex(3);
    keep("guide-approvals.png");
    window.reset();
    QCoreApplication::removeTranslator(&english);
}
