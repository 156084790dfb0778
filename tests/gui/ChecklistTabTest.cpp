// The window as a person uses it: keyboard and mouse on the real widgets, a real store file,
// then the store read back independently of the GUI.
#include "TestSupport.h"

#include "TestWindow.h"
#include "core/ConnectionProfile.h"
#include "core/Settings.h"
#include "engine/checklist/ChecklistSession.h"
#include "gui/Dialogs.h"
#include "gui/MainWindow.h"
#include "gui/checklist/ChecklistTab.h"
#include "gui/widgets/WelcomePanel.h"
#include "store/Store.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace cockpit;
using namespace cockpit::gui;

namespace {

// Answers dialogs from the test instead of a person.
class ScriptedDialogs final : public Dialogs
{
public:
    void chooseFileToOpen(QWidget*, const QString&, const QString&, const QString&,
                          std::function<void(const QString&)> onChosen) override
    {
        if (!nextFile.isEmpty())
            onChosen(nextFile);
    }
    void showError(QWidget*, const QString& title, const QString& text, const QString& details) override
    {
        errors.append(title + QLatin1Char('\n') + text + QLatin1Char('\n') + details);
    }
    void askText(QWidget*, const QString& title, const QString&,
                 std::function<void(const QString&)> onAccepted) override
    {
        questions.append(title);
        if (nextText)
            onAccepted(*nextText);
    }
    QString nextFile;
    QStringList errors;
    QStringList questions;
    std::optional<QString> nextText; // nothing: the person cancels
};

class WindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Dialogs::setInstance(&m_dialogs);
        m_settings = Settings::createAt(m_dir.filePath(QStringLiteral("settings.ini")));
        m_settings->setValue(Settings::Key::Identity, QStringLiteral("Dana Release"));
    }
    void TearDown() override
    {
        m_window.reset();
        Dialogs::setInstance(nullptr);
    }
    QString storePath() const { return m_dir.filePath(QStringLiteral("cockpit.sqlite")); }
    MainWindow& openWindow(const QString& runbook = {})
    {
        m_window = test::openWindow(*m_settings, storePath(), runbook);
        QSignalSpy ready(m_window.get(), &MainWindow::checklistReady);
        m_window->show();
        // A continuation whose future finished already runs at once: the checklist can be ready
        // before the spy exists.
        EXPECT_TRUE(test::waitFor([&] {
            return ready.count() >= 1 || (m_window->session() && m_window->session()->isLoaded());
        })) << "store: "
            << storeLabelText().toStdString() << "; notice: " << noticeText().toStdString() << "; session: "
            << (m_window->session() ? (m_window->session()->isLoaded() ? "loaded" : "not loaded") : "none");
        return *m_window;
    }
    QString storeLabelText() const
    {
        QStringList texts;
        for (const QLabel* label : m_window->statusBar()->findChildren<QLabel*>())
            texts.append(label->text());
        return texts.join(QStringLiteral(" | "));
    }
    QString noticeText() const
    {
        QStringList texts;
        for (const QLabel* label : m_window->findChildren<QLabel*>(QStringLiteral("noticeLabel"))) {
            if (label->isVisibleTo(m_window.get()))
                texts.append(label->text());
        }
        return texts.join(QStringLiteral(" | "));
    }
    template<typename T> T* child(const char* name)
    {
        T* widget = m_window->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }
    void selectItem(const QString& itemId)
    {
        m_window->checklistTab()->selectItem(itemId);
        ASSERT_EQ(m_window->checklistTab()->selectedItemId(), itemId);
    }
    void waitSaved()
    {
        ASSERT_TRUE(test::waitFor([&] { return m_window->session()->pendingCount() == 0; }));
    }

    QTemporaryDir m_dir;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<Settings> m_settings;
    test::WindowPtr m_window;
};

} // namespace

