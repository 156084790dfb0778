// The store's journal, other ledger records and the migration lock: one kind of record, over the shared
// core in Store.cpp (opening, the ledger and its append).
#include "Store.h"
#include "StoreSql.h"

#include "LedgerRows.h"

#include <QSqlQuery>

namespace cockpit {

using namespace storesql;

// --- the migration's journal and lock ----------------------------------------------------------

Result<AuditEntry> Store::appendJournal(qint64 rolloutId, const QString& entityId, const QString& field,
                                        const QString& value, const QString& comment, const QString& actor)
{
    return appendRecord(rolloutId, QStringLiteral("migration"), entityId, field, value, comment, actor);
}

Result<AuditEntry> Store::appendRecord(qint64 rolloutId, const QString& entity, const QString& entityId,
                                       const QString& field, const QString& value, const QString& comment,
                                       const QString& actor)
{
    AuditEntry entry;
    entry.rolloutId = rolloutId;
    entry.actor = actorFor(actor);
    entry.entity = entity;
    entry.entityId = entityId;
    entry.field = field;
    entry.newValue = value;
    entry.comment = comment;
    if (entry.actor.isEmpty())
        return makeError(ErrorKind::InvalidInput, QStringLiteral("a record needs an author"), entityId);
    return appendOne(entry, QStringLiteral("the %1 record").arg(entity));
}

Result<QList<AuditEntry>> Store::journal(qint64 rolloutId)
{
    return records(rolloutId, QStringLiteral("migration"));
}

Result<QList<AuditEntry>> Store::records(qint64 rolloutId, const QString& entity)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT ") + kLedgerColumns
                  + QStringLiteral(" FROM audit_log WHERE rollout_id = ? AND entity = ? ORDER BY id"));
    query.addBindValue(rolloutId);
    query.addBindValue(entity);
    if (!query.exec())
        return failure(QStringLiteral("cannot read the %1 records").arg(entity), query.lastError());
    QList<AuditEntry> entries;
    while (query.next())
        entries.append(auditEntryFrom(query));
    return entries;
}

Result<MigrationLock> Store::acquireMigrationLock(qint64 rolloutId, const QString& holder, const QString& token,
                                                  std::chrono::seconds lease)
{
    for (int attempt = 1;; ++attempt) {
        Transaction transaction(*m_backend);
        if (!transaction.isActive())
            return failure(QStringLiteral("cannot begin a transaction"), transaction.error());
        QSqlQuery query(database());
        query.prepare(QStringLiteral("SELECT holder, token, expires_at FROM migration_lock WHERE rollout_id = ?")
                      + m_backend->lockRows());
        query.addBindValue(rolloutId);
        if (!query.exec())
            return failure(QStringLiteral("cannot read the migration lock"), query.lastError());
        const QDateTime now = m_clock.nowUtc();
        MigrationLock lock;
        if (query.next()) {
            lock.holder = query.value(0).toString();
            lock.token = query.value(1).toString();
            lock.expiresAt = fromIsoUtc(query.value(2).toString());
            if (lock.token != token && lock.expiresAt > now)
                return lock; // held by someone else
        }
        query.finish();
        lock.held = true;
        lock.holder = actorFor(holder);
        lock.token = token;
        lock.expiresAt = now.addSecs(lease.count());
        query.prepare(
            QStringLiteral("INSERT INTO migration_lock (rollout_id, holder, token, expires_at) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (rollout_id) DO UPDATE SET holder = excluded.holder, token = excluded.token, "
                           "expires_at = excluded.expires_at"));
        query.addBindValue(rolloutId);
        query.addBindValue(lock.holder);
        query.addBindValue(token);
        query.addBindValue(toIsoUtc(lock.expiresAt));
        if (!query.exec()) {
            const Error error = failure(QStringLiteral("cannot take the migration lock"), query.lastError());
            if (attempt < kAttempts && m_backend->isRetryable(error))
                continue;
            return error;
        }
        if (!transaction.commit()) {
            const Error error = failure(QStringLiteral("cannot commit the migration lock"), transaction.error());
            if (attempt < kAttempts && m_backend->isRetryable(error))
                continue;
            return error;
        }
        return lock;
    }
}

Result<Done> Store::releaseMigrationLock(qint64 rolloutId, const QString& token)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("DELETE FROM migration_lock WHERE rollout_id = ? AND token = ?"));
    query.addBindValue(rolloutId);
    query.addBindValue(token);
    if (!query.exec())
        return failure(QStringLiteral("cannot release the migration lock"), query.lastError());
    return Done{};
}

} // namespace cockpit
