#include "ReadinessSession.h"

#include "core/Continuation.h"
#include "store/AsyncStore.h"

namespace cockpit {

ReadinessSession::ReadinessSession(AsyncStore& store, SecretStore& secrets, QObject* parent)
    : QObject(parent), m_store(store), m_secrets(secrets)
{ }

ReadinessSession::~ReadinessSession() = default;

void ReadinessSession::setRollout(const Runbook& runbook, qint64 rolloutId)
{
    ++m_generation;
    m_runbook = runbook;
    m_rollout = rolloutId;
    m_latest.clear();
    m_checking.clear();
    if (m_runner)
        m_runner->deleteLater(); // its run ends on its own; its answers are stale now
    m_runner = nullptr;
    Q_EMIT availabilityChanged();
    if (m_rollout == 0) {
        Q_EMIT resultsLoaded();
        return;
    }
    const quint64 generation = m_generation;
    onFinished(m_store.latestCheckResults(m_rollout), this,
               [this, generation](const Result<QList<ItemCheckResult>>& results) {
                   if (generation != m_generation)
                       return;
                   if (results) {
                       for (const ItemCheckResult& result : results.value())
                           m_latest.insert(result.itemId, result);
                   } else {
                       Q_EMIT recordFailed(results.error());
                   }
                   Q_EMIT resultsLoaded();
               });
}

void ReadinessSession::setProfile(std::optional<ConnectionProfile> profile)
{
    m_profile = std::move(profile);
    Q_EMIT availabilityChanged();
}

QString ReadinessSession::whyNotRunnable() const
{
    if (!m_profile)
        return tr("No connection profile: choose one in Connection ▸ Use Profile.");
    if (m_rollout == 0)
        return tr("The checklist is not loaded from the store yet.");
    if (isRunning())
        return tr("A check is running.");
    return {};
}

bool ReadinessSession::run(const QStringList& itemIds)
{
    if (!whyNotRunnable().isEmpty())
        return false;
    const quint64 generation = m_generation;
    auto* runner = new ReadinessRunner(m_runbook, *m_profile, m_secrets, this);
    m_runner = runner;
    QStringList ids = itemIds;
    if (ids.isEmpty()) {
        for (const ChecklistSection& section : m_runbook.sections) {
            for (const ChecklistItem& item : section.items)
                ids.append(item.id);
        }
    }
    for (const QString& id : ids) {
        m_checking.insert(id);
        Q_EMIT itemChanged(id);
    }
    connect(runner, &ReadinessRunner::progressed, this, &ReadinessSession::runProgressed);
    Q_EMIT runStarted(static_cast<int>(ids.size()));
    const QString profile = m_profile->name;
    const qint64 rollout = m_rollout;
    onFinished(runner->run(ids), this, [this, generation, runner, profile, rollout](const ReadinessReport& report) {
        runner->deleteLater();
        if (generation != m_generation)
            return;
        m_runner = nullptr;
        // Recorded first, then shown as the latest: what the window shows is what the store holds.
        onFinished(m_store.recordCheckResults(rollout, profile, report.items), this,
                   [this, generation, report](const Result<Done>& recorded) {
                       if (generation != m_generation)
                           return;
                       if (!recorded)
                           Q_EMIT recordFailed(recorded.error());
                       for (const ItemCheckResult& result : report.items) {
                           m_latest.insert(result.itemId, result);
                           m_checking.remove(result.itemId);
                           Q_EMIT itemChanged(result.itemId);
                       }
                       Q_EMIT runFinished(report);
                   });
    });
    return true;
}

const ItemCheckResult* ReadinessSession::latest(const QString& itemId) const
{
    const auto it = m_latest.constFind(itemId);
    return it == m_latest.constEnd() ? nullptr : &it.value();
}

void ReadinessSession::requestHistory(const QString& itemId)
{
    if (m_rollout == 0)
        return;
    onFinished(m_store.checkHistory(m_rollout, itemId, 50), this,
               [this, itemId](const Result<QList<ItemCheckResult>>& results) {
                   Q_EMIT historyReady(itemId, results ? results.value() : QList<ItemCheckResult>());
               });
}

} // namespace cockpit
