// The rollback triggers' evaluator at its boundaries, each series also handed to Prometheus's
// own rule evaluation (promtool test rules) to check that both say "firing" at the same
// evaluations.
#include "engine/monitoring/Triggers.h"
#include "engine/monitoring/Watch.h"

#include "core/RunbookLoader.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>
#include <map>

using namespace cockpit;

namespace {

// A record of the ledger as the watch reads it back.
AuditEntry record(qint64 id, const QString& entity, const QString& entityId, const QString& field, qint64 atMs,
                  const QString& actor = {}, const QString& comment = {}, const QString& newValue = {})
{
    AuditEntry entry;
    entry.id = id;
    entry.entity = entity;
    entry.entityId = entityId;
    entry.field = field;
    entry.newValue = newValue;
    entry.comment = comment;
    entry.actor = actor;
    entry.at = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
    return entry;
}

const Runbook& shipped()
{
    static const Runbook runbook = RunbookLoader::loadFile(builtinRunbookPath()).value();
    return runbook;
}

// Values per minute from t = 0; "_" = no sample that minute.
using Series = std::map<QString, QStringList>;

// Every minute gets a row (the latency is always low): one evaluation per minute, as promtool's.
QByteArray toCsv(const Series& series, int minutes)
{
    QByteArray csv = "timestamp,metric,value\n";
    for (int m = 0; m < minutes; ++m) {
        csv += QByteArray::number(m * 60) + ",latency_p95,10\n";
        for (const auto& [metric, values] : series) {
            if (m < values.size() && values[m] != QLatin1String("_"))
                csv += QByteArray::number(m * 60) + ',' + metric.toUtf8() + ',' + values[m].toUtf8() + '\n';
        }
    }
    return csv;
}

QList<TriggerTransition> replay(const Series& series, int minutes)
{
    const auto transitions = replayTriggers(shipped(), toCsv(series, minutes), QStringLiteral("test.csv"));
    EXPECT_TRUE(transitions.ok()) << (transitions.ok() ? "" : transitions.error().toString().toStdString());
    return transitions.ok() ? transitions.value() : QList<TriggerTransition>{};
}

QStringList describe(const QList<TriggerTransition>& transitions, const QString& trigger)
{
    QStringList out;
    for (const TriggerTransition& t : transitions) {
        if (t.trigger == trigger)
            out.append(QStringLiteral("%1@%2").arg(alertStateToken(t.to)).arg(t.atMs / 60000));
    }
    return out;
}

// Is the trigger firing at the evaluation at minute m?
bool firingAt(const QList<TriggerTransition>& transitions, const QString& trigger, int minute)
{
    bool firing = false;
    for (const TriggerTransition& t : transitions) {
        if (t.trigger == trigger && t.atMs <= qint64(minute) * 60000)
            firing = t.to == AlertState::Firing;
    }
    return firing;
}

QString alertName(const QString& trigger)
{
    return QString(trigger).replace(QLatin1Char('-'), QLatin1Char('_'));
}

// The shipped runbook's threshold and event triggers as Prometheus alerting rules, thresholds in
// the metric's unit (the latency trigger's 2 s on a metric in ms is 2000).
QString rulesYaml()
{
    QString yaml = QStringLiteral("groups:\n  - name: cockpit\n    rules:\n");
    for (const Trigger& t : shipped().rollback.triggers) {
        const MonitoredMetric* metric = shipped().findMetric(t.metric);
        if (t.kind == Trigger::Kind::Threshold) {
            const double threshold = convertUnit(t.threshold, t.unit, metric->unit).value_or(t.threshold);
            yaml += QStringLiteral("      - alert: %1\n        expr: %2 > %3\n        for: %4s\n")
                        .arg(alertName(t.id), t.metric)
                        .arg(threshold)
                        .arg(t.forDuration.count() / 1000);
        } else if (t.kind == Trigger::Kind::Event && metric->counter) {
            yaml += QStringLiteral("      - alert: %1\n        expr: increase(%2[5m]) > %3\n")
                        .arg(alertName(t.id), t.metric)
                        .arg(t.threshold);
        }
    }
    return yaml;
}

// promtool on the same series, told to expect exactly what the cockpit's replay says at every
// minute: passes only if both agree everywhere.
void expectPrometheusAgrees(const Series& series, int minutes, const QStringList& triggers)
{
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    if (promtool.isEmpty())
        GTEST_SKIP() << "promtool is not installed (scripts/test installs the prometheus package)";
    const auto transitions = replay(series, minutes);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile rules(dir.filePath(QStringLiteral("rules.yml")));
    ASSERT_TRUE(rules.open(QIODevice::WriteOnly));
    rules.write(rulesYaml().toUtf8());
    rules.close();

    QString test = QStringLiteral("rule_files: [rules.yml]\nevaluation_interval: 1m\ntests:\n  - interval: 1m\n"
                                  "    input_series:\n");
    test += QStringLiteral("      - series: 'latency_p95'\n        values: '%1'\n")
                .arg(QStringList(minutes, QStringLiteral("10")).join(QLatin1Char(' ')));
    for (const auto& [metric, values] : series) {
        QStringList padded = values;
        while (padded.size() < minutes)
            padded.append(QStringLiteral("_"));
        test += QStringLiteral("      - series: '%1'\n        values: '%2'\n")
                    .arg(metric, padded.join(QLatin1Char(' ')));
    }
    test += QStringLiteral("    alert_rule_test:\n");
    for (int m = 0; m < minutes; ++m) {
        for (const QString& trigger : triggers) {
            test += QStringLiteral("      - eval_time: %1m\n        alertname: %2\n").arg(m).arg(alertName(trigger));
            test += firingAt(transitions, trigger, m) ? QStringLiteral("        exp_alerts: [{exp_labels: {}}]\n")
                                                      : QStringLiteral("        exp_alerts: []\n");
        }
    }
    QFile testFile(dir.filePath(QStringLiteral("test.yml")));
    ASSERT_TRUE(testFile.open(QIODevice::WriteOnly));
    testFile.write(test.toUtf8());
    testFile.close();

    QProcess process;
    process.setWorkingDirectory(dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(promtool, {QStringLiteral("test"), QStringLiteral("rules"), QStringLiteral("test.yml")});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 0) << "promtool disagrees with the cockpit:\n"
                                     << process.readAll().toStdString() << "\nthe test file:\n"
                                     << test.toStdString();
}

const QString kErrorRate = QStringLiteral("error-rate");
const QString kOom = QStringLiteral("out-of-memory");

QStringList repeat(const QString& value, int n)
{
    return QStringList(n, value);
}

} // namespace

