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
    EXPECT_TRUE(verdict.reasons.join(QLatin1Char('|')).contains(QStringLiteral("opens at"))) << verdict.summary().toStdString();
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
    EXPECT_TRUE(verdict.summary().contains(QStringLiteral("Security Reviewer rejected it (sam: CVE-2026-1234 unpatched)")))
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
    EXPECT_TRUE(other.error().message.contains(QStringLiteral("only signer4"))) << other.error().toString().toStdString();
    ASSERT_TRUE(sign(QStringLiteral("product-manager"), ApprovalDecision::Revoke, QStringLiteral("signer4")).ok());
    const GateVerdict verdict = gate();
    EXPECT_FALSE(verdict.open);
    EXPECT_TRUE(verdict.summary().contains(QStringLiteral("waiting for Product Manager"))) << verdict.summary().toStdString();
    EXPECT_FALSE(state().role(QStringLiteral("product-manager"))->decision);
    EXPECT_FALSE(sign(QStringLiteral("product-manager"), ApprovalDecision::Revoke, QStringLiteral("signer4")).ok())
        << "nothing left to revoke";
}

TEST_F(ApprovalsTest, AnOverrideNeedsAReasonIsRecordedAndEnds)
{
    EXPECT_FALSE(m_store->recordOverride(m_rollout, QStringLiteral("  "), QStringLiteral("olga")).ok());
    ASSERT_TRUE(m_store->recordOverride(m_rollout, QStringLiteral("primary disk failing, move now"), QStringLiteral("olga")).ok());
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
        ASSERT_TRUE(query.exec(QStringLiteral("UPDATE audit_log SET actor = 'somebody-else' WHERE id = %1").arg(forged)));
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
