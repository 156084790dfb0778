#pragma once

#include "ReadinessRunner.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

namespace cockpit {

class AsyncStore;
class SecretStore;

// The window's side of the readiness checks: the latest result of every item (read from the
// store when a rollout opens), runs of all, a section or one item against the watched
// profile's cluster, each run's results recorded in the store before they are shown as the
// latest, and every item's check history on request. Never blocks.
class ReadinessSession final : public QObject
{
    Q_OBJECT

public:
    ReadinessSession(AsyncStore& store, SecretStore& secrets, QObject* parent = nullptr);
    ~ReadinessSession() override;
    Q_DISABLE_COPY_MOVE(ReadinessSession)

    // The rollout whose results these are (0: none yet) and the runbook it follows.
    void setRollout(const Runbook& runbook, qint64 rolloutId);
    void setProfile(std::optional<ConnectionProfile> profile);
    const std::optional<ConnectionProfile>& profile() const { return m_profile; }

    // Starts a run; false (and nothing starts) without a profile or rollout, or while one runs.
    bool run(const QStringList& itemIds = {});
    bool isRunning() const { return m_runner != nullptr; }
    bool isChecking(const QString& itemId) const { return m_checking.contains(itemId); }
    const ItemCheckResult* latest(const QString& itemId) const;
    QString whyNotRunnable() const; // empty when a run can start

    void requestHistory(const QString& itemId);

Q_SIGNALS:
    void resultsLoaded();
    void availabilityChanged(); // a profile or rollout came or went: whyNotRunnable() may differ
    void itemChanged(const QString& itemId); // checking started, or a new result
    void runStarted(int total);
    void runProgressed(int done, int total);
    void runFinished(const cockpit::ReadinessReport& report);
    void recordFailed(const cockpit::Error& error);
    void historyReady(const QString& itemId, const QList<cockpit::ItemCheckResult>& results);

private:
    AsyncStore& m_store;
    SecretStore& m_secrets;
    Runbook m_runbook;
    qint64 m_rollout = 0;
    quint64 m_generation = 0; // a new rollout or profile makes older answers stale
    std::optional<ConnectionProfile> m_profile;
    QHash<QString, ItemCheckResult> m_latest;
    QSet<QString> m_checking;
    QPointer<ReadinessRunner> m_runner;
};

} // namespace cockpit
