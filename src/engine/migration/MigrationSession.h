#pragma once

#include "MigrationRunner.h"
#include "core/ConnectionProfile.h"
#include "core/Result.h"
#include "core/Runbook.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace cockpit {
class AsyncStore;
class ExecSetup;
} // namespace cockpit

namespace cockpit::migration {

// The window's side of the migration: reads the journal from the store's thread, runs the
// runner on a thread of its own (its waits never reach the window's thread), and reports
// through signals. A person's decisions (resolve, skip, override) are journal records.
class MigrationSession final : public QObject
{
    Q_OBJECT

public:
    MigrationSession(AsyncStore& store, ExecSetup& exec, QObject* parent = nullptr);
    ~MigrationSession() override; // asks a run and every probe to stop, and waits for them
    Q_DISABLE_COPY_MOVE(MigrationSession)

    void setContext(const Runbook& runbook, const std::optional<ConnectionProfile>& profile, qint64 rolloutId,
                    const QString& actor);
    const Runbook& runbook() const { return m_runbook; }
    bool hasProfile() const { return m_profile.has_value(); }
    QString clusterName() const { return m_profile ? m_profile->name : QString(); }
    const JournalView& journal() const { return m_journal; }
    bool isLoaded() const { return m_loaded; }
    // From the moment a run is asked for (its passwords may still be on their way) until it ended.
    bool isRunning() const { return m_runState != RunState::Idle; }

    void reload();
    // Runs from where the journal stands (maxActions 1: one action, then pause).
    void start(const RunOptions& options, std::optional<std::chrono::milliseconds> watchFor = std::nullopt);
    void pause(); // after the action that runs
    void abort(); // now: a running program is killed, a watch stops
    void resolve(const QString& path, const QString& as, const QString& note);
    void skip(const QString& path, const QString& reason);
    void overrideGate(const QString& gate, const QString& reason);
    // The person starts the action despite its preflight's findings, once (recorded with the reason).
    void overridePreflight(const QString& path, const QString& reason);
    bool probe(const QString& path); // probed() answers; false: it cannot ask now (no profile, a run)
    // Probe threads of every session still running (each session waits for its own when it ends).
    static int probeThreadsRunning();

    // Called on the window's thread while the runner's thread waits: a person confirms, then
    // answer(true|false) (an abort ends the wait with a no). Unset: nothing is confirmed.
    std::function<void(const PlannedAction&, const QJsonObject& inputs, bool destructive,
                       std::function<void(bool)> answer)>
        confirm;

Q_SIGNALS:
    void journalChanged();
    void output(const QString& line);
    void progress(int percent);
    void actionStarted(const QString& path);
    void actionEnded(const QString& path, const QString& message, bool ok);
    void finished(int status, const QString& message, const QString& path, const QString& probe);
    void probed(const QString& path, const QString& summary);
    void failed(const cockpit::Error& error);

private:
    enum class RunState
    {
        Idle,
        Starting, // the passwords are being fetched
        Running, // the runner's thread runs
    };

    void record(const QString& entity, const QString& field, const QJsonObject& value);
    ExecContext makeContext(ExecContext context) const;
    void launch(ExecContext context, const RunOptions& options, std::optional<std::chrono::milliseconds> watchFor);
    void runEnded(QThread* thread);

    AsyncStore& m_store;
    ExecSetup& m_exec;
    Runbook m_runbook;
    std::optional<ConnectionProfile> m_profile;
    qint64 m_rolloutId = 0;
    QString m_actor;
    JournalView m_journal;
    bool m_loaded = false;
    RunState m_runState = RunState::Idle;
    quint64 m_runGeneration = 0; // an answer of the keychain for an abandoned start is dropped
    QThread* m_thread = nullptr;
    QList<QThread*> m_probes; // probes still asking the cluster: waited for when the session ends
    std::shared_ptr<std::atomic_bool> m_abort = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<std::atomic_bool> m_pause = std::make_shared<std::atomic_bool>(false);
};

} // namespace cockpit::migration
