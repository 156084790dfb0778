#include "MigrationPlan.h"

#include <QJsonDocument>

namespace cockpit::migration {

QString procedureToken(Procedure procedure)
{
    return procedure == Procedure::Rollback ? QStringLiteral("rollback") : QStringLiteral("migration");
}

QString actionStateToken(ActionState state)
{
    switch (state) {
    case ActionState::InDoubt: return QStringLiteral("in_doubt");
    case ActionState::Done: return QStringLiteral("done");
    case ActionState::Failed: return QStringLiteral("failed");
    case ActionState::Skipped: return QStringLiteral("skipped");
    case ActionState::Pending: break;
    }
    return QStringLiteral("pending");
}

const PlannedAction* Plan::find(const QString& path) const
{
    for (const PlannedAction& action : actions) {
        if (action.path == path)
            return &action;
    }
    return nullptr;
}

QList<const PlannedAction*> Plan::ofPhase(const QString& phaseId) const
{
    QList<const PlannedAction*> list;
    for (const PlannedAction& action : actions) {
        if (action.phaseId == phaseId)
            list.append(&action);
    }
    return list;
}

Plan buildPlan(const Runbook& runbook, Procedure procedure)
{
    Plan plan;
    plan.procedure = procedure;
    const QString prefix = procedureToken(procedure);
    const auto addSteps = [&](const QString& phaseId, const QString& phaseTitle, Duration budget, int number,
                              const QList<Step>& steps) {
        plan.phaseIds.append(phaseId);
        for (const Step& step : steps) {
            for (int i = 0; i < step.actions.size(); ++i) {
                PlannedAction a;
                a.path = QStringLiteral("%1/%2/%3#%4").arg(prefix, phaseId, step.id).arg(i);
                a.phaseId = phaseId;
                a.phaseTitle = phaseTitle;
                a.phaseBudget = budget;
                a.phaseNumber = number;
                a.stepId = step.id;
                a.stepTitle = step.title;
                a.command = step.command;
                a.index = i;
                a.actionsInStep = static_cast<int>(step.actions.size());
                a.action = step.actions[i];
                plan.actions.append(a);
            }
        }
    };
    if (procedure == Procedure::Migration) {
        int number = 0;
        for (const Phase& phase : runbook.phases)
            addSteps(phase.id, phase.title, phase.budget, ++number, phase.steps);
    } else {
        addSteps(QStringLiteral("procedure"), QStringLiteral("Rollback procedure"), runbook.rollback.procedureBudget, 1,
                 runbook.rollback.procedure);
        addSteps(QStringLiteral("consistency"), QStringLiteral("Post-rollback consistency check"), Duration(0), 2,
                 runbook.rollback.consistencyChecks);
    }
    return plan;
}

JournalView readJournal(const QList<AuditEntry>& entries)
{
    JournalView view;
    for (const AuditEntry& e : entries) {
        const QJsonObject value = QJsonDocument::fromJson(e.newValue.toUtf8()).object();
        const QJsonObject comment = QJsonDocument::fromJson(e.comment.toUtf8()).object();
        if (e.field == QLatin1String("override")) {
            view.gateOverrides.insert(e.entityId.section(QLatin1Char('/'), -1),
                                      value.value(QStringLiteral("reason")).toString());
            continue;
        }
        if (e.field == QLatin1String("forecast")) {
            view.forecast = value;
            continue;
        }
        if (e.entityId.startsWith(QLatin1String("migration/gate/")))
            continue; // a gate's own check (data sources), not an action
        ActionRecord& r = view.actions[e.entityId];
        if (e.field == QLatin1String("start")) {
            r.state = ActionState::InDoubt; // until its end is recorded
            r.startedAt = e.at;
            r.endedAt = QDateTime();
            r.actor = e.actor;
            r.inputs = value;
            r.outputs = {};
            r.outcome.clear();
            r.message.clear();
            r.rehearsal = comment.value(QStringLiteral("rehearsal")).toBool();
            r.preflightOverride.clear(); // an override holds for one start
            ++r.starts;
        } else if (e.field == QLatin1String("end")) {
            const QString outcome = value.value(QStringLiteral("outcome")).toString();
            r.state = outcome == QLatin1String("done") ? ActionState::Done : ActionState::Failed;
            r.endedAt = e.at;
            r.outcome = outcome;
            r.outputs = value.value(QStringLiteral("outputs")).toObject();
            r.message = value.value(QStringLiteral("message")).toString();
        } else if (e.field == QLatin1String("skip")) {
            r.state = ActionState::Skipped;
            r.endedAt = e.at;
            r.outcome = QStringLiteral("skipped");
            r.message = value.value(QStringLiteral("reason")).toString();
            r.actor = e.actor;
        } else if (e.field == QLatin1String("preflight")) {
            r.preflight = value;
        } else if (e.field == QLatin1String("preflight_override")) {
            r.preflightOverride = value.value(QStringLiteral("reason")).toString();
            r.preflightOverrideBy = e.actor;
        } else if (e.field == QLatin1String("resolve")) {
            // A person decided about an action in doubt, or a failed one: done, or run it again.
            const QString as = value.value(QStringLiteral("as")).toString();
            if (as == QLatin1String("done")) {
                r.state = ActionState::Done;
                r.endedAt = e.at;
                r.outcome = QStringLiteral("resolved as done");
                r.message = value.value(QStringLiteral("note")).toString();
            } else if (as == QLatin1String("rollback")) {
                r.state = ActionState::Failed;
                r.endedAt = e.at;
                r.outcome = QStringLiteral("abandoned for the rollback");
                r.message = value.value(QStringLiteral("note")).toString();
                view.abandonedAt = e.entityId;
            } else if (as == QLatin1String("rerun")) {
                r.state = ActionState::Pending;
                r.endedAt = QDateTime();
                r.outcome = QStringLiteral("to run again");
            }
        }
    }
    return view;
}

QDateTime JournalView::phaseStarted(const Plan& plan, const QString& phaseId) const
{
    QDateTime first;
    for (const PlannedAction* a : plan.ofPhase(phaseId)) {
        const auto it = actions.constFind(a->path);
        if (it != actions.constEnd() && it->startedAt.isValid() && (!first.isValid() || it->startedAt < first))
            first = it->startedAt;
    }
    return first;
}

QDateTime JournalView::phaseEnded(const Plan& plan, const QString& phaseId) const
{
    QDateTime last;
    for (const PlannedAction* a : plan.ofPhase(phaseId)) {
        const auto it = actions.constFind(a->path);
        if (it == actions.constEnd() || (it->state != ActionState::Done && it->state != ActionState::Skipped))
            return {};
        if (!last.isValid() || it->endedAt > last)
            last = it->endedAt;
    }
    return last;
}

const PlannedAction* JournalView::inDoubt(const Plan& plan) const
{
    for (const PlannedAction& a : plan.actions) {
        if (record(a.path).state == ActionState::InDoubt)
            return &a;
    }
    return nullptr;
}

const PlannedAction* JournalView::next(const Plan& plan) const
{
    for (const PlannedAction& a : plan.actions) {
        const ActionState state = record(a.path).state;
        if (state == ActionState::Pending || state == ActionState::Failed || state == ActionState::InDoubt)
            return &a;
    }
    return nullptr;
}

bool JournalView::isRehearsal() const
{
    return std::any_of(actions.begin(), actions.end(), [](const ActionRecord& r) { return r.rehearsal; });
}

BudgetUse budgetUse(const JournalView& journal, const Plan& plan, const QString& phaseId, const QDateTime& nowUtc)
{
    BudgetUse use;
    const PlannedAction* first = plan.ofPhase(phaseId).value(0);
    use.budgetMs = first ? std::chrono::duration_cast<std::chrono::milliseconds>(first->phaseBudget).count() : 0;
    const QDateTime started = journal.phaseStarted(plan, phaseId);
    if (!started.isValid())
        return use;
    const QDateTime ended = journal.phaseEnded(plan, phaseId);
    use.elapsedMs = started.msecsTo(ended.isValid() ? ended : nowUtc);
    return use;
}

} // namespace cockpit::migration
