// The store's approvals (records of the ledger): one kind of record, over the shared core in Store.cpp
// (opening, the ledger and its append).
#include "Store.h"
#include "StoreSql.h"

#include "LedgerRows.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace cockpit {

using namespace storesql;

namespace {

// A record of the approval's side of the ledger (not a sign-off): the window, the schedule, an
// override and its confirmation.
AuditEntry approvalRecord(qint64 rolloutId, const QString& actor, const QString& entity, const QString& entityId,
                          const QString& field, const QString& value)
{
    AuditEntry entry;
    entry.rolloutId = rolloutId;
    entry.actor = actor;
    entry.entity = entity;
    entry.entityId = entityId;
    entry.field = field;
    entry.newValue = value;
    return entry;
}

} // namespace

// --- approvals ----------------------------------------------------------------------------------

Result<AuditEntry> Store::recordApproval(qint64 rolloutId, const ApprovalAction& action)
{
    const QString actor = actorFor(action.actor);
    if (action.role.trimmed().isEmpty() || actor.isEmpty())
        return makeError(ErrorKind::InvalidInput, QStringLiteral("a sign-off needs a role and a signer"), path());
    if (action.decision == ApprovalDecision::Reject && action.reason.trimmed().isEmpty()) {
        return makeError(ErrorKind::InvalidInput, QStringLiteral("a rejection needs a reason"), action.role,
                         QStringLiteral("Say why, so that the team can act on it."));
    }
    if (const auto intact = refuseOnBrokenLedger(QStringLiteral("The sign-off of %1").arg(action.role)); !intact)
        return intact.error();
    for (int attempt = 1;; ++attempt) {
        Transaction transaction(*m_backend);
        if (!transaction.isActive())
            return failure(QStringLiteral("cannot begin a transaction"), transaction.error());
        // The role's latest decision: what a revocation takes back, and the audit's old value.
        QSqlQuery query(database());
        query.prepare(
            QStringLiteral("SELECT new_value, actor FROM audit_log WHERE rollout_id = ? AND entity = 'approval' "
                           "AND entity_id = ? ORDER BY id DESC LIMIT 1"));
        query.addBindValue(rolloutId);
        query.addBindValue(action.role);
        if (!query.exec())
            return failure(QStringLiteral("cannot read the sign-offs"), query.lastError());
        const bool hasPrevious = query.next();
        const QString previous = hasPrevious ? query.value(0).toString() : QString();
        const QString previousSigner = hasPrevious ? query.value(1).toString() : QString();
        query.finish();
        if (action.decision == ApprovalDecision::Revoke) {
            if (!hasPrevious || previous == QLatin1String("revoke")) {
                return makeError(ErrorKind::InvalidInput,
                                 QStringLiteral("%1 has no decision to revoke").arg(action.role), action.role);
            }
            if (previousSigner != actor) {
                return makeError(ErrorKind::InvalidInput,
                                 QStringLiteral("only %1, who signed for %2, can revoke that decision")
                                     .arg(previousSigner, action.role),
                                 action.role, QStringLiteral("Record a rejection with a reason instead."));
            }
        }
        AuditEntry entry;
        entry.rolloutId = rolloutId;
        entry.actor = actor;
        entry.entity = QStringLiteral("approval");
        entry.entityId = action.role;
        entry.field = QStringLiteral("decision");
        entry.oldValue = previous;
        entry.newValue = approvalDecisionToken(action.decision);
        QJsonObject comment;
        if (!action.comment.trimmed().isEmpty())
            comment.insert(QStringLiteral("comment"), action.comment.trimmed());
        if (!action.reason.trimmed().isEmpty())
            comment.insert(QStringLiteral("reason"), action.reason.trimmed());
        if (!action.approved.isEmpty() && action.decision == ApprovalDecision::Approve)
            comment.insert(QStringLiteral("approved"), action.approved);
        entry.comment = comment.isEmpty() ? QString() : compactJson(comment);
        const auto appended = append(entry);
        if (appended && transaction.commit())
            return entry;
        const Error error
            = appended ? failure(QStringLiteral("cannot commit the sign-off"), transaction.error()) : appended.error();
        if (attempt >= kAttempts || !m_backend->isRetryable(error))
            return error;
    }
}

