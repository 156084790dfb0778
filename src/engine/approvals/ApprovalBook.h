#pragma once

#include "core/CheckResult.h"
#include "core/Ledger.h"
#include "core/Records.h"
#include "core/Runbook.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
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
// On a team store (override_needs_second_person) a second person confirms an override within this.
constexpr std::chrono::minutes kOverrideConfirmation{15};

// What a sign-off approved: the runbook (its id and the SHA-256 of its canonical JSON) and every
// item's recorded status with its latest check result. Kept in the approval's record, so that the
// chain covers it; compared with the state now to tell whether the approval still stands.
struct ReadinessDigest
{
    QString runbookId;
    QString runbookFingerprint; // hex SHA-256 of the runbook's canonical JSON
    QMap<QString, QString> items; // item id -> "status/check" ("done/pass", "open/none")

    QString hash() const; // hex SHA-256 over the runbook fingerprint and every item
    // "61 done, 12 not applicable, 4 open; checks: 31 pass, 12 fail, 34 manual"
    QString counts() const;
    QJsonObject toJson() const;
    static std::optional<ReadinessDigest> fromJson(const QJsonObject& object);
};

// The digest of the rollout as it stands: the runbook, the items' states (an item nobody touched
// is open) and the latest check results (none: never checked).
ReadinessDigest digestOf(const Runbook& runbook, const QList<ItemState>& states, const QList<ItemCheckResult>& checks);

// What changed since an approval for the worse: the runbook itself, an item that was done or not
// applicable and no longer is, a check that passed and no longer does ("2.3: done → open",
// "4.1: check pass → fail"). An item that has improved since is not a change of what was approved.
QStringList changesSince(const ReadinessDigest& approved, const ReadinessDigest& now);

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
    std::optional<ReadinessDigest> approved; // what the decision approved (unset on older records)
    QStringList changedSince; // what changed for the worse since (changesSince), when known

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
    bool requalifyOnChange = true;
    std::optional<ReadinessDigest> current; // the rollout as it stands, when read with it

    const RoleSignOff* role(const QString& roleId) const;
    int approvedCount() const;
};

// What readApprovals needs beyond the records: the rollout as it stands (to tell which approvals it
// has outgrown) and whether the store is a team store (where an override needs a second person).
struct ReadContext
{
    std::optional<ReadinessDigest> current;
    bool teamStore = false;
};

// One role's sign-off as JSON, as `approvals show --format json` and the report print it: id,
// title, decision, signer, at, comment, reason, record, approved (runbook, fingerprint, hash,
// counts; null on older records) and changed_since.
QJsonObject signOffJson(const RoleSignOff& role);

// Reads the sign-offs, the record fields and the overrides from the ledger's rows.
ApprovalState readApprovals(const Approvals& runbook, const QList<AuditEntry>& records,
                            const ReadContext& context = {});

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

// Why a confirmation of the override recorded as requestId must not be recorded, or nullopt: no such
// request, already confirmed, the requester confirming their own, or too late.
std::optional<QString> confirmationRefusal(const ApprovalState& state, qint64 requestId, const QString& actor,
                                           const QDateTime& nowUtc);

// "2026-12-05 22:00 CET (Europe/Berlin)", "… (your time: 2026-12-05 21:00 UTC)"
QString describeInstant(const QDateTime& utc, const QString& zone);

} // namespace cockpit::approvals
