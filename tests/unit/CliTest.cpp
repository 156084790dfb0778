// Runs the real binary, as a script or CI pipeline would.
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace cockpit;

namespace {

test::CommandResult run(const QStringList& arguments)
{
    return test::runCommand(QStringLiteral(COCKPIT_BINARY), arguments, 30000);
}

} // namespace

TEST(Cli, PrintsVersionAndHelp)
{
    const test::CommandResult version = run({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.out.trimmed(), QStringLiteral("rollout-cockpit " COCKPIT_VERSION));
    const test::CommandResult help = run({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("rollout-cockpit runbook validate FILE")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("runbook show [--format text|json] [FILE]")));
}

TEST(Cli, ValidateAcceptsTheShippedAndMinimalRunbooks)
{
    const test::CommandResult shipped
        = run({QStringLiteral("runbook"), QStringLiteral("validate"),
               test::sourcePath(QStringLiteral("resources/runbooks/production-rollout.json"))});
    EXPECT_EQ(shipped.exitCode, 0) << shipped.err.toStdString();
    EXPECT_TRUE(shipped.out.contains(QStringLiteral("77 checklist items")));
    const test::CommandResult minimal = run({QStringLiteral("runbook"), QStringLiteral("validate"),
                                             test::dataPath(QStringLiteral("runbooks/minimal.json"))});
    EXPECT_EQ(minimal.exitCode, 0) << minimal.err.toStdString();
}

TEST(Cli, ValidateExitsTwoOnEveryBrokenFixtureNamingIt)
{
    const QDir dir(test::dataPath(QStringLiteral("runbooks/broken")));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    ASSERT_GE(files.size(), 20);
    for (const QString& file : files) {
        const test::CommandResult result
            = run({QStringLiteral("runbook"), QStringLiteral("validate"), dir.filePath(file)});
        EXPECT_EQ(result.exitCode, 2) << file.toStdString();
        EXPECT_TRUE(result.err.startsWith(dir.filePath(file) + QStringLiteral(": "))) << result.err.toStdString();
        EXPECT_TRUE(result.out.isEmpty());
    }
}

TEST(Cli, ShowJsonHasTheDocumentedPathsAndCounts)
{
    const test::CommandResult result
        = run({QStringLiteral("runbook"), QStringLiteral("show"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError);
    const QJsonArray sections = root[QStringLiteral("checklist")][QStringLiteral("sections")].toArray();
    QList<int> counts;
    for (const QJsonValue& section : sections) {
        EXPECT_FALSE(section[QStringLiteral("id")].toString().isEmpty());
        EXPECT_FALSE(section[QStringLiteral("title")].toString().isEmpty());
        for (const QJsonValue& item : section[QStringLiteral("items")].toArray()) {
            EXPECT_FALSE(item[QStringLiteral("id")].toString().isEmpty());
            EXPECT_FALSE(item[QStringLiteral("title")].toString().isEmpty());
        }
        counts.append(static_cast<int>(section[QStringLiteral("items")].toArray().size()));
    }
    EXPECT_EQ(counts, (QList<int>{15, 18, 17, 10, 12, 5}));
    QList<int> steps;
    for (const QJsonValue& phase : root[QStringLiteral("migration")][QStringLiteral("phases")].toArray())
        steps.append(static_cast<int>(phase[QStringLiteral("steps")].toArray().size()));
    EXPECT_EQ(steps, (QList<int>{5, 8, 4}));
    const QJsonObject rollback = root[QStringLiteral("rollback")].toObject();
    EXPECT_EQ(rollback[QStringLiteral("triggers")].toArray().size(), 6);
    EXPECT_EQ(rollback[QStringLiteral("procedure")].toArray().size(), 6);
    EXPECT_EQ(rollback[QStringLiteral("consistency_checks")].toArray().size(), 3);
    EXPECT_EQ(root[QStringLiteral("monitoring")][QStringLiteral("metrics")].toArray().size(), 8);
    EXPECT_EQ(root[QStringLiteral("week1_validations")].toArray().size(), 7);
    EXPECT_EQ(root[QStringLiteral("response_matrix")].toArray().size(), 6);
    EXPECT_EQ(root[QStringLiteral("success_criteria")].toArray().size(), 9);
    EXPECT_EQ(root[QStringLiteral("contacts")].toArray().size(), 4);
    EXPECT_EQ(root[QStringLiteral("approvals")][QStringLiteral("roles")].toArray().size(), 5);
    for (const char* key : {"triggers", "procedure", "consistency_checks"}) {
        for (const QJsonValue& entry : rollback[QString::fromLatin1(key)].toArray()) {
            EXPECT_FALSE(entry[QStringLiteral("id")].toString().isEmpty()) << key;
            EXPECT_FALSE(entry[QStringLiteral("title")].toString().isEmpty()) << key;
        }
    }
}

TEST(Cli, ShowTextIsReadable)
{
    const test::CommandResult result = run(
        {QStringLiteral("runbook"), QStringLiteral("show"), test::dataPath(QStringLiteral("runbooks/minimal.json"))});
    ASSERT_EQ(result.exitCode, 0);
    EXPECT_TRUE(
        result.out.contains(QStringLiteral("[ ] Kernel parameters tuned (`vm.swappiness=10`)  (infra.kernel)")));
    EXPECT_TRUE(result.out.contains(QStringLiteral("vm.swappiness = 10")));
    EXPECT_TRUE(result.out.contains(QStringLiteral("error_rate > 5% for 5m")));
}

TEST(Cli, RejectsABadCommandLineWithUsage)
{
    EXPECT_EQ(run({QStringLiteral("runbok")}).exitCode, 64);
    EXPECT_EQ(run({QStringLiteral("runbook")}).exitCode, 64);
    EXPECT_EQ(
        run({QStringLiteral("runbook"), QStringLiteral("show"), QStringLiteral("--format"), QStringLiteral("xml")})
            .exitCode,
        64);
    EXPECT_EQ(run({QStringLiteral("runbook"), QStringLiteral("validate")}).exitCode, 64);
    const test::CommandResult missing
        = run({QStringLiteral("runbook"), QStringLiteral("validate"), QStringLiteral("/no/such.json")});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("/no/such.json: no such file")));
}
