#pragma once

#include "core/Ledger.h"
#include "core/Records.h"
#include "core/Runbook.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

// The sign-offs of a rollout as its ledger records them, and the gate they open. Pure
// functions of the records and the time: the window, the command line and the migration
// wizard read the same answer.
namespace cockpit::approvals {

// An emergency override opens the gate for this long after it is recorded.
constexpr std::chrono::minutes kOverrideValidity{60};

struct RoleSignOff
{
    QString roleId;
    QString title;
    std::optional<ApprovalDecision> decision; // the latest; unset: nobody has decided
    QString signer;
    QDateTime at;
    QString comment;
    QString reason; // a rejection's
    qint64 recordId = 0;

    bool isApproved() const { return decision == ApprovalDecision::Approve; }
    bool isRejected() const { return decision == ApprovalDecision::Reject; }
};

struct ApprovalState
{
    QList<RoleSignOff> roles; // in the runbook's order
    // When the last required approval landed, while every role stays approved.
    std::optional<QDateTime> dateApproved;
    std::optional<QDateTime> scheduled; // UTC
    QString scheduledZone;
    std::optional<MaintenanceWindow> window;
    std::optional<GateOverride> latestOverride; // may have expired
    QList<AuditEntry> records; // oldest first
    bool distinctSigners = true; // the runbook's four-eyes policy
    Duration validFor{0}; // 0: approvals do not expire

    const RoleSignOff* role(const QString& roleId) const;
    int approvedCount() const;
};

// Reads the sign-offs, the record fields and the overrides from the ledger's rows.
ApprovalState readApprovals(const Approvals& runbook, const QList<AuditEntry>& records);

struct GateVerdict
{
    bool open = false;
    bool overridden = false; // open by an emergency override, not by the sign-offs
    QStringList reasons; // why it is closed (or, when overridden, what the override bypasses)
    QString summary() const; // one sentence
};

// Open only when every role has approved, nobody has rejected, now is inside the maintenance
// window and the ledger is intact; or while an emergency override holds (the chain intact).
GateVerdict judgeGate(const ApprovalState& state, const QDateTime& nowUtc,
                      const std::optional<ledger::Verification>& chain);

// Why a sign-off must not be recorded under the runbook's policy, or nullopt: with distinct
// signers, an approval by someone who already holds another role's approval ("dana already holds
// the Database Team Lead approval"). signer: the team store's role, or the name given locally.
std::optional<QString> signOffRefusal(const ApprovalState& state, const QString& roleId, ApprovalDecision decision,
                                      const QString& signer);

// "2026-12-05 22:00 CET (Europe/Berlin)", "… (your time: 2026-12-05 21:00 UTC)"
QString describeInstant(const QDateTime& utc, const QString& zone);

} // namespace cockpit::approvals