TEST(Triggers, HeldExactlyFiveMinutesFiresAtTheFifthMinute)
{
    const Series s{{QStringLiteral("error_rate"), repeat(QStringLiteral("6"), 8)}};
    EXPECT_EQ(describe(replay(s, 8), kErrorRate),
              (QStringList{QStringLiteral("pending@0"), QStringLiteral("firing@5")}));
    expectPrometheusAgrees(s, 8, {kErrorRate});
}

TEST(Triggers, OneSampleShortNeverFires)
{
    Series s{{QStringLiteral("error_rate"),
              repeat(QStringLiteral("6"), 5) + QStringList{QStringLiteral("1"), QStringLiteral("6")}}};
    EXPECT_EQ(describe(replay(s, 8), kErrorRate),
              (QStringList{QStringLiteral("pending@0"), QStringLiteral("inactive@5"), QStringLiteral("pending@6")}));
    expectPrometheusAgrees(s, 8, {kErrorRate});
}

TEST(Triggers, AMissingSampleIsBridgedByTheFiveMinuteLookbackOnly)
{
    // One missing minute: the previous sample still answers (Prometheus looks back 5 minutes).
    const Series bridged{{QStringLiteral("error_rate"),
                          {QStringLiteral("6"), QStringLiteral("6"), QStringLiteral("_"), QStringLiteral("6"),
                           QStringLiteral("6"), QStringLiteral("6"), QStringLiteral("6")}}};
    EXPECT_EQ(describe(replay(bridged, 7), kErrorRate),
              (QStringList{QStringLiteral("pending@0"), QStringLiteral("firing@5")}));
    expectPrometheusAgrees(bridged, 7, {kErrorRate});
    // The source stops after minute 2: the last sample counts until minute 7 (inclusive), then
    // there is no value and the alert ends.
    const Series stopped{{QStringLiteral("error_rate"), repeat(QStringLiteral("6"), 3)}};
    EXPECT_EQ(describe(replay(stopped, 10), kErrorRate),
              (QStringList{QStringLiteral("pending@0"), QStringLiteral("firing@5"), QStringLiteral("inactive@8")}));
    expectPrometheusAgrees(stopped, 10, {kErrorRate});
}

