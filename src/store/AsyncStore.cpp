#include "AsyncStore.h"

#include <QMetaObject>
#include <QMutexLocker>
#include <QTimer>

namespace cockpit {

namespace {
constexpr int kWatchIntervalMs = 400; // a commit elsewhere shows within about half a second
}

AsyncStore::AsyncStore(QString path, const Clock& clock, QObject* parent)
    : QObject(parent), m_path(std::move(path)), m_clock(clock)
{
    startWorker();
}

AsyncStore::AsyncStore(TeamStoreOptions team, const Clock& clock, QObject* parent)
    : QObject(parent), m_path(team.location()), m_team(std::move(team)), m_clock(clock)
{
    startWorker();
}

void AsyncStore::startWorker()
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
        delete m_worker->findChild<QTimer*>(QStringLiteral("watch")); // a timer stops on its own thread
        m_store.reset();
        QThread::currentThread()->quit();
    });
    m_thread.wait();
    delete m_worker; // and the watch timer, its child
}

QString AsyncStore::path() const
{
    return m_path;
}

QString AsyncStore::identity() const
{
    QMutexLocker lock(&m_identityMutex);
    return m_identity;
}

void AsyncStore::postToWorker(std::function<void()> task)
{
    QMetaObject::invokeMethod(m_worker, std::move(task), Qt::QueuedConnection);
}

Error AsyncStore::notOpen() const
{
    return makeError(ErrorKind::Storage, QStringLiteral("the store is not open"), m_path);
}

void AsyncStore::setTeamPassword(const QString& password)
{
    if (m_team)
        m_team->password = password;
}

QFuture<Result<int>> AsyncStore::open()
{
    auto promise = std::make_shared<QPromise<Result<int>>>();
    QFuture<Result<int>> future = promise->future();
    promise->start();
    const std::optional<TeamStoreOptions> team = m_team;
    postToWorker([this, promise, team, anchors = m_anchors] {
        m_store.reset();
        auto opened = team ? Store::openTeam(*team, m_clock) : Store::open(m_path, m_clock);
        if (opened) {
            m_store = std::move(opened.value());
            m_store->useAnchors(anchors);
            {
                QMutexLocker lock(&m_identityMutex);
                m_identity = m_store->identity();
            }
            watch();
            promise->addResult(Result<int>(m_store->schemaVersion()));
        } else {
            promise->addResult(Result<int>(opened.error()));
        }
        promise->finish();
    });
    return future;
}

void AsyncStore::watch()
{
    // Told (the team store's NOTIFY) or asking (SQLite's data_version): either way, said once
    // per burst of commits.
    m_store->backend().setExternalChangeCallback([this] { Q_EMIT changedElsewhere(); });
    auto* timer = m_worker->findChild<QTimer*>(QStringLiteral("watch"));
    if (!timer) {
        timer = new QTimer(m_worker);
        timer->setObjectName(QStringLiteral("watch"));
        timer->setInterval(kWatchIntervalMs);
        QObject::connect(timer, &QTimer::timeout, m_worker, [this] {
            if (m_store && m_store->backend().pollExternalChanges())
                Q_EMIT changedElsewhere();
        });
    }
    timer->start();
}

QFuture<Result<RolloutInfo>> AsyncStore::ensureRollout(const QString& runbookId, const QString& title,
                                                       const QString& actor)
{
    return run<RolloutInfo>([=](Store& store) { return store.ensureRollout(runbookId, title, actor); });
}

QFuture<Result<QList<ItemState>>> AsyncStore::checklistStates(qint64 rolloutId)
{
    return run<QList<ItemState>>([=](Store& store) { return store.checklistStates(rolloutId); });
}

QFuture<Result<ItemState>> AsyncStore::applyItemChange(qint64 rolloutId, const ItemChange& change)
{
    return run<ItemState>([=](Store& store) { return store.applyItemChange(rolloutId, change); });
}

QFuture<Result<QList<AuditEntry>>> AsyncStore::auditLog(qint64 rolloutId, const QString& entityId, int limit)
{
    return run<QList<AuditEntry>>([=](Store& store) { return store.auditLog(rolloutId, entityId, limit); });
}

QFuture<Result<Done>> AsyncStore::recordCheckResults(qint64 rolloutId, const QString& profile,
                                                     const QList<ItemCheckResult>& results)
{
    return run<Done>([=](Store& store) { return store.recordCheckResults(rolloutId, profile, results); });
}

QFuture<Result<QList<ItemCheckResult>>> AsyncStore::latestCheckResults(qint64 rolloutId)
{
    return run<QList<ItemCheckResult>>([=](Store& store) { return store.latestCheckResults(rolloutId); });
}

QFuture<Result<QList<ItemCheckResult>>> AsyncStore::checkHistory(qint64 rolloutId, const QString& itemId, int limit)
{
    return run<QList<ItemCheckResult>>([=](Store& store) { return store.checkHistory(rolloutId, itemId, limit); });
}

} // namespace cockpit
