#include "TestSupport.h"

#include "core/RunbookDescribe.h"
#include "core/RunbookLoader.h"
#include "core/RunbookWriter.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace cockpit;
using namespace std::chrono_literals;

namespace {

Runbook shipped()
{
    auto runbook = RunbookLoader::loadFile(builtinRunbookPath());
    EXPECT_TRUE(runbook.ok()) << (runbook.ok() ? "" : runbook.error().toString().toStdString());
    return runbook.ok() ? runbook.value() : Runbook{};
}

const Trigger* trigger(const Runbook& runbook, const QString& id)
{
    for (const Trigger& t : runbook.rollback.triggers) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

} // namespace

TEST(ShippedRunbook, HasEveryPartOfTheGuideInItsCounts)
{
    const Runbook runbook = shipped();
    ASSERT_EQ(runbook.sections.size(), 6);
    const QList<int> expected{15, 18, 17, 10, 12, 5};
    for (int i = 0; i < 6; ++i)
        EXPECT_EQ(runbook.sections[i].items.size(), expected[i]) << runbook.sections[i].title.toStdString();
    EXPECT_EQ(runbook.itemCount(), 77);
    ASSERT_EQ(runbook.phases.size(), 3);
    EXPECT_EQ(runbook.phases[0].steps.size(), 5);
    EXPECT_EQ(runbook.phases[1].steps.size(), 8);
    EXPECT_EQ(runbook.phases[2].steps.size(), 4);
    EXPECT_EQ(runbook.phases[0].budget, Duration(48h));
    EXPECT_EQ(runbook.phases[1].budget, Duration(4h));
    EXPECT_EQ(runbook.phases[2].budget, Duration(1h));
    EXPECT_TRUE(runbook.phases[1].maintenanceWindow);
    EXPECT_EQ(runbook.rollback.triggers.size(), 6);
    EXPECT_EQ(runbook.rollback.procedure.size(), 6);
    EXPECT_EQ(runbook.rollback.consistencyChecks.size(), 3);
    EXPECT_EQ(runbook.rollback.window, Duration(72h));
    EXPECT_EQ(runbook.rollback.procedureBudget, Duration(30min));
    EXPECT_EQ(runbook.monitoring.metrics.size(), 16); // the guide's 8, and those the triggers, criteria and charts name
    const auto guideTable = std::count_if(runbook.monitoring.metrics.begin(), runbook.monitoring.metrics.end(),
                                          [](const MonitoredMetric& m) { return m.target && m.alert; });
    EXPECT_EQ(guideTable, 8);
    for (const MonitoredMetric& m : runbook.monitoring.metrics)
        EXPECT_TRUE(m.source.kind != MetricSource::Kind::Manual || m.id == QLatin1String("cost_deviation"))
            << m.id.toStdString();
    EXPECT_EQ(runbook.week1Validations.size(), 7);
    EXPECT_EQ(runbook.responseMatrix.size(), 6);
    EXPECT_EQ(runbook.successCriteria.size(), 9);
    EXPECT_EQ(runbook.successWindow, Duration(72h));
    EXPECT_EQ(runbook.contacts.size(), 4);
    EXPECT_EQ(runbook.approvals.roles.size(), 5);
    EXPECT_EQ(runbook.approvals.fields.size(), 3);
}

// Every "- [ ]" line of the guide appears verbatim, in order: checklist items, then roles.
TEST(ShippedRunbook, UsesTheGuidesExactWording)
{
    QFile guide(test::dataPath(QStringLiteral("production-rollout-guide.md")));
    ASSERT_TRUE(guide.open(QIODevice::ReadOnly));
    QStringList lines;
    for (const QString& line : QString::fromUtf8(guide.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("- [ ] ")))
            lines.append(line.mid(6).trimmed());
    }
    ASSERT_EQ(lines.size(), 82);
    const Runbook runbook = shipped();
    QStringList titles;
    for (const ChecklistSection& section : runbook.sections) {
        for (const ChecklistItem& item : section.items)
            titles.append(item.title);
    }
    for (const ApprovalRole& role : runbook.approvals.roles)
        titles.append(role.title);
    EXPECT_EQ(titles, lines);
}

