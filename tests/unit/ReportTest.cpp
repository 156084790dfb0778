// Issue 15: the rollout report. The masking function on every form a secret takes; the report
// written by the real binary as PDF (read back with pdftotext and pdfinfo), JSON (validated
// against docs/report-schema.json) and HTML: every item title, the five roles, the journal's
// actions, the ledger head; no secret in any of them; a broken ledger said on the cover with exit
// 1; an empty store rendered with "Not recorded.".
#include "TestSupport.h"

#include "core/RunbookLoader.h"
#include "engine/migration/MigrationPlan.h"
#include "engine/report/Masking.h"
#include "store/Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace cockpit;
using report::maskSecrets;

namespace {

const QString kSecret = QStringLiteral("Zebra-Lantern-4711");

TEST(ReportMaskingTest, EveryFormASecretTakesIsMasked)
{
    const QStringList known{kSecret};
    const QList<std::pair<QString, QString>> cases{
        {QStringLiteral("PGPASSWORD=s3cret psql -h db"), QStringLiteral("PGPASSWORD=******** psql -h db")},
        {QStringLiteral("export PGPASSWORD='s3 cret'"), QStringLiteral("export PGPASSWORD=********")},
        {QStringLiteral("host=db user=app password=s3cret sslmode=verify-full"),
         QStringLiteral("host=db user=app password=******** sslmode=verify-full")},
        {QStringLiteral("postgresql://app:s3cret@db:5432/memory"),
         QStringLiteral("postgresql://app:********@db:5432/memory")},
        {QStringLiteral("Authorization: Bearer eyJhbGciOi.abc"), QStringLiteral("Authorization: Bearer ********")},
        {QStringLiteral("authorization: Basic dXNlcjpwYXNz"), QStringLiteral("authorization: Basic ********")},
        {QStringLiteral("{\"user\":\"app\",\"password\":\"s3\\\"cret\"}"),
         QStringLiteral("{\"user\":\"app\",\"password\":\"********\"}")},
        {QStringLiteral("api_key: abc123 token=xyz"), QStringLiteral("api_key: ******** token=********")},
        {QStringLiteral("{\"stdout\":\"password=abc\"}"), QStringLiteral("{\"stdout\":\"password=********\"}")},
        {QStringLiteral("pg_basebackup --password s3cret -D /x"),
         QStringLiteral("pg_basebackup --password ******** -D /x")},
        {QStringLiteral("the keychain's %1 appears in the output").arg(kSecret),
         QStringLiteral("the keychain's ******** appears in the output")},
        {QStringLiteral("password authentication failed for user \"app\""),
         QStringLiteral("password authentication failed for user \"app\"")}, // words about a password stay
    };
    for (const auto& [given, expected] : cases)
        EXPECT_EQ(maskSecrets(given, known), expected) << given.toStdString();
    // JSON: a key named like a password is masked whatever its value looks like.
    const QJsonObject masked = maskSecrets(
        QJsonObject{{QStringLiteral("db_password"), QStringLiteral("x")},
                    {QStringLiteral("nested"), QJsonObject{{QStringLiteral("note"), QStringLiteral("PGPASSWORD=abc")}}},
                    {QStringLiteral("list"), QJsonArray{kSecret}}},
        known);
    EXPECT_EQ(masked.value(QStringLiteral("db_password")).toString(), QStringLiteral("********"));
    EXPECT_EQ(masked.value(QStringLiteral("nested")).toObject().value(QStringLiteral("note")).toString(),
              QStringLiteral("PGPASSWORD=********"));
    EXPECT_EQ(masked.value(QStringLiteral("list")).toArray().first().toString(), QStringLiteral("********"));
}

// A test-only validator for the subset of JSON Schema (draft 2020-12) docs/report-schema.json
// uses: type (one or a list), required, properties, items, enum, $ref to #/$defs.
class SchemaValidator
{
public:
    explicit SchemaValidator(QJsonObject root) : m_root(std::move(root)) { }
    QStringList validate(const QJsonValue& value) const
    {
        QStringList problems;
        check(value, m_root, QStringLiteral("$"), problems);
        return problems;
    }

private:
    static bool hasType(const QJsonValue& v, const QString& type)
    {
        if (type == QLatin1String("object"))
            return v.isObject();
        if (type == QLatin1String("array"))
            return v.isArray();
        if (type == QLatin1String("string"))
            return v.isString();
        if (type == QLatin1String("number"))
            return v.isDouble();
        if (type == QLatin1String("integer"))
            return v.isDouble() && v.toDouble() == std::floor(v.toDouble());
        if (type == QLatin1String("boolean"))
            return v.isBool();
        if (type == QLatin1String("null"))
            return v.isNull();
        return false;
    }
    void check(const QJsonValue& v, QJsonObject schema, const QString& path, QStringList& problems) const
    {
        if (schema.contains(QStringLiteral("$ref"))) {
            const QString ref = schema.value(QStringLiteral("$ref")).toString();
            schema
                = m_root.value(QStringLiteral("$defs")).toObject().value(ref.section(QLatin1Char('/'), -1)).toObject();
            if (schema.isEmpty()) {
                problems.append(path + QStringLiteral(": unknown $ref ") + ref);
                return;
            }
        }
        if (schema.contains(QStringLiteral("type"))) {
            const QJsonValue type = schema.value(QStringLiteral("type"));
            QStringList types;
            if (type.isArray()) {
                for (const QJsonValue& t : type.toArray())
                    types.append(t.toString());
            } else {
                types.append(type.toString());
            }
            if (std::none_of(types.begin(), types.end(), [&](const QString& t) { return hasType(v, t); })) {
                problems.append(path + QStringLiteral(": not of type ") + types.join(QLatin1Char('|')));
                return;
            }
        }
        if (schema.contains(QStringLiteral("enum")) && !schema.value(QStringLiteral("enum")).toArray().contains(v))
            problems.append(path + QStringLiteral(": not one of the allowed values"));
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (const QJsonValue& r : schema.value(QStringLiteral("required")).toArray()) {
                if (!o.contains(r.toString()))
                    problems.append(path + QStringLiteral(": missing ") + r.toString());
            }
            const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
            for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
                if (o.contains(it.key()))
                    check(o.value(it.key()), it.value().toObject(), path + QLatin1Char('.') + it.key(), problems);
            }
        }
        if (v.isArray() && schema.contains(QStringLiteral("items"))) {
            const QJsonArray a = v.toArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                check(a.at(i), schema.value(QStringLiteral("items")).toObject(),
                      QStringLiteral("%1[%2]").arg(path).arg(i), problems);
        }
    }
    QJsonObject m_root;
};

class ReportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto runbook = RunbookLoader::loadFile(builtinRunbookPath());
        ASSERT_TRUE(runbook.ok());
        m_runbook = std::move(runbook).value();
        if (qEnvironmentVariableIsSet("COCKPIT_KEEP_REPORT")) { // to look at what a test wrote
            m_dir.setAutoRemove(false);
            std::fprintf(stderr, "report files in %s\n", qPrintable(m_dir.path()));
        }
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString storePath() const { return path(QStringLiteral("store.sqlite")); }
    test::CommandResult cockpit(const QStringList& arguments) const
    {
        return test::runCommand(QStringLiteral(COCKPIT_BINARY),
                                QStringList{QStringLiteral("--settings"), path(QStringLiteral("s.ini")),
                                            QStringLiteral("--store"), storePath()}
                                    + arguments,
                                60000);
    }
    static QString tool(const QString& program, const QStringList& arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return QStringLiteral("<%1 failed: %2>").arg(program, QString::fromUtf8(process.readAllStandardError()));
        return QString::fromUtf8(process.readAllStandardOutput());
    }
    static QString read(const QString& file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    // A rollout with readiness recorded (a note carrying a password), five approvals, the first
    // phase's actions journaled (an output carrying a password), a trigger firing and an hour of
    // metric history.
    void record()
    {
        const auto noted = cockpit({QStringLiteral("checklist"), QStringLiteral("set"), QStringLiteral("infra.docker"),
                                    QStringLiteral("--status"), QStringLiteral("done"), QStringLiteral("--note"),
                                    QStringLiteral("checked with PGPASSWORD=%1 psql").arg(kSecret),
                                    QStringLiteral("--as"), QStringLiteral("carol")});
        ASSERT_EQ(noted.exitCode, 0) << noted.err.toStdString();
        int i = 0;
        for (const ApprovalRole& role : m_runbook.approvals.roles) {
            const auto signedOff
                = cockpit({QStringLiteral("approvals"), QStringLiteral("sign"), role.id, QStringLiteral("--decision"),
                           QStringLiteral("approve"), QStringLiteral("--as"), QStringLiteral("signer%1").arg(++i)});
            ASSERT_EQ(signedOff.exitCode, 0) << signedOff.err.toStdString();
        }
        auto store = test::openAsCockpit(storePath());
        ASSERT_TRUE(store.ok()) << store.error().toString().toStdString();
        const qint64 rollout = store.value()->rollouts()->first().id;
        const migration::Plan plan = migration::buildPlan(m_runbook, migration::Procedure::Migration);
        for (const migration::PlannedAction* action : plan.ofPhase(plan.phaseIds.first())) {
            m_actions.append(action->stepTitle);
            ASSERT_TRUE(
                store.value()
                    ->appendJournal(
                        rollout, action->path, QStringLiteral("start"),
                        QStringLiteral("{\"sql\":\"SELECT 1\",\"url\":\"postgresql://app:%1@db/x\"}").arg(kSecret),
                        QString(), QStringLiteral("rm"))
                    .ok());
            ASSERT_TRUE(store.value()
                            ->appendJournal(rollout, action->path, QStringLiteral("end"),
                                            QStringLiteral("{\"outcome\":\"done\",\"message\":\"ok\",\"outputs\":{"
                                                           "\"stdout\":\"password=%1\"}}")
                                                .arg(kSecret),
                                            QString(), QStringLiteral("rm"))
                            .ok());
        }
        QList<MetricBucket> buckets;
        const qint64 now = QDateTime::currentMSecsSinceEpoch() / 60000 * 60000;
        for (int minute = 60; minute > 0; --minute)
            buckets.append(
                {m_runbook.monitoring.metrics.first().id, now - minute * 60000, 0.01, 0.2, 0.05 + minute / 1000.0, 6});
        ASSERT_TRUE(store.value()->recordMetricHistory(rollout, buckets).ok());
        ASSERT_TRUE(store.value()
                        ->appendRecord(rollout, QStringLiteral("trigger"), m_runbook.rollback.triggers.first().id,
                                       QStringLiteral("firing"), QStringLiteral("{\"from\":\"pending\",\"value\":7.5}"),
                                       QString(), QStringLiteral("watch"))
                        .ok());
    }

    QTemporaryDir m_dir;
    Runbook m_runbook;
    QStringList m_actions;
};

} // namespace

