#pragma once

#include "core/Ledger.h"
#include "core/Records.h"
#include "core/Runbook.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// What the migration wizard runs, and what its journal says has happened. Pure: the window,
// the command line and the tests read the same plan and the same journal the same way.
namespace cockpit::migration {

enum class Procedure
{
    Migration, // the guide's three phases
    Rollback, // the rollback procedure, then the post-rollback consistency checks
};
QString procedureToken(Procedure procedure); // "migration", "rollback"

// One action of one step: the unit the journal records and the wizard runs.
struct PlannedAction
{
    QString path; // "migration/infrastructure-migration/stop-writes#0": the journal's key
    QString phaseId;
    QString phaseTitle;
    Duration phaseBudget{0};
    int phaseNumber = 0; // 1-based within the procedure
    QString stepId;
    QString stepTitle;
    QString command; // the guide's text
    int index = 0; // within the step
    int actionsInStep = 1;
    Action action;
};

struct Plan
{
    Procedure procedure = Procedure::Migration;
    QList<PlannedAction> actions; // in order
    QStringList phaseIds; // in order
    const PlannedAction* find(const QString& path) const;
    QList<const PlannedAction*> ofPhase(const QString& phaseId) const;
};

Plan buildPlan(const Runbook& runbook, Procedure procedure);

enum class ActionState
{
    Pending, // not started (or started again after a "run again")
    InDoubt, // started, never ended: a crash; the operator decides
    Done,
    Failed,
    Skipped, // by a person, with a reason
};
QString actionStateToken(ActionState state);

struct ActionRecord
{
    ActionState state = ActionState::Pending;
    QDateTime startedAt;
    QDateTime endedAt;
    QString actor;
    QJsonObject inputs; // what the start recorded: resolved targets, the exact SQL, request or command
    QJsonObject outputs; // what the end recorded
    QString outcome; // "done", "failed", "skipped", "resolved as done", ...
    QString message; // the end's summary or error
    bool rehearsal = false;
    QJsonObject preflight; // the latest preflight's findings (Preflight.h)
    QString preflightOverride; // a person's reason to start despite the preflight (for the next start)
    QString preflightOverrideBy;
    int starts = 0; // how many times its action began (a step re-run after a doubt: 2)
};

// The journal read: every action's latest record, the phases' times, the overrides.
struct JournalView
{
    QHash<QString, ActionRecord> actions;
    QHash<QString, QString> gateOverrides; // "readiness", "approvals" -> reason
    QString abandonedAt; // the action a person resolved as "roll back": the migration stops there
    QJsonObject forecast; // the latest rehearsal's forecast (Rehearsal.h): {"phases": {id: ms}, "at", ...}
    QDateTime phaseStarted(const Plan& plan, const QString& phaseId) const;
    QDateTime phaseEnded(const Plan& plan, const QString& phaseId) const; // invalid until every action ended
    ActionRecord record(const QString& path) const { return actions.value(path); }
    // The first action in doubt, or the next one to run (nullptr: everything has ended).
    const PlannedAction* inDoubt(const Plan& plan) const;
    const PlannedAction* next(const Plan& plan) const;
    bool isRehearsal() const;
};

JournalView readJournal(const QList<AuditEntry>& entries);

// How long a phase has run against its budget: "1 h 12 min of 4 h (30 %)".
struct BudgetUse
{
    qint64 elapsedMs = 0;
    qint64 budgetMs = 0;
    double fraction() const { return budgetMs > 0 ? double(elapsedMs) / double(budgetMs) : 0.0; }
    bool warning() const { return budgetMs > 0 && fraction() >= 0.8; }
};
BudgetUse budgetUse(const JournalView& journal, const Plan& plan, const QString& phaseId, const QDateTime& nowUtc);

} // namespace cockpit::migration