TEST(Triggers, NaNNeverSatisfiesTheCondition)
{
    const Series s{
        {QStringLiteral("error_rate"),
         {QStringLiteral("6"), QStringLiteral("6"), QStringLiteral("NaN"), QStringLiteral("6"), QStringLiteral("6"),
          QStringLiteral("6"), QStringLiteral("6"), QStringLiteral("6"), QStringLiteral("6")}}};
    EXPECT_EQ(describe(replay(s, 9), kErrorRate),
              (QStringList{QStringLiteral("pending@0"), QStringLiteral("inactive@2"), QStringLiteral("pending@3"),
                           QStringLiteral("firing@8")}));
    expectPrometheusAgrees(s, 9, {kErrorRate});
}

TEST(Triggers, AFlappingSeriesNeverFires)
{
    QStringList values;
    for (int i = 0; i < 12; ++i)
        values.append(i % 2 ? QStringLiteral("1") : QStringLiteral("7"));
    const Series s{{QStringLiteral("error_rate"), values}};
    for (const QString& d : describe(replay(s, 12), kErrorRate))
        EXPECT_FALSE(d.startsWith(QStringLiteral("firing"))) << d.toStdString();
    expectPrometheusAgrees(s, 12, {kErrorRate});
}

TEST(Triggers, ACounterResetIsNotAnEventButGrowthAfterItIs)
{
    // OOM kills: a restarted node_exporter starts again from 0 (no event); then one kill.
    const Series s{
        {QStringLiteral("oom_events"),
         {QStringLiteral("4"), QStringLiteral("4"), QStringLiteral("4"), QStringLiteral("0"), QStringLiteral("0"),
          QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"),
          QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"),
          QStringLiteral("1"), QStringLiteral("1")}}};
    EXPECT_EQ(describe(replay(s, 17), kOom), (QStringList{QStringLiteral("firing@10"), QStringLiteral("inactive@15")}));
    expectPrometheusAgrees(s, 17, {kOom});
}

TEST(Triggers, LatencyInMillisecondsIsComparedWithTheTriggersSeconds)
{
    // The trigger says 2 s; the metric is measured in ms.
    QByteArray csv = "timestamp,metric,value\n";
    for (int m = 0; m < 7; ++m)
        csv += QByteArray::number(m * 60) + (m < 6 ? ",latency_p95,2500\n" : ",latency_p95,1999\n");
    const auto transitions = replayTriggers(shipped(), csv, QStringLiteral("latency.csv"));
    ASSERT_TRUE(transitions.ok());
    EXPECT_EQ(describe(transitions.value(), QStringLiteral("latency-p95")),
              (QStringList{QStringLiteral("pending@0"), QStringLiteral("firing@5"), QStringLiteral("inactive@6")}));
}

TEST(Triggers, UnplannedFailoversFireAboveTwoInAnHour)
{
    // A running count, one failover every 10 minutes: the third within the hour fires; once the
    // first has left the hour (at 4000 s the hour holds 600 s to 4000 s: 2 more), it ends.
    QByteArray csv = "timestamp,metric,value\n";
    const QList<int> count{0, 1, 2, 3, 3, 3};
    for (int i = 0; i < count.size(); ++i)
        csv += QByteArray::number(i * 600) + ",unplanned_failovers," + QByteArray::number(count[i]) + '\n';
    csv += "4000,unplanned_failovers,3\n4300,unplanned_failovers,3\n";
    const auto transitions = replayTriggers(shipped(), csv, QStringLiteral("f.csv"));
    ASSERT_TRUE(transitions.ok());
    QStringList seen;
    for (const TriggerTransition& t : transitions.value())
        seen.append(QStringLiteral("%1:%2@%3").arg(t.trigger, alertStateToken(t.to)).arg(t.atMs / 1000));
    EXPECT_EQ(seen,
              (QStringList{QStringLiteral("unplanned-failovers:firing@1800"),
                           QStringLiteral("unplanned-failovers:inactive@4000")}));
}

