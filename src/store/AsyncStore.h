#pragma once

#include "Store.h"

#include <QFuture>
#include <QMutex>
#include <QObject>
#include <QPromise>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace cockpit {

// Runs a Store on a worker thread of its own (after qBittorrent's dbresumedatastorage: the
// worker owns the connection and drains a queue) so that the GUI thread never waits for the
// disk or the team store's server. Jobs run one at a time in the order they were posted; each
// answers through a QFuture. While open, it watches for commits made elsewhere (another
// cockpit on the same SQLite file, every cockpit of the team store) and says so.
class AsyncStore final : public QObject
{
    Q_OBJECT

public:
    // The local store (a SQLite file) ...
    explicit AsyncStore(QString path, const Clock& clock = Clock::system(), QObject* parent = nullptr);
    // ... or the team store (PostgreSQL).
    explicit AsyncStore(TeamStoreOptions team, const Clock& clock = Clock::system(), QObject* parent = nullptr);
    // Waits for the jobs already posted (so nothing accepted is lost), then closes the store.
    ~AsyncStore() override;
    Q_DISABLE_COPY_MOVE(AsyncStore)

    // The file, or "role@host:port/database".
    QString path() const;
    bool isTeam() const { return m_team.has_value(); }
    // The team store's database role, once open; empty for the local store.
    QString identity() const;

    // The team store's password, from the keychain; before open().
    void setTeamPassword(const QString& password);
    // What this machine verified of the store's ledger (Store::useAnchors); before open().
    void useAnchors(std::shared_ptr<AnchorBook> anchors) { m_anchors = std::move(anchors); }
    QFuture<Result<int>> open(); // the schema version

    // Any work on the store, on its thread; the one generic entry point.
    template<typename T> QFuture<Result<T>> run(std::function<Result<T>(Store&)> job);

    QFuture<Result<RolloutInfo>> ensureRollout(const QString& runbookId, const QString& title, const QString& actor);
    QFuture<Result<QList<ItemState>>> checklistStates(qint64 rolloutId);
    QFuture<Result<ItemState>> applyItemChange(qint64 rolloutId, const ItemChange& change);
    QFuture<Result<QList<AuditEntry>>> auditLog(qint64 rolloutId, const QString& entityId = {}, int limit = 0);
    QFuture<Result<Done>> recordCheckResults(qint64 rolloutId, const QString& profile,
                                             const QList<ItemCheckResult>& results);
    QFuture<Result<QList<ItemCheckResult>>> latestCheckResults(qint64 rolloutId);
    QFuture<Result<QList<ItemCheckResult>>> checkHistory(qint64 rolloutId, const QString& itemId, int limit = 0);

Q_SIGNALS:
    // Another cockpit committed something: views read again what they show.
    void changedElsewhere();

private:
    void startWorker();
    void postToWorker(std::function<void()> task);
    Error notOpen() const;
    void watch(); // on the worker thread, once open

    QString m_path;
    std::optional<TeamStoreOptions> m_team;
    std::shared_ptr<AnchorBook> m_anchors;
    const Clock& m_clock;
    QThread m_thread;
    QObject* m_worker = nullptr; // lives in m_thread
    std::unique_ptr<Store> m_store; // touched only on m_thread
    mutable QMutex m_identityMutex;
    QString m_identity;
};

template<typename T> QFuture<Result<T>> AsyncStore::run(std::function<Result<T>(Store&)> job)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    QFuture<Result<T>> future = promise->future();
    promise->start();
    postToWorker([this, promise, job = std::move(job)] {
        promise->addResult(m_store ? job(*m_store) : Result<T>(notOpen()));
        promise->finish();
    });
    return future;
}

} // namespace cockpit
