// Anchors (issue 16): a hash chain cannot see its own tail cut off; what this machine verified
// before, kept outside the store, can. Records removed behind the cockpit's back (the triggers
// dropped and put back) break the record, naming what was lost; a head a person brings is found
// or named missing; anchors never move backwards; a machine with no anchor verifies normally.
#include "TestSupport.h"

#include "core/RunbookLoader.h"
#include "engine/approvals/ApprovalBook.h"
#include "store/Anchors.h"
#include "store/Store.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace cockpit;
using namespace cockpit::approvals;

namespace {

class AnchorsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto runbook = RunbookLoader::loadFile(builtinRunbookPath());
        ASSERT_TRUE(runbook.ok());
        m_roles = runbook->approvals;
        m_anchors = std::make_shared<AnchorBook>(m_dir.filePath(QStringLiteral("machine/anchors.json")));
        m_store = open(m_anchors);
        ASSERT_TRUE(m_store);
        m_rollout = m_store->ensureRollout(QStringLiteral("rb"), QStringLiteral("RB"), QStringLiteral("rm"))->id;
    }
    QString storePath() const { return m_dir.filePath(QStringLiteral("s.sqlite")); }
    std::unique_ptr<Store> open(std::shared_ptr<AnchorBook> anchors)
    {
        auto store = Store::open(storePath(), m_clock);
        EXPECT_TRUE(store.ok()) << (store.ok() ? "" : store.error().toString().toStdString());
        if (!store)
            return nullptr;
        store.value()->useAnchors(std::move(anchors));
        return std::move(store).value();
    }
    Result<AuditEntry> sign(Store& store, const QString& role, ApprovalDecision decision, const QString& actor)
    {
        ApprovalAction action;
        action.role = role;
        action.decision = decision;
        action.actor = actor;
        action.reason = decision == ApprovalDecision::Reject ? QStringLiteral("not ready") : QString();
        m_clock.advance(60000);
        return store.recordApproval(m_rollout, action);
    }
    // Every role approved inside a window around now: the gate is open.
    void openTheGate()
    {
        MaintenanceWindow window;
        window.start = m_clock.nowUtc().addSecs(-3600);
        window.end = m_clock.nowUtc().addSecs(6 * 3600);
        window.zone = QStringLiteral("Europe/Berlin");
        ASSERT_TRUE(m_store->recordWindow(m_rollout, window, QStringLiteral("rm")).ok());
        int i = 0;
        for (const ApprovalRole& role : m_roles.roles)
            ASSERT_TRUE(sign(*m_store, role.id, ApprovalDecision::Approve, QStringLiteral("signer%1").arg(++i)).ok());
    }
    GateVerdict gate(Store& store)
    {
        const auto chain = store.verifyLedger();
        EXPECT_TRUE(chain.ok());
        return judgeGate(readApprovals(m_roles, store.approvalRecords(m_rollout).value()), m_clock.nowUtc(),
                         chain.value());
    }
    // The last records removed with any SQLite tool: the trigger dropped and put back.
    QString removeLast(int count)
    {
        return test::sqliteExec(
            storePath(),
            {QStringLiteral("DROP TRIGGER audit_log_no_delete"),
             QStringLiteral("DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log ORDER BY id DESC LIMIT %1)")
                 .arg(count),
             QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT "
                            "RAISE(ABORT, 'audit_log is append-only'); END")});
    }

    QTemporaryDir m_dir;
    test::ManualClock m_clock;
    Approvals m_roles;
    std::shared_ptr<AnchorBook> m_anchors;
    std::unique_ptr<Store> m_store;
    qint64 m_rollout = 0;
};

} // namespace

TEST_F(AnchorsTest, AMachineWithNoAnchorVerifiesNormallyAndKeepsOneOfItsUsersAlone)
{
    ASSERT_FALSE(QFile::exists(m_anchors->file()));
    ASSERT_TRUE(
        sign(*m_store, QStringLiteral("database-lead"), ApprovalDecision::Approve, QStringLiteral("dana")).ok());
    const auto verified = m_store->verifyLedger();
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->intact) << verified->problem.toStdString();
    EXPECT_TRUE(verified->notice.isEmpty()) << verified->notice.toStdString();
    const auto anchor = m_anchors->find(m_store->anchorKey());
    ASSERT_TRUE(anchor.ok() && anchor.value());
    EXPECT_EQ(anchor.value()->records, verified->records);
    EXPECT_EQ(anchor.value()->head, verified->head);
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
        | QFile::WriteOther | QFile::ExeOther;
    EXPECT_EQ(QFileInfo(m_anchors->file()).permissions() & others, QFile::Permissions()) << "the file 0600";
    EXPECT_EQ(QFileInfo(QFileInfo(m_anchors->file()).absolutePath()).permissions() & others, QFile::Permissions())
        << "its folder 0700";
    // The key is the file, however it is reached.
    EXPECT_EQ(m_store->anchorKey(), QStringLiteral("sqlite:") + QFileInfo(storePath()).canonicalFilePath());
}

