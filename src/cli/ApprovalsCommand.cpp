#include "ApprovalsCommand.h"

#include "Cli.h"
#include "CliSupport.h"
#include "CommandContext.h"
#include "Console.h"
#include "engine/approvals/ApprovalLedger.h"
#include "store/PostgresBackend.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace cockpit::cli {
namespace {

int failed(const Error& error)
{
    err() << QStringLiteral("rollout-cockpit: ") << error.toString() << '\n';
    // Bad input is the caller's to fix (2); a store that refused or failed is a failure (1).
    return error.kind == ErrorKind::InvalidInput || error.kind == ErrorKind::NotFound ? int(ExitInvalidInput)
                                                                                      : int(ExitFailure);
}

QJsonValue instantJson(const std::optional<QDateTime>& at)
{
    return at ? QJsonValue(toIsoUtc(*at)) : QJsonValue();
}

QJsonObject showJson(const Store& store, const QString& identity, const approvals::ApprovalState& state,
                     const approvals::GateVerdict& gate, const ledger::Verification& chain)
{
    QJsonArray roles;
    for (const approvals::RoleSignOff& role : state.roles) {
        roles.append(approvals::signOffJson(role));
    }
    QJsonObject root{{QStringLiteral("store"), store.path()},
                     {QStringLiteral("team"), store.isTeam()},
                     {QStringLiteral("identity"), identity},
                     {QStringLiteral("roles"), roles},
                     {QStringLiteral("approved"), state.approvedCount()},
                     {QStringLiteral("date_approved"), instantJson(state.dateApproved)}};
    root[QStringLiteral("scheduled_rollout")] = state.scheduled
        ? QJsonValue(QJsonObject{{QStringLiteral("at"), toIsoUtc(*state.scheduled)},
                                 {QStringLiteral("zone"), state.scheduledZone}})
        : QJsonValue();
    root[QStringLiteral("maintenance_window")] = state.window
        ? QJsonValue(QJsonObject{{QStringLiteral("start"), toIsoUtc(state.window->start)},
                                 {QStringLiteral("end"), toIsoUtc(state.window->end)},
                                 {QStringLiteral("zone"), state.window->zone}})
        : QJsonValue();
    if (state.latestOverride) {
        root[QStringLiteral("override")] = QJsonObject{
            {QStringLiteral("by"), state.latestOverride->actor},
            {QStringLiteral("reason"), state.latestOverride->reason},
            {QStringLiteral("at"), toIsoUtc(state.latestOverride->at)},
            {QStringLiteral("until"), toIsoUtc(state.latestOverride->until)},
            {QStringLiteral("record"), state.latestOverride->recordId},
            {QStringLiteral("needs_confirmation"), state.latestOverride->needsConfirmation},
            {QStringLiteral("confirmed_by"),
             state.latestOverride->confirmedBy.isEmpty() ? QJsonValue()
                                                         : QJsonValue(state.latestOverride->confirmedBy)}};
    }
    root[QStringLiteral("gate")] = QJsonObject{{QStringLiteral("open"), gate.open},
                                               {QStringLiteral("overridden"), gate.overridden},
                                               {QStringLiteral("reasons"), QJsonArray::fromStringList(gate.reasons)},
                                               {QStringLiteral("summary"), gate.summary()}};
    root[QStringLiteral("chain")] = QJsonObject{
        {QStringLiteral("intact"), chain.intact},
        {QStringLiteral("records"), chain.records},
        {QStringLiteral("head"), chain.head},
        {QStringLiteral("anchor"),
         chain.intact ? QJsonValue(QStringLiteral("%1@%2").arg(chain.head).arg(chain.records)) : QJsonValue()},
        {QStringLiteral("first_bad_record"), chain.firstBadId == 0 ? QJsonValue() : QJsonValue(chain.firstBadId)},
        {QStringLiteral("problem"), chain.problem}};
    return root;
}

void showText(const approvals::ApprovalState& state, const approvals::GateVerdict& gate,
              const ledger::Verification& chain, const QString& identity, const Store& store)
{
    out() << CliText::tr("Sign-off (%1 of %2 approved) in %3%4\n")
                 .arg(state.approvedCount())
                 .arg(state.roles.size())
                 .arg(store.path(), store.isTeam() ? CliText::tr(", as %1").arg(identity) : QString());
    for (const approvals::RoleSignOff& role : state.roles) {
        QString decision = role.decision ? approvalDecisionToken(*role.decision).toUpper() : CliText::tr("WAITING");
        out() << QStringLiteral("  %1 %2").arg(decision.leftJustified(9), role.title.leftJustified(22));
        if (role.decision) {
            out() << CliText::tr("by %1 at %2")
                         .arg(terminalSafe(role.signer), approvals::describeInstant(role.at, QString()));
            if (!role.reason.isEmpty())
                out() << CliText::tr(" — reason: %1").arg(terminalSafe(role.reason));
            if (!role.comment.isEmpty())
                out() << CliText::tr(" — \"%1\"").arg(terminalSafe(role.comment));
        }
        out() << '\n';
        if (role.isApproved() && role.approved)
            out() << CliText::tr("            approved: %1 (digest %2…)\n")
                         .arg(role.approved->counts(), role.approved->hash().left(16));
        else if (role.isApproved())
            out() << CliText::tr("            approved: not recorded (signed by an earlier version)\n");
        if (role.isApproved() && !role.changedSince.isEmpty())
            out() << CliText::tr("            signed before: %1\n")
                         .arg(terminalSafe(role.changedSince.join(QStringLiteral("; "))));
    }
    out() << CliText::tr("Date approved:      %1\n")
                 .arg(state.dateApproved ? approvals::describeInstant(*state.dateApproved, QString())
                                         : CliText::tr("not yet"));
    out() << CliText::tr("Scheduled rollout:  %1\n")
                 .arg(state.scheduled ? approvals::describeInstant(*state.scheduled, state.scheduledZone)
                                      : CliText::tr("not set"));
    out() << CliText::tr("Maintenance window: %1\n")
                 .arg(state.window ? CliText::tr("%1 to %2")
                                         .arg(approvals::describeInstant(state.window->start, state.window->zone),
                                              approvals::describeInstant(state.window->end, state.window->zone))
                                   : CliText::tr("not set"));
    out() << CliText::tr("Gate: %1\n").arg(gate.summary());
    out() << (chain.intact ? CliText::tr("Ledger: intact, %1 records, head %2\n").arg(chain.records).arg(chain.head)
                           : CliText::tr("Ledger: BROKEN — %1\n").arg(terminalSafe(chain.problem)));
    if (chain.intact)
        out() << CliText::tr("Anchor: %1@%2 (quote it; `approvals verify --anchor` proves the record still holds it)\n")
                     .arg(chain.head)
                     .arg(chain.records);
}

} // namespace

