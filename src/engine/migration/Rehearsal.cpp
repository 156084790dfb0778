#include "Rehearsal.h"

#include "ClusterAccess.h"
#include "ExecutorSupport.h"
#include "ThrowawayServer.h"
#include "core/Clock.h"
#include "store/Store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace cockpit::migration {
namespace {

using namespace std::chrono_literals;

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString humanMs(qint64 ms)
{
    if (ms < 1000)
        return ExecTr::tr("%1 ms").arg(ms);
    if (ms < 60000)
        return ExecTr::tr("%1 s").arg(static_cast<double>(ms) / 1000.0, 0, 'f', 1);
    return formatDuration(Duration(std::chrono::milliseconds((ms + 30000) / 60000 * 60000)));
}

// Runs on the copy: actions that work on the data.
bool runsOnTheCopy(const Action& action)
{
    switch (action.kind) {
    case Action::Kind::Sql:
    case Action::Kind::RowCount:
    case Action::Kind::Baseline:
    case Action::Kind::WriteProbe: return true;
    default: return false;
    }
}

// What a simulated action is assumed to take when nothing better is known.
std::pair<qint64, QString> defaultDuration(const Action& action)
{
    const auto minutes = [](int m) { return qint64(m) * 60000; };
    switch (action.kind) {
    case Action::Kind::Watch: return {qint64(action.duration.count()), ExecTr::tr("the watch's own duration")};
    case Action::Kind::Snapshot: return {minutes(10), ExecTr::tr("default for a snapshot")};
    case Action::Kind::VerifySnapshot: return {minutes(5), ExecTr::tr("default for a verification")};
    case Action::Kind::RestoreTest: return {minutes(10), ExecTr::tr("default for a restore test")};
    case Action::Kind::ReadOnly: return {10000, ExecTr::tr("default for a Patroni configuration change")};
    case Action::Kind::TerminateBackends: return {5000, ExecTr::tr("default for ending sessions")};
    case Action::Kind::DockerServiceScale: return {minutes(2), ExecTr::tr("default for a Swarm scale")};
    case Action::Kind::StackDeploy: return {minutes(5), ExecTr::tr("default for a stack deploy")};
    case Action::Kind::StackRemove: return {minutes(1), ExecTr::tr("default for a stack removal")};
    case Action::Kind::ReadinessGate:
    case Action::Kind::ApprovalsGate: return {10000, ExecTr::tr("default for a gate")};
    case Action::Kind::Manual: return {minutes(5), ExecTr::tr("default for a person's step")};
    case Action::Kind::Notify: return {minutes(1), ExecTr::tr("default for a notice")};
    case Action::Kind::Program: return {minutes(1), ExecTr::tr("default for a program")};
    default: return {0, {}};
    }
}

// The newest snapshot with a manifest, or the one named.
Result<QString> chooseSnapshot(const ExecContext& context, const QString& label)
{
    if (!label.isEmpty()) {
        const auto dir = snapshotDirectory(context, label);
        if (!dir)
            return dir.error();
        if (!QFileInfo::exists(QDir(dir.value()).filePath(QString::fromLatin1(kCockpitManifest))))
            return makeError(ErrorKind::NotFound,
                             ExecTr::tr("no complete snapshot labelled %1 (no %2 in %3)")
                                 .arg(label, QString::fromLatin1(kCockpitManifest), dir.value()));
        return dir.value();
    }
    if (context.profile.backupDirectory.isEmpty())
        return makeError(ErrorKind::InvalidInput, ExecTr::tr("the profile names no backup directory"),
                         context.profile.name);
    QString newest;
    QDateTime newestAt;
    const QDir backups(context.profile.backupDirectory);
    for (const QString& name : backups.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QFileInfo manifest(QDir(backups.filePath(name)).filePath(QString::fromLatin1(kCockpitManifest)));
        if (manifest.exists() && (newest.isEmpty() || manifest.lastModified() > newestAt)) {
            newest = backups.filePath(name);
            newestAt = manifest.lastModified();
        }
    }
    if (newest.isEmpty())
        return makeError(ErrorKind::NotFound,
                         ExecTr::tr("no complete snapshot in %1 to rehearse on").arg(context.profile.backupDirectory),
                         context.profile.name,
                         ExecTr::tr("Take one first: run phase 1 (its first step takes the snapshot), or name one "
                                    "with --from-snapshot LABEL."));
    return newest;
}

} // namespace

QString PhaseForecast::text() const
{
    if (budgetMs <= 0)
        return ExecTr::tr("phase %1: forecast %2").arg(number).arg(humanMs(forecastMs));
    return ExecTr::tr("phase %1: forecast %2 of %3 (%4 %)")
        .arg(number)
        .arg(humanMs(forecastMs), humanMs(budgetMs))
        .arg(100.0 * static_cast<double>(forecastMs) / static_cast<double>(budgetMs), 0, 'f', 0);
}

QList<RehearsedAction> RehearsalReport::slowest(int count) const
{
    QList<RehearsedAction> sorted = actions;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const RehearsedAction& a, const RehearsedAction& b) { return a.durationMs > b.durationMs; });
    return sorted.mid(0, count);
}