TEST_F(WindowTest, TickingAnItemWithTheKeyboardIsStoredWithAuthorAndTime)
{
    openWindow();
    auto* tree = child<QTreeView>("checklistTreeView");
    selectItem(QStringLiteral("infra.swarm"));
    tree->setFocus();
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QTest::keyClick(tree, Qt::Key_Space);
    EXPECT_TRUE(m_window->session()->isPending(QStringLiteral("infra.swarm")));
    waitSaved();
    const QDateTime after = QDateTime::currentDateTimeUtc().addMSecs(1);
    auto* progress = child<QProgressBar>("overallProgressBar");
    EXPECT_EQ(progress->format(), QStringLiteral("1 / 77 complete"));
    const qint64 rollout = m_window->session()->rollout().id;
    m_window.reset(); // close the window and its store

    auto store = Store::open(storePath());
    ASSERT_TRUE(store.ok());
    const auto states = store.value()->checklistStates(rollout);
    ASSERT_TRUE(states.ok());
    ASSERT_EQ(states->size(), 1);
    const ItemState& state = states->first();
    EXPECT_EQ(state.itemId, QStringLiteral("infra.swarm"));
    EXPECT_EQ(state.status, ItemStatus::Done);
    EXPECT_EQ(state.changedBy, QStringLiteral("Dana Release"));
    EXPECT_GE(state.changedAt, before);
    EXPECT_LE(state.changedAt, after);
    const auto audit = store.value()->auditLog(rollout, QStringLiteral("infra.swarm"));
    ASSERT_EQ(audit->size(), 1);
    EXPECT_EQ(audit->first().actor, QStringLiteral("Dana Release"));
    EXPECT_EQ(audit->first().oldValue, QStringLiteral("open"));
    EXPECT_EQ(audit->first().newValue, QStringLiteral("done"));

    // And the window shows it again after a restart, in the item's history too.
    openWindow();
    EXPECT_EQ(m_window->session()->state(QStringLiteral("infra.swarm")).status, ItemStatus::Done);
    selectItem(QStringLiteral("infra.swarm"));
    auto* history = child<QTreeWidget>("historyTreeWidget");
    ASSERT_TRUE(test::waitFor(
        [&] { return history->topLevelItemCount() == 1 && !history->topLevelItem(0)->text(1).isEmpty(); }));
    EXPECT_EQ(history->topLevelItem(0)->text(1), QStringLiteral("Dana Release"));
}

TEST_F(WindowTest, NotesAndEvidenceAreAppliedAndUndoIsAudited)
{
    openWindow();
    selectItem(QStringLiteral("db.max-connections"));
    auto* status = child<QComboBox>("statusComboBox");
    auto* note = child<QPlainTextEdit>("noteTextEdit");
    auto* evidence = child<QLineEdit>("evidenceLineEdit");
    auto* apply = child<QPushButton>("applyButton");
    EXPECT_FALSE(apply->isEnabled());
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("max_connections = 600 on all three nodes"));
    QTest::keyClicks(evidence, QStringLiteral("https://tickets.example/DB-42"));
    EXPECT_TRUE(apply->isEnabled());
    QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
    waitSaved();
    EXPECT_FALSE(apply->isEnabled());
    ItemState state = m_window->session()->state(QStringLiteral("db.max-connections"));
    EXPECT_EQ(state.note, QStringLiteral("max_connections = 600 on all three nodes"));
    EXPECT_EQ(state.evidence, QStringLiteral("https://tickets.example/DB-42"));

    status->setCurrentIndex(status->findText(QStringLiteral("Blocked")));
    Q_EMIT status->activated(status->currentIndex());
    waitSaved();
    EXPECT_EQ(m_window->session()->state(QStringLiteral("db.max-connections")).status, ItemStatus::Blocked);

    m_window->undoStack()->undo();
    waitSaved();
    state = m_window->session()->state(QStringLiteral("db.max-connections"));
    EXPECT_EQ(state.status, ItemStatus::Open);
    EXPECT_EQ(state.note, QStringLiteral("max_connections = 600 on all three nodes")); // only the status undone
    m_window->undoStack()->redo();
    waitSaved();
    EXPECT_EQ(m_window->session()->state(QStringLiteral("db.max-connections")).status, ItemStatus::Blocked);

    const qint64 rollout = m_window->session()->rollout().id;
    m_window.reset();
    auto store = Store::open(storePath());
    const auto audit = store.value()->auditLog(rollout, QStringLiteral("db.max-connections"));
    ASSERT_TRUE(audit.ok());
    QStringList fields;
    for (const AuditEntry& entry : audit.value())
        fields.prepend(entry.field + QLatin1Char('=') + entry.newValue);
    EXPECT_EQ(fields,
              (QStringList{QStringLiteral("note=max_connections = 600 on all three nodes"),
                           QStringLiteral("evidence=https://tickets.example/DB-42"), QStringLiteral("status=blocked"),
                           QStringLiteral("status=open"), QStringLiteral("status=blocked")}));
    // The undo and the redo are recorded as such, naming the edit they reverse.
    const AuditEntry& blocked = audit->at(2);
    const AuditEntry& undone = audit->at(1);
    const AuditEntry& redone = audit->at(0);
    EXPECT_EQ(blocked.origin, ChangeOrigin::Edit);
    EXPECT_EQ(undone.origin, ChangeOrigin::Undo);
    EXPECT_EQ(undone.reverses, blocked.changeId);
    EXPECT_EQ(redone.origin, ChangeOrigin::Redo);
    EXPECT_EQ(redone.reverses, blocked.changeId);
}

