#pragma once

#include "ClusterAccess.h"
#include "Executors.h"
#include "MigrationPlan.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <chrono>

// Before an action that takes locks or rewrites (a `sql` that changes something, read_only,
// terminate_backends, a snapshot), a look at the node it will act on: transactions open longer
// than a limit and who runs them, locks held or awaited on the tables the statement names, a
// base backup running, an autovacuum to prevent wraparound on one of those tables, replicas
// lagging past the runbook's alert threshold, prepared transactions. A blocker stops the action
// before it starts; the findings go into the journal with the action either way.
namespace cockpit::migration {

struct PreflightFinding
{
    QString
        kind; // "long_transaction", "lock", "backup", "wraparound_vacuum", "replication_lag", "prepared_transaction"
    QString text; // "pid 4711 (app, 14 min in transaction, holds RowExclusiveLock on memory_entries)"
    bool blocks = true;
    QJsonObject detail;
};

struct PreflightReport
{
    QString node; // "pg1 (127.0.0.1:25432)"
    QStringList tables; // the tables the statement names, as the server resolved them
    QList<PreflightFinding> findings;
    QString error; // the look itself failed: the action waits too (unknown is not clear)
    bool clear() const;
    QStringList blockers() const; // the texts of the findings that block, or the error
    QJsonObject toJson() const;
};

struct PreflightLimits
{
    std::chrono::seconds longTransaction{60};
    std::chrono::milliseconds lockTimeout{5000};
};

// Whether the action gets a preflight at all.
bool needsPreflight(const Action& action);
// The lock_timeout the action's statements run with (its own, else 5 s).
std::chrono::milliseconds lockTimeoutOf(const Action& action);
// The table names a statement mentions (identifiers the server then resolves: words that are
// not tables fall away there).
QStringList candidateTables(const QString& sql);

PreflightReport runPreflight(const ExecContext& context, const PlannedAction& action, const QJsonObject& inputs,
                             const PreflightLimits& limits = {});

} // namespace cockpit::migration
