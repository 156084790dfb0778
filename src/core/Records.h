#pragma once

#include "core/ItemStatus.h"
#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

// What the store keeps, as values: rollouts, checklist item states, the audit log (the
// ledger, hash-chained) and the approval records read from it. Both store backends (SQLite,
// PostgreSQL) read and write these.
namespace cockpit {

struct RolloutInfo
{
    qint64 id = 0;
    QString runbookId;
    QString title;
    QDateTime createdAt;
    QString createdBy;
};

// The recorded state of one checklist item. An item nobody touched has no row and reads as
// open with no author.
struct ItemState
{
    QString itemId;
    ItemStatus status = ItemStatus::Open;
    QString changedBy;
    QDateTime changedAt;
    QString note;
    QString evidence; // free text or a link
    int version = 0; // how many changes the item has had: an edit names the one it was made on

    bool isRecorded() const { return changedAt.isValid(); }
    static ItemState unrecorded(const QString& itemId)
    {
        ItemState state;
        state.itemId = itemId;
        return state;
    }
};

// Why a change was made: a person's edit, or the undo or redo of an earlier edit.
enum class ChangeOrigin
{
    Edit,
    Undo,
    Redo,
};
QString changeOriginToken(ChangeOrigin origin); // "edit", "undo", "redo"
ChangeOrigin parseChangeOrigin(const QString& token);

// Why the state cannot be recorded, if it cannot: not applicable and blocked need a reason.
std::optional<Error> checkItemState(const ItemState& state);

// What a person changes on an item; unset fields stay as they are.
struct ItemChange
{
    QString itemId;
    QString actor;
    QString changeId; // unique; made up when empty
    ChangeOrigin origin = ChangeOrigin::Edit;
    QString reverses; // undo and redo: the id of the edit they reverse or repeat
    std::optional<ItemStatus> status;
    std::optional<QString> note;
    std::optional<QString> evidence;
    // The version of the item the change was made on: when the item has changed since (in
    // another window, another cockpit), the store refuses the change as stale. Unset: no check.
    std::optional<int> baseVersion;

    bool isEmpty() const { return !status && !note && !evidence; }
};

// One row of the append-only audit log: who changed what, when, from what to what. Every row
// is a link of the ledger's hash chain (docs/store.md): its hash covers its canonical form
// and the previous row's hash.
struct AuditEntry
{
    qint64 id = 0; // the ledger's sequence number
    qint64 rolloutId = 0;
    QDateTime at;
    QString actor;
    QString entity; // "checklist_item", "rollout", "approval", "approval_record", "gate"
    QString entityId; // the item id, the approval role, ...
    QString field; // "status", "note", "evidence", "created", "decision", ...
    QString oldValue; // empty: nothing before
    QString newValue;
    QString changeId; // the rows of one change share it
    ChangeOrigin origin = ChangeOrigin::Edit;
    QString reverses; // undo and redo: the edit's change id
    QString comment; // approvals: the signer's comment, a rejection's or an override's reason
    QString prevHash; // hex SHA-256 of the previous row; the first row's is 64 zeros
    QString hash; // hex SHA-256 of this row's canonical form (with prevHash)
};

// --- approvals ----------------------------------------------------------------------------

enum class ApprovalDecision
{
    Approve,
    Reject,
    Revoke, // the signer takes back their own decision
};
QString approvalDecisionToken(ApprovalDecision decision); // "approve", "reject", "revoke"
std::optional<ApprovalDecision> parseApprovalDecision(const QString& token);

// A sign-off as asked for: a role's decision with a comment (and a reason for a rejection).
struct ApprovalAction
{
    QString role; // the runbook's approval role id
    ApprovalDecision decision = ApprovalDecision::Approve;
    QString comment;
    QString reason; // required for a rejection
    QString actor;
    QJsonObject approved; // what an approval approved (the readiness digest), kept in its record
};

// The maintenance window: start and end as instants, and the zone they were given in.
struct MaintenanceWindow
{
    QDateTime start; // UTC
    QDateTime end; // UTC
    QString zone; // IANA name ("Europe/Berlin") or a fixed offset ("UTC+01:00")

    bool isSet() const { return start.isValid() && end.isValid(); }
    bool contains(const QDateTime& instant) const { return isSet() && instant >= start && instant < end; }
    QString toJson() const; // {"start": ISO, "end": ISO, "zone": ...}
    static std::optional<MaintenanceWindow> fromJson(const QString& text);
    QTimeZone timeZone() const;
};

// An emergency override of the gate: who, why, when, and until when it holds. On a team store it
// may need a second person's confirmation before it holds at all.
struct GateOverride
{
    qint64 recordId = 0;
    QString actor;
    QString reason;
    QDateTime at;
    QDateTime until;
    bool needsConfirmation = false;
    QString confirmedBy; // empty: not confirmed
    QDateTime confirmedAt;

    bool holds() const { return !needsConfirmation || !confirmedBy.isEmpty(); }
};

// The migration's lock: who holds it, and until when (a lease, renewed while they run).
struct MigrationLock
{
    bool held = false; // by the asker
    QString holder;
    QString token;
    QDateTime expiresAt;
};

} // namespace cockpit
