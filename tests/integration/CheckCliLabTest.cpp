// `rollout-cockpit check` against the lab, as a pipeline would run it: the JSON it prints, the
// JUnit file a CI system loads, the exit codes, and a gap a person accepted as not applicable.
#include "Lab.h"
#include "TestSupport.h"

#include "core/RunbookLoader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace cockpit;
using test::Lab;

namespace {

class CheckCliLabTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const test::CommandResult imported = cockpit(
            {QStringLiteral("profile"), QStringLiteral("import"), Lab::get().dir + QStringLiteral("/profile.json")});
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    }
    test::CommandResult cockpit(const QStringList& arguments)
    {
        // A store and settings of the test's own: the check records its results.
        return test::runCommand(QStringLiteral(COCKPIT_BINARY),
                                QStringList{QStringLiteral("--settings"),
                                            m_dir.filePath(QStringLiteral("settings.ini")), QStringLiteral("--store"),
                                            m_dir.filePath(QStringLiteral("store.sqlite"))}
                                    + arguments);
    }
    static QJsonObject itemById(const QJsonArray& items, const QString& id)
    {
        for (const QJsonValue& item : items)
            if (item[QStringLiteral("id")].toString() == id)
                return item.toObject();
        return {};
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(CheckCliLabTest, JsonListsAll77ItemsWithEvidenceAndTheLabGapsFail)
{
    const test::CommandResult result
        = cockpit({QStringLiteral("check"), QStringLiteral("--profile"), QStringLiteral("lab"),
                   QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(result.exitCode, 1) << result.err.toStdString();
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << result.out.left(400).toStdString();
    EXPECT_EQ(root[QStringLiteral("profile")].toString(), QStringLiteral("lab"));
    EXPECT_FALSE(root[QStringLiteral("started_at")].toString().isEmpty());
    EXPECT_GT(root[QStringLiteral("duration_ms")].toInt(), 0);
    EXPECT_LT(root[QStringLiteral("duration_ms")].toInt(), 2000);

    const QJsonArray items = root[QStringLiteral("items")].toArray();
    ASSERT_EQ(items.size(), 77);
    QMap<QString, int> counted;
    int automatedWithEvidence = 0;
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        for (const char* key : {"id", "section", "title", "classification", "status", "expected", "observed", "source",
                                "evidence", "checked_at", "duration_ms"})
            EXPECT_TRUE(item.contains(QString::fromLatin1(key)))
                << item[QStringLiteral("id")].toString().toStdString() << " lacks " << key;
        const QString status = item[QStringLiteral("status")].toString();
        ++counted[status];
        if (item[QStringLiteral("classification")].toString() == QLatin1String("automated")) {
            EXPECT_NE(status, QStringLiteral("manual")) << item[QStringLiteral("id")].toString().toStdString();
            if (!item[QStringLiteral("observed")].toString().isEmpty()
                && !item[QStringLiteral("source")].toString().isEmpty())
                ++automatedWithEvidence;
        } else {
            EXPECT_EQ(status, QStringLiteral("manual")) << item[QStringLiteral("id")].toString().toStdString();
        }
    }
    EXPECT_GE(automatedWithEvidence, 44); // 45 automated; the network headroom has no data on the lab
    const QJsonObject summary = root[QStringLiteral("summary")].toObject();
    for (auto it = counted.cbegin(); it != counted.cend(); ++it)
        EXPECT_EQ(summary[it.key()].toInt(), it.value()) << it.key().toStdString();

    // The lab's real gaps, named in the issue: fails, never passes.
    for (const char* gap : {"infra.swarm", "ha.etcd", "db.max-connections", "db.wal-archiving", "sec.ssl-enforced",
                            "db.ruvector", "db.hnsw-indexes"}) {
        const QJsonObject item = itemById(items, QString::fromLatin1(gap));
        EXPECT_EQ(item[QStringLiteral("status")].toString(), QStringLiteral("fail")) << gap;
    }
    const QJsonObject walArchiving = itemById(items, QStringLiteral("db.wal-archiving"));
    EXPECT_TRUE(QJsonDocument(walArchiving).toJson().contains("archive_mode is off"));
    const QJsonObject postgres = itemById(items, QStringLiteral("db.postgresql"));
    EXPECT_EQ(postgres[QStringLiteral("status")].toString(), QStringLiteral("pass"));
    EXPECT_TRUE(postgres[QStringLiteral("source")].toString().contains(QStringLiteral("127.0.0.1")));

    // What the check role may read never comes out: no password of the lab in the report.
    for (const char* name : {"dpg_cluster", "superuser", "replication", "patroni-api", "monitor", "rollout_check"}) {
        const QString secret = Lab::get().secret(QString::fromLatin1(name));
        if (!secret.isEmpty()) {
            EXPECT_FALSE(result.out.contains(secret)) << name;
        }
    }
}

TEST_F(CheckCliLabTest, JUnitParsesWithOneTestcasePerItemFailuresAndSkips)
{
    const QString file = m_dir.filePath(QStringLiteral("readiness.xml"));
    const test::CommandResult result
        = cockpit({QStringLiteral("check"), QStringLiteral("--profile"), QStringLiteral("lab"),
                   QStringLiteral("--format"), QStringLiteral("junit"), QStringLiteral("--output"), file});
    EXPECT_EQ(result.exitCode, 1) << result.err.toStdString();
    QFile xml(file);
    ASSERT_TRUE(xml.open(QIODevice::ReadOnly));
    QXmlStreamReader reader(&xml);
    int testcases = 0, failures = 0, skipped = 0, declaredFailures = -1, declaredTests = -1;
    QSet<QString> failedNames;
    QString currentCase;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (reader.name() == QLatin1String("testsuites")) {
            declaredTests = reader.attributes().value(QStringLiteral("tests")).toInt();
            declaredFailures = reader.attributes().value(QStringLiteral("failures")).toInt();
        } else if (reader.name() == QLatin1String("testcase")) {
            ++testcases;
            currentCase = reader.attributes().value(QStringLiteral("name")).toString();
        } else if (reader.name() == QLatin1String("failure")) {
            ++failures;
            failedNames.insert(currentCase.section(QLatin1Char(':'), 0, 0));
        } else if (reader.name() == QLatin1String("skipped")) {
            ++skipped;
        }
    }
    ASSERT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    EXPECT_EQ(testcases, 77);
    EXPECT_EQ(declaredTests, 77);
    EXPECT_EQ(failures, declaredFailures);
    EXPECT_GE(failures, 12); // the lab's gaps, and the unknown network headroom
    EXPECT_EQ(skipped, 32); // assisted and manual items wait for a person
    EXPECT_TRUE(failedNames.contains(QStringLiteral("infra.swarm")));
    EXPECT_TRUE(failedNames.contains(QStringLiteral("perf.network-headroom"))); // unknown is a failure
    EXPECT_FALSE(failedNames.contains(QStringLiteral("db.postgresql")));
}

TEST_F(CheckCliLabTest, ExitCodesForAPassAFailAndBadInput)
{
    const auto check = [this](const QStringList& more) {
        return cockpit(QStringList{QStringLiteral("check"), QStringLiteral("--profile"), QStringLiteral("lab")} + more);
    };
    EXPECT_EQ(check({QStringLiteral("--item"), QStringLiteral("db.postgresql"), QStringLiteral("--item"),
                     QStringLiteral("ha.patroni")})
                  .exitCode,
              0);
    EXPECT_EQ(check({QStringLiteral("--item"), QStringLiteral("ha.etcd")}).exitCode, 1);
    const test::CommandResult unknownItem = check({QStringLiteral("--item"), QStringLiteral("no.such-item")});
    EXPECT_EQ(unknownItem.exitCode, 2);
    EXPECT_TRUE(unknownItem.err.contains(QStringLiteral("no item \"no.such-item\""))) << unknownItem.err.toStdString();
    const test::CommandResult unknownSection = check({QStringLiteral("--section"), QStringLiteral("nowhere")});
    EXPECT_EQ(unknownSection.exitCode, 2);
    const test::CommandResult unknownProfile
        = cockpit({QStringLiteral("check"), QStringLiteral("--profile"), QStringLiteral("no-such-profile")});
    EXPECT_EQ(unknownProfile.exitCode, 2);
    EXPECT_TRUE(unknownProfile.err.contains(QStringLiteral("no profile named \"no-such-profile\"")));
    const test::CommandResult badFormat = check({QStringLiteral("--format"), QStringLiteral("yaml")});
    EXPECT_EQ(badFormat.exitCode, 2);
    const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
    QFile out(broken);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(R"({"version": 1, "checklist": {"sections": [{"id": 3}]}})");
    out.close();
    const test::CommandResult badRunbook = check({QStringLiteral("--runbook"), broken});
    EXPECT_EQ(badRunbook.exitCode, 2);
    EXPECT_TRUE(badRunbook.err.contains(broken)) << badRunbook.err.toStdString();
    // A section checks only its own items.
    const test::CommandResult section = check({QStringLiteral("--section"), QStringLiteral("high-availability"),
                                               QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray items = QJsonDocument::fromJson(section.out.toUtf8())[QStringLiteral("items")].toArray();
    ASSERT_FALSE(items.isEmpty()) << section.err.toStdString();
    for (const QJsonValue& item : items)
        EXPECT_EQ(item[QStringLiteral("section")].toString(), QStringLiteral("high-availability"));
}

// A team accepts a known gap by marking it not applicable with a reason: the gate opens, and the
// report still says the check fails and who accepted it.
TEST_F(CheckCliLabTest, AGapMarkedNotApplicableWithAReasonOpensTheGateButIsNeverShownAsAPass)
{
    const QString item = QStringLiteral("db.wal-archiving");
    const test::CommandResult noReason = cockpit({QStringLiteral("checklist"), QStringLiteral("set"), item,
                                                  QStringLiteral("--status"), QStringLiteral("not-applicable")});
    EXPECT_EQ(noReason.exitCode, 2);
    EXPECT_TRUE(noReason.err.contains(QStringLiteral("needs a reason")));
    EXPECT_EQ(cockpit({QStringLiteral("check"), QStringLiteral("--profile"), QStringLiteral("lab"),
                       QStringLiteral("--item"), item})
                  .exitCode,
              1);

    const test::CommandResult accepted
        = cockpit({QStringLiteral("checklist"), QStringLiteral("set"), item, QStringLiteral("--status"),
                   QStringLiteral("not-applicable"), QStringLiteral("--note"),
                   QStringLiteral("Archive starts in phase 2"), QStringLiteral("--as"), QStringLiteral("alice")});
    ASSERT_EQ(accepted.exitCode, 0) << accepted.err.toStdString();
    const test::CommandResult result
        = cockpit({QStringLiteral("check"), QStringLiteral("--profile"), QStringLiteral("lab"),
                   QStringLiteral("--item"), item, QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(result.exitCode, 0) << result.out.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    const QJsonObject checked = itemById(root[QStringLiteral("items")].toArray(), item);
    EXPECT_EQ(checked[QStringLiteral("status")].toString(), QStringLiteral("fail"));
    const QString waived = QString::fromUtf8(QJsonDocument(root[QStringLiteral("gate")].toObject()).toJson());
    EXPECT_TRUE(waived.contains(QStringLiteral("alice"))) << waived.toStdString();
    EXPECT_TRUE(waived.contains(QStringLiteral("Archive starts in phase 2"))) << waived.toStdString();

    // The same store, headless: the check's result and the person's decision side by side.
    const test::CommandResult shown = cockpit(
        {QStringLiteral("checklist"), QStringLiteral("show"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_TRUE(shown.out.contains(item));
}

// Issue 15: after a check on the lab, `report --profile lab` writes a PDF holding all 77 item
// titles and the five roles, with a title in its metadata, and no secret of the lab is in the
// PDF, the JSON or the HTML (the profile's passwords are masked wherever they stand).
TEST_F(CheckCliLabTest, TheReportAfterACheckHoldsEveryItemAndRoleAndNoSecretOfTheLab)
{
    const test::CommandResult checked
        = cockpit({QStringLiteral("check"), QStringLiteral("--profile"), QStringLiteral("lab")});
    ASSERT_EQ(checked.exitCode, 1) << "the lab's known gaps fail: " << checked.err.toStdString();
    const auto read = [](const QString& program, const QStringList& arguments) {
        QProcess process;
        process.start(program, arguments);
        process.waitForFinished(30000);
        return QString::fromUtf8(process.readAllStandardOutput());
    };
    QString everything;
    for (const char* format : {"pdf", "json", "html"}) {
        const QString file = m_dir.filePath(QStringLiteral("report.%1").arg(QLatin1String(format)));
        const test::CommandResult written = cockpit({QStringLiteral("report"), QStringLiteral("--profile"),
                                                     QStringLiteral("lab"), QStringLiteral("--output"), file});
        ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        everything += QString::fromUtf8(f.readAll());
    }
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    const QString text = read(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    everything += text;
    const QString flat = test::reportBodyText(pdf);
    const auto runbook = RunbookLoader::loadFile(builtinRunbookPath());
    ASSERT_TRUE(runbook.ok());
    int titles = 0;
    for (const ChecklistSection& section : runbook->sections) {
        for (const ChecklistItem& item : section.items) {
            ++titles;
            EXPECT_TRUE(test::holdsWrapped(flat, item.title)) << item.title.toStdString();
        }
    }
    EXPECT_EQ(titles, 77);
    for (const ApprovalRole& role : runbook->approvals.roles)
        EXPECT_TRUE(test::holdsWrapped(flat, role.title)) << role.title.toStdString();
    EXPECT_TRUE(read(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("Title:           Rollout report:")));
    for (const QString& name : QDir(Lab::get().dir + QStringLiteral("/secrets")).entryList(QDir::Files)) {
        const QString secret = Lab::get().secret(name);
        if (secret.size() >= 6) {
            EXPECT_FALSE(everything.contains(secret)) << "the lab's " << name.toStdString() << " is in the report";
        }
    }
}