TEST(ShippedRunbook, CarriesTheGuidesParametersAsTypedFields)
{
    const Runbook runbook = shipped();
    const ChecklistItem* kernel = runbook.findItem(QStringLiteral("infra.kernel-parameters"));
    ASSERT_NE(kernel, nullptr);
    ASSERT_EQ(kernel->parameters.size(), 2);
    EXPECT_EQ(describeParameter(kernel->parameters[0]), QStringLiteral("vm.swappiness = 10"));
    EXPECT_EQ(describeParameter(kernel->parameters[1]), QStringLiteral("net.core.somaxconn = 65535"));
    const auto param = [&](const char* itemId) {
        const ChecklistItem* item = runbook.findItem(QString::fromLatin1(itemId));
        return item && !item->parameters.isEmpty() ? describeParameter(item->parameters.first()) : QString();
    };
    EXPECT_EQ(param("infra.file-descriptors"), QStringLiteral("ulimit -n \u2265 65536"));
    EXPECT_EQ(param("infra.firewall-ports"), QStringLiteral("open_ports includes 5432, 9200, 3000, 8080"));
    EXPECT_EQ(param("db.max-connections"), QStringLiteral("max_connections \u2265 500"));
    EXPECT_EQ(param("sec.slow-query-logging"), QStringLiteral("log_min_duration_statement = 1000 ms"));
    EXPECT_EQ(param("perf.cache-hit-ratio"), QStringLiteral("cache_hit_ratio > 90%"));
    EXPECT_EQ(param("perf.vector-search"), QStringLiteral("vector_search_p95 < 50 ms"));
    EXPECT_EQ(param("ha.replication-lag"), QStringLiteral("replication_lag < 100 ms"));
    EXPECT_EQ(param("perf.memory"), QStringLiteral("memory_peak < 80%"));
    EXPECT_EQ(param("perf.disk-io"), QStringLiteral("disk_io_saturation < 70%"));
    EXPECT_EQ(param("perf.load-testing"), QStringLiteral("concurrent_users \u2265 1000"));
    EXPECT_EQ(param("ha.patroni"), QStringLiteral("patroni_members \u2265 3"));
    EXPECT_EQ(param("infra.backup-storage"), QStringLiteral("backup_storage_to_data_size \u2265 3\u00d7"));
}

TEST(ShippedRunbook, ClassifiesEveryItemAndAutomatesAtLeast45)
{
    const Runbook runbook = shipped();
    int automated = 0;
    for (const ChecklistSection& section : runbook.sections) {
        for (const ChecklistItem& item : section.items) {
            const Verification& v = item.verification;
            automated += v.classification == Classification::Automated ? 1 : 0;
            // Every manual item says why the cockpit cannot tell; the others say how they check.
            EXPECT_FALSE(v.note.isEmpty()) << item.id.toStdString();
            EXPECT_EQ(v.checks.isEmpty(), v.classification == Classification::Manual) << item.id.toStdString();
            for (const Check& check : v.checks)
                EXPECT_FALSE(check.title.isEmpty()) << item.id.toStdString();
        }
    }
    EXPECT_GE(automated, 45);
}

