#pragma once

#include "Watch.h"
#include "core/ConnectionProfile.h"
#include "core/Runbook.h"
#include "store/Store.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>
#include <vector>

namespace cockpit {
class AsyncStore;
class ExecSetup;
} // namespace cockpit

namespace cockpit::monitoring {

// The window's live watch: a thread of its own samples each metric at its check interval (and
// fetches the recent past from Prometheus once), the readings come back to the window's thread
// where the WatchState judges them, evaluates the triggers and the success criteria. Trigger
// transitions and alerts are written to the rollout's ledger (the rollout log). The window's
// thread never waits on a source.
class MetricsSession final : public QObject
{
    Q_OBJECT

public:
    MetricsSession(AsyncStore& store, ExecSetup& exec, QObject* parent = nullptr);
    ~MetricsSession() override; // stops the sampling thread and waits for it
    Q_DISABLE_COPY_MOVE(MetricsSession)

    // Starts watching (a new context starts over); no profile: stops.
    void setContext(const Runbook& runbook, const std::optional<ConnectionProfile>& profile, qint64 rolloutId,
                    const QString& actor);
    // How far back the charts are filled from Prometheus when watching starts.
    void setBackfillSpan(std::chrono::milliseconds span) { m_backfillSpan = span; }
    // Every metric at most this often apart (0: the runbook's intervals), for rehearsals and tests.
    void setIntervalOverride(std::chrono::milliseconds interval) { m_intervalOverride = interval; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused->load(); }
    bool isWatching() const { return m_thread != nullptr; }
    bool hasProfile() const { return m_profile.has_value(); }

    const WatchState& state() const { return *m_state; }
    WatchState& state() { return *m_state; }
    // The history the charts draw: every sample of every metric, in time order (NaN: a gap).
    const QHash<QString, std::vector<std::pair<qint64, double>>>& series() const { return m_series; }
    qint64 watchingSinceMs() const { return m_watchingSinceMs; }

    // A person raises (or clears) the manual trigger; recorded in the ledger.
    Result<Done> raiseTrigger(const QString& triggerId, const QString& reason);
    Result<Done> clearTrigger(const QString& triggerId);
    // A person's judgement of a success criterion, with its evidence; recorded in the ledger.
    Result<Done> confirmCriterion(const QString& criterionId, const QString& evidence);

Q_SIGNALS:
    void backfilled();
    void updated(const cockpit::monitoring::WatchUpdate& update);
    void sourceProblem(const QString& message);

private:
    void stop(bool wait);
    void launch(migration::ExecContext context);
    void onBackfill(const QHash<QString, std::vector<std::pair<qint64, double>>>& samples, qint64 fromMs, qint64 toMs,
                    qint64 stepMs, const QStringList& problems, const QList<MetricBucket>& kept);
    void onReadings(const QList<MetricReading>& readings);
    void keepHistory(const QList<MetricReading>& readings);
    void log(const QString& entity, const QString& entityId, const QString& field, const QString& value,
             const QString& comment);

    AsyncStore& m_store;
    ExecSetup& m_exec;
    Runbook m_runbook;
    std::optional<ConnectionProfile> m_profile;
    qint64 m_rolloutId = 0;
    QString m_actor;
    std::unique_ptr<WatchState> m_state;
    QHash<QString, std::vector<std::pair<qint64, double>>> m_series;
    QHash<QString, MetricBucket> m_minute; // the minute each metric is filling, kept when it ends
    qint64 m_watchingSinceMs = 0;
    std::chrono::milliseconds m_backfillSpan{std::chrono::hours(24)};
    std::chrono::milliseconds m_intervalOverride{0};
    QThread* m_thread = nullptr;
    // Threads of earlier contexts still finishing a question: never waited for on the window's
    // thread, except when the session ends (they ask the store, which must outlive them).
    QList<QPointer<QThread>> m_retired;
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<std::atomic_bool> m_paused = std::make_shared<std::atomic_bool>(false);
    quint64 m_generation = 0;
};

} // namespace cockpit::monitoring

Q_DECLARE_METATYPE(cockpit::monitoring::WatchUpdate)
