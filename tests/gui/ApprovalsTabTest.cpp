// The Approvals tab on a local store: signing through its buttons, a rejection's reason, the
// gate's words, another cockpit's sign-off appearing, and a record changed behind the
// cockpit's back shown as a red banner that names it.
#include "TestSupport.h"

#include "TestWindow.h"
#include "core/Settings.h"
#include "engine/approvals/ApprovalSession.h"
#include "engine/checklist/ChecklistSession.h"
#include "gui/Dialogs.h"
#include "gui/MainWindow.h"
#include "gui/approvals/ApprovalsTab.h"
#include "store/Store.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <optional>

using namespace cockpit;
using namespace cockpit::gui;

namespace {

class AnsweringDialogs final : public Dialogs
{
public:
    void chooseFileToOpen(QWidget*, const QString&, const QString&, const QString&,
                          std::function<void(const QString&)>) override
    { }
    void showError(QWidget*, const QString&, const QString& text, const QString&) override { errors.append(text); }
    void chooseFileToSave(QWidget*, const QString&, const QString&, const QString&,
                          std::function<void(const QString&)> onChosen) override
    {
        if (saveAs)
            onChosen(*saveAs);
    }
    std::optional<QString> saveAs;
    void askText(QWidget*, const QString& title, const QString&,
                 std::function<void(const QString&)> onAccepted) override
    {
        questions.append(title);
        if (answer)
            onAccepted(*answer);
    }
    std::optional<QString> answer;
    QStringList questions;
    QStringList errors;
};

class ApprovalsTabTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Dialogs::setInstance(&m_dialogs);
        m_settings = Settings::createAt(m_dir.filePath(QStringLiteral("settings.ini")));
        m_settings->setValue(Settings::Key::Identity, QStringLiteral("Dana Okafor"));
        m_window = test::openWindow(*m_settings, storePath(), QString());
        m_window->show();
        ASSERT_TRUE(test::waitFor([&] { return m_window->approvals() && m_window->approvals()->isLoaded(); }, 15000));
    }
    void TearDown() override
    {
        m_window.reset();
        Dialogs::setInstance(nullptr);
    }
    QString storePath() const { return m_dir.filePath(QStringLiteral("cockpit.sqlite")); }
    template<typename T> T* child(const char* name) { return m_window->findChild<T*>(QString::fromLatin1(name)); }
    void selectRole(const QString& title)
    {
        auto* table = child<QTableWidget>("rolesTableWidget");
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == title)
                table->selectRow(row);
        }
    }
    QString decisionOf(const QString& title)
    {
        auto* table = child<QTableWidget>("rolesTableWidget");
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == title)
                return table->item(row, 1)->text() + QLatin1Char('|') + table->item(row, 2)->text() + QLatin1Char('|')
                    + table->item(row, 4)->text();
        }
        return {};
    }
    QString gateText() { return child<QLabel>("gateLabel")->text(); }

    QTemporaryDir m_dir;
    AnsweringDialogs m_dialogs;
    std::unique_ptr<Settings> m_settings;
    test::WindowPtr m_window;
};

} // namespace

TEST_F(ApprovalsTabTest, SigningAndRejectingThroughTheTabIsRecordedAndTheGateSaysWhy)
{
    EXPECT_TRUE(gateText().contains(QStringLiteral("CLOSED"))) << gateText().toStdString();
    EXPECT_TRUE(gateText().contains(QStringLiteral("waiting for Database Team Lead"))) << gateText().toStdString();
    selectRole(QStringLiteral("Database Team Lead"));
    m_dialogs.answer = QStringLiteral("replication verified");
    child<QPushButton>("approveButton")->click();
    ASSERT_TRUE(test::waitFor([&] {
        return decisionOf(QStringLiteral("Database Team Lead")).startsWith(QStringLiteral("Approved"));
    })) << decisionOf(QStringLiteral("Database Team Lead")).toStdString();
    EXPECT_EQ(decisionOf(QStringLiteral("Database Team Lead")),
              QStringLiteral("Approved|Dana Okafor|replication verified"));
    EXPECT_FALSE(gateText().contains(QStringLiteral("waiting for Database Team Lead"))) << gateText().toStdString();
    EXPECT_TRUE(child<QPushButton>("revokeButton")->isEnabled()) << "the signer may take it back";

    // A rejection without a reason is not recorded; with one it is, and the gate names it.
    selectRole(QStringLiteral("Security Reviewer"));
    m_dialogs.answer = QStringLiteral("   ");
    child<QPushButton>("rejectButton")->click();
    test::waitFor([] { return false; }, 300);
    EXPECT_TRUE(decisionOf(QStringLiteral("Security Reviewer")).startsWith(QStringLiteral("Waiting")));
    m_dialogs.answer = QStringLiteral("SSL not enforced");
    child<QPushButton>("rejectButton")->click();
    ASSERT_TRUE(test::waitFor(
        [&] { return decisionOf(QStringLiteral("Security Reviewer")).startsWith(QStringLiteral("Rejected")); }));
    EXPECT_TRUE(gateText().contains(QStringLiteral("Security Reviewer rejected it (Dana Okafor: SSL not enforced)")))
        << gateText().toStdString();

    // Revoking one's own approval: waiting again, and both records stay.
    selectRole(QStringLiteral("Database Team Lead"));
    child<QPushButton>("revokeButton")->click();
    ASSERT_TRUE(test::waitFor(
        [&] { return decisionOf(QStringLiteral("Database Team Lead")).startsWith(QStringLiteral("Waiting")); }));
    EXPECT_EQ(m_window->approvals()->state().records.size(), 3);
}