QList<RehearsedAction> RehearsalReport::failures() const
{
    QList<RehearsedAction> failed;
    for (const RehearsedAction& a : actions) {
        if (a.failed)
            failed.append(a);
    }
    return failed;
}

QJsonObject RehearsalReport::toJson() const
{
    const auto actionJson = [](const RehearsedAction& a) {
        QJsonObject o{{QStringLiteral("path"), a.path},    {QStringLiteral("title"), a.title},
                      {QStringLiteral("phase"), a.phase},  {QStringLiteral("simulated"), a.simulated},
                      {QStringLiteral("basis"), a.basis},  {QStringLiteral("duration_ms"), a.durationMs},
                      {QStringLiteral("failed"), a.failed}};
        if (!a.message.isEmpty())
            o[QStringLiteral("message")] = a.message;
        return o;
    };
    QJsonArray list;
    for (const RehearsedAction& a : actions)
        list.append(actionJson(a));
    QJsonArray phaseList;
    for (const PhaseForecast& p : phases)
        phaseList.append(QJsonObject{{QStringLiteral("id"), p.id},
                                     {QStringLiteral("title"), p.title},
                                     {QStringLiteral("number"), p.number},
                                     {QStringLiteral("budget_ms"), p.budgetMs},
                                     {QStringLiteral("forecast_ms"), p.forecastMs},
                                     {QStringLiteral("text"), p.text()}});
    QJsonArray slow;
    for (const RehearsedAction& a : slowest())
        slow.append(actionJson(a));
    QJsonArray failed;
    for (const RehearsedAction& a : failures())
        failed.append(actionJson(a));
    return {{QStringLiteral("snapshot"), snapshot},
            {QStringLiteral("port"), port},
            {QStringLiteral("rehearsal_rollout"), rehearsalRolloutId},
            {QStringLiteral("actions"), list},
            {QStringLiteral("phases"), phaseList},
            {QStringLiteral("slowest"), slow},
            {QStringLiteral("failed"), failed}};
}

QHash<QString, qint64> forecastOf(const JournalView& journal)
{
    QHash<QString, qint64> forecast;
    const QJsonObject phases = journal.forecast.value(QStringLiteral("phases")).toObject();
    for (auto it = phases.begin(); it != phases.end(); ++it)
        forecast.insert(it.key(), it.value().toInteger());
    return forecast;
}

