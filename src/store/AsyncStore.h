#pragma once

#include "Store.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>

#include <functional>
#include <memory>

namespace cockpit {

// Runs a Store on a worker thread of its own (after qBittorrent's dbresumedatastorage: the
// worker owns the connection and drains a queue) so that the GUI thread never waits for the
// disk. Jobs run one at a time in the order they were posted; each answers through a
// QFuture, which callers continue with .then(context, ...).
class AsyncStore final : public QObject
{
    Q_OBJECT

public:
    explicit AsyncStore(QString path, const Clock& clock = Clock::system(), QObject* parent = nullptr);
    // Waits for the jobs already posted (so nothing accepted is lost), then closes the store.
    ~AsyncStore() override;
    Q_DISABLE_COPY_MOVE(AsyncStore)

    const QString& path() const { return m_path; }

    QFuture<Result<int>> open(); // the schema version
    QFuture<Result<RolloutInfo>> ensureRollout(const QString& runbookId, const QString& title, const QString& actor);
    QFuture<Result<QList<ItemState>>> checklistStates(qint64 rolloutId);
    QFuture<Result<ItemState>> applyItemChange(qint64 rolloutId, const ItemChange& change);
    QFuture<Result<QList<AuditEntry>>> auditLog(qint64 rolloutId, const QString& entityId = {}, int limit = 0);
    QFuture<Result<Done>> recordCheckResults(qint64 rolloutId, const QString& profile,
                                             const QList<ItemCheckResult>& results);
    QFuture<Result<QList<ItemCheckResult>>> latestCheckResults(qint64 rolloutId);
    QFuture<Result<QList<ItemCheckResult>>> checkHistory(qint64 rolloutId, const QString& itemId, int limit = 0);

private:
    template<typename T> QFuture<Result<T>> post(std::function<Result<T>(Store&)> job);
    void postToWorker(std::function<void()> task);
    Error notOpen() const;

    QString m_path;
    const Clock& m_clock;
    QThread m_thread;
    QObject* m_worker = nullptr; // lives in m_thread
    std::unique_ptr<Store> m_store; // touched only on m_thread
};

template<typename T> QFuture<Result<T>> AsyncStore::post(std::function<Result<T>(Store&)> job)
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