TEST(ShippedRunbook, EncodesTheRollbackTriggersAndMonitoringTable)
{
    const Runbook runbook = shipped();
    const Trigger* errorRate = trigger(runbook, QStringLiteral("error-rate"));
    ASSERT_NE(errorRate, nullptr);
    EXPECT_EQ(errorRate->kind, Trigger::Kind::Threshold);
    EXPECT_EQ(describeTrigger(*errorRate), QStringLiteral("error_rate > 5% for 5m"));
    EXPECT_EQ(describeTrigger(*trigger(runbook, QStringLiteral("latency-p95"))),
              QStringLiteral("latency_p95 > 2 s for 5m"));
    EXPECT_EQ(describeTrigger(*trigger(runbook, QStringLiteral("db-connection-errors"))),
              QStringLiteral("db_connection_error_rate > 10% for 5m"));
    EXPECT_EQ(describeTrigger(*trigger(runbook, QStringLiteral("unplanned-failovers"))),
              QStringLiteral("unplanned_failovers > 2 within 1h"));
    EXPECT_EQ(trigger(runbook, QStringLiteral("out-of-memory"))->kind, Trigger::Kind::Event);
    EXPECT_EQ(trigger(runbook, QStringLiteral("security-issue"))->kind, Trigger::Kind::Manual);

    const MonitoredMetric& lag = runbook.monitoring.metrics[5];
    EXPECT_EQ(lag.id, QStringLiteral("replication_lag"));
    EXPECT_EQ(describeLimit(lag.target), QStringLiteral("< 100 ms"));
    EXPECT_EQ(describeLimit(lag.alert), QStringLiteral("> 500 ms"));
    EXPECT_EQ(lag.interval, Duration(10s));
    EXPECT_EQ(runbook.monitoring.metrics[7].interval, Duration(10min));
    EXPECT_FALSE(runbook.responseMatrix.last().timeout.has_value()); // "No limit"
    EXPECT_EQ(runbook.responseMatrix.first().timeout, Duration(5min));
}

TEST(ShippedRunbook, MigrationStepsCarryTheGuidesCommands)
{
    const Runbook runbook = shipped();
    // The guide's command stays beside the action that carries it out cluster-wide.
    const Step& readOnly = runbook.phases[1].steps[0];
    EXPECT_TRUE(readOnly.command.contains(QStringLiteral("ALTER SYSTEM SET default_transaction_read_only = on;")));
    ASSERT_EQ(readOnly.actions.size(), 2);
    EXPECT_EQ(readOnly.actions[0].kind, Action::Kind::ApprovalsGate);
    EXPECT_EQ(readOnly.actions[1].kind, Action::Kind::ReadOnly);
    EXPECT_TRUE(readOnly.actions[1].on);
    EXPECT_TRUE(readOnly.actions[1].isDestructive());
    EXPECT_TRUE(readOnly.actions[1].isIdempotent());
    EXPECT_FALSE(runbook.phases[1].steps[6].actions[0].on);
    EXPECT_EQ(runbook.phases[0].steps[0].actions[0].kind, Action::Kind::Snapshot);
    EXPECT_EQ(runbook.phases[0].steps[0].actions[0].label, QStringLiteral("production-pre-rollout"));
    EXPECT_FALSE(runbook.phases[0].steps[0].actions[0].isIdempotent());
    EXPECT_EQ(runbook.phases[2].steps[2].actions[0].kind, Action::Kind::Baseline);
    EXPECT_EQ(runbook.phases[2].steps[2].actions[0].arguments.size(), 3);
    const Step& stopApps = runbook.phases[1].steps[3];
    EXPECT_EQ(stopApps.command,
              QStringLiteral("docker service update --force --detach=false dpg_app --mode replicated --replicas 0"));
    EXPECT_EQ(stopApps.actions[0].kind, Action::Kind::DockerServiceScale);
    EXPECT_EQ(stopApps.actions[0].replicas, 0);
    EXPECT_TRUE(stopApps.actions[0].force);
    EXPECT_EQ(runbook.phases[1].steps[7].actions[0].replicas, 3);
    const Step& watch = runbook.phases[2].steps[3];
    ASSERT_EQ(watch.actions.size(), 1);
    EXPECT_EQ(watch.actions[0].kind, Action::Kind::Watch);
    EXPECT_EQ(watch.actions[0].duration, Duration(30min));
    EXPECT_EQ(watch.actions[0].criteria.size(), 4);
    EXPECT_EQ(runbook.phases[0].steps[3].actions[0].kind, Action::Kind::ReadinessGate);
    EXPECT_EQ(runbook.rollback.procedure[0].actions[0].kind, Action::Kind::StackRemove);
    EXPECT_EQ(runbook.rollback.consistencyChecks[0].actions[0].kind, Action::Kind::RowCount);
}

