#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <functional>

namespace cockpit {

// Where a store's rows live and what differs between the places: opening (with the checks
// each kind needs before anything is written), the schema and its migrations, how a write
// transaction begins, what a database error means in words, who the user is, and how changes
// made elsewhere become known. The repositories in Store speak portable SQL over it.
class StoreBackend
{
public:
    enum class Kind
    {
        Sqlite, // one file, one user: the default
        Postgres, // the team store: several cockpits, identities are database roles
    };

    virtual ~StoreBackend() = default;

    virtual Kind kind() const = 0;
    // The file, or "role@host:port/database": what messages name.
    virtual QString location() const = 0;
    // The team store's database role, which is the user's identity there; empty for SQLite.
    virtual QString identity() const = 0;
    virtual QSqlDatabase database() const = 0;
    virtual int schemaVersion() const = 0;
    // Opened only to look (a file this user cannot write): every write fails.
    virtual bool isReadOnly() const { return false; }

    // Begins a write transaction: SQLite takes the write lock up front (BEGIN IMMEDIATE), so
    // that a read followed by a write cannot meet another writer in between.
    virtual bool begin(QSqlError& error) = 0;
    virtual bool commit(QSqlError& error)
    {
        QSqlQuery query(database());
        if (query.exec(QStringLiteral("COMMIT")))
            return true;
        error = query.lastError();
        return false;
    }
    virtual void rollback() { QSqlQuery(database()).exec(QStringLiteral("ROLLBACK")); }
    // " FOR UPDATE" where rows read in a write transaction must be locked (PostgreSQL).
    virtual QString lockRows() const = 0;
    // The next ledger sequence number, inside the current write transaction.
    virtual Result<qint64> nextLedgerId() = 0;
    // A database error as a sentence that says what it is (read-only, disk full, refused by a
    // policy, unreachable), where, and what the user can do.
    virtual Error failure(const QString& what, const QSqlError& error) const = 0;
    // Whether the failure is another writer's conflicting commit (two links to one chain head,
    // a serialization failure), worth one more try.
    virtual bool isRetryable(const Error& error) const = 0;

    // Changes committed by others since the last call (SQLite: another connection's commit);
    // backends that are told (PostgreSQL's NOTIFY) call the callback instead.
    virtual bool pollExternalChanges() { return false; }
    virtual void setExternalChangeCallback(std::function<void()> callback) { m_onExternalChange = std::move(callback); }

protected:
    std::function<void()> m_onExternalChange;
};

} // namespace cockpit
