// The Migration tab on a local store, without a cluster: the journal's states in the tree, an
// action in doubt shown in red with what the cockpit can say, and the person's decisions (mark
// done, skip with a reason) recorded in the journal through the tab's buttons.
#include "TestSupport.h"

#include "TestWindow.h"
#include "core/Settings.h"
#include "engine/checklist/ChecklistSession.h"
#include "engine/migration/MigrationSession.h"
#include "gui/Dialogs.h"
#include "gui/MainWindow.h"
#include "gui/migration/MigrationTab.h"
#include "gui/widgets/NoticeBanner.h"
#include "store/Store.h"

#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <optional>

using namespace cockpit;
using namespace cockpit::gui;

namespace {

class ScriptedDialogs final : public Dialogs
{
public:
    void chooseFileToOpen(QWidget*, const QString&, const QString&, const QString&,
                          std::function<void(const QString&)>) override
    { }
    void showError(QWidget*, const QString&, const QString&, const QString&) override { }
    void askText(QWidget*, const QString& title, const QString& label,
                 std::function<void(const QString&)> onAccepted) override
    {
        questions.append(title + QLatin1Char('|') + label);
        if (answer)
            onAccepted(*answer);
    }
    std::optional<QString> answer;
    QStringList questions;
};

const QString kFinalBackup = QStringLiteral("migration/infrastructure-migration/final-backup#0");
const QString kDrain = QStringLiteral("migration/infrastructure-migration/drain-connections#0");
const QString kSnapshot = QStringLiteral("migration/pre-migration/create-snapshot#0");

class MigrationTabTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Dialogs::setInstance(&m_dialogs);
        m_settings = Settings::createAt(m_dir.filePath(QStringLiteral("settings.ini")));
        m_settings->setValue(Settings::Key::Identity, QStringLiteral("Rita Release"));
        m_window = test::openWindow(*m_settings, storePath(), QString());
        m_window->show();
        ASSERT_TRUE(test::waitFor([&] { return m_window->session() && m_window->session()->rollout().id > 0; }, 15000));
        ASSERT_TRUE(test::waitFor([&] { return m_window->migration()->isLoaded(); }, 15000));
        auto* tabs = child<QTabWidget>("tabWidget");
        tabs->setCurrentWidget(m_window->migrationTab());
    }
    void TearDown() override
    {
        m_window.reset();
        Dialogs::setInstance(nullptr);
    }
    QString storePath() const { return m_dir.filePath(QStringLiteral("cockpit.sqlite")); }
    template<typename T> T* child(const char* name) { return m_window->findChild<T*>(QString::fromLatin1(name)); }
    // Another process's records (a cockpit that crashed, or the command line), then the tab reads.
    void journal(const QString& path, const QString& field, const QString& value)
    {
        auto other = test::openAsCockpit(storePath());
        ASSERT_TRUE(other) << other.error().toString().toStdString();
        ASSERT_TRUE(other.value()->appendJournal(m_window->session()->rollout().id, path, field, value,
                                                 QStringLiteral("{}"), QStringLiteral("rollout-cockpit migrate")));
    }
    void reloadAndWait(const std::function<bool()>& until)
    {
        m_window->migration()->reload();
        ASSERT_TRUE(test::waitFor(until, 10000));
    }
    QTreeWidgetItem* row(const QString& path)
    {
        auto* tree = child<QTreeWidget>("procedureTreeWidget");
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            if ((*it)->data(0, Qt::UserRole + 1).toString() == path)
                return *it;
        }
        return nullptr;
    }
    QString stateOf(const QString& path)
    {
        QTreeWidgetItem* r = row(path);
        return r ? r->text(1) : QStringLiteral("(no row)");
    }

    QTemporaryDir m_dir;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<Settings> m_settings;
    test::WindowPtr m_window;
};

} // namespace

TEST_F(MigrationTabTest, EveryActionOfThePhasesAndTheRollbackIsListedPendingAndNothingRunsWithoutAProfile)
{
    EXPECT_EQ(stateOf(kSnapshot), QStringLiteral("pending"));
    EXPECT_EQ(stateOf(QStringLiteral("rollback/consistency/writes-working#0")), QStringLiteral("pending"));
    EXPECT_FALSE(child<QPushButton>("runButton")->isEnabled());
    EXPECT_FALSE(child<QPushButton>("dryRunButton")->isEnabled());
    EXPECT_TRUE(child<NoticeBanner>("migrationBanner")->text().contains(QStringLiteral("connection profile")));
}

