#include "CheckCommand.h"
#include "CommandHelp.h"

#include "CheckReport.h"
#include "Cli.h"
#include "CliSupport.h"
#include "CommandContext.h"
#include "Console.h"
#include "connectors/secrets/SecretStore.h"
#include "core/FailureText.h"
#include "engine/readiness/ReadinessGate.h"
#include "store/Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace cockpit::cli {
namespace {

// `check` reports usage and configuration errors with exit 2, as a pipeline expects.
int refuseCheck(const QString& message)
{
    err() << QStringLiteral("rollout-cockpit check: ") << message << '\n';
    return ExitInvalidInput;
}

int refuseCheck(const Error& error)
{
    err() << QStringLiteral("rollout-cockpit: ") << error.toString() << '\n';
    return ExitInvalidInput;
}

// Every recorded item state of the rollout; a store that cannot be read is an error, never an
// empty checklist (which would show every item open).
Result<QHash<QString, ItemState>> statesOf(Store& store, qint64 rollout)
{
    QHash<QString, ItemState> states;
    if (rollout == 0)
        return states; // no rollout recorded yet: nothing was ever set
    const auto recorded = store.checklistStates(rollout);
    if (!recorded)
        return recorded.error();
    for (const ItemState& state : recorded.value())
        states.insert(state.itemId, state);
    return states;
}

bool writeOutput(const QString& path, const QByteArray& bytes)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        out() << QString::fromUtf8(bytes);
        out().flush();
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err() << CliText::tr("cannot write %1: %2\n").arg(path, file.errorString());
        return false;
    }
    return true;
}