int runApprovalsCommand(QStringList arguments)
{
    const QString command = QStringLiteral("approvals");
    if (arguments.isEmpty())
        return usageError(command,
                          CliText::tr("missing subcommand (show, sign, revoke, window, schedule, override, "
                                      "confirm-override or verify)"));
    const QString sub = arguments.takeFirst();
    // A mistake in the command line opens (or creates) no store.
    static const QStringList kSubcommands{QStringLiteral("show"),
                                          QStringLiteral("sign"),
                                          QStringLiteral("revoke"),
                                          QStringLiteral("window"),
                                          QStringLiteral("schedule"),
                                          QStringLiteral("override"),
                                          QStringLiteral("confirm-override"),
                                          QStringLiteral("verify")};
    if (!kSubcommands.contains(sub))
        return usageError(command,
                          CliText::tr("unknown subcommand \"%1\" (show, sign, revoke, window, schedule, "
                                      "override, confirm-override or verify)")
                              .arg(sub));
    // verify --anchor HEAD[@COUNT]: a head printed in a report, a ticket or a chat, which the
    // chain must still hold (at that position).
    std::optional<ledger::Anchor> anchor;
    if (sub == QLatin1String("verify")) {
        const auto given = takeSingleOption(arguments, QStringLiteral("--anchor"));
        if (!given)
            return usageError(command, CliText::tr("--anchor needs a value: HEAD or HEAD@COUNT"));
        if (!given->isEmpty()) {
            anchor = ledger::parseAnchor(given.value());
            if (!anchor)
                return usageError(command,
                                  CliText::tr("--anchor takes a head (at least %1 hexadecimal digits of a record's "
                                              "hash), optionally @COUNT, the number of records it closed")
                                      .arg(ledger::kMinimumHeadPrefix));
        }
    }
    auto created = CommandContext::create(arguments);
    if (!created)
        return failed(created.error());
    CommandContext& context = *created.value();
    const auto opened = context.openRollout(sub == QLatin1String("show") || sub == QLatin1String("verify"));
    // verify: 1 says the chain is broken, and nothing else does: a store that cannot be read
    // (another program's file, a damaged one, an unreadable one) is 2.
    if (!opened)
        return sub == QLatin1String("verify") ? refuse(command, opened.error().toString()) : failed(opened.error());
    const Runbook* runbook = &opened->runbook;
    Store* store = opened->store;
    const RolloutInfo* rollout = &opened->info;
    const auto roleTitle = [&](const QString& id) -> QString {
        for (const ApprovalRole& role : runbook->approvals.roles) {
            if (role.id == id)
                return role.title;
        }
        return {};
    };
    QStringList roleIds;
    for (const ApprovalRole& role : runbook->approvals.roles)
        roleIds.append(role.id);

    if (sub == QLatin1String("show") || sub == QLatin1String("verify")) {
        const bool formatGiven = arguments.contains(QStringLiteral("--format"))
            || std::any_of(arguments.cbegin(), arguments.cend(),
                           [](const QString& a) { return a.startsWith(QLatin1String("--format=")); });
        const auto format = takeFormat(arguments);
        if (!arguments.isEmpty() || (sub == QLatin1String("verify") && formatGiven))
            return refuse(command,
                          sub == QLatin1String("show") ? CliText::tr("show takes --format text|json")
                                                       : CliText::tr("verify takes no argument"));
        if (!format)
            return refuse(command, format.error().message);
        const auto reading = approvals::readLedger(*store, *runbook, rollout->id, anchor);
        if (!reading)
            return sub == QLatin1String("verify") ? refuse(command, reading.error().toString())
                                                  : failed(reading.error());
        const ledger::Verification* chain = &reading->chain;
        if (!chain->notice.isEmpty())
            err() << CliText::tr("note: %1\n").arg(chain->notice);
        if (sub == QLatin1String("verify")) {
            if (chain->intact) {
                out() << CliText::tr("intact: %1 records, head %2\n").arg(chain->records).arg(chain->head);
                if (anchor)
                    out() << CliText::tr("the anchor given (%1) is in the record\n")
                                 .arg(anchor->records > 0
                                          ? QStringLiteral("%1@%2").arg(anchor->head).arg(anchor->records)
                                          : anchor->head);
                return ExitOk;
            }
            out() << CliText::tr("BROKEN: %1\n").arg(chain->problem);
            return ExitFailure;
        }
        const approvals::ApprovalState& state = reading->state;
        const approvals::GateVerdict gate = approvals::judgeGate(state, Clock::system().nowUtc(), *chain);
        if (format.value() == QLatin1String("json"))
            out() << QString::fromUtf8(QJsonDocument(showJson(*store, context.identity(), state, gate, *chain))
                                           .toJson(QJsonDocument::Indented));
        else
            showText(state, gate, *chain, context.identity(), *store);
        return ExitOk;
    }

    if (sub == QLatin1String("sign") || sub == QLatin1String("revoke")) {
        const auto decision = takeSingleOption(arguments, QStringLiteral("--decision"));
        const auto comment = takeSingleOption(arguments, QStringLiteral("--comment"));
        const auto reason = takeSingleOption(arguments, QStringLiteral("--reason"));
        if (!decision || !comment || !reason || arguments.size() != 1)
            return refuse(command,
                          sub == QLatin1String("sign") ? CliText::tr(
                              "sign takes ROLE --decision approve|reject [--comment TEXT] [--reason TEXT]")
                                                       : CliText::tr("revoke takes ROLE"));
        ApprovalAction action;
        action.role = arguments.first();
        if (roleTitle(action.role).isEmpty())
            return refuse(command,
                          CliText::tr("the runbook has no approval role \"%1\" (roles: %2)")
                              .arg(action.role, roleIds.join(QStringLiteral(", "))));
        action.actor = context.identity();
        action.comment = comment.value();
        action.reason = reason.value();
        if (sub == QLatin1String("revoke")) {
            if (!decision->isEmpty())
                return refuse(command, CliText::tr("revoke takes no --decision"));
            action.decision = ApprovalDecision::Revoke;
        } else {
            const auto parsed = parseApprovalDecision(decision.value());
            if (!parsed || parsed == ApprovalDecision::Revoke)
                return refuse(command, CliText::tr("--decision is approve or reject"));
            action.decision = *parsed;
        }
        // Four eyes: the runbook's policy, before anything is written (the gate judges it again).
        const auto recorded = approvals::signOff(*store, *runbook, rollout->id, action);
        if (!recorded && recorded.error().kind == ErrorKind::Conflict)
            return refuse(command, recorded.error().message);
        if (!recorded)
            return failed(recorded.error());
        out() << CliText::tr("%1: %2 by %3 (record #%4)\n")
                     .arg(roleTitle(action.role), approvalDecisionToken(action.decision), recorded->actor)
                     .arg(recorded->id);
        return ExitOk;
    }

    if (sub == QLatin1String("window") || sub == QLatin1String("schedule")) {
        const auto start = takeSingleOption(arguments, QStringLiteral("--start"));
        const auto end = takeSingleOption(arguments, QStringLiteral("--end"));
        const auto zone = takeSingleOption(arguments, QStringLiteral("--zone"));
        if (!start || !end || !zone)
            return refuse(command, CliText::tr("an option needs a value"));
        Result<AuditEntry> recorded = makeError(ErrorKind::Internal, QString());
        if (sub == QLatin1String("window")) {
            if (!arguments.isEmpty() || start->isEmpty() || end->isEmpty())
                return refuse(command, CliText::tr("window takes --start ISO8601 --end ISO8601 [--zone NAME]"));
            const auto from = parseInstant(start.value(), zone.value());
            const auto to = parseInstant(end.value(), zone.value());
            if (!from || !to)
                return refuse(command,
                              CliText::tr("give times as ISO 8601 with an offset (2026-12-05T22:00:00+01:00) "
                                          "or a known --zone (Europe/Berlin)"));
            MaintenanceWindow window{from->first, to->first, from->second};
            recorded = store->recordWindow(rollout->id, window, context.identity());
        } else {
            if (arguments.size() != 1 || !start->isEmpty() || !end->isEmpty())
                return refuse(command, CliText::tr("schedule takes ISO8601 [--zone NAME]"));
            const auto at = parseInstant(arguments.first(), zone.value());
            if (!at)
                return refuse(command,
                              CliText::tr("give the time as ISO 8601 with an offset (2026-12-05T22:00:00+01:00) "
                                          "or a known --zone (Europe/Berlin)"));
            recorded = store->recordSchedule(rollout->id, at->first, at->second, context.identity());
        }
        if (!recorded)
            return failed(recorded.error());
        out() << CliText::tr("recorded (record #%1)\n").arg(recorded->id);
        return ExitOk;
    }

    if (sub == QLatin1String("override") || sub == QLatin1String("confirm-override")) {
        Result<AuditEntry> recorded = makeError(ErrorKind::Internal, QString());
        if (sub == QLatin1String("override")) {
            const auto reason = takeSingleOption(arguments, QStringLiteral("--reason"));
            if (!reason || !arguments.isEmpty())
                return refuse(command, CliText::tr("override takes --reason TEXT"));
            recorded = store->recordOverride(rollout->id, reason.value(), context.identity());
            if (!recorded)
                return failed(recorded.error());
            out() << CliText::tr("emergency override by %1 recorded (record #%2)\n")
                         .arg(recorded->actor)
                         .arg(recorded->id);
        } else {
            bool number = arguments.size() == 1;
            const qint64 request = arguments.isEmpty() ? 0 : arguments.first().toLongLong(&number);
            if (arguments.size() > 1 || (!arguments.isEmpty() && (!number || request <= 0)))
                return refuse(command, CliText::tr("confirm-override takes [RECORD], the request's record number"));
            recorded = approvals::confirmOverride(*store, *runbook, rollout->id, request, context.identity(),
                                                  Clock::system().nowUtc());
            if (!recorded && recorded.error().kind == ErrorKind::Conflict)
                return refuse(command, recorded.error().message);
            if (!recorded)
                return failed(recorded.error());
            out() << CliText::tr("emergency override (record #%1) confirmed by %2 (record #%3)\n")
                         .arg(recorded->newValue, recorded->actor)
                         .arg(recorded->id);
        }
        // What the gate says now, judged as `approvals show` judges it: never an open gate by assumption.
        const auto reading = approvals::readLedger(*store, *runbook, rollout->id);
        if (!reading) {
            err() << CliText::tr("the gate cannot be judged: %1\n").arg(reading.error().toString());
            return ExitFailure;
        }
        const approvals::GateVerdict gate
            = approvals::judgeGate(reading->state, Clock::system().nowUtc(), reading->chain);
        if (reading->state.latestOverride && !reading->state.latestOverride->holds())
            out() << CliText::tr("it holds only when a second person confirms it within %1 minutes: "
                                 "rollout-cockpit approvals confirm-override %2\n")
                         .arg(approvals::kOverrideConfirmation.count())
                         .arg(reading->state.latestOverride->recordId);
        if (gate.open)
            out() << CliText::tr("the gate is open for %1 minutes\n").arg(approvals::kOverrideValidity.count());
        else
            out() << CliText::tr("the gate stays closed: %1\n").arg(gate.summary());
        return gate.open ? int(ExitOk) : int(ExitFailure);
    }
    return refuse(command, CliText::tr("unknown subcommand \"%1\"").arg(sub));
}