TEST(Triggers, TheManualTriggerIsRaisedByAPersonWithAReason)
{
    TriggerEvaluator evaluator(shipped());
    EXPECT_FALSE(evaluator.raise(QStringLiteral("security-issue"), 1000, QStringLiteral("sam"), QString()).ok());
    EXPECT_FALSE(evaluator.raise(QStringLiteral("error-rate"), 1000, QStringLiteral("sam"), QStringLiteral("x")).ok());
    ASSERT_TRUE(
        evaluator
            .raise(QStringLiteral("security-issue"), 1000, QStringLiteral("sam"), QStringLiteral("CVE in the driver"))
            .ok());
    EXPECT_TRUE(evaluator.anyFiring());
    EXPECT_EQ(evaluator.status(QStringLiteral("security-issue"))->reason, QStringLiteral("CVE in the driver"));
    ASSERT_TRUE(evaluator.clear(QStringLiteral("security-issue"), 2000, QStringLiteral("sam")).ok());
    EXPECT_FALSE(evaluator.anyFiring());
}

TEST(Triggers, NoDataIsUnknownNotInactive)
{
    TriggerEvaluator evaluator(shipped());
    SampleHistory history;
    evaluator.evaluate(1000, history);
    EXPECT_EQ(evaluator.status(kErrorRate)->displayToken(), QStringLiteral("unknown"));
    history.add(QStringLiteral("error_rate"), 1000, 0.1);
    evaluator.evaluate(2000, history);
    EXPECT_EQ(evaluator.status(kErrorRate)->displayToken(), QStringLiteral("inactive"));
}

TEST(Triggers, ABadReplayFileNamesTheLine)
{
    const auto header = replayTriggers(shipped(), "time,metric,value\n", QStringLiteral("x.csv"));
    ASSERT_FALSE(header.ok());
    EXPECT_EQ(header.error().where, QStringLiteral("x.csv:1"));
    const auto metric
        = replayTriggers(shipped(), "timestamp,metric,value\n0,error_rate,1\n60,nope,2\n", QStringLiteral("x.csv"));
    ASSERT_FALSE(metric.ok());
    EXPECT_EQ(metric.error().where, QStringLiteral("x.csv:3"));
    EXPECT_TRUE(metric.error().message.contains(QStringLiteral("nope")));
    const auto value
        = replayTriggers(shipped(), "timestamp,metric,value\n0,error_rate,lots\n", QStringLiteral("x.csv"));
    ASSERT_FALSE(value.ok());
    EXPECT_TRUE(value.error().message.contains(QStringLiteral("lots")));
}

TEST(WatchState, ASecurityIssueRaisedEarlierIsStillFiringWhenTheWatchReopens)
{
    monitoring::WatchState state(shipped());
    const AuditEntry raised = record(
        1, QStringLiteral("trigger"), QStringLiteral("security-issue"), QStringLiteral("firing"), 1000,
        QStringLiteral("sam"), QStringLiteral("CVE in the driver"), QStringLiteral("{\"raised_by_person\":true}"));
    const AuditEntry confirmed
        = record(2, QStringLiteral("success"), QStringLiteral("dr-tested"), QStringLiteral("confirmed"), 2000,
                 QStringLiteral("kim"), QStringLiteral("DR drill 2026-11-30, ticket OPS-12"));
    state.restorePersonRecords({raised, confirmed});
    EXPECT_TRUE(state.triggers().anyFiring());
    EXPECT_EQ(state.triggers().status(QStringLiteral("security-issue"))->reason, QStringLiteral("CVE in the driver"));
    const auto dr = std::find_if(state.criteria().begin(), state.criteria().end(),
                                 [](const monitoring::CriterionView& c) { return c.id == QLatin1String("dr-tested"); });
    ASSERT_NE(dr, state.criteria().end());
    EXPECT_EQ(dr->state, monitoring::CriterionView::State::Confirmed);
    // Cleared later: no longer firing.
    AuditEntry cleared = raised;
    cleared.id = 3;
    cleared.field = QStringLiteral("inactive");
    cleared.newValue = QStringLiteral("{\"cleared_by_person\":true}");
    state.restorePersonRecords({cleared});
    EXPECT_FALSE(state.triggers().anyFiring());
}