TEST_F(ReportTest, TheReportHoldsEveryItemRoleActionAndTheHeadAndNoSecret)
{
    ASSERT_NO_FATAL_FAILURE(record());
    const auto pdf = cockpit({QStringLiteral("report"), QStringLiteral("--output"), path(QStringLiteral("r.pdf"))});
    ASSERT_EQ(pdf.exitCode, 0) << pdf.err.toStdString();
    const QRegularExpression head(QStringLiteral("head ([0-9a-f]{64})"));
    const QString headHex = head.match(pdf.out).captured(1);
    ASSERT_EQ(headHex.size(), 64) << pdf.out.toStdString();

    // -raw: in the order the page draws it (cell by cell), not re-flowed by position.
    const QString text = tool(QStringLiteral("pdftotext"),
                              {QStringLiteral("-raw"), path(QStringLiteral("r.pdf")), QStringLiteral("-")});
    // Lines wrap inside table cells (after a slash too): compare without any whitespace.
    const QString flat = test::reportBodyText(path(QStringLiteral("r.pdf")));
    int titles = 0;
    for (const ChecklistSection& section : m_runbook.sections) {
        for (const ChecklistItem& item : section.items) {
            ++titles;
            EXPECT_TRUE(test::holdsWrapped(flat, item.title)) << "item title missing: " << item.title.toStdString();
        }
    }
    EXPECT_EQ(titles, 77);
    for (const ApprovalRole& role : m_runbook.approvals.roles)
        EXPECT_TRUE(test::holdsWrapped(flat, role.title)) << role.title.toStdString();
    for (const QString& action : m_actions)
        EXPECT_TRUE(test::holdsWrapped(flat, action)) << "journal action missing: " << action.toStdString();
    EXPECT_TRUE(text.contains(headHex)) << "the ledger head, printed in full";
    EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of"))) << "the footer";
    EXPECT_FALSE(text.contains(kSecret)) << "a password in the PDF";

    const QString info = tool(QStringLiteral("pdfinfo"), {path(QStringLiteral("r.pdf"))});
    EXPECT_TRUE(info.contains(QStringLiteral("Title:           Rollout report: Production Rollout")))
        << info.toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("(A4)"))) << info.toStdString();
    const auto letter = cockpit({QStringLiteral("report"), QStringLiteral("--output"), path(QStringLiteral("l.pdf")),
                                 QStringLiteral("--page-size"), QStringLiteral("Letter")});
    ASSERT_EQ(letter.exitCode, 0) << letter.err.toStdString();
    EXPECT_TRUE(tool(QStringLiteral("pdfinfo"), {path(QStringLiteral("l.pdf"))}).contains(QStringLiteral("(letter)")));

    // JSON and HTML: the same content, no secret, and the JSON valid against its schema.
    ASSERT_EQ(cockpit({QStringLiteral("report"), QStringLiteral("--output"), path(QStringLiteral("r.json"))}).exitCode,
              0);
    ASSERT_EQ(cockpit({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("html"),
                       QStringLiteral("--output"), path(QStringLiteral("r.html"))})
                  .exitCode,
              0);
    const QString json = read(path(QStringLiteral("r.json")));
    const QString html = read(path(QStringLiteral("r.html")));
    EXPECT_FALSE(json.contains(kSecret));
    EXPECT_FALSE(html.contains(kSecret));
    EXPECT_TRUE(html.contains(headHex));
    EXPECT_TRUE(html.contains(QStringLiteral("<svg"))) << "charts inline";
    EXPECT_FALSE(html.contains(QStringLiteral("http://")) || html.contains(QStringLiteral("<link")))
        << "nothing from the network";
    const QJsonObject report = QJsonDocument::fromJson(json.toUtf8()).object();
    EXPECT_EQ(report.value(QStringLiteral("ledger")).toObject().value(QStringLiteral("head")).toString(), headHex);
    const QJsonObject schema
        = QJsonDocument::fromJson(read(test::sourcePath(QStringLiteral("docs/report-schema.json"))).toUtf8()).object();
    ASSERT_FALSE(schema.isEmpty()) << "docs/report-schema.json";
    EXPECT_EQ(schema.value(QStringLiteral("$schema")).toString(),
              QStringLiteral("https://json-schema.org/draft/2020-12/schema"));
    const QStringList problems = SchemaValidator(schema).validate(report);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();

    // A kept JSON report rendered again, as gathered; a file that is not one is refused.
    const auto again = cockpit({QStringLiteral("report"), QStringLiteral("--input"), path(QStringLiteral("r.json")),
                                QStringLiteral("--output"), path(QStringLiteral("again.html"))});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(read(path(QStringLiteral("again.html"))).contains(headHex));
    EXPECT_EQ(cockpit({QStringLiteral("report"), QStringLiteral("--input"), path(QStringLiteral("r.html")),
                       QStringLiteral("--output"), path(QStringLiteral("no.pdf"))})
                  .exitCode,
              2);
}

