// Issue 16.4 and 16.5: what a sign-off approved (the readiness digest in its record), the gate
// closing when that state regresses, and an emergency override that needs a second person on a
// team store. On the local (SQLite) store, through the same functions the window and the
// command line use (approvals::signOff, readLedger, confirmOverride).
#include "TestSupport.h"

#include "core/RunbookLoader.h"
#include "engine/approvals/ApprovalLedger.h"
#include "store/Store.h"

#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace cockpit;
using namespace cockpit::approvals;

namespace {

const QString kDocker = QStringLiteral("infra.docker");
const QString kCompose = QStringLiteral("infra.compose");
const QString kSwarm = QStringLiteral("infra.swarm");

class ApprovalDigestTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto runbook = RunbookLoader::loadFile(builtinRunbookPath());
        ASSERT_TRUE(runbook.ok());
        m_runbook = std::move(runbook).value();
        auto store = Store::open(m_dir.filePath(QStringLiteral("s.sqlite")), m_clock);
        ASSERT_TRUE(store.ok()) << store.error().toString().toStdString();
        m_store = std::move(store).value();
        m_rollout = m_store->ensureRollout(m_runbook.id, m_runbook.title, QStringLiteral("rm"))->id;
        MaintenanceWindow window{m_clock.nowUtc().addSecs(-3600), m_clock.nowUtc().addDays(2), QStringLiteral("UTC")};
        ASSERT_TRUE(m_store->recordWindow(m_rollout, window, QStringLiteral("rm")).ok());
    }
    void setStatus(const QString& item, ItemStatus status)
    {
        ItemChange change;
        change.itemId = item;
        change.actor = QStringLiteral("eng");
        change.status = status;
        if (status == ItemStatus::NotApplicable || status == ItemStatus::Blocked)
            change.note = QStringLiteral("because");
        ASSERT_TRUE(m_store->applyItemChange(m_rollout, change).ok());
    }
    void setCheck(const QString& item, CheckStatus status)
    {
        ItemCheckResult result;
        result.itemId = item;
        result.classification = Classification::Automated;
        result.status = status;
        result.checks.append({QStringLiteral("probe"),
                              status,
                              QStringLiteral("seen"),
                              QStringLiteral("wanted"),
                              QStringLiteral("lab"),
                              {},
                              1});
        result.checkedAt = m_clock.nowUtc();
        result.runId = QStringLiteral("run-%1").arg(++m_runs);
        ASSERT_TRUE(m_store->recordCheckResults(m_rollout, QStringLiteral("lab"), {result}).ok());
    }
    Result<AuditEntry> approve(const QString& role, const QString& signer)
    {
        ApprovalAction action;
        action.role = role;
        action.actor = signer;
        action.decision = ApprovalDecision::Approve;
        return signOff(*m_store, m_runbook, m_rollout, action);
    }
    void approveAll()
    {
        int i = 0;
        for (const ApprovalRole& role : m_runbook.approvals.roles)
            ASSERT_TRUE(approve(role.id, QStringLiteral("signer%1").arg(++i)).ok());
    }
    Reading read(const std::optional<ledger::Anchor>& anchor = {})
    {
        auto reading = readLedger(*m_store, m_runbook, m_rollout, anchor);
        EXPECT_TRUE(reading.ok()) << (reading.ok() ? "" : reading.error().toString().toStdString());
        return reading.ok() ? std::move(reading).value() : Reading{};
    }
    GateVerdict gate()
    {
        const Reading reading = read();
        return judgeGate(reading.state, m_clock.nowUtc(), reading.chain);
    }

    QTemporaryDir m_dir;
    test::ManualClock m_clock;
    Runbook m_runbook;
    std::unique_ptr<Store> m_store;
    qint64 m_rollout = 0;
    int m_runs = 0;
};

} // namespace

