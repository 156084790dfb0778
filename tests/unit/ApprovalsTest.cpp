// The five sign-offs and the gate, on the local (SQLite) store: what closes the gate, what
// opens it, an override and its end, and a record changed behind the cockpit's back.
#include "TestSupport.h"

#include "core/RunbookLoader.h"
#include "engine/approvals/ApprovalBook.h"
#include "store/Store.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace cockpit;
using namespace cockpit::approvals;

namespace {

class ApprovalsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto runbook = RunbookLoader::loadFile(builtinRunbookPath());
        ASSERT_TRUE(runbook.ok());
        m_roles = runbook->approvals;
        ASSERT_EQ(m_roles.roles.size(), 5);
        auto store = Store::open(m_dir.filePath(QStringLiteral("s.sqlite")), m_clock);
        ASSERT_TRUE(store.ok()) << store.error().toString().toStdString();
        m_store = std::move(store).value();
        m_rollout = m_store->ensureRollout(QStringLiteral("rb"), QStringLiteral("RB"), QStringLiteral("rm"))->id;
    }
    ApprovalState state() { return readApprovals(m_roles, m_store->approvalRecords(m_rollout).value()); }
    GateVerdict gate()
    {
        const auto chain = m_store->verifyLedger();
        EXPECT_TRUE(chain.ok());
        return judgeGate(state(), m_clock.nowUtc(), chain.value());
    }
    Result<AuditEntry> sign(const QString& role, ApprovalDecision decision, const QString& actor,
                            const QString& reason = {})
    {
        ApprovalAction action;
        action.role = role;
        action.decision = decision;
        action.actor = actor;
        action.comment = QStringLiteral("looked at it");
        action.reason = reason;
        return m_store->recordApproval(m_rollout, action);
    }
    void approveAll()
    {
        int i = 0;
        for (const ApprovalRole& role : m_roles.roles) {
            ASSERT_TRUE(sign(role.id, ApprovalDecision::Approve, QStringLiteral("signer%1").arg(++i)).ok());
            m_clock.advance(60000);
        }
    }
    void windowAroundNow()
    {
        MaintenanceWindow window;
        window.start = m_clock.nowUtc().addSecs(-3600);
        window.end = m_clock.nowUtc().addSecs(3 * 3600);
        window.zone = QStringLiteral("Europe/Berlin");
        ASSERT_TRUE(m_store->recordWindow(m_rollout, window, QStringLiteral("rm")).ok());
    }

    QTemporaryDir m_dir;
    test::ManualClock m_clock;
    Approvals m_roles;
    std::unique_ptr<Store> m_store;
    qint64 m_rollout = 0;
};

} // namespace

TEST_F(ApprovalsTest, AFreshRolloutIsClosedAndSaysWhatIsMissing)
{
    const GateVerdict verdict = gate();
    EXPECT_FALSE(verdict.open);
    const QString why = verdict.reasons.join(QLatin1Char('|'));
    EXPECT_TRUE(why.contains(QStringLiteral("waiting for Database Team Lead, Infrastructure Lead, Security Reviewer, "
                                            "Product Manager, Operations Manager")))
        << why.toStdString();
    EXPECT_TRUE(why.contains(QStringLiteral("no maintenance window is set")));
    EXPECT_FALSE(state().dateApproved);
}

TEST_F(ApprovalsTest, FiveApprovalsInsideTheWindowOpenItAndDateTheApproval)
{
    windowAroundNow();
    approveAll();
    const QDateTime lastApproval = state().roles.last().at;
    const GateVerdict verdict = gate();
    EXPECT_TRUE(verdict.open) << verdict.summary().toStdString();
    EXPECT_FALSE(verdict.overridden);
    ASSERT_TRUE(state().dateApproved);
    EXPECT_EQ(*state().dateApproved, lastApproval);
    EXPECT_EQ(state().role(QStringLiteral("database-lead"))->signer, QStringLiteral("signer1"));
    EXPECT_EQ(state().role(QStringLiteral("database-lead"))->comment, QStringLiteral("looked at it"));
}