TEST_F(WindowTest, NotApplicableAndBlockedAskForAReasonFirst)
{
    openWindow();
    selectItem(QStringLiteral("infra.load-balancer"));
    auto* tree = child<QTreeView>("checklistTreeView");
    tree->setFocus();
    // Cancelled: nothing changes.
    m_dialogs.nextText.reset();
    QTest::keyClick(tree, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(m_dialogs.questions.size(), 1);
    waitSaved();
    EXPECT_EQ(m_window->session()->state(QStringLiteral("infra.load-balancer")).status, ItemStatus::Open);
    // Answered: the status and its reason are saved together, as one undoable change.
    m_dialogs.nextText = QStringLiteral("The lab has no load balancer; production uses the cloud's.");
    QTest::keyClick(tree, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    waitSaved();
    ItemState state = m_window->session()->state(QStringLiteral("infra.load-balancer"));
    EXPECT_EQ(state.status, ItemStatus::NotApplicable);
    EXPECT_EQ(state.note, *m_dialogs.nextText);
    m_window->undoStack()->undo();
    waitSaved();
    state = m_window->session()->state(QStringLiteral("infra.load-balancer"));
    EXPECT_EQ(state.status, ItemStatus::Open);
    EXPECT_TRUE(state.note.isEmpty());
    // A note already typed is the reason: no question.
    selectItem(QStringLiteral("infra.dns"));
    auto* note = child<QPlainTextEdit>("noteTextEdit");
    QTest::keyClicks(note, QStringLiteral("waiting for the DNS team"));
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    waitSaved();
    EXPECT_EQ(m_dialogs.questions.size(), 2);
    state = m_window->session()->state(QStringLiteral("infra.dns"));
    EXPECT_EQ(state.status, ItemStatus::Blocked);
    EXPECT_EQ(state.note, QStringLiteral("waiting for the DNS team"));
}

TEST_F(WindowTest, EscClearsTheFilterAndSpaceFoldsASection)
{
    openWindow();
    auto* filter = child<QLineEdit>("filterLineEdit");
    auto* tree = child<QTreeView>("checklistTreeView");
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("swarm"));
    const int filtered = tree->model()->rowCount();
    QTest::keyClick(filter, Qt::Key_Escape);
    EXPECT_TRUE(filter->text().isEmpty());
    EXPECT_GT(tree->model()->rowCount(), filtered - 1);
    EXPECT_EQ(tree->model()->rowCount(), 6) << "every section back";

    const QModelIndex section = tree->model()->index(1, 0);
    tree->setCurrentIndex(section);
    tree->setFocus();
    ASSERT_TRUE(tree->isExpanded(section));
    QTest::keyClick(tree, Qt::Key_Space);
    EXPECT_FALSE(tree->isExpanded(section));
    QTest::keyClick(tree, Qt::Key_Space);
    EXPECT_TRUE(tree->isExpanded(section));
    waitSaved();
    EXPECT_EQ(m_window->session()->progress().complete(), 0) << "Space on a section changes no item";
}

TEST_F(WindowTest, HelpListsEveryShortcut)
{
    openWindow();
    m_window->findChild<QAction*>(QStringLiteral("actionKeyboardShortcuts"))->trigger();
    QTableWidget* table = nullptr;
    ASSERT_TRUE(test::waitFor([&] {
        table = m_window->findChild<QTableWidget*>(QStringLiteral("shortcutsTableWidget"));
        return table != nullptr;
    }));
    QStringList keys;
    for (int row = 0; row < table->rowCount(); ++row)
        keys.append(table->item(row, 0)->text() + QLatin1Char(' ') + table->item(row, 1)->text());
    const QString all = keys.join(QLatin1Char('\n'));
    for (const char* expected :
         {"Ctrl+O", "Ctrl+Z", "Ctrl+Shift+D", "Ctrl+Shift+N", "Ctrl+Shift+B", "Ctrl+Shift+O", "Ctrl+Return", "Ctrl+F",
          "Ctrl+Shift+P", "F5", "F8", "Ctrl+1", "Ctrl+4", "Ctrl+,", "Esc Clear the filter", "Space"})
        EXPECT_TRUE(all.contains(QString::fromLatin1(expected))) << expected << "\n" << all.toStdString();
}

TEST_F(WindowTest, TheOtherTabsSayWhatTheyDoTodayNotThatNothingIsConnected)
{
    openWindow();
    for (const char* tab : {"MigrationTab", "ChartsTab"}) {
        QWidget* widget = nullptr;
        for (QWidget* w : m_window->findChildren<QWidget*>()) {
            if (QString::fromLatin1(w->metaObject()->className()).endsWith(QString::fromLatin1(tab)))
                widget = w;
        }
        ASSERT_NE(widget, nullptr) << tab;
        const QString text = widget->findChild<QLabel*>(QStringLiteral("noticeLabel"))->text();
        EXPECT_FALSE(text.contains(QStringLiteral("Not connected"))) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("This tab"))) << text.toStdString();
    }
}

