// The store's rollouts, checklist item states and their audit trail: one kind of record, over the shared core in
// Store.cpp (opening, the ledger and its append).
#include "Store.h"
#include "StoreSql.h"

#include "LedgerRows.h"

#include <QSqlQuery>

namespace cockpit {

using namespace storesql;

Result<std::optional<RolloutInfo>> Store::findRollout(const QString& runbookId)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT id, title, created_at, created_by FROM rollouts WHERE runbook_id = ?"));
    query.addBindValue(runbookId);
    if (!query.exec())
        return failure(QStringLiteral("cannot read rollouts"), query.lastError());
    if (!query.next())
        return std::optional<RolloutInfo>();
    RolloutInfo info;
    info.runbookId = runbookId;
    info.id = query.value(0).toLongLong();
    info.title = query.value(1).toString();
    info.createdAt = fromIsoUtc(query.value(2).toString());
    info.createdBy = query.value(3).toString();
    return std::optional<RolloutInfo>(info);
}

Result<RolloutInfo> Store::ensureRollout(const QString& runbookId, const QString& title, const QString& actor)
{
    // Read first, without the write lock: showing a rollout must not wait for another writer
    // (WAL lets it read meanwhile).
    const auto known = findRollout(runbookId);
    if (!known)
        return known.error();
    if (known.value())
        return *known.value();
    for (int attempt = 1;; ++attempt) {
        Transaction transaction(*m_backend);
        if (!transaction.isActive())
            return failure(QStringLiteral("cannot begin a transaction"), transaction.error());
        const auto found = findRollout(runbookId); // another cockpit may have made it meanwhile
        if (!found)
            return found.error();
        if (found.value())
            return *found.value();
        RolloutInfo info;
        info.runbookId = runbookId;
        info.title = title;
        info.createdAt = m_clock.nowUtc();
        info.createdBy = actorFor(actor);
        QSqlQuery query(database());
        query.prepare(QStringLiteral(
            "INSERT INTO rollouts (runbook_id, title, created_at, created_by) VALUES (?, ?, ?, ?) RETURNING id"));
        query.addBindValue(runbookId);
        query.addBindValue(title);
        query.addBindValue(toIsoUtc(info.createdAt));
        query.addBindValue(info.createdBy);
        if (!query.exec() || !query.next()) {
            const Error error = failure(QStringLiteral("cannot create the rollout"), query.lastError());
            if (attempt < kAttempts && m_backend->isRetryable(error))
                continue; // another cockpit created it meanwhile: read it
            return error;
        }
        info.id = query.value(0).toLongLong();
        query.finish();
        AuditEntry created;
        created.rolloutId = info.id;
        created.at = info.createdAt;
        created.actor = info.createdBy;
        created.entity = QStringLiteral("rollout");
        created.entityId = runbookId;
        created.field = QStringLiteral("created");
        created.newValue = title;
        if (const auto appended = append(created); !appended) {
            if (attempt < kAttempts && m_backend->isRetryable(appended.error()))
                continue;
            return appended.error();
        }
        if (!transaction.commit()) {
            const Error error = failure(QStringLiteral("cannot commit the new rollout"), transaction.error());
            if (attempt < kAttempts && m_backend->isRetryable(error))
                continue;
            return error;
        }
        return info;
    }
}

Result<QList<RolloutInfo>> Store::rollouts()
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT id, runbook_id, title, created_at, created_by FROM rollouts ORDER BY id")))
        return failure(QStringLiteral("cannot read rollouts"), query.lastError());
    QList<RolloutInfo> list;
    while (query.next()) {
        RolloutInfo info;
        info.id = query.value(0).toLongLong();
        info.runbookId = query.value(1).toString();
        info.title = query.value(2).toString();
        info.createdAt = fromIsoUtc(query.value(3).toString());
        info.createdBy = query.value(4).toString();
        list.append(info);
    }
    return list;
}

Result<QList<ItemState>> Store::checklistStates(qint64 rolloutId)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT ") + kItemColumns
                  + QStringLiteral(" FROM checklist_state WHERE rollout_id = ? ORDER BY item_id"));
    query.addBindValue(rolloutId);
    if (!query.exec())
        return failure(QStringLiteral("cannot read the checklist"), query.lastError());
    QList<ItemState> states;
    while (query.next())
        states.append(itemStateFrom(query));
    return states;
}

Result<std::optional<ItemState>> Store::readItemState(qint64 rolloutId, const QString& itemId, bool lock)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT ") + kItemColumns
                  + QStringLiteral(" FROM checklist_state WHERE rollout_id = ? AND item_id = ?")
                  + (lock ? m_backend->lockRows() : QString()));
    query.addBindValue(rolloutId);
    query.addBindValue(itemId);
    if (!query.exec())
        return failure(QStringLiteral("cannot read checklist item %1").arg(itemId), query.lastError());
    if (!query.next())
        return std::optional<ItemState>();
    return std::optional<ItemState>(itemStateFrom(query));
}

Result<ItemState> Store::applyItemChange(qint64 rolloutId, const ItemChange& change)
{
    if (change.itemId.isEmpty() || actorFor(change.actor).isEmpty()) {
        return makeError(ErrorKind::InvalidInput, QStringLiteral("a checklist change needs an item and an author"),
                         path());
    }
    if (const auto intact = refuseOnBrokenLedger(QStringLiteral("The change of %1").arg(change.itemId)); !intact)
        return intact.error();
    for (int attempt = 1;; ++attempt) {
        bool retry = false;
        auto result = applyItemChangeOnce(rolloutId, change, retry);
        if (result || !retry || attempt >= kAttempts)
            return result;
    }
}