TEST_F(ApprovalsTest, OutsideTheWindowItIsClosedSayingWhen)
{
    approveAll();
    MaintenanceWindow later;
    later.start = m_clock.nowUtc().addDays(2);
    later.end = later.start.addSecs(4 * 3600);
    later.zone = QStringLiteral("UTC");
    ASSERT_TRUE(m_store->recordWindow(m_rollout, later, QStringLiteral("rm")).ok());
    GateVerdict verdict = gate();
    EXPECT_FALSE(verdict.open);
    EXPECT_TRUE(verdict.reasons.join(QLatin1Char('|')).contains(QStringLiteral("opens at")))
        << verdict.summary().toStdString();
    m_clock.advance(2LL * 24 * 3600 * 1000 + 60000); // inside
    EXPECT_TRUE(gate().open) << gate().summary().toStdString();
    m_clock.advance(5LL * 3600 * 1000); // after
    verdict = gate();
    EXPECT_FALSE(verdict.open);
    EXPECT_TRUE(verdict.reasons.join(QLatin1Char('|')).contains(QStringLiteral("closed at")));
    // A window that ends before it starts is refused.
    MaintenanceWindow backwards = later;
    backwards.end = backwards.start.addSecs(-60);
    EXPECT_FALSE(m_store->recordWindow(m_rollout, backwards, QStringLiteral("rm")).ok());
}

TEST_F(ApprovalsTest, ARejectionNeedsAReasonAndClosesTheGate)
{
    windowAroundNow();
    approveAll();
    const auto noReason = sign(QStringLiteral("security-reviewer"), ApprovalDecision::Reject, QStringLiteral("sam"));
    ASSERT_FALSE(noReason.ok());
    EXPECT_TRUE(noReason.error().message.contains(QStringLiteral("needs a reason")));
    ASSERT_TRUE(sign(QStringLiteral("security-reviewer"), ApprovalDecision::Reject, QStringLiteral("sam"),
                     QStringLiteral("CVE-2026-1234 unpatched"))
                    .ok());
    const GateVerdict verdict = gate();
    EXPECT_FALSE(verdict.open);
    EXPECT_TRUE(
        verdict.summary().contains(QStringLiteral("Security Reviewer rejected it (sam: CVE-2026-1234 unpatched)")))
        << verdict.summary().toStdString();
    EXPECT_FALSE(state().dateApproved) << "no longer approved by all";
    // Nothing was rewritten: the approval and the rejection are both in the record.
    int securityRows = 0;
    for (const AuditEntry& e : state().records)
        securityRows += e.entityId == QLatin1String("security-reviewer") ? 1 : 0;
    EXPECT_EQ(securityRows, 2);
}

TEST_F(ApprovalsTest, OnlyTheSignerRevokesAndARevocationReopensTheQuestion)
{
    windowAroundNow();
    approveAll();
    const auto other = sign(QStringLiteral("product-manager"), ApprovalDecision::Revoke, QStringLiteral("mallory"));
    ASSERT_FALSE(other.ok());
    EXPECT_TRUE(other.error().message.contains(QStringLiteral("only signer4")))
        << other.error().toString().toStdString();
    ASSERT_TRUE(sign(QStringLiteral("product-manager"), ApprovalDecision::Revoke, QStringLiteral("signer4")).ok());
    const GateVerdict verdict = gate();
    EXPECT_FALSE(verdict.open);
    EXPECT_TRUE(verdict.summary().contains(QStringLiteral("waiting for Product Manager")))
        << verdict.summary().toStdString();
    EXPECT_FALSE(state().role(QStringLiteral("product-manager"))->decision);
    EXPECT_FALSE(sign(QStringLiteral("product-manager"), ApprovalDecision::Revoke, QStringLiteral("signer4")).ok())
        << "nothing left to revoke";
}

