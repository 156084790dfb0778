#pragma once

#include "MigrationPlan.h"
#include "core/ConnectionProfile.h"
#include "core/Result.h"
#include "core/Runbook.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace cockpit {
class Store;
class Clock;
} // namespace cockpit

// The migration's step executors: one per action kind, chosen through a registry. They run on
// the migration's own thread (never the window's): each waits for its answers on a local event
// loop there, so a step reads top to bottom like the guide.
namespace cockpit::migration {

// Everything an executor may use. Passwords are fetched from the keychain before a run starts
// and kept in memory only; never logged, never journaled, never on a command line.
struct ExecContext
{
    Runbook runbook;
    ConnectionProfile profile;
    QHash<QString, QString> credentials; // "postgres", "patroni", "backup", ... -> password
    qint64 rolloutId = 0;
    QString actor;
    const Clock* clock = nullptr;
    // Runs a job on the store, synchronously for the caller (the command line calls it on its
    // own thread; the window hands it to the store's thread and waits on the migration's).
    std::function<void(const std::function<void(Store&)>&)> withStore;
    std::function<void(const QString& line)> output; // live output (a program's lines, progress)
    std::function<void(int percent)> progress; // -1: unknown
    const std::atomic_bool* abortRequested = nullptr; // stop now: programs are killed, watches end
    const std::atomic_bool* pauseRequested = nullptr; // stop before the next action
    std::optional<std::chrono::milliseconds> watchFor; // a rehearsal: every watch this long
    QHash<QString, QString> gateOverrides; // "readiness" / "approvals" -> the recorded reason

    bool aborted() const { return abortRequested && abortRequested->load(); }
    bool pauseAsked() const { return aborted() || (pauseRequested && pauseRequested->load()); }
    QString password(const QString& credential) const { return credentials.value(credential); }
};

struct Outcome
{
    enum class Kind
    {
        Done,
        Failed,
        Blocked, // a gate is closed: the reasons are in message and outputs
    };
    Kind kind = Kind::Done;
    QString message;
    QJsonObject outputs;

    static Outcome done(QString message, QJsonObject outputs = {})
    {
        return {Kind::Done, std::move(message), std::move(outputs)};
    }
    static Outcome failed(QString message, QJsonObject outputs = {})
    {
        return {Kind::Failed, std::move(message), std::move(outputs)};
    }
    static Outcome failed(const Error& error) { return {Kind::Failed, error.toString(), {}}; }
    static Outcome blocked(QString message, QJsonObject outputs = {})
    {
        return {Kind::Blocked, std::move(message), std::move(outputs)};
    }
};

// "done", "failed", "blocked": how the journal and the command line name an outcome.
QString outcomeToken(Outcome::Kind kind);

// What the real state says about an action in doubt (started, never ended).
struct Probe
{
    QString summary; // "the cluster is read-only on pg1, pg2, pg3", "snapshot … exists and verifies"
    std::optional<bool> looksDone; // true: the action's effect is there; false: it is not; unset: cannot tell
};

class Executor
{
public:
    virtual ~Executor() = default;
    // The resolved inputs: target node, exact SQL, HTTP request, command line; what the dry run
    // prints and the journal's start records. Asks the live cluster where a target depends on it
    // (the leader) and changes nothing. An error: the action cannot be resolved now.
    virtual Result<QJsonObject> resolve(const ExecContext& context, const PlannedAction& action) const = 0;
    virtual Outcome run(const ExecContext& context, const PlannedAction& action, const QJsonObject& inputs) const = 0;
    virtual Probe probe(const ExecContext& context, const PlannedAction& action, const QJsonObject& inputs) const;
};

// The registry: action kind -> executor. A new kind is one class and one line here.
const Executor& executorFor(Action::Kind kind);

// The sentence a dry run prints for resolved inputs.
QString describeInputs(const QJsonObject& inputs);

} // namespace cockpit::migration
