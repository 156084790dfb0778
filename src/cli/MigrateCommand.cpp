#include "MigrateCommand.h"

#include "Cli.h"
#include "CliSupport.h"
#include "CommandContext.h"
#include "Console.h"
#include "connectors/secrets/SecretStore.h"
#include "core/Clock.h"
#include "core/RunbookDescribe.h"
#include "engine/migration/MigrationRunner.h"
#include "engine/migration/Rehearsal.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace cockpit::cli {
namespace {

using namespace cockpit::migration;

// "stop-writes", "stop-writes#1", "infrastructure-migration/stop-writes#0" or the whole path.
const PlannedAction* findAction(const Plan& plan, const QString& given)
{
    for (const PlannedAction& a : plan.actions) {
        if (a.path == given || a.path.endsWith(QLatin1Char('/') + given) || (a.stepId == given && a.index == 0))
            return &a;
    }
    return nullptr;
}

QJsonObject recordJson(const PlannedAction& a, const ActionRecord& r)
{
    QJsonObject o{{QStringLiteral("path"), a.path},
                  {QStringLiteral("phase"), a.phaseNumber},
                  {QStringLiteral("step"), a.stepId},
                  {QStringLiteral("title"), a.stepTitle},
                  {QStringLiteral("kind"), actionKindToken(a.action.kind)},
                  {QStringLiteral("state"), actionStateToken(r.state)},
                  {QStringLiteral("destructive"), a.action.isDestructive()},
                  {QStringLiteral("idempotent"), a.action.isIdempotent()},
                  {QStringLiteral("only_observes"), a.action.onlyObserves()}};
    if (r.startedAt.isValid())
        o[QStringLiteral("started")] = r.startedAt.toString(Qt::ISODateWithMs);
    if (r.endedAt.isValid())
        o[QStringLiteral("ended")] = r.endedAt.toString(Qt::ISODateWithMs);
    if (!r.outcome.isEmpty())
        o[QStringLiteral("outcome")] = r.outcome;
    if (!r.message.isEmpty())
        o[QStringLiteral("message")] = r.message;
    if (!r.inputs.isEmpty())
        o[QStringLiteral("inputs")] = r.inputs;
    if (!r.outputs.isEmpty())
        o[QStringLiteral("outputs")] = r.outputs;
    if (!r.actor.isEmpty())
        o[QStringLiteral("actor")] = r.actor;
    o[QStringLiteral("starts")] = r.starts;
    if (!r.preflight.isEmpty())
        o[QStringLiteral("preflight")] = r.preflight;
    if (!r.preflightOverride.isEmpty())
        o[QStringLiteral("preflight_override")] = r.preflightOverride;
    if (r.rehearsal)
        o[QStringLiteral("rehearsal")] = true;
    return o;
}

QString stateMark(ActionState s)
{
    switch (s) {
    case ActionState::Done: return QStringLiteral("done     ");
    case ActionState::Failed: return QStringLiteral("FAILED   ");
    case ActionState::InDoubt: return QStringLiteral("IN DOUBT ");
    case ActionState::Skipped: return QStringLiteral("skipped  ");
    case ActionState::Pending: break;
    }
    return QStringLiteral("pending  ");
}

int showStatus(const Runbook& runbook, const Plan& plan, const JournalView& journal, bool json)
{
    const QDateTime now = Clock::system().nowUtc();
    // The 72-hour rollback window counts from the end of phase 2.
    const Plan migration = buildPlan(runbook, Procedure::Migration);
    const QString phase2 = migration.phaseIds.value(1);
    const QDateTime phase2End = phase2.isEmpty() ? QDateTime() : journal.phaseEnded(migration, phase2);
    QJsonObject root{{QStringLiteral("procedure"), procedureToken(plan.procedure)},
                     {QStringLiteral("rehearsal"), journal.isRehearsal()}};
    QJsonArray phases;
    for (const QString& id : plan.phaseIds) {
        const BudgetUse use = budgetUse(journal, plan, id, now);
        const PlannedAction* first = plan.ofPhase(id).value(0);
        QJsonObject p{{QStringLiteral("id"), id},
                      {QStringLiteral("title"), first ? first->phaseTitle : id},
                      {QStringLiteral("elapsed_ms"), use.elapsedMs},
                      {QStringLiteral("budget_ms"), use.budgetMs},
                      {QStringLiteral("budget_warning"), use.warning()}};
        if (const QDateTime s = journal.phaseStarted(plan, id); s.isValid())
            p[QStringLiteral("started")] = s.toString(Qt::ISODate);
        if (const QDateTime e = journal.phaseEnded(plan, id); e.isValid())
            p[QStringLiteral("ended")] = e.toString(Qt::ISODate);
        if (const auto forecast = forecastOf(journal); forecast.contains(id))
            p[QStringLiteral("forecast_ms")] = forecast.value(id);
        phases.append(p);
    }
    root[QStringLiteral("phases")] = phases;
    QJsonArray actions;
    for (const PlannedAction& a : plan.actions)
        actions.append(recordJson(a, journal.record(a.path)));
    root[QStringLiteral("actions")] = actions;
    if (phase2End.isValid()) {
        const QDateTime closes = phase2End.addMSecs(
            std::chrono::duration_cast<std::chrono::milliseconds>(runbook.rollback.window).count());
        root[QStringLiteral("rollback_window_closes")] = closes.toString(Qt::ISODate);
        root[QStringLiteral("rollback_window_left_ms")] = std::max<qint64>(0, now.msecsTo(closes));
    }
    if (const PlannedAction* d = journal.inDoubt(plan))
        root[QStringLiteral("in_doubt")] = d->path;
    if (const PlannedAction* n = journal.next(plan))
        root[QStringLiteral("next")] = n->path;
    QJsonObject overrides;
    for (auto it = journal.gateOverrides.begin(); it != journal.gateOverrides.end(); ++it)
        overrides[it.key()] = it.value();
    root[QStringLiteral("overrides")] = overrides;

    if (json) {
        out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    out() << CliText::tr("%1 procedure%2\n")
                 .arg(procedureToken(plan.procedure),
                      journal.isRehearsal() ? CliText::tr(" (a REHEARSAL: watches were shortened)") : QString());
    QString phaseId;
    for (const PlannedAction& a : plan.actions) {
        if (a.phaseId != phaseId) {
            phaseId = a.phaseId;
            const BudgetUse use = budgetUse(journal, plan, phaseId, now);
            QString budget;
            if (use.budgetMs > 0)
                budget = CliText::tr(" — %1 of %2 (%3 %)%4")
                             .arg(describeElapsed(use.elapsedMs), describeElapsed(use.budgetMs))
                             .arg(qRound(use.fraction() * 100))
                             .arg(use.warning() ? CliText::tr(", WARNING: 80 % of the budget used") : QString());
            if (const auto forecast = forecastOf(journal); forecast.contains(phaseId))
                budget += CliText::tr(" · rehearsal forecast %1 (%2)")
                              .arg(describeElapsed(forecast.value(phaseId)),
                                   journal.forecast.value(QStringLiteral("at")).toString());
            out() << CliText::tr("Phase %1: %2%3\n").arg(a.phaseNumber).arg(a.phaseTitle, budget);
        }
        const ActionRecord r = journal.record(a.path);
        out() << "  " << stateMark(r.state) << a.path.section(QLatin1Char('/'), 2) << "  " << a.stepTitle;
        if (!r.message.isEmpty())
            out() << " — " << r.message.left(200);
        out() << '\n';
    }
    for (auto it = journal.gateOverrides.begin(); it != journal.gateOverrides.end(); ++it)
        out() << CliText::tr("Override of the %1 gate: %2\n").arg(it.key(), it.value());
    if (root.contains(QStringLiteral("rollback_window_closes")))
        out() << CliText::tr("Rollback window: closes %1 (%2 left)\n")
                     .arg(root.value(QStringLiteral("rollback_window_closes")).toString(),
                          describeElapsed(root.value(QStringLiteral("rollback_window_left_ms")).toInteger()));
    return ExitOk;
}

bool confirmOnTerminal(const PlannedAction& a, const QJsonObject& inputs, bool destructive, const QString& clusterName)
{
    if (!::isatty(STDIN_FILENO))
        return false;
    out() << CliText::tr("\n%1 — %2\n%3\n").arg(a.path, a.stepTitle, describeInputs(inputs));
    QTextStream in(stdin);
    if (destructive) {
        out() << CliText::tr("This changes the cluster. Type the cluster's name (%1) to go ahead: ").arg(clusterName);
        out().flush();
        return in.readLine().trimmed() == clusterName;
    }
    out() << CliText::tr("Type \"done\" once you have done it: ");
    out().flush();
    return in.readLine().trimmed().compare(QLatin1String("done"), Qt::CaseInsensitive) == 0;
}

} // namespace

int runMigrateCommand(QStringList arguments, bool rollback)
{
    const QString command = rollback ? QStringLiteral("rollback") : QStringLiteral("migrate");
    const bool dryRun = takeFlag(arguments, QStringLiteral("--dry-run"));
    const bool yes = takeFlag(arguments, QStringLiteral("--yes"));
    const bool status = takeFlag(arguments, QStringLiteral("--status"));
    const bool rehearseFlag = takeFlag(arguments, QStringLiteral("--rehearse"));
    const auto format = takeFormat(arguments);
    if (!format)
        return refuse(command, format.error().message);
    const auto phase = takeSingleOption(arguments, QStringLiteral("--phase"));
    const auto resolveStep = takeSingleOption(arguments, QStringLiteral("--resolve"));
    const auto resolveAs = takeSingleOption(arguments, QStringLiteral("--as"));
    const auto overrideGate = takeSingleOption(arguments, QStringLiteral("--override"));
    const auto reason = takeSingleOption(arguments, QStringLiteral("--reason"));
    const auto watchFor = takeSingleOption(arguments, QStringLiteral("--watch-for"));
    const auto skipStep = takeSingleOption(arguments, QStringLiteral("--skip"));
    const auto steps = takeSingleOption(arguments, QStringLiteral("--steps"));
    const auto waitClear = takeSingleOption(arguments, QStringLiteral("--wait-clear"));
    const auto fromSnapshot = takeSingleOption(arguments, QStringLiteral("--from-snapshot"));
    if (!phase || !resolveStep || !resolveAs || !overrideGate || !reason || !watchFor || !skipStep || !steps
        || !waitClear || !fromSnapshot)
        return refuse(command, CliText::tr("an option is missing its value"));
    auto created = CommandContext::create(arguments);
    if (!created)
        return refuse(command, created.error().toString());
    if (!arguments.isEmpty())
        return refuse(command, CliText::tr("unexpected argument \"%1\"").arg(arguments.first()));
    const bool json = format.value() == QLatin1String("json");
    std::optional<int> phaseNumber;
    if (!phase->isEmpty()) {
        bool ok = false;
        phaseNumber = phase->toInt(&ok);
        if (!ok || *phaseNumber < 1)
            return refuse(command, CliText::tr("--phase takes a phase number (1, 2, 3)"));
    }
    std::optional<int> maxActions;
    if (!steps->isEmpty()) {
        bool ok = false;
        maxActions = steps->toInt(&ok);
        if (!ok || *maxActions < 1)
            return refuse(command, CliText::tr("--steps takes a number of actions (1 or more)"));
    }
    std::optional<std::chrono::milliseconds> waitClearFor;
    if (!waitClear->isEmpty()) {
        const auto parsed = parseDuration(waitClear.value());
        if (!parsed)
            return refuse(command, CliText::tr("--wait-clear takes a duration such as 30s or 10m"));
        waitClearFor = std::chrono::duration_cast<std::chrono::milliseconds>(*parsed);
    }
    std::optional<std::chrono::milliseconds> watchDuration;
    if (!watchFor->isEmpty()) {
        const auto parsed = parseDuration(watchFor.value());
        if (!parsed)
            return refuse(command, CliText::tr("--watch-for takes a duration such as 30s or 2m"));
        watchDuration = std::chrono::duration_cast<std::chrono::milliseconds>(*parsed);
    }
    if (resolveStep->isEmpty() != resolveAs->isEmpty())
        return refuse(command, CliText::tr("--resolve STEP goes with --as done|rerun|rollback"));
    if (!resolveAs->isEmpty()
        && !QStringList{QStringLiteral("done"), QStringLiteral("rerun"), QStringLiteral("rollback")}.contains(
            resolveAs.value()))
        return refuse(command, CliText::tr("--as takes done, rerun or rollback"));
    if (!overrideGate->isEmpty() && overrideGate.value() != QLatin1String("readiness")
        && overrideGate.value() != QLatin1String("approvals") && overrideGate.value() != QLatin1String("preflight")
        && overrideGate.value() != QLatin1String("data_sources"))
        return refuse(command, CliText::tr("--override takes readiness, approvals, data_sources or preflight"));
    if ((!overrideGate->isEmpty() || !skipStep->isEmpty()) && reason->trimmed().isEmpty())
        return refuse(command, CliText::tr("an override or a skip needs --reason TEXT: it is recorded"));

    auto prepared = created.value()->execContext();
    if (!prepared)
        return refuse(command, prepared.error().toString());
    ExecContext& exec = prepared.value();
    exec.watchFor = watchDuration;
    MigrationRunner runner(exec);
    const Procedure procedure = rollback ? Procedure::Rollback : Procedure::Migration;
    const Plan plan = buildPlan(exec.runbook, procedure);

    const auto journal = runner.readJournalNow();
    if (!journal) {
        err() << journal.error().toString() << '\n';
        return ExitFailure;
    }
    if (status)
        return showStatus(exec.runbook, plan, journal.value(), json);
    if (!fromSnapshot->isEmpty() && !rehearseFlag)
        return refuse(command, CliText::tr("--from-snapshot goes with --rehearse"));
    if (rehearseFlag) {
        if (rollback)
            return refuse(command, CliText::tr("a rehearsal is of the migration's phases: use migrate --rehearse"));
        exec.output = [json](const QString& line) {
            if (!json)
                out() << "  " << line << '\n';
            out().flush();
        };
        RehearsalOptions rehearsalOptions;
        rehearsalOptions.snapshotLabel = fromSnapshot.value();
        const auto rehearsed = rehearse(exec, rehearsalOptions);
        if (!rehearsed) {
            err() << CliText::tr("The rehearsal could not run: %1\n").arg(rehearsed.error().toString());
            return rehearsed.error().kind == ErrorKind::NotFound || rehearsed.error().kind == ErrorKind::InvalidInput
                ? ExitInvalidInput
                : ExitFailure;
        }
        const RehearsalReport& report = rehearsed.value();
        if (json) {
            out() << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
        } else {
            out() << CliText::tr("\nREHEARSAL on a copy of %1 (journal: rollout %2)\n")
                         .arg(report.snapshot)
                         .arg(report.rehearsalRolloutId);
            for (const PhaseForecast& f : report.phases)
                out() << "  " << f.text() << " — " << f.title << '\n';
            out() << CliText::tr("Slowest:\n");
            for (const RehearsedAction& a : report.slowest())
                out() << "  " << a.path << " — " << formatDuration(Duration(std::chrono::milliseconds(a.durationMs)))
                      << " (" << a.basis << ")\n";
            const auto failed = report.failures();
            if (failed.isEmpty())
                out() << CliText::tr("Nothing failed on the copy.\n");
            for (const RehearsedAction& a : failed)
                out() << CliText::tr("FAILED on the copy: %1 — %2\n").arg(a.path, a.message);
        }
        return report.failures().isEmpty() ? ExitOk : ExitFailure;
    }

    // A person's decisions, recorded in the journal.
    if (!resolveStep->isEmpty() || !skipStep->isEmpty()) {
        const QString given = resolveStep->isEmpty() ? skipStep.value() : resolveStep.value();
        const PlannedAction* a = findAction(plan, given);
        if (!a)
            return refuse(
                command,
                CliText::tr("no step \"%1\" in the %2 procedure (see --status)").arg(given, procedureToken(procedure)));
        const ActionState state = journal->record(a->path).state;
        if (!resolveStep->isEmpty() && state != ActionState::InDoubt && state != ActionState::Failed)
            return refuse(command,
                          CliText::tr("%1 is %2: only a step in doubt or failed is resolved")
                              .arg(a->path, actionStateToken(state)));
        if (!skipStep->isEmpty() && (state == ActionState::Done || state == ActionState::InDoubt))
            return refuse(command, CliText::tr("%1 is %2: it cannot be skipped").arg(a->path, actionStateToken(state)));
        const auto written = !resolveStep->isEmpty()
            ? runner.record(a->path, QStringLiteral("resolve"),
                            {{QStringLiteral("as"), resolveAs.value()}, {QStringLiteral("note"), reason.value()}})
            : runner.record(a->path, QStringLiteral("skip"), {{QStringLiteral("reason"), reason.value()}});
        if (!written) {
            err() << written.error().toString() << '\n';
            return ExitFailure;
        }
        out() << (resolveStep->isEmpty() ? CliText::tr("%1 skipped: %2\n").arg(a->path, reason.value())
                                         : CliText::tr("%1 resolved as %2\n").arg(a->path, resolveAs.value()));
        if (resolveAs.value() == QLatin1String("rollback"))
            out() << CliText::tr("The migration stops here. Run: rollout-cockpit rollback --profile %1\n")
                         .arg(exec.profile.name);
        return ExitOk;
    }
    if (overrideGate.value() == QLatin1String("preflight")) {
        // For the action the preflight stopped at: the next one to run, for its next start only.
        const PlannedAction* a = journal->next(plan);
        if (!a)
            return refuse(command, CliText::tr("no action is waiting to run"));
        const auto written = runner.record(a->path, QStringLiteral("preflight_override"),
                                           {{QStringLiteral("reason"), reason.value()}});
        if (!written) {
            err() << written.error().toString() << '\n';
            return ExitFailure;
        }
        out() << CliText::tr("override of the preflight of %1 recorded for its next start: %2\n")
                     .arg(a->path, reason.value());
        return ExitOk;
    }
    if (!overrideGate->isEmpty()) {
        const auto written
            = runner.record(QStringLiteral("%1/gate/%2").arg(procedureToken(procedure), overrideGate.value()),
                            QStringLiteral("override"), {{QStringLiteral("reason"), reason.value()}});
        if (!written) {
            err() << written.error().toString() << '\n';
            return ExitFailure;
        }
        out() << CliText::tr("override of the %1 gate recorded: %2\n").arg(overrideGate.value(), reason.value());
        return ExitOk;
    }

    // The passwords, from the keychain, before anything runs.
    for (const QString& credential : created.value()->loadCredentials(exec)) {
        if (!dryRun)
            err() << CliText::tr("warning: no password for the credential \"%1\" of profile %2 in the keychain\n")
                         .arg(credential, exec.profile.name);
    }

    QJsonArray events;
    RunEvents handlers;
    exec.output = [json](const QString& line) {
        if (!json)
            out() << "      | " << line << '\n';
        out().flush();
    };
    handlers.planned = [&](const PlannedAction& a, const QJsonObject& inputs) {
        if (json) {
            events.append(QJsonObject{{QStringLiteral("path"), a.path},
                                      {QStringLiteral("title"), a.stepTitle},
                                      {QStringLiteral("inputs"), inputs}});
            return;
        }
        out() << CliText::tr("[phase %1] %2 — %3%4\n")
                     .arg(a.phaseNumber)
                     .arg(a.path, a.stepTitle,
                          a.action.isDestructive() ? CliText::tr(" (changes the cluster)") : QString());
        for (const QString& line : describeInputs(inputs).split(QLatin1Char('\n')))
            out() << "    " << line << '\n';
    };
    handlers.started = [&](const PlannedAction& a, const QJsonObject& inputs) {
        if (!json) {
            out() << CliText::tr("▶ %1 — %2\n").arg(a.path, a.stepTitle);
            for (const QString& line : describeInputs(inputs).split(QLatin1Char('\n')))
                out() << "    " << line << '\n';
            out().flush();
        }
    };
    handlers.ended = [&](const PlannedAction& a, const Outcome& outcome) {
        if (json)
            events.append(QJsonObject{{QStringLiteral("path"), a.path},
                                      {QStringLiteral("outcome"), outcomeToken(outcome.kind)},
                                      {QStringLiteral("message"), outcome.message},
                                      {QStringLiteral("outputs"), outcome.outputs}});
        else
            out() << (outcome.kind == Outcome::Kind::Done ? QStringLiteral("  ✓ ") : QStringLiteral("  ✗ "))
                  << outcome.message << "\n";
        out().flush();
    };
    handlers.preflight = [&](const PlannedAction& a, const QJsonObject& preflight) {
        if (json)
            return;
        const bool clear = preflight.value(QStringLiteral("clear")).toBool();
        out() << (clear ? CliText::tr("  preflight on %1: clear\n") : CliText::tr("  preflight on %1 found:\n"))
                     .arg(preflight.value(QStringLiteral("node")).toString());
        if (!preflight.value(QStringLiteral("error")).toString().isEmpty())
            out() << "    ! " << preflight.value(QStringLiteral("error")).toString() << '\n';
        for (const auto& f : preflight.value(QStringLiteral("findings")).toArray())
            out() << (f[QStringLiteral("blocks")].toBool() ? "    ! " : "    · ")
                  << f[QStringLiteral("text")].toString() << '\n';
        Q_UNUSED(a);
        out().flush();
    };
    const QString clusterName = exec.profile.name;
    handlers.confirm = [clusterName](const PlannedAction& a, const QJsonObject& inputs, bool destructive) {
        return confirmOnTerminal(a, inputs, destructive, clusterName);
    };

    RunOptions options;
    options.procedure = procedure;
    options.phase = phaseNumber;
    options.dryRun = dryRun;
    options.yes = yes;
    options.maxActions = maxActions;
    options.waitClear = waitClearFor;
    const RunSummary summary = runner.run(options, handlers);
    const int code = exitCodeFor(summary.status);
    if (json) {
        QJsonObject root{{QStringLiteral("procedure"), procedureToken(procedure)},
                         {QStringLiteral("dry_run"), dryRun},
                         {QStringLiteral("exit_code"), code},
                         {QStringLiteral("message"), summary.message},
                         {QStringLiteral("actions"), events}};
        if (!summary.actionPath.isEmpty())
            root[QStringLiteral("action")] = summary.actionPath;
        if (!summary.preflight.isEmpty())
            root[QStringLiteral("preflight")] = summary.preflight;
        if (!summary.rerunAutomatically.isEmpty())
            root[QStringLiteral("rerun_automatically")] = QJsonArray::fromStringList(summary.rerunAutomatically);
        if (summary.status == RunStatus::InDoubt) {
            root[QStringLiteral("probe")] = summary.probe.summary;
            if (summary.probe.looksDone)
                root[QStringLiteral("probe_looks_done")] = *summary.probe.looksDone;
        }
        out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        out() << summary.message << '\n';
        if (summary.status == RunStatus::InDoubt)
            out() << CliText::tr("Decide with: rollout-cockpit %1 --profile %2 --resolve %3 --as done|rerun|rollback\n")
                         .arg(command, exec.profile.name, summary.actionPath);
        if (summary.status == RunStatus::Waiting)
            out() << CliText::tr("Run the command again once it is clear, wait for it with --wait-clear 10m, or record "
                                 "an override: rollout-cockpit %1 --profile %2 --override preflight --reason TEXT\n")
                         .arg(command, exec.profile.name);
        if (summary.status == RunStatus::GateClosed)
            out() << CliText::tr("Satisfy the gate, or record an override: rollout-cockpit %1 --profile %2 --override "
                                 "readiness|approvals|data_sources --reason TEXT\n")
                         .arg(command, exec.profile.name);
    }
    return code;
}

} // namespace cockpit::cli