Result<AuditEntry> Store::recordWindow(qint64 rolloutId, const MaintenanceWindow& window, const QString& actor)
{
    if (!window.isSet() || window.end <= window.start) {
        return makeError(ErrorKind::InvalidInput, QStringLiteral("the maintenance window must end after it starts"),
                         QStringLiteral("maintenance_window"));
    }
    const AuditEntry entry
        = approvalRecord(rolloutId, actorFor(actor), QStringLiteral("approval_record"),
                         QStringLiteral("maintenance_window"), QStringLiteral("window"), window.toJson());
    if (const auto intact = refuseOnBrokenLedger(QStringLiteral("The maintenance window")); !intact)
        return intact.error();
    return appendOne(entry, QStringLiteral("the maintenance window"));
}

Result<AuditEntry> Store::recordSchedule(qint64 rolloutId, const QDateTime& scheduled, const QString& zone,
                                         const QString& actor)
{
    if (!scheduled.isValid())
        return makeError(ErrorKind::InvalidInput, QStringLiteral("the scheduled rollout needs a date and time"),
                         QStringLiteral("scheduled_rollout"));
    const AuditEntry entry
        = approvalRecord(rolloutId, actorFor(actor), QStringLiteral("approval_record"),
                         QStringLiteral("scheduled_rollout"), QStringLiteral("scheduled"),
                         compactJson({{QStringLiteral("at"), toIsoUtc(scheduled)}, {QStringLiteral("zone"), zone}}));
    if (const auto intact = refuseOnBrokenLedger(QStringLiteral("The scheduled rollout")); !intact)
        return intact.error();
    return appendOne(entry, QStringLiteral("the scheduled rollout"));
}

Result<AuditEntry> Store::recordOverride(qint64 rolloutId, const QString& reason, const QString& actor)
{
    if (reason.trimmed().isEmpty()) {
        return makeError(ErrorKind::InvalidInput, QStringLiteral("an emergency override needs a reason"),
                         QStringLiteral("override"),
                         QStringLiteral("Say what the emergency is; the reason is recorded."));
    }
    AuditEntry entry = approvalRecord(rolloutId, actorFor(actor), QStringLiteral("gate"), QStringLiteral("override"),
                                      QStringLiteral("override"), QStringLiteral("override"));
    entry.comment = compactJson({{QStringLiteral("reason"), reason.trimmed()}});
    if (const auto intact = refuseOnBrokenLedger(QStringLiteral("The override")); !intact)
        return intact.error();
    return appendOne(entry, QStringLiteral("the override"));
}

Result<AuditEntry> Store::recordOverrideConfirmation(qint64 rolloutId, qint64 requestId, const QString& actor)
{
    const AuditEntry entry
        = approvalRecord(rolloutId, actorFor(actor), QStringLiteral("gate"), QStringLiteral("override"),
                         QStringLiteral("confirm"), QString::number(requestId));
    if (const auto intact = refuseOnBrokenLedger(QStringLiteral("The confirmation of the override")); !intact)
        return intact.error();
    return appendOne(entry, QStringLiteral("the confirmation of the override"));
}

Result<QList<AuditEntry>> Store::approvalRecords(qint64 rolloutId)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT ") + kLedgerColumns
                  + QStringLiteral(" FROM audit_log WHERE rollout_id = ? AND entity IN ('approval', 'approval_record', "
                                   "'gate') ORDER BY id"));
    query.addBindValue(rolloutId);
    if (!query.exec())
        return failure(QStringLiteral("cannot read the sign-offs"), query.lastError());
    QList<AuditEntry> entries;
    while (query.next())
        entries.append(auditEntryFrom(query));
    return entries;
}

} // namespace cockpit