TEST_F(AnchorsTest, RemovedLastRecordsBreakTheRecordNamingWhatWasLostAndCloseTheGate)
{
    ASSERT_NO_FATAL_FAILURE(openTheGate());
    // The Security Reviewer revokes: the last record, and the gate closes.
    ASSERT_TRUE(
        sign(*m_store, QStringLiteral("security-reviewer"), ApprovalDecision::Revoke, QStringLiteral("signer3")).ok());
    EXPECT_FALSE(gate(*m_store).open);
    const auto before = m_store->verifyLedger();
    ASSERT_TRUE(before.ok() && before->intact);
    // Without anchors (a machine that never saw this store) the chain alone cannot tell.
    ASSERT_EQ(removeLast(1), QString());
    const auto blind = open(nullptr);
    ASSERT_TRUE(blind);
    EXPECT_TRUE(blind->verifyLedger()->intact) << "the chain alone cannot see its tail cut off";
    EXPECT_TRUE(gate(*blind).open) << "which is why the anchor is needed";
    // This machine verified the longer record: broken, naming what it verified and where it ends now.
    const auto after = m_store->verifyLedger();
    ASSERT_TRUE(after.ok());
    EXPECT_FALSE(after->intact);
    EXPECT_TRUE(
        after->problem.contains(QStringLiteral("the record has lost records since this machine last verified it")))
        << after->problem.toStdString();
    EXPECT_TRUE(
        after->problem.contains(QStringLiteral("%1 records, head %2").arg(before->records).arg(before->head.left(12))))
        << after->problem.toStdString();
    EXPECT_TRUE(after->problem.contains(QStringLiteral("it now ends at record %1").arg(before->records - 1)))
        << after->problem.toStdString();
    const GateVerdict verdict = gate(*m_store);
    EXPECT_FALSE(verdict.open);
    // And nothing more is recorded in it.
    const auto refused
        = sign(*m_store, QStringLiteral("security-reviewer"), ApprovalDecision::Approve, QStringLiteral("signer3"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("lost records")))
        << refused.error().toString().toStdString();
    // The anchor did not move back.
    EXPECT_EQ(m_anchors->find(m_store->anchorKey()).value()->records, before->records);
}

TEST_F(AnchorsTest, ARemovedRejectionKeepsTheGateClosed)
{
    ASSERT_NO_FATAL_FAILURE(openTheGate());
    ASSERT_TRUE(
        sign(*m_store, QStringLiteral("product-manager"), ApprovalDecision::Reject, QStringLiteral("signer5")).ok());
    ASSERT_TRUE(m_store->verifyLedger()->intact);
    ASSERT_EQ(removeLast(1), QString());
    const GateVerdict verdict = gate(*m_store);
    EXPECT_FALSE(verdict.open);
    EXPECT_TRUE(verdict.summary().contains(QStringLiteral("lost records"))) << verdict.summary().toStdString();
}

TEST_F(AnchorsTest, ARecordReplacedAtTheAnchoredPositionIsNamedRewritten)
{
    ASSERT_TRUE(sign(*m_store, QStringLiteral("database-lead"), ApprovalDecision::Reject, QStringLiteral("dana")).ok());
    const auto before = m_store->verifyLedger();
    ASSERT_TRUE(before.ok() && before->intact);
    ASSERT_EQ(removeLast(1), QString());
    // Another machine (no anchor of its own) appends in the gap: the same length, another head.
    auto other = open(std::make_shared<AnchorBook>(m_dir.filePath(QStringLiteral("other/anchors.json"))));
    ASSERT_TRUE(other);
    ASSERT_TRUE(sign(*other, QStringLiteral("database-lead"), ApprovalDecision::Approve, QStringLiteral("dana")).ok());
    ASSERT_TRUE(other->verifyLedger()->intact);
    const auto after = m_store->verifyLedger();
    ASSERT_TRUE(after.ok());
    EXPECT_FALSE(after->intact);
    EXPECT_TRUE(after->problem.contains(QStringLiteral("rewritten since this machine last verified it")))
        << after->problem.toStdString();
    EXPECT_TRUE(after->problem.contains(QStringLiteral("approval database-lead"))) << after->problem.toStdString();
}