TEST_F(ApprovalsTabTest, AnotherCockpitsSignOffAppearsAndATamperedRecordTurnsTheTabRed)
{
    const qint64 rollout = m_window->session()->rollout().id;
    {
        auto other = test::openAsCockpit(storePath());
        ASSERT_TRUE(other.ok());
        ApprovalAction action;
        action.role = QStringLiteral("product-manager");
        action.actor = QStringLiteral("Pat Lindqvist");
        action.comment = QStringLiteral("go");
        ASSERT_TRUE(other.value()->recordApproval(rollout, action).ok());
    }
    ASSERT_TRUE(test::waitFor(
        [&] { return decisionOf(QStringLiteral("Product Manager")).startsWith(QStringLiteral("Approved")); }, 5000))
        << "another cockpit's sign-off shows by itself";

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("forge"));
        db.setDatabaseName(storePath());
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        ASSERT_TRUE(query.exec(QStringLiteral("UPDATE audit_log SET actor = 'Mallory' WHERE entity = 'approval'")));
        ASSERT_TRUE(query.exec(QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN "
                                              "SELECT RAISE(ABORT, 'audit_log is append-only'); END")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("forge"));
    // The edit is a commit by another connection: the tab verifies again by itself.
    ASSERT_TRUE(
        test::waitFor([&] { return child<QLabel>("chainLabel")->text().contains(QStringLiteral("BROKEN")); }, 5000))
        << child<QLabel>("chainLabel")->text().toStdString();
    EXPECT_TRUE(gateText().contains(QStringLiteral("cannot be trusted"))) << gateText().toStdString();
    bool bannerNamesIt = false;
    for (const QLabel* label : m_window->approvalsTab()->findChildren<QLabel*>(QStringLiteral("noticeLabel"))) {
        if (label->isVisibleTo(m_window->approvalsTab())
            && label->text().contains(QStringLiteral("approval product-manager")))
            bannerNamesIt = true;
    }
    EXPECT_TRUE(bannerNamesIt);
    // Whatever tab is open: the window itself says it, in red.
    auto* windowBanner = m_window->findChild<QWidget*>(QStringLiteral("recordBanner"));
    ASSERT_TRUE(windowBanner);
    EXPECT_TRUE(windowBanner->isVisibleTo(m_window.get()));
}

// Issue 16.2: the head in full, and Copy Anchor puts HEAD@COUNT on the clipboard for a ticket.
TEST_F(ApprovalsTabTest, TheHeadIsShownInFullAndCopiedAsAnAnchor)
{
    selectRole(QStringLiteral("Database Team Lead"));
    m_dialogs.answer = QStringLiteral("replication verified");
    child<QPushButton>("approveButton")->click();
    ASSERT_TRUE(test::waitFor(
        [&] { return decisionOf(QStringLiteral("Database Team Lead")).startsWith(QStringLiteral("Approved")); }));
    auto* copy = child<QPushButton>("copyAnchorButton");
    ASSERT_TRUE(test::waitFor([&] { return copy->isEnabled(); }));
    const auto& chain = m_window->approvals()->chain();
    ASSERT_TRUE(chain && chain->intact);
    EXPECT_TRUE(child<QLabel>("chainLabel")->text().contains(chain->head))
        << child<QLabel>("chainLabel")->text().toStdString();
    copy->click();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), QStringLiteral("%1@%2").arg(chain->head).arg(chain->records));
    if (const QString dir = qEnvironmentVariable("COCKPIT_SCREENSHOT_DIR"); !dir.isEmpty()) {
        auto* tabs = child<QTabWidget>("tabWidget");
        tabs->setCurrentWidget(m_window->findChild<gui::ApprovalsTab*>());
        m_window->resize(1280, 800);
        QCoreApplication::processEvents();
        m_window->grab().save(dir + QStringLiteral("/approvals-anchor.png"));
    }
}