TEST_F(ApprovalDigestTest, ASignOffRecordsWhatItApprovedAndShowsTheCounts)
{
    ASSERT_NO_FATAL_FAILURE(setStatus(kDocker, ItemStatus::Done));
    ASSERT_NO_FATAL_FAILURE(setStatus(kCompose, ItemStatus::NotApplicable));
    ASSERT_NO_FATAL_FAILURE(setCheck(kDocker, CheckStatus::Pass));
    ASSERT_NO_FATAL_FAILURE(setCheck(kSwarm, CheckStatus::Fail));
    const auto signedOff = approve(QStringLiteral("database-lead"), QStringLiteral("dana"));
    ASSERT_TRUE(signedOff.ok()) << signedOff.error().toString().toStdString();
    EXPECT_TRUE(signedOff->comment.contains(QStringLiteral("\"approved\""))) << "the digest is in the chained record";

    const Reading reading = read();
    const RoleSignOff* dana = reading.state.role(QStringLiteral("database-lead"));
    ASSERT_TRUE(dana && dana->approved);
    EXPECT_EQ(dana->approved->items.size(), m_runbook.itemCount());
    EXPECT_EQ(dana->approved->items.value(kDocker), QStringLiteral("done/pass"));
    EXPECT_EQ(dana->approved->items.value(kCompose), QStringLiteral("not_applicable/none"));
    EXPECT_EQ(dana->approved->items.value(kSwarm), QStringLiteral("open/fail"));
    EXPECT_EQ(
        dana->approved->counts(),
        QStringLiteral("1 done, 1 not applicable, %1 open; checks: 1 fail, 1 pass").arg(m_runbook.itemCount() - 2));
    EXPECT_EQ(dana->approved->hash(), reading.state.current->hash()) << "nothing changed since";
    EXPECT_TRUE(dana->changedSince.isEmpty());
    // A digest whose items do not add up to its hash is not read as what was approved.
    QJsonObject forged = dana->approved->toJson();
    QJsonObject items = forged.value(QStringLiteral("items")).toObject();
    items.insert(kSwarm, QStringLiteral("done/pass"));
    forged.insert(QStringLiteral("items"), items);
    EXPECT_FALSE(ReadinessDigest::fromJson(forged));
    // A rejection records no digest: it approves nothing.
    ApprovalAction reject;
    reject.role = QStringLiteral("security-reviewer");
    reject.actor = QStringLiteral("sam");
    reject.decision = ApprovalDecision::Reject;
    reject.reason = QStringLiteral("not yet");
    const auto rejected = signOff(*m_store, m_runbook, m_rollout, reject);
    ASSERT_TRUE(rejected.ok());
    EXPECT_FALSE(rejected->comment.contains(QStringLiteral("\"approved\"")));
}

TEST_F(ApprovalDigestTest, WhatAnApprovalApprovedRegressingClosesTheGateUntilItIsSignedAgain)
{
    ASSERT_NO_FATAL_FAILURE(setStatus(kDocker, ItemStatus::Done));
    ASSERT_NO_FATAL_FAILURE(setStatus(kCompose, ItemStatus::Done));
    ASSERT_NO_FATAL_FAILURE(setCheck(kDocker, CheckStatus::Pass));
    ASSERT_NO_FATAL_FAILURE(approveAll());
    ASSERT_TRUE(gate().open) << gate().summary().toStdString();

    // Better than approved is no change of what was approved.
    ASSERT_NO_FATAL_FAILURE(setStatus(kSwarm, ItemStatus::Done));
    ASSERT_NO_FATAL_FAILURE(setCheck(kSwarm, CheckStatus::Pass));
    ASSERT_TRUE(gate().open) << gate().summary().toStdString();

    // An item reopened and a check that passed now failing: every approval is outgrown.
    ASSERT_NO_FATAL_FAILURE(setStatus(kCompose, ItemStatus::Open));
    ASSERT_NO_FATAL_FAILURE(setCheck(kDocker, CheckStatus::Fail));
    const Reading reading = read();
    const RoleSignOff* lead = reading.state.role(QStringLiteral("database-lead"));
    ASSERT_TRUE(lead);
    EXPECT_EQ(
        lead->changedSince,
        (QStringList{QStringLiteral("infra.compose: done → open"), QStringLiteral("infra.docker: check pass → fail")}));
    GateVerdict verdict = judgeGate(reading.state, m_clock.nowUtc(), reading.chain);
    EXPECT_FALSE(verdict.open);
    // ("2 change(s)": the plural forms come with the application's translation, not loaded here)
    EXPECT_TRUE(
        verdict.summary().contains(QStringLiteral("Database Team Lead's approval by signer1 was signed before: 2 "
                                                  "change")))
        << verdict.summary().toStdString();
    EXPECT_TRUE(verdict.summary().contains(
        QStringLiteral("since (infra.compose: done → open; infra.docker: check pass → fail): it must be signed again")))
        << verdict.summary().toStdString();

    // requalify_on_change off: the changes are still shown, the gate does not wait for them (the
    // runbook is another one now, and says so among them).
    m_runbook.approvals.requalifyOnChange = false;
    EXPECT_TRUE(gate().open) << gate().summary().toStdString();
    const QStringList shown = read().state.role(QStringLiteral("database-lead"))->changedSince;
    ASSERT_EQ(shown.size(), 3);
    EXPECT_TRUE(shown.first().startsWith(QStringLiteral("the runbook changed"))) << shown.first().toStdString();
    m_runbook.approvals.requalifyOnChange = true;

    // Signing again approves the state as it is now; the other four still wait.
    ASSERT_TRUE(approve(QStringLiteral("database-lead"), QStringLiteral("signer1")).ok());
    EXPECT_TRUE(read().state.role(QStringLiteral("database-lead"))->changedSince.isEmpty());
    verdict = gate();
    EXPECT_FALSE(verdict.open);
    EXPECT_FALSE(verdict.summary().contains(QStringLiteral("Database Team Lead's approval")));
    EXPECT_TRUE(verdict.summary().contains(QStringLiteral("Security Reviewer's approval")))
        << verdict.summary().toStdString();
}