int runTeamCommand(QStringList arguments)
{
    const QString command = QStringLiteral("team");
    if (arguments.isEmpty())
        return refuse(command, CliText::tr("missing subcommand (init, grants, grant, ungrant or import)"));
    const QString sub = arguments.takeFirst();
    auto created = CommandContext::create(arguments);
    if (!created)
        return failed(created.error());
    CommandContext& context = *created.value();
    const auto opened = context.store();
    if (!opened)
        return failed(opened.error());
    Store* store = opened.value();
    auto* team = dynamic_cast<PostgresBackend*>(&store->backend());
    if (!team)
        return refuse(command,
                      CliText::tr("the store is not a team store: give --profile P of a profile with a team_store"));
    if (sub == QLatin1String("init")) {
        if (!arguments.isEmpty())
            return refuse(command, CliText::tr("init takes no argument"));
        out() << CliText::tr("team store %1 ready (schema version %2), connected as %3\n")
                     .arg(store->path())
                     .arg(store->schemaVersion())
                     .arg(store->identity());
        return ExitOk;
    }
    if (sub == QLatin1String("import")) {
        // A rollout prepared on one laptop, brought into the team's record: every item's state,
        // written by the importing role with a note of where and by whom it was first recorded.
        // Sign-offs are personal: they are given again in the team store, not copied.
        const auto from = takeSingleOption(arguments, QStringLiteral("--from"));
        if (!from || from->isEmpty() || !arguments.isEmpty())
            return refuse(command, CliText::tr("import takes --from PATH (a local store)"));
        const auto runbook = context.runbook();
        if (!runbook)
            return failed(runbook.error());
        auto local = Store::open(from.value());
        if (!local)
            return failed(local.error());
        const auto localRollouts = local.value()->rollouts();
        if (!localRollouts)
            return failed(localRollouts.error());
        const auto source = std::find_if(localRollouts->begin(), localRollouts->end(),
                                         [&](const RolloutInfo& r) { return r.runbookId == runbook->id; });
        if (source == localRollouts->end())
            return refuse(command, CliText::tr("%1 has no rollout of runbook %2").arg(from.value(), runbook->id));
        const auto states = local.value()->checklistStates(source->id);
        if (!states)
            return failed(states.error());
        const auto target = store->ensureRollout(runbook->id, runbook->title, store->identity());
        if (!target)
            return failed(target.error());
        int copied = 0;
        for (const ItemState& state : states.value()) {
            if (!runbook->findItem(state.itemId))
                continue;
            ItemChange change;
            change.itemId = state.itemId;
            change.status = state.status;
            const QString origin = CliText::tr("[copied from the local store %1: recorded by %2 at %3]")
                                       .arg(from.value(), state.changedBy, toIsoUtc(state.changedAt));
            change.note = state.note.isEmpty() ? origin : state.note + QLatin1Char('\n') + origin;
            change.evidence = state.evidence;
            const auto saved = store->applyItemChange(target->id, change);
            if (!saved)
                return failed(saved.error());
            ++copied;
        }
        out() << CliText::tr("%1 item(s) copied into %2 as %3; sign-offs are given again in the team store\n")
                     .arg(copied)
                     .arg(store->path(), store->identity());
        return ExitOk;
    }
    if (sub == QLatin1String("grants")) {
        const auto grants = team->grants();
        if (!grants)
            return failed(grants.error());
        for (const auto& [role, approvalRole] : grants.value())
            out() << QStringLiteral("%1 %2\n").arg(role.leftJustified(24), approvalRole);
        return ExitOk;
    }
    if (sub == QLatin1String("grant") || sub == QLatin1String("ungrant")) {
        if (arguments.size() != 2)
            return refuse(command, CliText::tr("%1 takes DATABASE_ROLE APPROVAL_ROLE").arg(sub));
        const auto runbook = context.runbook();
        if (!runbook)
            return failed(runbook.error());
        const bool known = std::any_of(runbook->approvals.roles.begin(), runbook->approvals.roles.end(),
                                       [&](const ApprovalRole& r) { return r.id == arguments[1]; });
        if (!known)
            return refuse(command, CliText::tr("the runbook has no approval role \"%1\"").arg(arguments[1]));
        const auto done = sub == QLatin1String("grant") ? team->grant(arguments[0], arguments[1])
                                                        : team->ungrant(arguments[0], arguments[1]);
        if (!done)
            return failed(done.error());
        out() << (sub == QLatin1String("grant") ? CliText::tr("%1 may now sign for %2\n")
                                                : CliText::tr("%1 may no longer sign for %2\n"))
                     .arg(arguments[0], arguments[1]);
        return ExitOk;
    }
    return refuse(command, CliText::tr("unknown subcommand \"%1\"").arg(sub));
}

} // namespace cockpit::cli