TEST_F(ApprovalsTest, AnOverrideNeedsAReasonIsRecordedAndEnds)
{
    EXPECT_FALSE(m_store->recordOverride(m_rollout, QStringLiteral("  "), QStringLiteral("olga")).ok());
    ASSERT_TRUE(
        m_store->recordOverride(m_rollout, QStringLiteral("primary disk failing, move now"), QStringLiteral("olga"))
            .ok());
    GateVerdict verdict = gate();
    EXPECT_TRUE(verdict.open);
    EXPECT_TRUE(verdict.overridden);
    EXPECT_TRUE(verdict.reasons.first().contains(QStringLiteral("olga"))) << verdict.reasons.first().toStdString();
    EXPECT_TRUE(verdict.reasons.first().contains(QStringLiteral("primary disk failing")));
    const auto log = m_store->auditLog(m_rollout, QStringLiteral("override"));
    ASSERT_EQ(log->size(), 1);
    EXPECT_EQ(log->first().actor, QStringLiteral("olga"));
    m_clock.advance(61LL * 60 * 1000);
    EXPECT_FALSE(gate().open) << "an override holds for an hour";
}

TEST_F(ApprovalsTest, ASignOffChangedBehindTheCockpitsBackClosesTheGateNamingIt)
{
    windowAroundNow();
    approveAll();
    ASSERT_TRUE(gate().open);
    const qint64 forged = m_store->approvalRecords(m_rollout)->at(2).id;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("forge"));
        db.setDatabaseName(m_store->path());
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        ASSERT_TRUE(
            query.exec(QStringLiteral("UPDATE audit_log SET actor = 'somebody-else' WHERE id = %1").arg(forged)));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("forge"));
    const auto chain = m_store->verifyLedger();
    ASSERT_TRUE(chain.ok());
    EXPECT_FALSE(chain->intact);
    EXPECT_EQ(chain->firstBadId, forged);
    const GateVerdict verdict = judgeGate(state(), m_clock.nowUtc(), chain.value());
    EXPECT_FALSE(verdict.open);
    EXPECT_TRUE(verdict.summary().contains(QStringLiteral("cannot be trusted"))) << verdict.summary().toStdString();
    EXPECT_TRUE(verdict.summary().contains(QStringLiteral("#%1").arg(forged)));
}

// Issue 16.4: four eyes. One person holds one role's approval at a time: a second is refused
// before it is written, and a record that holds one anyway (two cockpits at once, an older
// cockpit) keeps the gate closed.
TEST_F(ApprovalsTest, OnePersonMayNotHoldTwoRolesApprovals)
{
    ASSERT_NO_FATAL_FAILURE(windowAroundNow());
    ASSERT_TRUE(m_roles.distinctSigners) << "the default";
    ASSERT_TRUE(sign(QStringLiteral("database-lead"), ApprovalDecision::Approve, QStringLiteral("dana")).ok());
    const auto refusal = signOffRefusal(state(), QStringLiteral("security-reviewer"), ApprovalDecision::Approve,
                                        QStringLiteral(" Dana"));
    ASSERT_TRUE(refusal);
    EXPECT_TRUE(refusal->contains(QStringLiteral("already holds the Database Team Lead approval")))
        << refusal->toStdString();
    EXPECT_FALSE(
        signOffRefusal(state(), QStringLiteral("database-lead"), ApprovalDecision::Approve, QStringLiteral("dana")))
        << "signing one's own role again is fine";
    EXPECT_FALSE(
        signOffRefusal(state(), QStringLiteral("security-reviewer"), ApprovalDecision::Reject, QStringLiteral("dana")))
        << "a rejection is never refused";
    // Recorded anyway: every other role approved by someone else, and still closed.
    ASSERT_TRUE(sign(QStringLiteral("security-reviewer"), ApprovalDecision::Approve, QStringLiteral("DANA")).ok());
    ASSERT_TRUE(sign(QStringLiteral("infrastructure-lead"), ApprovalDecision::Approve, QStringLiteral("ian")).ok());
    ASSERT_TRUE(sign(QStringLiteral("product-manager"), ApprovalDecision::Approve, QStringLiteral("pat")).ok());
    ASSERT_TRUE(sign(QStringLiteral("operations-manager"), ApprovalDecision::Approve, QStringLiteral("olga")).ok());
    GateVerdict verdict = gate();
    EXPECT_FALSE(verdict.open);
    EXPECT_TRUE(verdict.summary().contains(QStringLiteral("holds 2 approvals (Database Team Lead, Security Reviewer)")))
        << verdict.summary().toStdString();
    // The policy switched off in the runbook: the same record opens the gate.
    m_roles.distinctSigners = false;
    EXPECT_TRUE(gate().open) << gate().summary().toStdString();
    m_roles.distinctSigners = true;
    // Dana gives one back; someone else signs it: open.
    ASSERT_TRUE(sign(QStringLiteral("security-reviewer"), ApprovalDecision::Revoke, QStringLiteral("DANA")).ok());
    EXPECT_FALSE(
        signOffRefusal(state(), QStringLiteral("security-reviewer"), ApprovalDecision::Approve, QStringLiteral("sam")));
    ASSERT_TRUE(sign(QStringLiteral("security-reviewer"), ApprovalDecision::Approve, QStringLiteral("sam")).ok());
    verdict = gate();
    EXPECT_TRUE(verdict.open) << verdict.summary().toStdString();
}