TEST(RunbookWriter, RoundTripsTheShippedRunbook)
{
    const Runbook runbook = shipped();
    const QJsonObject json = runbookToJson(runbook);
    const QByteArray bytes = QJsonDocument(json).toJson();
    const auto again = RunbookLoader::loadJson(bytes, QStringLiteral("round-trip"));
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_EQ(runbookToJson(again.value()), json);
    EXPECT_EQ(again->itemCount(), 77);
}

TEST(RunbookLoader, AcceptsTheMinimalRunbook)
{
    const auto runbook = RunbookLoader::loadFile(test::dataPath(QStringLiteral("runbooks/minimal.json")));
    ASSERT_TRUE(runbook.ok()) << runbook.error().toString().toStdString();
    EXPECT_EQ(runbook->id, QStringLiteral("minimal"));
    EXPECT_EQ(runbook->itemCount(), 3);
    EXPECT_EQ(runbook->source, test::dataPath(QStringLiteral("runbooks/minimal.json")));
}

TEST(RunbookLoader, ReportsAMissingFile)
{
    const auto runbook = RunbookLoader::loadFile(QStringLiteral("/nonexistent/runbook.json"));
    ASSERT_FALSE(runbook.ok());
    EXPECT_EQ(runbook.error().kind, ErrorKind::NotFound);
    EXPECT_EQ(runbook.error().where, QStringLiteral("/nonexistent/runbook.json"));
}

TEST(RunbookLoader, GivesLineAndColumnOfMalformedJson)
{
    const auto runbook = RunbookLoader::loadJson("{\n  \"id\": \"x\",\n  \"title\": oops\n}\n", QStringLiteral("doc"));
    ASSERT_FALSE(runbook.ok());
    EXPECT_TRUE(runbook.error().message.startsWith(QStringLiteral("malformed JSON at line 3, column 12")))
        << runbook.error().message.toStdString();
    EXPECT_EQ(runbook.error().where, QStringLiteral("doc"));
}

TEST(RunbookLoader, ReportsEveryProblemNotOnlyTheFirst)
{
    const auto runbook = RunbookLoader::loadFile(test::dataPath(QStringLiteral("runbooks/broken/two-problems.json")));
    ASSERT_FALSE(runbook.ok());
    const QStringList details = runbook.error().details;
    ASSERT_EQ(details.size(), 2);
    EXPECT_TRUE(
        details[0].startsWith(QStringLiteral("checklist.sections[0].items[0].verification: expected an object")));
    EXPECT_EQ(details[1], QStringLiteral("contacts[0].contact: missing required key"));
}

TEST(RunbookWarnings, TwoSectionsWithOneTitleAreAWarningNotAnError)
{
    const auto runbook
        = RunbookLoader::loadFile(test::dataPath(QStringLiteral("runbooks/duplicate-section-title.json")));
    ASSERT_TRUE(runbook.ok()) << runbook.error().toString().toStdString();
    ASSERT_EQ(runbook->warnings.size(), 1);
    EXPECT_EQ(runbook->warnings.first(),
              QStringLiteral("checklist.sections[1].title: this section has the same title as checklist.sections[0] "
                             "(\"Infrastructure\")"));
    EXPECT_TRUE(shipped().warnings.isEmpty()) << shipped().warnings.join(QLatin1Char('\n')).toStdString();
}

TEST(RunbookWarnings, DuplicateKeysAreFoundWhereverTheyAreAndWithEscapes)
{
    const QByteArray json = R"({"a": [{"b": 1, "c": {"d": 2, "\u0064": 3}}], "a": 4})";
    const auto runbook = RunbookLoader::loadJson(json, QStringLiteral("dup.json"));
    ASSERT_FALSE(runbook.ok());
    const QString text = runbook.error().toString();
    EXPECT_TRUE(text.contains(
        QStringLiteral("a[0].c.d: duplicate key \"d\" at line 1, column 31 (first at line 1, column 23)")))
        << text.toStdString();
    EXPECT_TRUE(
        text.contains(QStringLiteral("a: duplicate key \"a\" at line 1, column 47 (first at line 1, column 2)")))
        << text.toStdString();
}