// The checklist as recorded: every item's status, who and when, and the latest check. A store
// that cannot be read, or a record that fails its verification, is an error (exit 1) naming
// what is wrong: never a checklist shown all open.
int showChecklist(CommandContext& context, const QString& format)
{
    const QString command = QStringLiteral("checklist");
    const auto opened = context.openRollout(true);
    if (!opened)
        return refuse(command, opened.error().toString());
    const Runbook& runbook = opened->runbook;
    Store& store = *opened->store;
    const qint64 rollout = opened->info.id;
    const auto read = statesOf(store, rollout);
    if (!read) {
        err() << QStringLiteral("rollout-cockpit %1: ").arg(command)
              << CliText::tr("the checklist cannot be read from the store: %1").arg(read.error().toString()) << '\n';
        return ExitFailure;
    }
    const QHash<QString, ItemState>& states = read.value();
    QHash<QString, ItemCheckResult> checked;
    const auto latest = store.latestCheckResults(rollout);
    if (!latest) {
        err() << QStringLiteral("rollout-cockpit %1: ").arg(command)
              << CliText::tr("the check results cannot be read from the store: %1").arg(latest.error().toString())
              << '\n';
        return ExitFailure;
    }
    for (const ItemCheckResult& result : latest.value())
        checked.insert(result.itemId, result);
    // What the rows say is only as good as the record they agree with.
    const auto chain = store.verifyLedger();
    const QString problem = !chain ? chain.error().toString() : (chain->intact ? QString() : chain->problem);
    if (format == QLatin1String("json")) {
        QJsonArray items;
        for (const ChecklistSection& section : runbook.sections) {
            for (const ChecklistItem& item : section.items) {
                const ItemState state = states.value(item.id, ItemState::unrecorded(item.id));
                QJsonObject o{
                    {QStringLiteral("id"), item.id},
                    {QStringLiteral("section"), section.id},
                    {QStringLiteral("title"), item.title},
                    {QStringLiteral("status"), itemStatusToken(state.status)},
                    {QStringLiteral("changed_by"), state.changedBy},
                    {QStringLiteral("changed_at"), state.isRecorded() ? toIsoUtc(state.changedAt) : QString()},
                    {QStringLiteral("note"), state.note},
                    {QStringLiteral("evidence"), state.evidence},
                    {QStringLiteral("classification"), classificationToken(item.verification.classification)}};
                if (checked.contains(item.id)) {
                    const ItemCheckResult& result = checked[item.id];
                    o[QStringLiteral("check")]
                        = QJsonObject{{QStringLiteral("status"), checkStatusToken(result.status)},
                                      {QStringLiteral("observed"), result.observed()},
                                      {QStringLiteral("checked_at"), toIsoUtc(result.checkedAt)}};
                }
                items.append(o);
            }
        }
        QJsonObject root{{QStringLiteral("runbook"), runbook.id}, {QStringLiteral("items"), items}};
        root[QStringLiteral("record")]
            = QJsonObject{{QStringLiteral("intact"), problem.isEmpty()}, {QStringLiteral("problem"), problem}};
        out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        int complete = 0;
        int total = 0;
        for (const ChecklistSection& section : runbook.sections) {
            out() << '\n' << terminalSafe(section.title) << '\n';
            for (const ChecklistItem& item : section.items) {
                const ItemState state = states.value(item.id, ItemState::unrecorded(item.id));
                ++total;
                complete += state.status == ItemStatus::Done || state.status == ItemStatus::NotApplicable ? 1 : 0;
                const QString check
                    = checked.contains(item.id) ? checkStatusToken(checked[item.id].status) : QStringLiteral("-");
                out() << QStringLiteral("  %1 %2 %3 %4\n")
                             .arg(itemStatusToken(state.status).leftJustified(15), check.leftJustified(8),
                                  item.id.leftJustified(26), terminalSafe(item.title));
                if (!state.note.isEmpty())
                    out() << QStringLiteral("      note (%1): %2\n")
                                 .arg(terminalSafe(state.changedBy), terminalSafe(state.note));
            }
        }
        out() << CliText::tr("\n%1 / %2 complete\n").arg(complete).arg(total);
    }
    if (!problem.isEmpty()) {
        err() << QStringLiteral("rollout-cockpit %1: ").arg(command)
              << CliText::tr("the record cannot be trusted, so neither can this checklist: %1").arg(problem) << '\n';
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace

int runCheckCommand(QStringList arguments)
{
    auto created = CommandContext::create(arguments);
    if (!created)
        return refuseCheck(created.error());
    CommandContext& context = *created.value();
    const auto sections = takeOption(arguments, QStringLiteral("--section"));
    const auto items = takeOption(arguments, QStringLiteral("--item"));
    const auto format
        = takeFormat(arguments, {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("junit")});
    if (!format)
        return refuseCheck(format.error().message);
    const QString& chosenFormat = format.value();
    const auto output = takeSingleOption(arguments, QStringLiteral("--output"));
    if (!sections || !items || !output)
        return refuseCheck(CliText::tr("an option needs a value"));
    if (!arguments.isEmpty())
        return refuseCheck(CliText::tr("unexpected \"%1\"\n%2").arg(arguments.first(), usageOf("check")));

    const auto runbook = context.runbook();
    if (!runbook)
        return refuseCheck(runbook.error());
    const auto profile = context.profile();
    if (!profile)
        return refuseCheck(profile.error());
    QStringList selected;
    for (const QString& section : sections.value()) {
        const bool known = std::any_of(runbook->sections.begin(), runbook->sections.end(),
                                       [&](const ChecklistSection& s) { return s.id == section; });
        if (!known)
            return refuseCheck(CliText::tr("the runbook has no section \"%1\"").arg(section));
    }
    selected = ReadinessRunner::itemsOfSections(runbook.value(), sections.value());
    for (const QString& item : items.value()) {
        if (!runbook->findItem(item))
            return refuseCheck(CliText::tr("the runbook has no item \"%1\"").arg(item));
        if (!selected.contains(item))
            selected.append(item);
    }

    // The store: where a person marked a known gap not applicable, and where results are kept.
    Store* store = nullptr;
    qint64 rollout = 0;
    if (const auto opened = context.store(); opened) {
        const auto info = opened.value()->ensureRollout(runbook->id, runbook->title, context.identity());
        if (info) {
            store = opened.value();
            rollout = info->id;
        } else {
            err() << CliText::tr("warning: the store cannot record this check: %1\n").arg(info.error().toString());
        }
    } else {
        err() << CliText::tr("warning: the store cannot be opened, so no result is recorded and no item marked not "
                             "applicable is taken into account: %1\n")
                     .arg(opened.error().toString());
    }

    auto secrets = std::make_shared<KeychainSecretStore>();
    auto runner = std::make_shared<ReadinessRunner>(runbook.value(), profile.value(), *secrets);
    const Runbook& book = runbook.value();
    const QString profileName = profile->name;
    const QString& outputPath = output.value();
    return runAsync(runner->run(selected).then([secrets, runner, book, store, rollout, chosenFormat, outputPath,
                                                profileName](const ReadinessReport& report) {
        if (store) {
            if (const auto recorded = store->recordCheckResults(rollout, profileName, report.items); !recorded)
                err() << CliText::tr("warning: the results were not recorded: %1\n").arg(recorded.error().toString());
        }
        QHash<QString, ItemState> states;
        bool unreadable = false;
        if (store) {
            if (const auto read = statesOf(*store, rollout); read) {
                states = read.value();
            } else {
                // Stricter, never looser: no item counts as marked not applicable.
                err() << CliText::tr("error: the checklist could not be read from the store, so no item marked not "
                                     "applicable is taken into account: %1\n")
                             .arg(read.error().toString());
                unreadable = true;
            }
        }
        const ReadinessVerdict verdict = judgeReadiness(book, report, states);
        QByteArray bytes;
        if (chosenFormat == QLatin1String("json"))
            bytes = checkReportJson(book, report, verdict, states);
        else if (chosenFormat == QLatin1String("junit"))
            bytes = checkReportJunit(book, report, states);
        else
            bytes = checkReportText(book, report, verdict, states).toUtf8();
        if (!writeOutput(outputPath, bytes))
            return int(ExitInvalidInput);
        return verdict.open && !unreadable ? int(ExitOk) : int(ExitFailure);
    }));
}

int runChecklistCommand(QStringList arguments)
{
    const QString command = QStringLiteral("checklist");
    if (arguments.isEmpty())
        return usageError(command, CliText::tr("missing subcommand (show or set)"));
    const QString sub = arguments.takeFirst();
    if (sub != QLatin1String("show") && sub != QLatin1String("set"))
        return usageError(command, CliText::tr("unknown subcommand \"%1\" (show or set)").arg(sub));
    // The command line first: a mistake in it opens (or creates) no store.
    const auto format = sub == QLatin1String("show") ? takeFormat(arguments) : Result<QString>(QStringLiteral("text"));
    if (!format)
        return usageError(command, format.error().message);
    const auto status = takeSingleOption(arguments, QStringLiteral("--status"));
    const auto note = takeOption(arguments, QStringLiteral("--note"));
    const auto evidence = takeOption(arguments, QStringLiteral("--evidence"));
    if (!status || !note || !evidence)
        return usageError(command, CliText::tr("an option is missing its value"));
    auto created = CommandContext::create(arguments);
    if (!created)
        return refuse(command, created.error().toString());
    const QString setUsage = CliText::tr("set takes ID --status open|done|not-applicable|blocked [--note TEXT] "
                                         "[--evidence TEXT] [--as NAME]");
    if (sub == QLatin1String("show")) {
        if (!arguments.isEmpty() || !status->isEmpty() || !note->isEmpty() || !evidence->isEmpty())
            return usageError(command, CliText::tr("show takes --format text|json"));
    } else if (arguments.size() != 1 || arguments.first().startsWith(QLatin1Char('-'))) {
        return usageError(command, setUsage);
    }
    CommandContext& context = *created.value();

    if (sub == QLatin1String("show"))
        return showChecklist(context, format.value());

    const QString itemId = arguments.first();
    const auto runbook = context.runbook();
    if (!runbook)
        return refuse(command, runbook.error().toString());
    if (!runbook->findItem(itemId))
        return refuse(command, CliText::tr("the runbook has no item \"%1\"").arg(itemId));
    ItemChange change;
    change.itemId = itemId;
    if (!status->isEmpty()) {
        const auto parsed = parseItemStatus(QString(status.value()).replace(QLatin1Char('-'), QLatin1Char('_')));
        if (!parsed)
            return usageError(
                command,
                CliText::tr("unknown status \"%1\" (open, done, not-applicable or blocked)").arg(status.value()));
        change.status = *parsed;
    }
    if (!note->isEmpty())
        change.note = note->last();
    if (!evidence->isEmpty())
        change.evidence = evidence->last();
    if (change.isEmpty())
        return usageError(command, CliText::tr("nothing to set: give --status, --note or --evidence"));
    const auto opened = context.openRollout();
    if (!opened)
        return refuse(command, opened.error().toString());
    change.actor = context.identity();
    const auto saved = opened->store->applyItemChange(opened->info.id, change);
    if (!saved) {
        err() << QStringLiteral("rollout-cockpit %1: ").arg(command) << saved.error().toString() << '\n';
        return saved.error().kind == ErrorKind::InvalidInput ? int(ExitInvalidInput) : int(ExitFailure);
    }
    out()
        << CliText::tr("%1: %2 (by %3)\n").arg(itemId, itemStatusToken(saved->status), terminalSafe(saved->changedBy));
    return ExitOk;
}

} // namespace cockpit::cli