TEST_F(ApprovalDigestTest, AChangedRunbookOutgrowsEveryApproval)
{
    ASSERT_NO_FATAL_FAILURE(approveAll());
    ASSERT_TRUE(gate().open);
    m_runbook.sections.first().items.first().title += QStringLiteral(" (edited)");
    const GateVerdict verdict = gate();
    EXPECT_FALSE(verdict.open);
    EXPECT_TRUE(verdict.summary().contains(QStringLiteral("the runbook changed ("))) << verdict.summary().toStdString();
}

// On a team store (override_needs_second_person), an override is a request until someone else
// confirms it within 15 minutes; the judge reads the records, whoever wrote them.
TEST_F(ApprovalDigestTest, AnOverrideOnATeamStoreHoldsOnlyWhenASecondPersonConfirmsItInTime)
{
    const auto team = [this] {
        return readApprovals(m_runbook.approvals, m_store->approvalRecords(m_rollout).value(), ReadContext{{}, true});
    };
    const auto verdict = [&] { return judgeGate(team(), m_clock.nowUtc(), m_store->verifyLedger().value()); };
    const auto request = m_store->recordOverride(m_rollout, QStringLiteral("evacuation"), QStringLiteral("ann"));
    ASSERT_TRUE(request.ok());
    EXPECT_FALSE(verdict().open);
    EXPECT_TRUE(verdict().summary().contains(QStringLiteral("waits for a second person to confirm it")))
        << verdict().summary().toStdString();
    // The local store: the policy is for team stores; alone it holds (a name typed locally proves nothing).
    EXPECT_TRUE(gate().open && gate().overridden) << gate().summary().toStdString();

    // The requester cannot confirm; someone else can, in time.
    const auto own = confirmationRefusal(team(), request->id, QStringLiteral(" ANN"), m_clock.nowUtc());
    ASSERT_TRUE(own);
    EXPECT_TRUE(own->contains(QStringLiteral("a second person must confirm it"))) << own->toStdString();
    EXPECT_FALSE(confirmationRefusal(team(), request->id, QStringLiteral("bob"), m_clock.nowUtc()));
    ASSERT_TRUE(m_store->recordOverrideConfirmation(m_rollout, request->id, QStringLiteral("ann")).ok());
    EXPECT_FALSE(verdict().open) << "the requester's own confirmation counts for nothing";
    m_clock.advance(14 * 60 * 1000);
    ASSERT_TRUE(m_store->recordOverrideConfirmation(m_rollout, request->id, QStringLiteral("bob")).ok());
    GateVerdict v = verdict();
    EXPECT_TRUE(v.open && v.overridden) << v.summary().toStdString();
    EXPECT_TRUE(v.reasons.first().contains(QStringLiteral("by ann, confirmed by bob")))
        << v.reasons.first().toStdString();
    EXPECT_TRUE(confirmationRefusal(team(), request->id, QStringLiteral("carl"), m_clock.nowUtc()))
        << "confirmed already";
    // It ends an hour after the request.
    m_clock.advance(47 * 60 * 1000);
    EXPECT_FALSE(verdict().open);

    // A confirmation after 15 minutes is refused, and one recorded anyway does not count.
    const auto late = m_store->recordOverride(m_rollout, QStringLiteral("again"), QStringLiteral("ann"));
    ASSERT_TRUE(late.ok());
    m_clock.advance(16 * 60 * 1000);
    const auto refusal = confirmationRefusal(team(), late->id, QStringLiteral("bob"), m_clock.nowUtc());
    ASSERT_TRUE(refusal);
    EXPECT_TRUE(refusal->contains(QStringLiteral("more than 15 minutes ago"))) << refusal->toStdString();
    ASSERT_TRUE(m_store->recordOverrideConfirmation(m_rollout, late->id, QStringLiteral("bob")).ok());
    v = verdict();
    EXPECT_FALSE(v.open);
    EXPECT_TRUE(v.summary().contains(QStringLiteral("was not confirmed by a second person within 15 minutes")))
        << v.summary().toStdString();
    // On the local store there is nothing to confirm.
    const auto local = confirmOverride(*m_store, m_runbook, m_rollout, 0, QStringLiteral("bob"), m_clock.nowUtc());
    ASSERT_FALSE(local.ok());
    EXPECT_TRUE(local.error().message.contains(QStringLiteral("needs no confirmation")))
        << local.error().toString().toStdString();
}