TEST(WatchState, AFailingSourceIsUnknownAndItsTriggerNeverLooksCalm)
{
    monitoring::WatchState state(shipped());
    const qint64 t0 = 1'800'000'000'000;
    state.apply({{QStringLiteral("error_rate"), t0, 0.05, QString()}}, t0); // under the 0.1 % target
    const auto* view = state.metric(QStringLiteral("error_rate"));
    EXPECT_EQ(view->health, monitoring::MetricHealth::Ok);
    qsizetype errorRate = -1;
    for (qsizetype i = 0; i < state.triggers().triggers().size(); ++i) {
        if (state.triggers().triggers()[i].id == QLatin1String("error-rate"))
            errorRate = i;
    }
    ASSERT_GE(errorRate, 0);
    EXPECT_EQ(state.triggerToken(errorRate), QStringLiteral("inactive"));
    // Prometheus stops answering: the last value stays, stale, and nothing reads as fine.
    state.apply({{QStringLiteral("error_rate"), t0 + 60000, std::nullopt, QStringLiteral("connection refused")}},
                t0 + 60000);
    view = state.metric(QStringLiteral("error_rate"));
    EXPECT_EQ(view->health, monitoring::MetricHealth::Unknown);
    EXPECT_TRUE(view->stale());
    EXPECT_EQ(view->failingSinceMs, t0 + 60000);
    ASSERT_TRUE(view->value.has_value());
    EXPECT_EQ(state.triggerToken(errorRate), QStringLiteral("unknown"));
    const auto criterion
        = std::find_if(state.criteria().begin(), state.criteria().end(),
                       [](const monitoring::CriterionView& c) { return c.id == QLatin1String("error-rate"); });
    ASSERT_NE(criterion, state.criteria().end());
    EXPECT_EQ(criterion->state, monitoring::CriterionView::State::Unknown) << "a failing source never holds";
    const QJsonObject json = state.toJson();
    EXPECT_FALSE(json[QStringLiteral("metrics")].toArray().first()[QStringLiteral("stale_since")].toString().isEmpty());
}

TEST(WatchState, AValueThatStopsComingIsStaleWithoutAnyError)
{
    monitoring::WatchState state(shipped());
    const qint64 t0 = 1'800'000'000'000;
    state.apply({{QStringLiteral("replication_lag"), t0, 3.0, QString()}}, t0); // polled every 10 s
    EXPECT_EQ(state.metric(QStringLiteral("replication_lag"))->health, monitoring::MetricHealth::Ok);
    state.refreshAges(t0 + 29000);
    EXPECT_FALSE(state.metric(QStringLiteral("replication_lag"))->stale());
    state.refreshAges(t0 + 31000);
    EXPECT_TRUE(state.metric(QStringLiteral("replication_lag"))->stale());
    EXPECT_EQ(state.metric(QStringLiteral("replication_lag"))->health, monitoring::MetricHealth::Unknown);
}

TEST(WatchState, ANaNAnswerEndsAPendingTriggerAsPrometheusWould)
{
    monitoring::WatchState state(shipped());
    const qint64 t0 = 1'800'000'000'000;
    state.apply({{QStringLiteral("error_rate"), t0, 9.0, QString()}}, t0);
    EXPECT_EQ(state.triggers().status(QStringLiteral("error-rate"))->state, AlertState::Pending);
    state.apply(
        {{QStringLiteral("error_rate"), t0 + 60000, std::numeric_limits<double>::quiet_NaN(), QStringLiteral("NaN")}},
        t0 + 60000);
    EXPECT_EQ(state.triggers().status(QStringLiteral("error-rate"))->state, AlertState::Inactive);
    EXPECT_EQ(state.metric(QStringLiteral("error_rate"))->health, monitoring::MetricHealth::Unknown);
}

