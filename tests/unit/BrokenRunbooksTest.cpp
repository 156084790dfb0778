// Every file in tests/data/runbooks/broken must be refused with a message naming the JSON
// path (or line and column) of its problem. A fixture without an expectation here fails.
#include "TestSupport.h"

#include "core/RunbookLoader.h"

#include <QDir>

#include <gtest/gtest.h>

using namespace cockpit;

namespace {

struct FixtureExpectation
{
    const char* file;
    const char* where; // must appear in the error text
};

const FixtureExpectation kExpectations[] = {
    {"bad-duration.json", "migration.phases[0].budget: bad duration \"2 days\""},
    {"bad-id.json", "checklist.sections[0].items[0].id: bad id \"Infra Kernel\""},
    {"bad-metric-name.json", "rollback.triggers[0].metric: bad metric name \"Error Rate\""},
    {"bad-severity.json",
     "response_matrix[0].severity: expected one of critical, high, medium, low, info; found \"urgent\""},
    {"duplicate-item-id.json",
     "checklist.sections[1].items[0].id: duplicate id \"infra.kernel\" (first used at "
     "checklist.sections[0].items[0].id)"},
    {"duplicate-key.json",
     "checklist.sections[0].items[1].title: duplicate key \"title\" at line 14, column 84 (first at line 14, "
     "column 33)"},
    {"duplicate-step-across-phases.json", "migration.phases[1].steps[0].id: duplicate id \"snapshot\""},
    {"empty-file.json", "malformed JSON at line 1, column 1"},
    {"empty-sections.json", "checklist.sections: must not be empty"},
    {"includes-with-scalar.json",
     "checklist.sections[0].items[1].parameters[0].value: \"includes\" needs a non-empty array, found a number"},
    {"malformed-trailing-comma.json", "malformed JSON at line 4, column"},
    {"metric-without-source.json", "monitoring.metrics[0]: needs exactly one of \"query\" (PromQL), \"probe\""},
    {"missing-checklist.json", "checklist: missing required key"},
    {"missing-section-title.json", "checklist.sections[1].title: missing required key"},
    {"negative-replicas.json",
     "migration.phases[1].steps[1].actions[0].replicas: expected a whole number from 0 to 10000"},
    {"newer-format.json", "format_version: written for format 2"},
    {"not-an-object.json", "expected a JSON object at the top level"},
    {"percent-out-of-range.json", "rollback.triggers[0].threshold: a percentage must be between 0 and 100, found 150"},
    {"sections-not-array.json", "checklist.sections: expected an array, found an object"},
    {"threshold-as-string.json", "rollback.triggers[0].threshold: expected a number, found a string"},
    {"threshold-without-for.json", "rollback.triggers[0].for: missing required key"},
    {"trigger-metric-undefined.json",
     "rollback.triggers[1].metric: no metric \"unplanned_failovers\" in monitoring.metrics"},
    {"two-problems.json", "contacts[0].contact: missing required key"},
    {"unknown-action-kind.json", "migration.phases[0].steps[0].actions[0].kind: expected one of program"},
    {"unknown-comparison.json",
     "rollback.triggers[1].comparison: expected one of eq, ne, lt, le, gt, ge; found \"greater\""},
    {"unknown-key.json", "checklist.sections[0].items[1].titel: unknown key \"titel\" (did you mean \"title\"?)"},
    {"unknown-unit.json", "monitoring.metrics[0].target.unit: expected one of none, ms"},
    {"version-as-word.json",
     "checklist.sections[1].items[0].parameters[0].value: bad version \"twenty\" (expected numbers and dots"},
    {"wrong-type-title.json", "checklist.sections[1].items[0].title: expected a string, found a number"},
    {"zero-duration.json", "rollback.window: bad duration \"0h\""},
};

QString brokenDir()
{
    return test::dataPath(QStringLiteral("runbooks/broken"));
}

} // namespace

TEST(BrokenRunbooks, EveryFixtureHasAnExpectation)
{
    QStringList expected;
    for (const FixtureExpectation& e : kExpectations)
        expected.append(QString::fromLatin1(e.file));
    const QStringList files = QDir(brokenDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    EXPECT_EQ(files, expected);
}

TEST(BrokenRunbooks, EachIsRefusedNamingFileAndPath)
{
    for (const FixtureExpectation& e : kExpectations) {
        const QString path = brokenDir() + QLatin1Char('/') + QString::fromLatin1(e.file);
        const auto runbook = RunbookLoader::loadFile(path);
        ASSERT_FALSE(runbook.ok()) << e.file;
        const QString text = runbook.error().toString();
        EXPECT_EQ(runbook.error().where, path) << e.file;
        EXPECT_TRUE(text.contains(QString::fromUtf8(e.where))) << e.file << "\n" << text.toStdString();
        EXPECT_EQ(runbook.error().kind, ErrorKind::InvalidInput) << e.file;
    }
}

TEST(BrokenRunbooks, AnUnknownKindIsReportedOnceNotPerKey)
{
    const auto runbook = RunbookLoader::loadFile(brokenDir() + QStringLiteral("/unknown-action-kind.json"));
    ASSERT_FALSE(runbook.ok());
    EXPECT_TRUE(runbook.error().details.isEmpty()) << runbook.error().toString().toStdString();
}