// Issue 18.5: a first start without any profile says how to add one or start the lab; the
// checklist's line never claims "no connection profile" while a profile is in use.
TEST_F(WindowTest, AFirstStartWelcomesAndTheChecklistNamesTheProfileInUse)
{
    openWindow();
    ASSERT_NE(m_window->welcomePanel(), nullptr);
    EXPECT_TRUE(m_window->welcomePanel()->isVisibleTo(m_window.get()));
    auto* line = child<QLabel>("checkStateLabel");
    EXPECT_TRUE(line->text().contains(QStringLiteral("No connection profile"))) << line->text().toStdString();

    QFile file(test::dataPath(QStringLiteral("profiles/with-password-file.json")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QHash<QString, QString> passwordFiles;
    const auto profile = ConnectionProfile::fromJson(QJsonDocument::fromJson(file.readAll()).object(), file.fileName(),
                                                     &passwordFiles);
    ASSERT_TRUE(profile) << profile.error().toString().toStdString();
    ProfileStore(*m_settings).save(profile.value());
    m_window->useProfile(profile->name);
    EXPECT_FALSE(line->text().contains(QStringLiteral("No connection profile"))) << line->text().toStdString();
    EXPECT_TRUE(line->text().contains(profile->name)) << line->text().toStdString();

    // With a profile saved, the next start does not welcome again.
    m_window.reset();
    openWindow();
    EXPECT_FALSE(m_window->welcomePanel()->isVisibleTo(m_window.get()));
    EXPECT_FALSE(child<QLabel>("checkStateLabel")->text().contains(QStringLiteral("No connection profile")));
}

TEST_F(WindowTest, TheSettingsAndStoreFilesAreTheUsersAlone)
{
    openWindow();
    m_window->close();
    m_window.reset();
    m_settings->sync();
    const QFileDevice::Permissions others = QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther;
    for (const QString& file : {m_dir.filePath(QStringLiteral("settings.ini")), storePath()}) {
        ASSERT_TRUE(QFile::exists(file)) << file.toStdString();
        EXPECT_EQ(QFile::permissions(file) & others, QFileDevice::Permissions()) << file.toStdString();
    }
}

TEST_F(WindowTest, MovingToAnotherItemKeepsWhatWasTyped)
{
    openWindow();
    selectItem(QStringLiteral("infra.ntp"));
    QTest::keyClicks(child<QPlainTextEdit>("noteTextEdit"), QStringLiteral("chrony in sync, offset < 2 ms"));
    selectItem(QStringLiteral("infra.dns"));
    waitSaved();
    EXPECT_EQ(m_window->session()->state(QStringLiteral("infra.ntp")).note,
              QStringLiteral("chrony in sync, offset < 2 ms"));
}

TEST_F(WindowTest, ABrokenRunbookIsReportedAndTheCurrentOneStays)
{
    openWindow();
    const QString broken = test::dataPath(QStringLiteral("runbooks/broken/unknown-key.json"));
    QSignalSpy rejected(m_window.get(), &MainWindow::runbookRejected);
    m_window->openRunbook(broken);
    ASSERT_TRUE(test::waitFor([&] { return rejected.count() == 1; }));
    ASSERT_EQ(m_dialogs.errors.size(), 1);
    EXPECT_TRUE(m_dialogs.errors.first().contains(
        QStringLiteral("checklist.sections[0].items[1].titel: unknown key \"titel\" (did you mean \"title\"?)")));
    EXPECT_EQ(m_window->runbook().id, QStringLiteral("production-rollout"));
    EXPECT_EQ(m_settings->value(Settings::Key::RunbookPath).toString(), QString());
}

TEST_F(WindowTest, AnOpenedRunbookIsRememberedAcrossRestarts)
{
    openWindow();
    m_dialogs.nextFile = test::dataPath(QStringLiteral("runbooks/minimal.json"));
    QSignalSpy activated(m_window.get(), &MainWindow::runbookActivated);
    m_window->findChild<QAction*>(QStringLiteral("actionOpenRunbook"))->trigger();
    ASSERT_TRUE(test::waitFor([&] { return activated.count() == 1; }));
    EXPECT_EQ(m_window->runbook().id, QStringLiteral("minimal"));
    m_window.reset();

    openWindow();
    EXPECT_EQ(m_window->runbook().id, QStringLiteral("minimal"));
    EXPECT_EQ(m_settings->value(Settings::Key::RecentRunbooks).toStringList().first(), m_dialogs.nextFile);
}

TEST_F(WindowTest, ARememberedRunbookThatBrokeFallsBackToTheGuide)
{
    m_settings->setValue(Settings::Key::RunbookPath,
                         test::dataPath(QStringLiteral("runbooks/broken/bad-duration.json")));
    openWindow();
    EXPECT_EQ(m_window->runbook().id, QStringLiteral("production-rollout"));
    ASSERT_EQ(m_dialogs.errors.size(), 1);
    EXPECT_TRUE(m_dialogs.errors.first().contains(QStringLiteral("migration.phases[0].budget: bad duration")));
}

TEST_F(WindowTest, AStoreFromANewerVersionLeavesTheChecklistReadOnly)
{
    {
        auto store = Store::open(storePath());
        ASSERT_TRUE(store.ok());
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(storePath());
        ASSERT_TRUE(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 42"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    m_window = test::openWindow(*m_settings, storePath(), QString());
    m_window->show();
    auto* banner = m_window->checklistTab()->findChild<QWidget*>(QStringLiteral("noticeBanner"));
    ASSERT_NE(banner, nullptr);
    // The store's refusal and the runbook arrive independently; wait for both.
    ASSERT_TRUE(test::waitFor([&] { return banner->isVisible() && m_window->session() != nullptr; }));
    auto* label = m_window->checklistTab()->findChild<QLabel*>(QStringLiteral("noticeLabel"));
    EXPECT_TRUE(label->text().contains(QStringLiteral("newer Rollout Cockpit")));
    selectItem(QStringLiteral("infra.docker"));
    EXPECT_FALSE(child<QComboBox>("statusComboBox")->isEnabled());
    EXPECT_TRUE(child<QPlainTextEdit>("noteTextEdit")->isReadOnly());
}

TEST_F(WindowTest, RemembersTheWindowState)
{
    openWindow();
    m_window->resize(1111, 777);
    m_window->findChild<QAction*>(QStringLiteral("actionShowCharts"))->trigger();
    m_window->close();
    m_window.reset();
    openWindow();
    EXPECT_EQ(m_window->size(), QSize(1111, 777));
    EXPECT_EQ(m_window->findChild<QTabWidget*>(QStringLiteral("tabWidget"))->currentIndex(), 2);
}
