#include "AsyncStore.h"

#include <QMetaObject>

namespace cockpit {

AsyncStore::AsyncStore(QString path, const Clock& clock, QObject* parent)
    : QObject(parent), m_path(std::move(path)), m_clock(clock)
{
    m_thread.setObjectName(QStringLiteral("cockpit-store"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

AsyncStore::~AsyncStore()
{
    // The closing job is queued behind every job already posted; it ends the thread itself.
    postToWorker([this] {
        m_store.reset();
        QThread::currentThread()->quit();
    });
    m_thread.wait();
    delete m_worker;
}

void AsyncStore::postToWorker(std::function<void()> task)
{
    QMetaObject::invokeMethod(m_worker, std::move(task), Qt::QueuedConnection);
}

Error AsyncStore::notOpen() const
{
    return makeError(ErrorKind::Storage, QStringLiteral("the store is not open"), m_path);
}

QFuture<Result<int>> AsyncStore::open()
{
    auto promise = std::make_shared<QPromise<Result<int>>>();
    QFuture<Result<int>> future = promise->future();
    promise->start();
    postToWorker([this, promise] {
        m_store.reset();
        auto opened = Store::open(m_path, m_clock);
        if (opened) {
            m_store = std::move(opened.value());
            promise->addResult(Result<int>(m_store->schemaVersion()));
        } else {
            promise->addResult(Result<int>(opened.error()));
        }
        promise->finish();
    });
    return future;
}

QFuture<Result<RolloutInfo>> AsyncStore::ensureRollout(const QString& runbookId, const QString& title,
                                                       const QString& actor)
{
    return post<RolloutInfo>([=](Store& store) { return store.ensureRollout(runbookId, title, actor); });
}

QFuture<Result<QList<ItemState>>> AsyncStore::checklistStates(qint64 rolloutId)
{
    return post<QList<ItemState>>([=](Store& store) { return store.checklistStates(rolloutId); });
}

QFuture<Result<ItemState>> AsyncStore::applyItemChange(qint64 rolloutId, const ItemChange& change)
{
    return post<ItemState>([=](Store& store) { return store.applyItemChange(rolloutId, change); });
}

QFuture<Result<QList<AuditEntry>>> AsyncStore::auditLog(qint64 rolloutId, const QString& entityId, int limit)
{
    return post<QList<AuditEntry>>([=](Store& store) { return store.auditLog(rolloutId, entityId, limit); });
}

QFuture<Result<Done>> AsyncStore::recordCheckResults(qint64 rolloutId, const QString& profile,
                                                     const QList<ItemCheckResult>& results)
{
    return post<Done>([=](Store& store) { return store.recordCheckResults(rolloutId, profile, results); });
}

QFuture<Result<QList<ItemCheckResult>>> AsyncStore::latestCheckResults(qint64 rolloutId)
{
    return post<QList<ItemCheckResult>>([=](Store& store) { return store.latestCheckResults(rolloutId); });
}

QFuture<Result<QList<ItemCheckResult>>> AsyncStore::checkHistory(qint64 rolloutId, const QString& itemId, int limit)
{
    return post<QList<ItemCheckResult>>([=](Store& store) { return store.checkHistory(rolloutId, itemId, limit); });
}

} // namespace cockpit