Result<RehearsalReport> rehearse(const ExecContext& context, const RehearsalOptions& options)
{
    const auto say = [&](const QString& line) {
        if (context.output)
            context.output(line);
    };
    RehearsalReport report;
    for (const QString& swept : sweepOrphanedPrograms())
        say(ExecTr::tr("stopped %1").arg(swept));
    const auto snapshot = chooseSnapshot(context, options.snapshotLabel);
    if (!snapshot)
        return snapshot.error();
    report.snapshot = snapshot.value();
    const QString label = QFileInfo(report.snapshot).fileName();

    // The real journal: recorded durations of actions that already ran for real.
    std::optional<Result<QList<AuditEntry>>> realEntries;
    context.withStore([&](Store& store) { realEntries = store.journal(context.rolloutId); });
    const JournalView realJournal
        = realEntries && realEntries->ok() ? readJournal(realEntries->value()) : JournalView{};

    // 1. Verified before it is trusted (timed: the forecast of a verification).
    say(ExecTr::tr("verifying %1").arg(report.snapshot));
    QElapsedTimer timer;
    timer.start();
    const ProgramRun verified
        = runProgram(context, postgresProgram(QStringLiteral("pg_verifybackup")),
                     {QStringLiteral("--ignore=") + QString::fromLatin1(kCockpitManifest), report.snapshot}, {},
                     std::chrono::hours(2));
    if (!verified.ok())
        return makeError(ErrorKind::Server,
                         ExecTr::tr("the snapshot %1 does not verify: %2")
                             .arg(report.snapshot, programFailure(QStringLiteral("pg_verifybackup"), verified)));
    const qint64 verifyMs = timer.elapsed();

    // 2. Restored on a throwaway server (timed: the forecast of a restore test).
    timer.restart();
    auto server = ThrowawayServer::start(context, report.snapshot);
    if (!server)
        return server.error();
    const qint64 restoreMs = timer.elapsed();
    report.port = server.value()->port();
    say(ExecTr::tr("the copy runs on 127.0.0.1:%1 (restored in %2)").arg(report.port).arg(humanMs(restoreMs)));

    // 3. A journal of its own, marked REHEARSAL.
    std::optional<Result<RolloutInfo>> rollout;
    const QString stamp = context.clock->nowUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    context.withStore([&](Store& store) {
        rollout = store.ensureRollout(context.runbook.id + QStringLiteral("#rehearsal-") + stamp,
                                      ExecTr::tr("REHEARSAL of %1 on a copy of %2").arg(context.runbook.title, label),
                                      context.actor);
    });
    if (!rollout || !rollout->ok())
        return rollout ? rollout->error() : makeError(ErrorKind::Storage, ExecTr::tr("the store did not answer"));
    report.rehearsalRolloutId = rollout->value().id;
    ExecContext copy = server.value()->contextFor(context);
    copy.rolloutId = report.rehearsalRolloutId;
    const auto journal = [&](const QString& path, const QString& field, const QJsonObject& value) {
        context.withStore([&](Store& store) {
            (void)store.appendJournal(copy.rolloutId, path, field, compact(value),
                                      compact({{QStringLiteral("rehearsal"), true}}), context.actor);
        });
    };

    // 4. Phases 1–3, in order.
    const Plan plan = buildPlan(context.runbook, Procedure::Migration);
    for (const PlannedAction& planned : plan.actions) {
        if (context.aborted())
            return makeError(ErrorKind::Cancelled, ExecTr::tr("the rehearsal was aborted"));
        RehearsedAction done;
        done.path = planned.path;
        done.title = planned.stepTitle;
        done.phase = planned.phaseNumber;
        if (runsOnTheCopy(planned.action)) {
            PlannedAction onCopy = planned;
            if (onCopy.action.kind == Action::Kind::RowCount)
                onCopy.action.label = label; // the copy holds the rows of the snapshot it came from
            const Executor& executor = executorFor(onCopy.action.kind);
            timer.restart();
            const auto inputs = executor.resolve(copy, onCopy);
            if (!inputs) {
                done.failed = true;
                done.message = inputs.error().toString();
            } else {
                journal(planned.path, QStringLiteral("start"), inputs.value());
                const Outcome outcome = executor.run(copy, onCopy, inputs.value());
                done.failed = outcome.kind != Outcome::Kind::Done;
                done.message = outcome.message;
            }
            done.durationMs = timer.elapsed();
            done.basis = ExecTr::tr("ran on the copy");
        } else {
            done.simulated = true;
            const ActionRecord real = realJournal.record(planned.path);
            if (real.state == ActionState::Done && real.startedAt.isValid() && real.endedAt.isValid()
                && !real.rehearsal) {
                done.durationMs = real.startedAt.msecsTo(real.endedAt);
                done.basis = ExecTr::tr("as it took in the journal");
            } else if (planned.action.kind == Action::Kind::VerifySnapshot) {
                done.durationMs = verifyMs;
                done.basis = ExecTr::tr("as the rehearsal's own verification took");
            } else if (planned.action.kind == Action::Kind::RestoreTest) {
                done.durationMs = restoreMs;
                done.basis = ExecTr::tr("as the rehearsal's own restore took");
            } else {
                std::tie(done.durationMs, done.basis) = defaultDuration(planned.action);
            }
            done.message = ExecTr::tr("simulated: needs the real cluster");
            journal(planned.path, QStringLiteral("start"),
                    {{QStringLiteral("simulated"), true}, {QStringLiteral("basis"), done.basis}});
        }
        journal(planned.path, QStringLiteral("end"),
                {{QStringLiteral("outcome"), done.failed ? QStringLiteral("failed") : QStringLiteral("done")},
                 {QStringLiteral("message"), done.message},
                 {QStringLiteral("duration_ms"), done.durationMs},
                 {QStringLiteral("simulated"), done.simulated}});
        say(done.simulated ? ExecTr::tr("[phase %1] %2 — simulated: %3 (%4)")
                                 .arg(done.phase)
                                 .arg(done.path, humanMs(done.durationMs), done.basis)
                           : ExecTr::tr("[phase %1] %2 — ran on the copy: %3%4")
                                 .arg(done.phase)
                                 .arg(done.path, humanMs(done.durationMs),
                                      done.failed ? ExecTr::tr(", FAILED: %1").arg(done.message) : QString()));
        report.actions.append(done);
    }

    // 5. The forecast per phase, against its budget; recorded in the real journal.
    QJsonObject recorded;
    for (const QString& phaseId : plan.phaseIds) {
        PhaseForecast f;
        f.id = phaseId;
        for (const PlannedAction* a : plan.ofPhase(phaseId)) {
            f.title = a->phaseTitle;
            f.number = a->phaseNumber;
            f.budgetMs = qint64(a->phaseBudget.count());
        }
        for (const RehearsedAction& a : report.actions) {
            if (a.phase == f.number)
                f.forecastMs += a.durationMs;
        }
        recorded[phaseId] = f.forecastMs;
        report.phases.append(f);
    }
    server.value()->stop();
    say(ExecTr::tr("the copy was stopped and removed"));
    context.withStore([&](Store& store) {
        (void)store.appendJournal(context.rolloutId, QStringLiteral("migration/rehearsal"), QStringLiteral("forecast"),
                                  compact({{QStringLiteral("phases"), recorded},
                                           {QStringLiteral("snapshot"), report.snapshot},
                                           {QStringLiteral("rehearsal_rollout"), report.rehearsalRolloutId},
                                           {QStringLiteral("failed"), static_cast<int>(report.failures().size())},
                                           {QStringLiteral("at"), context.clock->nowUtc().toString(Qt::ISODate)}}),
                                  QString(), context.actor);
    });
    return report;
}

} // namespace cockpit::migration