TEST_F(AnchorsTest, AHeadAPersonBringsIsFoundOrNamedMissing)
{
    ASSERT_TRUE(
        sign(*m_store, QStringLiteral("database-lead"), ApprovalDecision::Approve, QStringLiteral("dana")).ok());
    const auto quoted = m_store->verifyLedger();
    ASSERT_TRUE(quoted.ok() && quoted->intact);
    ASSERT_TRUE(
        sign(*m_store, QStringLiteral("operations-manager"), ApprovalDecision::Approve, QStringLiteral("olga")).ok());
    const auto full = ledger::parseAnchor(QStringLiteral("%1@%2").arg(quoted->head).arg(quoted->records));
    ASSERT_TRUE(full);
    EXPECT_TRUE(m_store->verifyLedger(full)->intact);
    const auto prefix = ledger::parseAnchor(quoted->head.left(16).toUpper());
    ASSERT_TRUE(prefix);
    EXPECT_TRUE(m_store->verifyLedger(prefix)->intact) << "a prefix of 16 digits, any case";
    const auto wrongPlace = ledger::parseAnchor(QStringLiteral("%1@%2").arg(quoted->head).arg(quoted->records + 1));
    const auto misplaced = m_store->verifyLedger(wrongPlace);
    EXPECT_FALSE(misplaced->intact);
    EXPECT_TRUE(misplaced->problem.contains(QStringLiteral("since the anchor given was taken")))
        << misplaced->problem.toStdString();
    const auto absent = ledger::parseAnchor(QString(64, QLatin1Char('a')));
    const auto missing = m_store->verifyLedger(absent);
    EXPECT_FALSE(missing->intact);
    EXPECT_TRUE(missing->problem.contains(QStringLiteral("does not contain head aaaaaaaaaaaa")))
        << missing->problem.toStdString();
    for (const QString& malformed :
         QStringList{QStringLiteral("abc"), QStringLiteral("xyz0123456789abcdef"), quoted->head + QStringLiteral("@0"),
                     quoted->head + QStringLiteral("@x"), quoted->head + QStringLiteral("0")})
        EXPECT_FALSE(ledger::parseAnchor(malformed)) << malformed.toStdString();
}

TEST_F(AnchorsTest, AnchorsNeverMoveBackwards)
{
    AnchorBook book(m_dir.filePath(QStringLiteral("book/anchors.json")));
    const QString head5(64, QLatin1Char('5'));
    const QString head3(64, QLatin1Char('3'));
    ASSERT_TRUE(book.advance(QStringLiteral("s"), {5, head5, m_clock.nowUtc()}).ok());
    ASSERT_TRUE(book.advance(QStringLiteral("s"), {3, head3, m_clock.nowUtc()}).ok());
    EXPECT_EQ(book.find(QStringLiteral("s")).value()->records, 5);
    EXPECT_EQ(book.find(QStringLiteral("s")).value()->head, head5);
    EXPECT_FALSE(book.find(QStringLiteral("other")).value()) << "another store has no anchor";
    const auto forgotten = book.forget(QStringLiteral("s"));
    ASSERT_TRUE(forgotten.ok() && forgotten.value());
    EXPECT_EQ(forgotten.value()->records, 5);
    EXPECT_FALSE(book.find(QStringLiteral("s")).value());
}

TEST_F(AnchorsTest, ADamagedAnchorsFileIsNeverTakenForANewMachine)
{
    ASSERT_TRUE(
        sign(*m_store, QStringLiteral("database-lead"), ApprovalDecision::Approve, QStringLiteral("dana")).ok());
    ASSERT_TRUE(m_store->verifyLedger()->intact);
    QFile file(m_anchors->file());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\"version\": 1, \"stores\": ");
    file.close();
    const auto verified = m_store->verifyLedger();
    ASSERT_TRUE(verified.ok());
    EXPECT_FALSE(verified->intact);
    EXPECT_TRUE(verified->problem.contains(QStringLiteral("anchors file cannot be understood")))
        << verified->problem.toStdString();
    EXPECT_TRUE(verified->problem.contains(m_anchors->file())) << verified->problem.toStdString();
}