TEST_F(ReportTest, ABrokenLedgerIsSaidOnTheCoverAndExitsOne)
{
    ASSERT_NO_FATAL_FAILURE(record());
    ASSERT_TRUE(test::sqliteExec(storePath(),
                                 {QStringLiteral("DROP TRIGGER audit_log_no_update"),
                                  QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = 3"),
                                  QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON "
                                                 "audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is "
                                                 "append-only'); END")})
                    .isEmpty());
    const auto pdf = cockpit({QStringLiteral("report"), QStringLiteral("--output"), path(QStringLiteral("b.pdf"))});
    EXPECT_EQ(pdf.exitCode, 1) << pdf.out.toStdString() << pdf.err.toStdString();
    ASSERT_TRUE(QFile::exists(path(QStringLiteral("b.pdf")))) << "written all the same";
    const QString cover
        = tool(QStringLiteral("pdftotext"),
               {QStringLiteral("-l"), QStringLiteral("1"), path(QStringLiteral("b.pdf")), QStringLiteral("-")});
    EXPECT_TRUE(cover.contains(QStringLiteral("THE RECORD IS BROKEN"))) << cover.toStdString();
}

TEST_F(ReportTest, AnEmptyStoreRendersSayingNotRecorded)
{
    const auto pdf = cockpit({QStringLiteral("report"), QStringLiteral("--output"), path(QStringLiteral("e.pdf"))});
    ASSERT_EQ(pdf.exitCode, 0) << pdf.err.toStdString();
    const QString text = tool(QStringLiteral("pdftotext"), {path(QStringLiteral("e.pdf")), QStringLiteral("-")});
    EXPECT_TRUE(text.contains(QStringLiteral("Not recorded."))) << text.left(2000).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Not migrated yet"))) << text.left(2000).toStdString();
    // Bad command lines: exit 2, nothing written.
    EXPECT_EQ(cockpit({QStringLiteral("report")}).exitCode, 2);
    EXPECT_EQ(cockpit({QStringLiteral("report"), QStringLiteral("--output"), path(QStringLiteral("x.doc"))}).exitCode,
              2);
    EXPECT_EQ(cockpit({QStringLiteral("report"), QStringLiteral("--output"), path(QStringLiteral("x.pdf")),
                       QStringLiteral("--from"), QStringLiteral("yesterday")})
                  .exitCode,
              2);
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("x.pdf"))));
}
