#pragma once

#include "StoreTypes.h"
#include "core/CheckResult.h"
#include "core/Clock.h"
#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace cockpit {

// The local store: one SQLite file (WAL, synchronous=FULL), schema migrated on open.
// Synchronous and bound to the thread that opened it; the GUI uses AsyncStore, which owns
// a Store on a worker thread. A method returns only after its transaction is durable.
class Store
{
public:
    static Result<std::unique_ptr<Store>> open(const QString& path, const Clock& clock = Clock::system());
    ~Store();
    Q_DISABLE_COPY_MOVE(Store)

    // <AppDataLocation>/cockpit.sqlite
    static QString defaultPath();

    const QString& path() const { return m_path; }
    int schemaVersion() const;

    // The rollout of a runbook, created (and audited) on first use.
    Result<RolloutInfo> ensureRollout(const QString& runbookId, const QString& title, const QString& actor);
    Result<QList<ItemState>> checklistStates(qint64 rolloutId);
    // Applies the change and its audit rows in one transaction; returns the new state.
    // A change that changes nothing writes nothing and returns the current state.
    Result<ItemState> applyItemChange(qint64 rolloutId, const ItemChange& change);
    // Newest first; entityId empty for all entities; limit <= 0 for all rows.
    Result<QList<AuditEntry>> auditLog(qint64 rolloutId, const QString& entityId = {}, int limit = 0);

    // Readiness check results: a run's results in one transaction; every run is kept.
    Result<Done> recordCheckResults(qint64 rolloutId, const QString& profile, const QList<ItemCheckResult>& results);
    // The latest result of every item that has one.
    Result<QList<ItemCheckResult>> latestCheckResults(qint64 rolloutId);
    // One item's results, newest first; limit <= 0 for all.
    Result<QList<ItemCheckResult>> checkHistory(qint64 rolloutId, const QString& itemId, int limit = 0);

private:
    Store(QString path, QString connectionName, const Clock& clock);
    QSqlDatabase database() const;
    Error failure(const QString& what, const QSqlError& error) const;
    Result<std::optional<ItemState>> readItemState(qint64 rolloutId, const QString& itemId);

    QString m_path;
    QString m_connectionName;
    const Clock& m_clock;
};

} // namespace cockpit