TEST(WatchState, ViolationsAreReportedAndRestoredFromTheLedger)
{
    monitoring::WatchState state(shipped());
    const qint64 t0 = 1'800'000'000'000;
    auto update = state.apply({{QStringLiteral("error_rate"), t0, 0.9, QString()}}, t0); // criterion < 0.5 %
    ASSERT_EQ(update.criteria.size(), 1);
    EXPECT_TRUE(update.criteria.first().violated);
    update = state.apply({{QStringLiteral("error_rate"), t0 + 60000, 0.1, QString()}}, t0 + 60000);
    ASSERT_EQ(update.criteria.size(), 1);
    EXPECT_FALSE(update.criteria.first().violated);

    monitoring::WatchState reopened(shipped());
    const AuditEntry violated
        = record(0, QStringLiteral("success"), QStringLiteral("error-rate"), QStringLiteral("violated"), t0);
    const AuditEntry holding
        = record(0, QStringLiteral("success"), QStringLiteral("error-rate"), QStringLiteral("holding"), t0 + 60000);
    reopened.restorePersonRecords({violated, holding});
    const auto c = std::find_if(reopened.criteria().begin(), reopened.criteria().end(),
                                [](const monitoring::CriterionView& x) { return x.id == QLatin1String("error-rate"); });
    ASSERT_EQ(c->violations.size(), 1);
    EXPECT_EQ(c->violations.first().fromMs, t0);
    EXPECT_EQ(c->violations.first().toMs, t0 + 60000);
}

// --- on_no_data -------------------------------------------------------------------------------

namespace {

// The shipped runbook with the error-rate trigger's no-data policy set.
Runbook withPolicy(NoDataPolicy policy)
{
    Runbook runbook = shipped();
    for (Trigger& t : runbook.rollback.triggers) {
        if (t.id == QLatin1String("error-rate"))
            t.onNoData = policy;
    }
    return runbook;
}

const TriggerStatus& errorRate(const TriggerEvaluator& e)
{
    return *e.status(QStringLiteral("error-rate"));
}

} // namespace

TEST(NoDataPolicyTest, UnknownSaysUnknownFireFiresHoldKeepsTheLastStateAndSaysSo)
{
    constexpr qint64 kMin = 60000;
    for (const NoDataPolicy policy : {NoDataPolicy::Unknown, NoDataPolicy::Fire, NoDataPolicy::Hold}) {
        SCOPED_TRACE(noDataPolicyToken(policy).toStdString());
        const Runbook runbook = withPolicy(policy);
        TriggerEvaluator evaluator(runbook);
        SampleHistory history;
        // 7 % for six minutes: firing after five.
        for (int m = 0; m <= 6; ++m) {
            history.add(QStringLiteral("error_rate"), m * kMin, 7.0);
            (void)evaluator.evaluate(m * kMin, history);
        }
        ASSERT_EQ(errorRate(evaluator).state, AlertState::Firing);
        // Its source fails (the old samples are still within the lookback: they are no data now).
        const QSet<QString> failing{QStringLiteral("error_rate")};
        const auto transitions = evaluator.evaluate(7 * kMin, history, failing);
        const TriggerStatus& s = errorRate(evaluator);
        EXPECT_FALSE(s.hasData);
        switch (policy) {
        case NoDataPolicy::Unknown:
            // As before: the lookback's value still decides, and the window says "unknown" once
            // it is inactive (WatchState::triggerToken); never a silent all-clear.
            EXPECT_FALSE(s.holding);
            EXPECT_FALSE(s.firedForNoData);
            break;
        case NoDataPolicy::Fire:
            EXPECT_EQ(s.state, AlertState::Firing);
            EXPECT_TRUE(s.firedForNoData);
            ASSERT_EQ(transitions.size(), 0) << "already firing: no new transition";
            break;
        case NoDataPolicy::Hold:
            EXPECT_EQ(s.state, AlertState::Firing);
            EXPECT_TRUE(s.holding);
            EXPECT_EQ(s.displayToken(), QStringLiteral("firing"));
            ASSERT_EQ(describe(transitions, QStringLiteral("error-rate")), QStringList{QStringLiteral("firing@7")});
            EXPECT_TRUE(transitions.first().reason.contains(QStringLiteral("holding")));
            break;
        }
    }
}

