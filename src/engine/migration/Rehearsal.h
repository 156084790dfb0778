#pragma once

#include "Executors.h"
#include "MigrationPlan.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

// A rehearsal of phases 1–3 on a restored copy: the latest snapshot (or the one named) is
// verified and started on a throwaway PostgreSQL on a free loopback port; every action that
// works on the data (write probes, row counts, the baseline, `sql` steps) runs against the copy
// in a journal of its own, marked REHEARSAL (a rollout "<runbook>#rehearsal-<time>"); the
// actions that need the real cluster (Patroni, Swarm, the stack, snapshots, gates, people) are
// simulated with their duration from the real journal, a measurement the rehearsal made itself
// (the verification, the restore), or a stated default. The copy is then removed. The forecast
// per phase is recorded in the real journal, so that the migration shows it beside each budget.
namespace cockpit::migration {

struct RehearsedAction
{
    QString path;
    QString title;
    int phase = 0;
    bool simulated = false;
    QString basis; // how the duration was found: "ran on the copy", "recorded in the journal", "default for …"
    qint64 durationMs = 0;
    bool failed = false;
    QString message;
};

struct PhaseForecast
{
    QString id;
    QString title;
    int number = 0;
    qint64 budgetMs = 0;
    qint64 forecastMs = 0;
    // "phase 2: forecast 38min of 4h (16 %)"
    QString text() const;
};

struct RehearsalReport
{
    QString snapshot; // the folder restored
    int port = 0;
    qint64 rehearsalRolloutId = 0;
    QList<RehearsedAction> actions;
    QList<PhaseForecast> phases;
    QJsonObject toJson() const;
    QList<RehearsedAction> slowest(int count = 3) const;
    QList<RehearsedAction> failures() const;
};

struct RehearsalOptions
{
    QString snapshotLabel; // empty: the newest complete snapshot in the backup folder
};

// Synchronous, on the caller's thread (the command line's, or the migration's in the window).
Result<RehearsalReport> rehearse(const ExecContext& context, const RehearsalOptions& options);

// The forecast recorded in a journal (empty when there was no rehearsal): phase id -> ms.
QHash<QString, qint64> forecastOf(const JournalView& journal);

} // namespace cockpit::migration
