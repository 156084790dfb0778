#include "WatchCommand.h"

#include "Cli.h"
#include "CliSupport.h"
#include "CommandContext.h"
#include "Console.h"
#include "connectors/secrets/SecretStore.h"
#include "core/Clock.h"
#include "core/FileInput.h"
#include "core/RunbookDescribe.h"
#include "core/Unit.h"
#include "engine/migration/Blocking.h"
#include "engine/migration/DataSources.h"
#include "engine/migration/MigrationRunner.h"
#include "engine/monitoring/Watch.h"
#include "store/Store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace cockpit::cli {
namespace {

constexpr int kExitInDoubt = 3; // as migrate: nothing fires, but something cannot be judged

using namespace cockpit::monitoring;

QString at(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QJsonObject transitionJson(const TriggerTransition& t)
{
    QJsonObject o{{QStringLiteral("trigger"), t.trigger},
                  {QStringLiteral("from"), alertStateToken(t.from)},
                  {QStringLiteral("to"), alertStateToken(t.to)},
                  {QStringLiteral("at"), double(t.atMs) / 1000.0},
                  {QStringLiteral("at_iso"), at(t.atMs)}};
    if (t.value && std::isfinite(*t.value))
        o[QStringLiteral("value")] = *t.value;
    if (!t.reason.isEmpty())
        o[QStringLiteral("reason")] = t.reason;
    if (!t.samples.isEmpty())
        o[QStringLiteral("samples")] = decidingSamplesJson(t.samples);
    return o;
}

QString transitionLine(const TriggerTransition& t)
{
    QString line = QStringLiteral("%1 %2 -> %3 at %4 (%5)")
                       .arg(t.trigger, alertStateToken(t.from), alertStateToken(t.to), at(t.atMs))
                       .arg(double(t.atMs) / 1000.0, 0, 'f', 3);
    if (!t.reason.isEmpty())
        line += QStringLiteral(": ") + t.reason;
    return line;
}

QString valueText(const MonitoredMetric& metric, const MetricView& view)
{
    if (metric.source.kind == MetricSource::Kind::Manual)
        return CliText::tr("(entered by a person)");
    if (!view.value)
        return CliText::tr("no value");
    return formatWithUnit(std::round(*view.value * 1000.0) / 1000.0, metric.unit);
}

void printText(const WatchState& state)
{
    const Runbook& runbook = state.runbook();
    out() << CliText::tr("Metrics at %1\n").arg(at(state.lastEvaluationMs()));
    for (const MetricView& view : state.metrics()) {
        const MonitoredMetric* metric = runbook.findMetric(view.id);
        if (!metric)
            continue;
        QString line = QStringLiteral("  %1 %2 %3")
                           .arg(metricHealthToken(view.health).toUpper(), -8)
                           .arg(metric->title, -32)
                           .arg(valueText(*metric, view));
        if (view.stale())
            line += CliText::tr("  [stale since %1: %2]").arg(at(view.failingSinceMs), view.error);
        out() << line << '\n';
    }
    out() << CliText::tr("Rollback triggers\n");
    for (qsizetype i = 0; i < state.triggers().triggers().size(); ++i) {
        const Trigger& t = state.triggers().triggers()[i];
        const TriggerStatus& s = state.triggers().statuses()[i];
        QString line = QStringLiteral("  %1 %2").arg(state.triggerToken(i).toUpper(), -8).arg(t.title);
        if (s.state != AlertState::Inactive)
            line += CliText::tr("  (since %1)").arg(at(s.activeAtMs));
        out() << line << '\n';
    }
    out() << CliText::tr("Success criteria\n");
    for (qsizetype i = 0; i < state.criteria().size(); ++i) {
        const CriterionView& c = state.criteria()[i];
        out() << QStringLiteral("  %1 %2\n")
                     .arg(criterionStateToken(c.state).toUpper(), -9)
                     .arg(runbook.successCriteria[i].title);
    }
}

// When the success window starts: the end of the migration's phase 2 if the journal has it.
QDateTime switchTime(migration::ExecContext& exec)
{
    migration::MigrationRunner runner(exec);
    const auto journal = runner.readJournalNow();
    if (!journal)
        return {};
    const migration::Plan plan = migration::buildPlan(exec.runbook, migration::Procedure::Migration);
    const QString phase2 = plan.phaseIds.value(1);
    return phase2.isEmpty() ? QDateTime() : journal->phaseEnded(plan, phase2);
}

} // namespace

int runWatchCommand(QStringList arguments)
{
    const QString command = QStringLiteral("watch");
    const bool once = takeFlag(arguments, QStringLiteral("--once"));
    const auto format = takeFormat(arguments);
    if (!format)
        return refuse(command, format.error().message);
    const auto forOption = takeSingleOption(arguments, QStringLiteral("--for"));
    const auto intervalOption = takeSingleOption(arguments, QStringLiteral("--interval"));
    if (!forOption || !intervalOption)
        return refuse(command, CliText::tr("an option is missing its value"));
    auto created = CommandContext::create(arguments);
    if (!created)
        return refuse(command, created.error().toString());
    if (!arguments.isEmpty())
        return refuse(command, CliText::tr("unexpected argument \"%1\"").arg(arguments.first()));
    const bool json = format.value() == QLatin1String("json");
    std::optional<Duration> runFor;
    if (!forOption->isEmpty() && !(runFor = parseDuration(forOption.value())))
        return refuse(command, CliText::tr("--for takes a duration such as 30s or 10m"));
    std::optional<Duration> interval;
    if (!intervalOption->isEmpty() && !(interval = parseDuration(intervalOption.value())))
        return refuse(command, CliText::tr("--interval takes a duration such as 10s"));
    auto prepared = created.value()->execContext();
    if (!prepared)
        return refuse(command, prepared.error().toString());
    migration::ExecContext& exec = prepared.value();
    created.value()->loadCredentials(exec);

    const QDateTime started = exec.clock->nowUtc();
    const QDateTime switched = switchTime(exec);
    WatchState state(exec.runbook);
    state.setTrackingSince(switched.isValid() ? switched : started);
    MetricSampler sampler(exec);
    // What people recorded: a security issue raised in the window is firing here too.
    exec.withStore([&](Store& store) {
        QList<AuditEntry> records;
        for (const QString& entity : {QStringLiteral("trigger"), QStringLiteral("success")}) {
            if (const auto r = store.records(exec.rolloutId, entity))
                records += r.value();
        }
        std::sort(records.begin(), records.end(), [](const AuditEntry& a, const AuditEntry& b) { return a.id < b.id; });
        state.restorePersonRecords(records);
    });

    // The triggers' recent past from Prometheus, so that "for 5 minutes" is judged on the last
    // minutes: the longest `for` or window plus the lookback, at a 15-second step.
    qint64 spanMs = SampleHistory::kLookbackMs;
    for (const Trigger& t : exec.runbook.rollback.triggers)
        spanMs
            = std::max<qint64>(spanMs, qint64(std::max(t.forDuration, t.window).count()) + SampleHistory::kLookbackMs);
    constexpr qint64 kStepMs = 15000;
    const qint64 nowMs = started.toMSecsSinceEpoch();
    const qint64 fromMs = nowMs - spanMs;
    QHash<QString, std::vector<std::pair<qint64, double>>> past;
    QStringList backfillProblems;
    for (const MonitoredMetric& metric : exec.runbook.monitoring.metrics) {
        if (!hasHistory(metric))
            continue;
        const qint64 start = backfillStart(metric, fromMs, state.trackingSince());
        const auto history = sampler.backfill(metric, QDateTime::fromMSecsSinceEpoch(start, Qt::UTC), started,
                                              std::chrono::milliseconds(std::max(kStepMs, (nowMs - start) / 2880)));
        if (history)
            past.insert(metric.id, history.value());
        else
            backfillProblems.append(QStringLiteral("%1: %2").arg(metric.id, history.error().message));
    }
    QList<TriggerTransition> transitions = state.backfill(past, fromMs, nowMs - kStepMs, kStepMs);

    bool everFired = false;
    QJsonArray allTransitions;
    const auto report = [&](const QList<TriggerTransition>& list) {
        for (const TriggerTransition& t : list) {
            everFired = everFired || t.to == AlertState::Firing;
            if (json)
                allTransitions.append(transitionJson(t));
            else if (!once)
                out() << transitionLine(t) << '\n';
        }
        out().flush();
    };
    report(transitions);

    const qint64 roundMs = interval ? qint64(interval->count()) : 10000;
    for (;;) {
        const QList<MetricReading> readings = sampler.sampleAll(exec.runbook.monitoring.metrics);
        const WatchUpdate update = state.apply(readings, exec.clock->nowUtc().toMSecsSinceEpoch());
        report(update.transitions);
        for (const AlertEvent& a : update.alerts) {
            if (!json && !once)
                out() << (a.raised ? CliText::tr("ALERT %1 at %2: %3; contact %4\n")
                                         .arg(a.metric, at(a.atMs), a.response, a.contact)
                                   : CliText::tr("cleared %1 at %2\n").arg(a.metric, at(a.atMs)));
        }
        const bool done = once || (runFor && started.msecsTo(exec.clock->nowUtc()) >= runFor->count());
        if (done)
            break;
        migration::pauseFor(std::chrono::milliseconds(roundMs));
    }

    const bool firing = state.triggers().anyFiring();
    QStringList unjudged;
    QStringList holding;
    for (qsizetype i = 0; i < state.triggers().triggers().size(); ++i) {
        if (state.triggerToken(i) == QLatin1String("unknown"))
            unjudged.append(state.triggers().triggers()[i].id);
        else if (state.triggers().statuses()[i].holding)
            holding.append(state.triggers().triggers()[i].id);
    }
    // Whether the data is coming in at all: every Prometheus target up and current.
    const migration::DataSourceHealth sources = migration::checkDataSources(exec.profile, exec.clock->nowUtc());
    if (json) {
        QJsonObject root = state.toJson();
        root[QStringLiteral("data_sources")] = sources.toJson();
        root[QStringLiteral("holding_triggers")] = QJsonArray::fromStringList(holding);
        root[QStringLiteral("transitions")] = allTransitions;
        root[QStringLiteral("unjudged_triggers")] = QJsonArray::fromStringList(unjudged);
        if (!backfillProblems.isEmpty())
            root[QStringLiteral("history_problems")] = QJsonArray::fromStringList(backfillProblems);
        out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        printText(state);
        for (const QString& problem : backfillProblems)
            out() << CliText::tr("history from Prometheus unavailable: %1\n").arg(problem);
        out() << CliText::tr("Data sources: %1\n").arg(sources.summary());
    }
    if (firing || everFired)
        return ExitFailure;
    // Nothing fires, but a trigger that cannot be judged is no all-clear.
    if (!unjudged.isEmpty() || !holding.isEmpty() || !sources.healthy()) {
        if (!json && !unjudged.isEmpty())
            out() << CliText::tr("IN DOUBT: these triggers cannot be judged now: %1\n")
                         .arg(unjudged.join(QStringLiteral(", ")));
        if (!json && !holding.isEmpty())
            out() << CliText::tr("IN DOUBT: these triggers hold their last state for want of data: %1\n")
                         .arg(holding.join(QStringLiteral(", ")));
        if (!json && !sources.healthy())
            out() << CliText::tr("IN DOUBT: the data sources are not healthy\n");
        return kExitInDoubt;
    }
    return ExitOk;
}

int runTriggersCommand(QStringList arguments)
{
    const QString command = QStringLiteral("triggers");
    if (arguments.isEmpty() || arguments.first() != QLatin1String("replay"))
        return refuse(command, CliText::tr("usage: rollout-cockpit triggers replay --input FILE [--format text|json]"));
    arguments.removeFirst();
    const auto input = takeSingleOption(arguments, QStringLiteral("--input"));
    const auto format = takeFormat(arguments);
    if (!format)
        return refuse(command, format.error().message);
    if (!input || input->isEmpty())
        return refuse(command, CliText::tr("replay needs --input FILE (CSV: timestamp,metric,value)"));
    auto created = CommandContext::create(arguments);
    if (!created)
        return refuse(command, created.error().toString());
    if (!arguments.isEmpty())
        return refuse(command, CliText::tr("unexpected argument \"%1\"").arg(arguments.first()));
    const bool json = format.value() == QLatin1String("json");
    const auto runbook = created.value()->runbook();
    if (!runbook)
        return refuse(command, runbook.error().toString());
    const auto bytes = readInputFile(input.value(), qint64{256} * 1024 * 1024, CliText::tr("recorded samples"));
    if (!bytes)
        return refuse(command, bytes.error().toString());
    const auto transitions = replayTriggers(runbook.value(), bytes.value(), input.value());
    if (!transitions)
        return refuse(command, transitions.error().toString());
    if (json) {
        QJsonArray list;
        for (const TriggerTransition& t : transitions.value())
            list.append(transitionJson(t));
        out() << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
    } else {
        for (const TriggerTransition& t : transitions.value())
            out() << transitionLine(t) << '\n';
        if (transitions->isEmpty())
            out() << CliText::tr("no trigger changed state\n");
    }
    return ExitOk;
}

int runSwitchoverCommand(QStringList arguments)
{
    const QString command = QStringLiteral("switchover");
    const auto to = takeSingleOption(arguments, QStringLiteral("--to"));
    const bool yes = takeFlag(arguments, QStringLiteral("--yes"));
    if (!to)
        return refuse(command, CliText::tr("an option is missing its value"));
    auto created = CommandContext::create(arguments);
    if (!created)
        return refuse(command, created.error().toString());
    if (!arguments.isEmpty())
        return refuse(command, CliText::tr("unexpected argument \"%1\"").arg(arguments.first()));
    if (!yes)
        return refuse(command, CliText::tr("a switchover moves the leader: confirm with --yes"));
    auto prepared = created.value()->execContext();
    if (!prepared)
        return refuse(command, prepared.error().toString());
    migration::ExecContext& exec = prepared.value();
    created.value()->loadCredentials(exec);
    const auto leader = performSwitchover(exec, to.value());
    if (!leader) {
        err() << leader.error().toString() << '\n';
        return ExitFailure;
    }
    out() << CliText::tr("switchover done: %1 leads (recorded as planned)\n").arg(leader.value());
    return ExitOk;
}

} // namespace cockpit::cli
