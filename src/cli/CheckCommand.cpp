#include "CheckCommand.h"

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
int refuse(const QString& message)
{
    err() << QStringLiteral("rollout-cockpit check: ") << message << '\n';
    return ExitInvalidInput;
}

int refuse(const Error& error)
{
    err() << QStringLiteral("rollout-cockpit: ") << error.toString() << '\n';
    return ExitInvalidInput;
}

QHash<QString, ItemState> statesOf(Store* store, qint64 rollout)
{
    QHash<QString, ItemState> states;
    if (!store)
        return states;
    const auto recorded = store->checklistStates(rollout);
    if (recorded) {
        for (const ItemState& state : recorded.value())
            states.insert(state.itemId, state);
    }
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

} // namespace

int runCheckCommand(QStringList arguments)
{
    auto created = CommandContext::create(arguments);
    if (!created)
        return refuse(created.error());
    CommandContext& context = *created.value();
    const auto sections = takeOption(arguments, QStringLiteral("--section"));
    const auto items = takeOption(arguments, QStringLiteral("--item"));
    const auto format
        = takeFormat(arguments, {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("junit")});
    if (!format)
        return refuse(format.error().message);
    const QString& chosenFormat = format.value();
    const auto output = takeSingleOption(arguments, QStringLiteral("--output"));
    if (!sections || !items || !output)
        return refuse(CliText::tr("an option needs a value"));
    if (!arguments.isEmpty())
        return refuse(CliText::tr("unexpected \"%1\"\n%2").arg(arguments.first(), usageText()));

    const auto runbook = context.runbook();
    if (!runbook)
        return refuse(runbook.error());
    const auto profile = context.profile();
    if (!profile)
        return refuse(profile.error());
    QStringList selected;
    for (const QString& section : sections.value()) {
        const bool known = std::any_of(runbook->sections.begin(), runbook->sections.end(),
                                       [&](const ChecklistSection& s) { return s.id == section; });
        if (!known)
            return refuse(CliText::tr("the runbook has no section \"%1\"").arg(section));
    }
    selected = ReadinessRunner::itemsOfSections(runbook.value(), sections.value());
    for (const QString& item : items.value()) {
        if (!runbook->findItem(item))
            return refuse(CliText::tr("the runbook has no item \"%1\"").arg(item));
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
        const QHash<QString, ItemState> states = statesOf(store, rollout);
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
        return verdict.open ? int(ExitOk) : int(ExitFailure);
    }));
}

int runChecklistCommand(QStringList arguments)
{
    if (arguments.isEmpty())
        return refuse(CliText::tr("missing subcommand (show or set)"));
    const QString sub = arguments.takeFirst();
    auto created = CommandContext::create(arguments);
    if (!created)
        return refuse(created.error());
    CommandContext& context = *created.value();
    const auto opened = context.openRollout();
    if (!opened)
        return refuse(opened.error());
    const Runbook* runbook = &opened->runbook;
    Store* store = opened->store;
    const RolloutInfo* rollout = &opened->info;

    if (sub == QLatin1String("show")) {
        const auto format = takeFormat(arguments);
        if (!format)
            return refuse(format.error().message);
        if (!arguments.isEmpty())
            return refuse(CliText::tr("show takes --format text|json"));
        const QHash<QString, ItemState> states = statesOf(store, rollout->id);
        QHash<QString, ItemCheckResult> checked;
        if (const auto latest = store->latestCheckResults(rollout->id); latest) {
            for (const ItemCheckResult& result : latest.value())
                checked.insert(result.itemId, result);
        }
        if (format.value() == QLatin1String("json")) {
            QJsonArray items;
            for (const ChecklistSection& section : runbook->sections) {
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
            out() << QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("runbook"), runbook->id}, {QStringLiteral("items"), items}})
                    .toJson(QJsonDocument::Indented));
            return ExitOk;
        }
        int complete = 0;
        int total = 0;
        for (const ChecklistSection& section : runbook->sections) {
            out() << '\n' << section.title << '\n';
            for (const ChecklistItem& item : section.items) {
                const ItemState state = states.value(item.id, ItemState::unrecorded(item.id));
                ++total;
                complete += state.status == ItemStatus::Done || state.status == ItemStatus::NotApplicable ? 1 : 0;
                const QString check
                    = checked.contains(item.id) ? checkStatusToken(checked[item.id].status) : QStringLiteral("-");
                out() << QStringLiteral("  %1 %2 %3 %4\n")
                             .arg(itemStatusToken(state.status).leftJustified(15), check.leftJustified(8),
                                  item.id.leftJustified(26), item.title);
                if (!state.note.isEmpty())
                    out() << QStringLiteral("      note (%1): %2\n").arg(state.changedBy, state.note);
            }
        }
        out() << CliText::tr("\n%1 / %2 complete\n").arg(complete).arg(total);
        return ExitOk;
    }
    if (sub == QLatin1String("set")) {
        const auto status = takeSingleOption(arguments, QStringLiteral("--status"));
        const auto note = takeOption(arguments, QStringLiteral("--note"));
        const auto evidence = takeOption(arguments, QStringLiteral("--evidence"));
        if (!status || !note || !evidence || arguments.size() != 1)
            return refuse(CliText::tr("set takes ID --status open|done|not-applicable|blocked [--note TEXT] "
                                      "[--evidence TEXT] [--as NAME]"));
        const QString itemId = arguments.first();
        if (!runbook->findItem(itemId))
            return refuse(CliText::tr("the runbook has no item \"%1\"").arg(itemId));
        ItemChange change;
        change.itemId = itemId;
        change.actor = context.identity();
        if (!status->isEmpty()) {
            const auto parsed = parseItemStatus(QString(status.value()).replace(QLatin1Char('-'), QLatin1Char('_')));
            if (!parsed)
                return refuse(
                    CliText::tr("unknown status \"%1\" (open, done, not-applicable or blocked)").arg(status.value()));
            change.status = *parsed;
        }
        if (!note->isEmpty())
            change.note = note->last();
        if (!evidence->isEmpty())
            change.evidence = evidence->last();
        if (change.isEmpty())
            return refuse(CliText::tr("nothing to set: give --status, --note or --evidence"));
        const auto saved = store->applyItemChange(rollout->id, change);
        if (!saved) {
            err() << saved.error().toString() << '\n';
            return saved.error().kind == ErrorKind::InvalidInput ? int(ExitInvalidInput) : int(ExitFailure);
        }
        out() << CliText::tr("%1: %2 (by %3)\n").arg(itemId, itemStatusToken(saved->status), saved->changedBy);
        return ExitOk;
    }
    return refuse(CliText::tr("unknown subcommand \"%1\" (show or set)").arg(sub));
}

} // namespace cockpit::cli