TEST(NoDataPolicyTest, FireFiresAnInactiveTriggerWithItsReasonAndHoldKeepsItInactiveButSaysSo)
{
    for (const NoDataPolicy policy : {NoDataPolicy::Fire, NoDataPolicy::Hold, NoDataPolicy::Unknown}) {
        SCOPED_TRACE(noDataPolicyToken(policy).toStdString());
        const Runbook runbook = withPolicy(policy);
        TriggerEvaluator evaluator(runbook);
        SampleHistory empty;
        const auto transitions = evaluator.evaluate(60000, empty);
        const TriggerStatus& s = errorRate(evaluator);
        if (policy == NoDataPolicy::Fire) {
            EXPECT_EQ(s.state, AlertState::Firing);
            EXPECT_EQ(s.displayToken(), QStringLiteral("firing"));
            ASSERT_EQ(describe(transitions, QStringLiteral("error-rate")).size(), 1);
            for (const TriggerTransition& t : transitions) {
                if (t.trigger == QLatin1String("error-rate")) {
                    EXPECT_TRUE(t.reason.contains(QStringLiteral("no data")));
                }
            }
        } else if (policy == NoDataPolicy::Hold) {
            EXPECT_EQ(s.state, AlertState::Inactive);
            EXPECT_TRUE(s.holding);
            EXPECT_EQ(s.displayToken(), QStringLiteral("inactive"));
        } else {
            EXPECT_EQ(s.displayToken(), QStringLiteral("unknown"));
        }
    }
}

TEST(NoDataPolicyTest, ATransitionKeepsTheSamplesThatDecidedIt)
{
    TriggerEvaluator evaluator(shipped());
    SampleHistory history;
    QList<TriggerTransition> all;
    for (int s = 0; s <= 400; s += 15) {
        history.add(QStringLiteral("error_rate"), s * 1000, 6.0 + s / 100.0);
        all += evaluator.evaluate(s * 1000, history);
    }
    const auto firing = std::find_if(all.begin(), all.end(), [](const TriggerTransition& t) {
        return t.trigger == QLatin1String("error-rate") && t.to == AlertState::Firing;
    });
    ASSERT_NE(firing, all.end());
    // The window of "for 5m" (the newest twenty samples), from Prometheus, the last at the transition.
    ASSERT_EQ(firing->samples.size(), 20);
    EXPECT_EQ(firing->samples.last().atMs, firing->atMs);
    EXPECT_DOUBLE_EQ(firing->samples.last().value, 6.0 + firing->atMs / 100000.0);
    EXPECT_TRUE(firing->samples.first().source.startsWith(QStringLiteral("prometheus: ")));
    const QJsonArray json = decidingSamplesJson(firing->samples);
    EXPECT_EQ(json.size(), 20);
    EXPECT_TRUE(json.at(0)[QStringLiteral("at")].toString().endsWith(QLatin1Char('Z')));
}

TEST(NoDataPolicyTest, TheRunbookReadsAndWritesThePolicyAndRefusesAnUnknownOne)
{
    QFile file(builtinRunbookPath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject rollback = root[QStringLiteral("rollback")].toObject();
    QJsonArray triggers = rollback[QStringLiteral("triggers")].toArray();
    QJsonObject first = triggers[0].toObject();
    first[QStringLiteral("on_no_data")] = QStringLiteral("fire");
    triggers[0] = first;
    rollback[QStringLiteral("triggers")] = triggers;
    root[QStringLiteral("rollback")] = rollback;
    const auto loaded = RunbookLoader::loadJson(QJsonDocument(root).toJson(), QStringLiteral("t.json"));
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    EXPECT_EQ(loaded->rollback.triggers[0].onNoData, NoDataPolicy::Fire);
    EXPECT_EQ(loaded->rollback.triggers[1].onNoData, NoDataPolicy::Unknown);

    first[QStringLiteral("on_no_data")] = QStringLiteral("ignore");
    triggers[0] = first;
    rollback[QStringLiteral("triggers")] = triggers;
    root[QStringLiteral("rollback")] = rollback;
    const auto refused = RunbookLoader::loadJson(QJsonDocument(root).toJson(), QStringLiteral("t.json"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().toString().contains(QStringLiteral("rollback.triggers[0].on_no_data")))
        << refused.error().toString().toStdString();
}
