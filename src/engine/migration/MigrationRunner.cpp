#include "MigrationRunner.h"

#include "core/Clock.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostInfo>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QRegularExpression>
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

// "alice on host (pid 123)": on this host, and that process no longer runs.
bool holderIsGone(const QString& holder)
{
    static const QRegularExpression pattern(QStringLiteral(" on (\\S+) \\(pid (\\d+)\\)$"));
    const auto match = pattern.match(holder);
    if (!match.hasMatch() || match.captured(1) != QHostInfo::localHostName())
        return false;
    const pid_t pid = static_cast<pid_t>(match.captured(2).toLongLong());
    return pid > 0 && pid != ::getpid() && ::kill(pid, 0) != 0 && errno == ESRCH;
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
        written = store.appendJournal(m_context.rolloutId, entity, field, compact(value), compact(comment), m_context.actor);
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
            QJsonObject shown = inputs ? inputs.value() : QJsonObject{{QStringLiteral("cannot resolve"), inputs.error().toString()}};
            shown[QStringLiteral("state")] = actionStateToken(journal->record(a->path).state);
            if (events.planned)
                events.planned(*a, shown);
        }
        summary.message = RunnerTr::tr("dry run: %n action(s) shown, nothing changed", nullptr, static_cast<int>(todo.size()));
        return summary;
    }

    // One operator at a time: the lease, renewed before every action.
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString holder = QStringLiteral("%1 on %2 (pid %3)").arg(m_context.actor, QHostInfo::localHostName()).arg(::getpid());
    const auto lease = [&]() -> std::optional<QString> {
        std::optional<Result<MigrationLock>> lock;
        m_context.withStore([&](Store& store) { lock = store.acquireMigrationLock(m_context.rolloutId, holder, token, kLease); });
        if (!lock || !lock->ok())
            return lock ? lock->error().toString() : RunnerTr::tr("the store did not answer");
        if (!lock->value().held && holderIsGone(lock->value().holder)) {
            // A cockpit on this machine that died holding it (a crash, a kill): its lease is void.
            const QString stale = lock->value().token;
            m_context.withStore([&](Store& store) {
                (void)store.releaseMigrationLock(m_context.rolloutId, stale);
                lock = store.acquireMigrationLock(m_context.rolloutId, holder, token, kLease);
            });
            if (!lock || !lock->ok())
                return lock ? lock->error().toString() : RunnerTr::tr("the store did not answer");
            if (m_context.output && lock->value().held)
                m_context.output(RunnerTr::tr("took over the migration lock from a process that is gone"));
        }
        if (!lock->value().held)
            return RunnerTr::tr("the migration is held by %1 until %2").arg(lock->value().holder, lock->value().expiresAt.toString(Qt::ISODate));
        return std::nullopt;
    };
    if (const auto refused = lease()) {
        summary.status = RunStatus::Usage;
        summary.message = *refused;
        return summary;
    }
    const auto release = qScopeGuard([&] { m_context.withStore([&](Store& store) { (void)store.releaseMigrationLock(m_context.rolloutId, token); }); });

    if (!journal->abandonedAt.isEmpty() && journal->abandonedAt.startsWith(procedureToken(options.procedure) + QLatin1Char('/'))) {
        summary.status = RunStatus::Usage;
        summary.actionPath = journal->abandonedAt;
        summary.message = RunnerTr::tr("the %1 was abandoned at %2 for the rollback; run the rollback procedure")
                              .arg(procedureToken(options.procedure), journal->abandonedAt);
        return summary;
    }
    if (const PlannedAction* doubt = journal->inDoubt(plan)) {
        summary.status = RunStatus::InDoubt;
        summary.actionPath = doubt->path;
        summary.probe = probeInDoubt(*doubt, journal->record(doubt->path).inputs);
        summary.message = RunnerTr::tr("%1 (%2) started at %3 and never ended: it is in doubt. %4")
                              .arg(doubt->path, doubt->stepTitle, journal->record(doubt->path).startedAt.toString(Qt::ISODate),
                                   summary.probe.summary);
        return summary;
    }
    if (options.phase) {
        for (const PlannedAction& a : plan.actions) {
            const ActionState s = journal->record(a.path).state;
            if (a.phaseNumber < *options.phase && s != ActionState::Done && s != ActionState::Skipped) {
                summary.status = RunStatus::Usage;
                summary.message = RunnerTr::tr("phase %1 has not ended: %2 (%3) is %4").arg(a.phaseNumber).arg(a.path, a.stepTitle, actionStateToken(s));
                return summary;
            }
        }
    }

    for (const PlannedAction* a : todo) {
        const ActionState state = journal->record(a->path).state;
        if (state == ActionState::Done || state == ActionState::Skipped)
            continue;
        if (options.maxActions && summary.ran >= *options.maxActions) {
            summary.status = RunStatus::Stopped;
            summary.message = RunnerTr::tr("paused before %1").arg(a->path);
            return summary;
        }
        if (m_context.pauseAsked()) {
            summary.status = RunStatus::Stopped;
            summary.message = m_context.aborted() ? RunnerTr::tr("aborted before %1").arg(a->path)
                                                  : RunnerTr::tr("paused before %1").arg(a->path);
            return summary;
        }
        if (const auto refused = lease()) {
            summary.status = RunStatus::Usage;
            summary.message = *refused;
            return summary;
        }
        const Executor& executor = executorFor(a->action.kind);
        const auto inputs = executor.resolve(m_context, *a);
        summary.actionPath = a->path;
        if (!inputs) {
            // Nothing was done: resolving changes nothing. Recorded as a failure to start.
            const Outcome failed = Outcome::failed(RunnerTr::tr("could not start: %1").arg(inputs.error().toString()));
            (void)record(a->path, QStringLiteral("end"),
                         {{QStringLiteral("outcome"), QStringLiteral("failed")}, {QStringLiteral("message"), failed.message}});
            if (events.ended)
                events.ended(*a, failed);
            summary.status = RunStatus::Failed;
            summary.message = failed.message;
            return summary;
        }
        const bool destructive = a->action.isDestructive();
        const bool needsPerson = a->action.kind == Action::Kind::Manual || a->action.kind == Action::Kind::Notify;
        if ((destructive || needsPerson) && !options.yes) {
            if (!events.confirm || !events.confirm(*a, inputs.value(), destructive)) {
                summary.status = RunStatus::Stopped;
                summary.message = RunnerTr::tr("%1 (%2) was not confirmed; nothing was done").arg(a->path, a->stepTitle);
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
            summary.message = RunnerTr::tr("the journal could not record the start, so %1 was not run: %2").arg(a->path, written.error().toString());
            return summary;
        }
        if (events.started)
            events.started(*a, inputs.value());
        faultPoint(a->path, "before");
        QElapsedTimer timer;
        timer.start();
        const Outcome outcome = executor.run(m_context, *a, inputs.value());
        faultPoint(a->path, "after");
        const QString outcomeToken = outcome.kind == Outcome::Kind::Done     ? QStringLiteral("done")
                                     : outcome.kind == Outcome::Kind::Blocked ? QStringLiteral("blocked")
                                                                              : QStringLiteral("failed");
        const auto ended = record(a->path, QStringLiteral("end"),
                                  {{QStringLiteral("outcome"), outcomeToken},
                                   {QStringLiteral("message"), outcome.message},
                                   {QStringLiteral("outputs"), outcome.outputs},
                                   {QStringLiteral("duration_ms"), timer.elapsed()}});
        ++summary.ran;
        if (events.ended)
            events.ended(*a, outcome);
        if (!ended) {
            summary.status = RunStatus::InDoubt;
            summary.message = RunnerTr::tr("%1 ran (%2) but its end could not be recorded: %3").arg(a->path, outcome.message, ended.error().toString());
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