// Issue 16.4: an approval older than valid_for (default 7 days) no longer counts.
TEST_F(ApprovalsTest, AnApprovalExpiresAfterTheRunbooksValidity)
{
    ASSERT_NO_FATAL_FAILURE(approveAll());
    ASSERT_NO_FATAL_FAILURE(windowAroundNow());
    ASSERT_TRUE(gate().open) << gate().summary().toStdString();
    EXPECT_EQ(m_roles.validFor, std::chrono::hours(24 * 7));
    m_clock.advance(qint64{7} * 24 * 3600 * 1000 - 2 * 60000); // the first four approvals are now 7 days old
    ASSERT_NO_FATAL_FAILURE(windowAroundNow());
    const GateVerdict verdict = gate();
    EXPECT_FALSE(verdict.open);
    EXPECT_TRUE(verdict.summary().contains(QStringLiteral("Database Team Lead's approval by signer1")))
        << verdict.summary().toStdString();
    EXPECT_TRUE(verdict.summary().contains(QStringLiteral("expired after 7d"))) << verdict.summary().toStdString();
    EXPECT_FALSE(verdict.summary().contains(QStringLiteral("Operations Manager's approval")))
        << "the last one is younger";
    // Signed again: open.
    ASSERT_TRUE(sign(QStringLiteral("database-lead"), ApprovalDecision::Approve, QStringLiteral("signer1")).ok());
    ASSERT_TRUE(sign(QStringLiteral("infrastructure-lead"), ApprovalDecision::Approve, QStringLiteral("signer2")).ok());
    ASSERT_TRUE(sign(QStringLiteral("security-reviewer"), ApprovalDecision::Approve, QStringLiteral("signer3")).ok());
    ASSERT_TRUE(sign(QStringLiteral("product-manager"), ApprovalDecision::Approve, QStringLiteral("signer4")).ok());
    ASSERT_TRUE(sign(QStringLiteral("operations-manager"), ApprovalDecision::Approve, QStringLiteral("signer5")).ok());
    EXPECT_TRUE(gate().open) << gate().summary().toStdString();
    // valid_for 0: approvals do not expire.
    m_roles.validFor = Duration{0};
    m_clock.advance(qint64{30} * 24 * 3600 * 1000);
    ASSERT_NO_FATAL_FAILURE(windowAroundNow());
    EXPECT_TRUE(gate().open) << gate().summary().toStdString();
}