namespace {
void saveScreenshot(MainWindow& window, const QString& name)
{
    const QString dir = qEnvironmentVariable("COCKPIT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    window.findChild<QTabWidget*>(QStringLiteral("tabWidget"))
        ->setCurrentWidget(window.findChild<gui::ApprovalsTab*>());
    window.resize(1280, 800);
    QCoreApplication::processEvents();
    window.grab().save(dir + QLatin1Char('/') + name);
}
} // namespace

// Issue 16.5: an approval shows what it approved; when another cockpit reopens an item it had
// approved as done, the row says "Signed before" (the tooltip lists the change) and the gate waits.
TEST_F(ApprovalsTabTest, AnApprovalOutgrownByAnotherCockpitsChangeSaysSignedBeforeAndClosesTheGate)
{
    auto other = test::openAsCockpit(storePath());
    ASSERT_TRUE(other.ok()) << other.error().toString().toStdString();
    const qint64 rollout = m_window->session()->rollout().id;
    ItemChange done;
    done.itemId = QStringLiteral("infra.docker");
    done.actor = QStringLiteral("eng");
    done.status = ItemStatus::Done;
    ASSERT_TRUE(other.value()->applyItemChange(rollout, done).ok());

    selectRole(QStringLiteral("Database Team Lead"));
    m_dialogs.answer = QStringLiteral("docker verified");
    child<QPushButton>("approveButton")->click();
    ASSERT_TRUE(test::waitFor(
        [&] { return decisionOf(QStringLiteral("Database Team Lead")).startsWith(QStringLiteral("Approved")); }));
    auto* table = child<QTableWidget>("rolesTableWidget");
    EXPECT_TRUE(table->item(0, 1)->toolTip().contains(QStringLiteral("Approved: 1 done,")))
        << table->item(0, 1)->toolTip().toStdString();

    ItemChange reopened = done;
    reopened.status = ItemStatus::Open;
    ASSERT_TRUE(other.value()->applyItemChange(rollout, reopened).ok());
    ASSERT_TRUE(test::waitFor(
        [&] {
            return decisionOf(QStringLiteral("Database Team Lead")).contains(QStringLiteral("Signed before: 1 change"));
        },
        10000))
        << decisionOf(QStringLiteral("Database Team Lead")).toStdString();
    EXPECT_TRUE(table->item(0, 4)->toolTip().contains(QStringLiteral("infra.docker: done → open")))
        << table->item(0, 4)->toolTip().toStdString();
    EXPECT_TRUE(
        gateText().contains(QStringLiteral("Database Team Lead&#x27;s approval by Dana Okafor was signed before"))
        || gateText().contains(QStringLiteral("Database Team Lead's approval by Dana Okafor was signed before")))
        << gateText().toStdString();
    saveScreenshot(*m_window, QStringLiteral("approvals-signed-before.png"));
}

// Issue 15: File ▸ Export Report… (Ctrl+Shift+E) writes the report off the window's thread with a
// progress dialog meanwhile, and says where it went.
TEST_F(ApprovalsTabTest, ExportReportWritesThePdfWithAProgressDialogAndSaysWhere)
{
    selectRole(QStringLiteral("Database Team Lead"));
    m_dialogs.answer = QStringLiteral("replication verified");
    child<QPushButton>("approveButton")->click();
    ASSERT_TRUE(test::waitFor(
        [&] { return decisionOf(QStringLiteral("Database Team Lead")).startsWith(QStringLiteral("Approved")); }));
    const QString target = m_dir.filePath(QStringLiteral("out/report.pdf"));
    QDir().mkpath(m_dir.filePath(QStringLiteral("out")));
    m_dialogs.saveAs = target;
    auto* action = m_window->findChild<QAction*>(QStringLiteral("actionExportReport"));
    ASSERT_TRUE(action);
    EXPECT_EQ(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+E")));
    action->trigger();
    EXPECT_TRUE(m_window->findChild<QProgressDialog*>()) << "a progress dialog while it is written";
    ASSERT_TRUE(test::waitFor([&] { return QFile::exists(target); }, 30000));
    auto* status = m_window->findChild<QStatusBar*>();
    ASSERT_TRUE(test::waitFor([&] { return status->currentMessage().startsWith(QStringLiteral("Report written")); }))
        << status->currentMessage().toStdString();
    QFile pdf(target);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5) == "%PDF-");
    EXPECT_TRUE(m_dialogs.errors.isEmpty()) << m_dialogs.errors.join(QLatin1Char('\n')).toStdString();
}