TEST_F(MigrationTabTest, AnActionInDoubtIsShownSelectedAndMarkingItDoneIsRecorded)
{
    journal(kSnapshot, QStringLiteral("start"), QStringLiteral("{\"directory\":\"/backups/production-pre-rollout\"}"));
    journal(kSnapshot, QStringLiteral("end"), QStringLiteral("{\"outcome\":\"done\",\"message\":\"snapshot taken\"}"));
    journal(kFinalBackup, QStringLiteral("start"), QStringLiteral("{\"target\":\"pg1 (127.0.0.1:25432)\"}"));
    reloadAndWait([&] { return stateOf(kFinalBackup) == QLatin1String("IN DOUBT"); });
    EXPECT_EQ(stateOf(kSnapshot), QStringLiteral("done"));
    auto* banner = child<NoticeBanner>("doubtBanner");
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(QStringLiteral("Final backup"))) << banner->text().toStdString();
    // Without a profile the cockpit cannot ask the cluster, and says so rather than guessing.
    EXPECT_TRUE(banner->text().contains(QStringLiteral("no connection profile"))) << banner->text().toStdString();
    // The decision is about the action in doubt: it is selected, and a snapshot is not idempotent.
    EXPECT_EQ(child<QTreeWidget>("procedureTreeWidget")->currentItem(), row(kFinalBackup));
    ASSERT_TRUE(child<QPushButton>("doneButton")->isEnabled());
    EXPECT_TRUE(child<QPushButton>("rerunButton")->isEnabled());

    m_dialogs.answer = QStringLiteral("the snapshot folder is complete, checked by hand");
    child<QPushButton>("rerunButton")->click();
    ASSERT_FALSE(m_dialogs.questions.isEmpty());
    EXPECT_TRUE(m_dialogs.questions.last().contains(QStringLiteral("not idempotent")));
    ASSERT_TRUE(test::waitFor([&] { return stateOf(kFinalBackup) == QLatin1String("pending"); }, 10000));

    journal(kFinalBackup, QStringLiteral("start"), QStringLiteral("{\"target\":\"pg1 (127.0.0.1:25432)\"}"));
    reloadAndWait([&] { return stateOf(kFinalBackup) == QLatin1String("IN DOUBT"); });
    child<QPushButton>("doneButton")->click();
    ASSERT_TRUE(test::waitFor([&] { return stateOf(kFinalBackup) == QLatin1String("done"); }, 10000));
    EXPECT_FALSE(banner->isVisible());
    const auto record = m_window->migration()->journal().record(kFinalBackup);
    EXPECT_EQ(record.outcome, QStringLiteral("resolved as done"));
    EXPECT_EQ(record.message, QStringLiteral("the snapshot folder is complete, checked by hand"));
    EXPECT_EQ(record.starts, 2);
}

TEST_F(MigrationTabTest, SkippingNeedsAReasonAndRecordsIt)
{
    child<QTreeWidget>("procedureTreeWidget")->setCurrentItem(row(kDrain));
    ASSERT_TRUE(child<QPushButton>("skipButton")->isEnabled());
    EXPECT_FALSE(child<QPushButton>("doneButton")->isEnabled()) << "only an action in doubt or failed is marked done";
    m_dialogs.answer = QStringLiteral("   ");
    child<QPushButton>("skipButton")->click();
    test::waitFor([] { return false; }, 300);
    EXPECT_EQ(stateOf(kDrain), QStringLiteral("pending")) << "an empty reason records nothing";
    m_dialogs.answer = QStringLiteral("no client connects during the window (the load balancer is drained)");
    child<QPushButton>("skipButton")->click();
    ASSERT_TRUE(test::waitFor([&] { return stateOf(kDrain) == QLatin1String("skipped"); }, 10000));
    EXPECT_EQ(m_window->migration()->journal().record(kDrain).message,
              QStringLiteral("no client connects during the window (the load balancer is drained)"));
}

// A rehearsal's forecast (recorded in the journal by `migrate --rehearse` or the Rehearse button)
// stands beside each phase's budget: in the phase rows and in the budget line.
TEST_F(MigrationTabTest, TheRehearsalForecastStandsBesideEachPhasesBudget)
{
    m_window->resize(1280, 800);
    journal(kSnapshot, QStringLiteral("start"), QStringLiteral("{\"directory\":\"/backups/production-pre-rollout\"}"));
    journal(kSnapshot, QStringLiteral("end"),
            QStringLiteral("{\"outcome\":\"done\",\"message\":\"snapshot taken\",\"duration_ms\":1300}"));
    journal(QStringLiteral("migration/rehearsal"), QStringLiteral("forecast"),
            QStringLiteral("{\"phases\":{\"pre-migration\":3400,\"infrastructure-migration\":1200000,"
                           "\"verification\":1810000},\"at\":\"2026-12-03T20:10:00Z\",\"failed\":0}"));
    reloadAndWait([&] {
        QTreeWidgetItem* phase = row(QStringLiteral("migration/infrastructure-migration"));
        return phase && phase->text(3).contains(QStringLiteral("forecast"));
    });
    const QString phase2 = row(QStringLiteral("migration/infrastructure-migration"))->text(3);
    EXPECT_TRUE(phase2.contains(QStringLiteral("Budget 4 hour"))) << phase2.toStdString();
    EXPECT_TRUE(phase2.contains(QStringLiteral("forecast 20 min 0 s"))) << phase2.toStdString();
    EXPECT_TRUE(row(QStringLiteral("migration/verification"))->text(3).contains(QStringLiteral("forecast 30 min")));
    // The budget line: phase 1 running against its budget, phases 2 and 3 by their forecasts.
    const auto labels = m_window->migrationTab()->findChildren<QLabel*>();
    const bool shown = std::any_of(labels.begin(), labels.end(), [](const QLabel* l) {
        return l->text().contains(QStringLiteral("Phase 2: forecast 20 min 0 s of 4 h 0 min"));
    });
    QStringList texts;
    for (const QLabel* l : labels)
        texts.append(l->text());
    EXPECT_TRUE(shown) << texts.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(child<QPushButton>("rehearseButton") != nullptr);
    EXPECT_FALSE(child<QPushButton>("rehearseButton")->isEnabled()) << "a rehearsal needs a profile";
    if (const QString dir = qEnvironmentVariable("COCKPIT_SCREENSHOT_DIR"); !dir.isEmpty()) {
        child<QTreeWidget>("procedureTreeWidget")->expandAll();
        test::waitFor([] { return false; }, 300);
        m_window->grab().save(dir + QStringLiteral("/migration-forecast.png"));
    }
}