Result<ItemState> Store::applyItemChangeOnce(qint64 rolloutId, const ItemChange& change, bool& retry)
{
    Transaction transaction(*m_backend);
    if (!transaction.isActive())
        return failure(QStringLiteral("cannot begin a transaction"), transaction.error());
    const auto previous = readItemState(rolloutId, change.itemId, true);
    if (!previous)
        return previous.error();
    const ItemState before = previous.value().value_or(ItemState::unrecorded(change.itemId));
    if (change.baseVersion && *change.baseVersion != before.version) {
        Error stale = makeError(
            ErrorKind::Conflict,
            QStringLiteral("%1 was changed by %2 at %3 after you loaded it; your change was not saved")
                .arg(change.itemId, before.changedBy.isEmpty() ? QStringLiteral("someone") : before.changedBy,
                     toIsoUtc(before.changedAt)),
            change.itemId,
            QStringLiteral("The item now shows what %1 recorded; make your change again if it "
                           "still applies.")
                .arg(before.changedBy.isEmpty() ? QStringLiteral("they") : before.changedBy));
        return stale;
    }
    ItemState after = before;
    if (change.status)
        after.status = *change.status;
    if (change.note)
        after.note = *change.note;
    if (change.evidence)
        after.evidence = *change.evidence;

    struct FieldChange
    {
        const char* field;
        QString oldValue;
        QString newValue;
    };
    QList<FieldChange> changes;
    if (after.status != before.status)
        changes.append({"status", itemStatusToken(before.status), itemStatusToken(after.status)});
    if (after.note != before.note)
        changes.append({"note", before.note, after.note});
    if (after.evidence != before.evidence)
        changes.append({"evidence", before.evidence, after.evidence});
    if (changes.isEmpty())
        return before; // nothing to record
    if (const auto refused = checkItemState(after))
        return *refused;

    after.changedBy = actorFor(change.actor);
    after.changedAt = m_clock.nowUtc();
    after.version = before.version + 1;
    const QString at = toIsoUtc(after.changedAt);
    QSqlQuery query(database());
    // The version guards against a writer that read the same state and committed first.
    query.prepare(QStringLiteral(
        "INSERT INTO checklist_state (rollout_id, item_id, status, changed_by, changed_at, note, evidence, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (rollout_id, item_id) DO UPDATE SET status = excluded.status, "
        "changed_by = excluded.changed_by, changed_at = excluded.changed_at, note = excluded.note, "
        "evidence = excluded.evidence, version = excluded.version WHERE checklist_state.version = ?"));
    query.addBindValue(rolloutId);
    query.addBindValue(change.itemId);
    query.addBindValue(itemStatusToken(after.status));
    query.addBindValue(after.changedBy);
    query.addBindValue(at);
    query.addBindValue(text(after.note));
    query.addBindValue(text(after.evidence));
    query.addBindValue(after.version);
    query.addBindValue(before.version);
    if (!query.exec()) {
        const Error error
            = failure(QStringLiteral("cannot save checklist item %1").arg(change.itemId), query.lastError());
        retry = m_backend->isRetryable(error);
        return error;
    }
    if (query.numRowsAffected() == 0) {
        retry = !change.baseVersion; // read again and apply on what is there now
        return makeError(ErrorKind::Conflict,
                         QStringLiteral("%1 was changed by someone else at the same moment; your change was not saved")
                             .arg(change.itemId),
                         change.itemId,
                         QStringLiteral("The item now shows the other change; make yours again if it "
                                        "still applies."));
    }
    const QString changeId
        = change.changeId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : change.changeId;
    for (const FieldChange& field : changes) {
        AuditEntry entry;
        entry.rolloutId = rolloutId;
        entry.at = after.changedAt;
        entry.actor = after.changedBy;
        entry.entity = QStringLiteral("checklist_item");
        entry.entityId = change.itemId;
        entry.field = QString::fromLatin1(field.field);
        entry.oldValue = field.oldValue;
        entry.newValue = field.newValue;
        entry.changeId = changeId;
        entry.origin = change.origin;
        entry.reverses = change.reverses;
        if (const auto appended = append(entry); !appended) {
            retry = m_backend->isRetryable(appended.error());
            return appended.error();
        }
    }
    if (!transaction.commit()) {
        const Error error
            = failure(QStringLiteral("cannot commit checklist item %1").arg(change.itemId), transaction.error());
        retry = m_backend->isRetryable(error);
        return error;
    }
    return after;
}

Result<QList<AuditEntry>> Store::auditLog(qint64 rolloutId, const QString& entityId, int limit)
{
    QString sql = QStringLiteral("SELECT ") + kLedgerColumns + QStringLiteral(" FROM audit_log WHERE rollout_id = ?");
    if (!entityId.isEmpty())
        sql += QStringLiteral(" AND entity_id = ?");
    sql += QStringLiteral(" ORDER BY id DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT ?");
    QSqlQuery query(database());
    query.prepare(sql);
    query.addBindValue(rolloutId);
    if (!entityId.isEmpty())
        query.addBindValue(entityId);
    if (limit > 0)
        query.addBindValue(limit);
    if (!query.exec())
        return failure(QStringLiteral("cannot read the audit log"), query.lastError());
    QList<AuditEntry> entries;
    while (query.next())
        entries.append(auditEntryFrom(query));
    return entries;
}

} // namespace cockpit
