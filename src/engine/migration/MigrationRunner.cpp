#include "MigrationRunner.h"

#include "DataSources.h"
#include "Preflight.h"
#include "core/Clock.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostInfo>
#include <QJsonDocument>
#include <QTimer>
#include <QUuid>

#include <cerrno>

#include <csignal>
#include <unistd.h>

namespace cockpit::migration {
namespace {

class RunnerTr
{
    Q_DECLARE_TR_FUNCTIONS(cockpit::migration::MigrationRunner)
};

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The lock's token names the process that holds it: "host:pid:uuid". The holder's display
// name may be a database role (team store), so the token is what says who to ask.
QString newLockToken()
{
    return QStringLiteral("%1:%2:%3")
        .arg(QHostInfo::localHostName())
        .arg(::getpid())
        .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

// On this host, and that process no longer runs: its lease is void.
bool tokenHolderIsGone(const QString& token)
{
    const QStringList parts = token.split(QLatin1Char(':'));
    if (parts.size() != 3 || parts[0] != QHostInfo::localHostName())
        return false;
    const pid_t pid = static_cast<pid_t>(parts[1].toLongLong());
    return pid > 0 && pid != ::getpid() && ::kill(pid, 0) != 0 && errno == ESRCH;
}

// One operator at a time: a lease in the store, taken before the first action, renewed before
// every action and every minute while one runs (a watch outlives the lease), released at the end.
class LockLease
{
public:
    explicit LockLease(ExecContext& context)
        : m_context(context)
        , m_token(newLockToken())
        , m_holder(QStringLiteral("%1 on %2 (pid %3)").arg(context.actor, QHostInfo::localHostName()).arg(::getpid()))
    {
        m_renewal.setInterval(std::chrono::seconds(60));
        QObject::connect(&m_renewal, &QTimer::timeout, [this] {
            if (const auto refused = take())
                m_lost = *refused;
        });
    }
    ~LockLease()
    {
        m_renewal.stop();
        if (m_taken)
            m_context.withStore([&](Store& store) { (void)store.releaseMigrationLock(m_context.rolloutId, m_token); });
    }
    Q_DISABLE_COPY_MOVE(LockLease)

    // Takes or renews it; the reason when someone else holds it.
    std::optional<QString> take()
    {
        std::optional<Result<MigrationLock>> lock;
        m_context.withStore([&](Store& store) {
            lock = store.acquireMigrationLock(m_context.rolloutId, m_holder, m_token, MigrationRunner::kLease);
        });
        if (lock && lock->ok() && !lock->value().held && tokenHolderIsGone(lock->value().token)) {
            const QString stale = lock->value().token;
            m_context.withStore([&](Store& store) {
                (void)store.releaseMigrationLock(m_context.rolloutId, stale);
                lock = store.acquireMigrationLock(m_context.rolloutId, m_holder, m_token, MigrationRunner::kLease);
            });
            if (m_context.output && lock && lock->ok() && lock->value().held)
                m_context.output(RunnerTr::tr("took over the migration lock from a process that is gone"));
        }
        if (!lock || !lock->ok())
            return lock ? lock->error().toString() : RunnerTr::tr("the store did not answer");
        if (!lock->value().held)
            return RunnerTr::tr("the migration is held by %1 until %2")
                .arg(lock->value().holder, lock->value().expiresAt.toString(Qt::ISODate));
        m_taken = true;
        if (!m_renewal.isActive())
            m_renewal.start();
        return std::nullopt;
    }
    // Why a renewal during the last action failed (empty: it did not).
    QString lost() const { return m_lost; }

private:
    ExecContext& m_context;
    QString m_token;
    QString m_holder;
    QTimer m_renewal; // fires inside the actions' own waits on this thread
    bool m_taken = false;
    QString m_lost;
};

PreflightLimits preflightLimits(const PlannedAction& action)
{
    PreflightLimits limits;
    limits.lockTimeout = lockTimeoutOf(action.action);
    return limits;
}

} // namespace

int exitCodeFor(RunStatus status)
{
    switch (status) {
    case RunStatus::Done: return 0;
    case RunStatus::Failed: return 1;
    case RunStatus::Usage: return 2;
    case RunStatus::InDoubt: return 3;
    case RunStatus::GateClosed: return 4;
    case RunStatus::Stopped: return 1;
    case RunStatus::Paused: return 0;
    case RunStatus::Waiting: return 5;
    }
    return 1;
}

void faultPoint(const QString& path, const char* when)
{
    static const QByteArray fault = qgetenv("COCKPIT_FAULT_KILL");
    if (fault.isEmpty())
        return;
    if (QString::fromUtf8(fault) == path + QLatin1Char(':') + QLatin1String(when))
        ::kill(::getpid(), SIGKILL);
}

Result<JournalView> MigrationRunner::readJournalNow() const
{
    std::optional<Result<QList<AuditEntry>>> entries;
    m_context.withStore([&](Store& store) { entries = store.journal(m_context.rolloutId); });
    if (!entries)
        return makeError(ErrorKind::Storage, RunnerTr::tr("the store did not answer"));
    if (!entries->ok())
        return entries->error();
    return readJournal(entries->value());
}

Result<bool> MigrationRunner::record(const QString& entity, const QString& field, const QJsonObject& value,
                                     const QJsonObject& comment) const
{
    std::optional<Result<AuditEntry>> written;
    m_context.withStore([&](Store& store) {
        written = store.appendJournal(m_context.rolloutId, entity, field, compact(value), compact(comment),
                                      m_context.actor);
    });
    if (!written)
        return makeError(ErrorKind::Storage, RunnerTr::tr("the store did not answer"));
    if (!written->ok())
        return written->error();
    return true;
}

Probe MigrationRunner::probeInDoubt(const PlannedAction& action, const QJsonObject& inputs) const
{
    return executorFor(action.action.kind).probe(m_context, action, inputs);
}

RunSummary MigrationRunner::run(const RunOptions& options, const RunEvents& events)
{
    RunSummary summary;
    const Plan plan = buildPlan(m_context.runbook, options.procedure);
    auto journal = readJournalNow();
    if (!journal) {
        summary.status = RunStatus::Usage;
        summary.message = journal.error().toString();
        return summary;
    }
    m_context.gateOverrides = journal->gateOverrides;

    // Which actions: the whole procedure, or one phase (earlier phases must have ended).
    QList<const PlannedAction*> todo;
    for (const PlannedAction& a : plan.actions) {
        if (!options.phase || a.phaseNumber == *options.phase)
            todo.append(&a);
    }
    if (options.phase && todo.isEmpty()) {
        summary.status = RunStatus::Usage;
        summary.message = RunnerTr::tr("there is no phase %1").arg(*options.phase);
        return summary;
    }

    if (options.dryRun) {
        for (const PlannedAction* a : todo) {
            const auto inputs = executorFor(a->action.kind).resolve(m_context, *a);
            QJsonObject shown
                = inputs ? inputs.value() : QJsonObject{{QStringLiteral("cannot resolve"), inputs.error().toString()}};
            shown[QStringLiteral("state")] = actionStateToken(journal->record(a->path).state);
            if (events.planned)
                events.planned(*a, shown);
        }
        summary.message
            = RunnerTr::tr("dry run: %n action(s) shown, nothing changed", nullptr, static_cast<int>(todo.size()));
        return summary;
    }

    LockLease lease(m_context);
    if (const auto refused = lease.take()) {
        summary.status = RunStatus::Usage;
        summary.message = *refused;
        return summary;
    }

    // What a killed cockpit left running (pg_basebackup's WAL streamer, a docker command) would
    // otherwise hold locks, slots and the preflight's "a base backup is running" for ever.
    for (const QString& swept : sweepOrphanedPrograms()) {
        if (m_context.output)
            m_context.output(RunnerTr::tr("stopped %1").arg(swept));
    }
    if (!journal->abandonedAt.isEmpty()
        && journal->abandonedAt.startsWith(procedureToken(options.procedure) + QLatin1Char('/'))) {
        summary.status = RunStatus::Usage;
        summary.actionPath = journal->abandonedAt;
        summary.message = RunnerTr::tr("the %1 was abandoned at %2 for the rollback; run the rollback procedure")
                              .arg(procedureToken(options.procedure), journal->abandonedAt);
        return summary;
    }
    // An action that only observes and was interrupted is run again: nothing of it can have
    // changed the cluster. Only an action that changes something waits for a person.
    while (const PlannedAction* doubt = journal->inDoubt(plan)) {
        if (!doubt->action.onlyObserves())
            break;
        const QString note
            = RunnerTr::tr("%1 (%2) was interrupted (started %3, never ended); it only observes, so it "
                           "runs again")
                  .arg(doubt->path, doubt->stepTitle, journal->record(doubt->path).startedAt.toString(Qt::ISODate));
        if (const auto written = record(doubt->path, QStringLiteral("resolve"),
                                        {{QStringLiteral("as"), QStringLiteral("rerun")},
                                         {QStringLiteral("note"), note},
                                         {QStringLiteral("automatic"), true}});
            !written) {
            summary.status = RunStatus::Failed;
            summary.message = written.error().toString();
            return summary;
        }
        if (m_context.output)
            m_context.output(note);
        summary.rerunAutomatically.append(doubt->path);
        journal = readJournalNow();
        if (!journal) {
            summary.status = RunStatus::Failed;
            summary.message = journal.error().toString();
            return summary;
        }
    }
    if (const PlannedAction* doubt = journal->inDoubt(plan)) {
        summary.status = RunStatus::InDoubt;
        summary.actionPath = doubt->path;
        summary.probe = probeInDoubt(*doubt, journal->record(doubt->path).inputs);
        summary.message = RunnerTr::tr("%1 (%2) started at %3 and never ended: it is in doubt. %4")
                              .arg(doubt->path, doubt->stepTitle,
                                   journal->record(doubt->path).startedAt.toString(Qt::ISODate), summary.probe.summary);
        return summary;
    }
    if (options.phase) {
        for (const PlannedAction& a : plan.actions) {
            const ActionState s = journal->record(a.path).state;
            if (a.phaseNumber < *options.phase && s != ActionState::Done && s != ActionState::Skipped) {
                summary.status = RunStatus::Usage;
                summary.message = RunnerTr::tr("phase %1 has not ended: %2 (%3) is %4")
                                      .arg(a.phaseNumber)
                                      .arg(a.path, a.stepTitle, actionStateToken(s));
                return summary;
            }
        }
    }

    for (const PlannedAction* a : todo) {
        const ActionState state = journal->record(a->path).state;
        if (state == ActionState::Done || state == ActionState::Skipped)
            continue;
        if (options.maxActions && summary.ran >= *options.maxActions) {
            summary.status = RunStatus::Paused;
            summary.message = RunnerTr::tr("paused before %1, as asked").arg(a->path);
            return summary;
        }
        if (m_context.pauseAsked()) {
            summary.status = RunStatus::Stopped;
            summary.message = m_context.aborted() ? RunnerTr::tr("aborted before %1").arg(a->path)
                                                  : RunnerTr::tr("paused before %1").arg(a->path);
            return summary;
        }
        if (const auto refused = lease.take()) {
            summary.status = RunStatus::Usage;
            summary.message = *refused;
            return summary;
        }
        // Before phase 2 changes anything: the metrics the triggers watch must be coming in.
        if (options.procedure == Procedure::Migration && a->phaseNumber == 2
            && !journal->phaseStarted(plan, a->phaseId).isValid()) {
            const QString gate = QStringLiteral("migration/gate/data_sources");
            const DataSourceHealth health = checkDataSources(m_context.profile, m_context.clock->nowUtc());
            QJsonObject found = health.toJson();
            const QString overridden = m_context.gateOverrides.value(QStringLiteral("data_sources"));
            if (!health.healthy() && !overridden.isEmpty())
                found[QStringLiteral("overridden")] = overridden;
            (void)record(gate, QStringLiteral("check"), found);
            if (m_context.output)
                m_context.output(RunnerTr::tr("data sources before phase 2: %1").arg(health.summary()));
            if (!health.healthy() && overridden.isEmpty()) {
                summary.status = RunStatus::GateClosed;
                summary.actionPath = a->path;
                summary.message
                    = RunnerTr::tr("BLOCKED before phase 2: the metrics' data sources are not healthy, so a "
                                   "rollback trigger could stay quiet: %1")
                          .arg(health.summary());
                return summary;
            }
        }
        const Executor& executor = executorFor(a->action.kind);
        const auto inputs = executor.resolve(m_context, *a);
        summary.actionPath = a->path;
        if (!inputs) {
            // Nothing was done: resolving changes nothing. Recorded as a failure to start.
            const Outcome failed = Outcome::failed(RunnerTr::tr("could not start: %1").arg(inputs.error().toString()));
            (void)record(
                a->path, QStringLiteral("end"),
                {{QStringLiteral("outcome"), QStringLiteral("failed")}, {QStringLiteral("message"), failed.message}});
            if (events.ended)
                events.ended(*a, failed);
            summary.status = RunStatus::Failed;
            summary.message = failed.message;
            return summary;
        }
        if (needsPreflight(a->action)) {
            const ActionRecord record = journal->record(a->path);
            PreflightReport report = runPreflight(m_context, *a, inputs.value(), preflightLimits(*a));
            QString shown;
            const auto tell = [&] {
                if (report.clear() || report.blockers().join(QLatin1Char('\n')) == shown)
                    return;
                shown = report.blockers().join(QLatin1Char('\n'));
                if (events.preflight)
                    events.preflight(*a, report.toJson());
            };
            if (!report.clear() && record.preflightOverride.isEmpty() && options.waitClear) {
                // Wait until clear: look again every 2 s, up to the limit; a pause or abort ends it.
                QElapsedTimer waited;
                waited.start();
                tell();
                while (!report.clear() && waited.elapsed() < options.waitClear->count() && !m_context.pauseAsked()) {
                    QEventLoop pauseLoop;
                    QTimer::singleShot(2000, &pauseLoop, &QEventLoop::quit);
                    pauseLoop.exec();
                    if (const auto refused = lease.take()) {
                        summary.status = RunStatus::Usage;
                        summary.message = *refused;
                        return summary;
                    }
                    report = runPreflight(m_context, *a, inputs.value(), preflightLimits(*a));
                    tell();
                }
            }
            QJsonObject findings = report.toJson();
            if (!report.clear() && !record.preflightOverride.isEmpty())
                findings[QStringLiteral("overridden")]
                    = QJsonObject{{QStringLiteral("reason"), record.preflightOverride},
                                  {QStringLiteral("by"), record.preflightOverrideBy}};
            (void)this->record(a->path, QStringLiteral("preflight"), findings);
            if (events.preflight && (report.clear() || !record.preflightOverride.isEmpty()))
                events.preflight(*a, findings);
            if (!report.clear() && record.preflightOverride.isEmpty()) {
                summary.status = RunStatus::Waiting;
                summary.preflight = findings;
                summary.message = RunnerTr::tr("%1 (%2) waits, nothing was started: %3")
                                      .arg(a->path, a->stepTitle, report.blockers().join(QLatin1String("; ")));
                return summary;
            }
            if (!report.clear() && m_context.output)
                m_context.output(RunnerTr::tr("the preflight found %1; started anyway, as %2 decided: %3")
                                     .arg(report.blockers().join(QLatin1String("; ")), record.preflightOverrideBy,
                                          record.preflightOverride));
        }
        const bool destructive = a->action.isDestructive();
        const bool needsPerson = a->action.kind == Action::Kind::Manual || a->action.kind == Action::Kind::Notify;
        if ((destructive || needsPerson) && !options.yes) {
            if (!events.confirm || !events.confirm(*a, inputs.value(), destructive)) {
                summary.status = RunStatus::Stopped;
                summary.message
                    = RunnerTr::tr("%1 (%2) was not confirmed; nothing was done").arg(a->path, a->stepTitle);
                return summary;
            }
        }
        QJsonObject comment;
        if (m_context.watchFor)
            comment[QStringLiteral("rehearsal")] = true;
        if (options.yes && (destructive || needsPerson))
            comment[QStringLiteral("confirmed")] = QStringLiteral("--yes");
        // Durable before the act.
        if (const auto written = record(a->path, QStringLiteral("start"), inputs.value(), comment); !written) {
            summary.status = RunStatus::Failed;
            summary.message = RunnerTr::tr("the journal could not record the start, so %1 was not run: %2")
                                  .arg(a->path, written.error().toString());
            return summary;
        }
        if (events.started)
            events.started(*a, inputs.value());
        faultPoint(a->path, "before");
        QElapsedTimer timer;
        timer.start();
        const Outcome outcome = executor.run(m_context, *a, inputs.value());
        faultPoint(a->path, "after");
        const auto ended = record(a->path, QStringLiteral("end"),
                                  {{QStringLiteral("outcome"), outcomeToken(outcome.kind)},
                                   {QStringLiteral("message"), outcome.message},
                                   {QStringLiteral("outputs"), outcome.outputs},
                                   {QStringLiteral("duration_ms"), timer.elapsed()}});
        ++summary.ran;
        if (events.ended)
            events.ended(*a, outcome);
        if (!ended) {
            summary.status = RunStatus::InDoubt;
            summary.message = RunnerTr::tr("%1 ran (%2) but its end could not be recorded: %3")
                                  .arg(a->path, outcome.message, ended.error().toString());
            return summary;
        }
        if (outcome.kind == Outcome::Kind::Blocked) {
            summary.status = RunStatus::GateClosed;
            summary.message = outcome.message;
            return summary;
        }
        if (outcome.kind == Outcome::Kind::Failed) {
            summary.status = RunStatus::Failed;
            summary.message = outcome.message;
            return summary;
        }
    }
    summary.status = RunStatus::Done;
    summary.actionPath.clear();
    summary.message = RunnerTr::tr("%n action(s) run; the procedure has ended", nullptr, summary.ran);
    return summary;
}

} // namespace cockpit::migration
