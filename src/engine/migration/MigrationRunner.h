#pragma once

#include "Executors.h"
#include "MigrationPlan.h"

#include <QJsonObject>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

// Runs the plan from where the journal stands, one action at a time: its start (with the
// resolved inputs) durable in the store before the action, its end after. Synchronous: the
// command line calls it on its own thread, the window on the migration's thread.
namespace cockpit::migration {

struct RunOptions
{
    Procedure procedure = Procedure::Migration;
    std::optional<int> phase; // 1-based: run only this phase (earlier ones must have ended)
    bool dryRun = false;
    bool yes = false; // destructive steps and confirmations accepted (the command line's --yes)
    std::optional<int> maxActions; // stop after this many actions ran (the window's "one step")
    // A preflight blocker: wait this long for it to clear (polling), instead of stopping at once.
    std::optional<std::chrono::milliseconds> waitClear;
    // Not a run: a rehearsal on a restored copy (Rehearsal.h); the session runs it on the same thread.
    bool rehearse = false;
    QString rehearsalSnapshot; // empty: the newest
};

enum class RunStatus
{
    Done, // everything asked ran
    Failed, // an action failed
    Usage, // configuration: cannot start (the lock is held, a phase not reached, ...)
    InDoubt, // an action started and never ended: a person decides
    GateClosed, // a gate blocked
    Stopped, // paused or aborted by a person, or a confirmation refused
    Paused, // ran the number of actions asked for (the window's "one step", --steps N)
    Waiting, // the preflight found a blocker: nothing started (Retry, Wait until clear, or override)
};
int exitCodeFor(RunStatus status); // 0, 1, 2, 3, 4, 1, 0, 5

struct RunEvents
{
    std::function<void(const PlannedAction&, const QJsonObject& inputs)> started;
    std::function<void(const PlannedAction&, const Outcome&)> ended;
    std::function<void(const PlannedAction&, const QJsonObject& inputs)> planned; // a dry run's line
    // A person confirms: a destructive action (typed: the cluster's name) or a manual one.
    std::function<bool(const PlannedAction&, const QJsonObject& inputs, bool destructive)> confirm;
    // A preflight's findings (each time it looks; while waiting, each time they change).
    std::function<void(const PlannedAction&, const QJsonObject& preflight)> preflight;
};

struct RunSummary
{
    RunStatus status = RunStatus::Done;
    QString message;
    QString actionPath; // the action that failed, blocked or is in doubt
    Probe probe; // for an action in doubt
    int ran = 0;
    QStringList rerunAutomatically; // actions in doubt that only observe, run again without asking
    QJsonObject preflight; // what stopped the action (Waiting)
};

class MigrationRunner
{
public:
    explicit MigrationRunner(ExecContext& context) : m_context(context) { }

    RunSummary run(const RunOptions& options, const RunEvents& events);
    // Probes the action in doubt (no journal change).
    Probe probeInDoubt(const PlannedAction& action, const QJsonObject& inputs) const;

    // The journal's records, through the context's store.
    Result<JournalView> readJournalNow() const;
    Result<bool> record(const QString& entity, const QString& field, const QJsonObject& value,
                        const QJsonObject& comment = {}) const;

    static constexpr std::chrono::seconds kLease{300};

private:
    ExecContext& m_context;
};

// COCKPIT_FAULT_KILL=<action path>:before|after — the process kills itself with SIGKILL right
// before or right after that action's act (for the crash tests; nothing else reads it).
void faultPoint(const QString& path, const char* when);

} // namespace cockpit::migration
