// The readiness judgements from made-up observations: every rule and expectation at its edges.
// A probe's failure, no data, NaN and a missing column are unknown, never a pass.
#include "TestSupport.h"

#include "core/RunbookLoader.h"
#include "engine/readiness/Evaluate.h"
#include "engine/readiness/Rules.h"

#include <QJsonArray>

#include <gtest/gtest.h>

#include <limits>

using namespace cockpit;

namespace {

Observation table(const QStringList& columns, const QList<std::pair<QString, QVariantList>>& rows)
{
    Observation o;
    o.columns = columns;
    o.source = QStringLiteral("test");
    for (const auto& [name, values] : rows)
        o.addRow(name, values);
    return o;
}

Parameter parameter(const QString& name, Comparison comparison, QJsonValue value, Unit unit = Unit::None)
{
    Parameter p;
    p.name = name;
    p.comparison = comparison;
    p.value = std::move(value);
    p.unit = unit;
    return p;
}

Check check(Expectation::Kind kind, const QString& column = {}, const QString& parameterName = {})
{
    Check c;
    c.title = QStringLiteral("t");
    c.expect.kind = kind;
    c.expect.column = column;
    c.expect.parameter = parameterName;
    return c;
}

CheckStatus judge(const Check& c, const Observation& o, const QList<Parameter>& parameters = {})
{
    QHash<QString, QVariant> saved;
    return evaluate(c, o, parameters, saved).status;
}

Observation hba(const QList<QVariantList>& lines)
{
    Observation o;
    o.columns = {QStringLiteral("line_number"), QStringLiteral("type"), QStringLiteral("database"),
                 QStringLiteral("user_name"),   QStringLiteral("address"), QStringLiteral("netmask"),
                 QStringLiteral("auth_method"), QStringLiteral("error")};
    for (const QVariantList& line : lines)
        o.addRow(QStringLiteral("pg1"), line);
    return o;
}

} // namespace

TEST(ReadinessCompare, EveryNodeMustSatisfyTheParameter)
{
    const QList<Parameter> params{parameter(QStringLiteral("max_connections"), Comparison::GreaterOrEqual, 500, Unit::Count)};
    const Check c = check(Expectation::Kind::Compare, QStringLiteral("max_connections"), QStringLiteral("max_connections"));
    const QStringList columns{QStringLiteral("max_connections")};
    EXPECT_EQ(judge(c, table(columns, {{QStringLiteral("pg1"), {600}}, {QStringLiteral("pg2"), {500}}}), params),
              CheckStatus::Pass);
    QHash<QString, QVariant> saved;
    const CheckEvidence failed
        = evaluate(c, table(columns, {{QStringLiteral("pg1"), {600}}, {QStringLiteral("pg2"), {120}}}), params, saved);
    EXPECT_EQ(failed.status, CheckStatus::Fail);
    EXPECT_EQ(failed.observed, QStringLiteral("pg1: 600; pg2: 120"));
    EXPECT_EQ(failed.details, QStringList{QStringLiteral("pg2: 120")});
    EXPECT_EQ(failed.expected, QStringLiteral("max_connections \u2265 500"));
}

TEST(ReadinessCompare, NoDataNanAndNonNumbersAreUnknownNeverPass)
{
    const QList<Parameter> params{parameter(QStringLiteral("lag"), Comparison::Less, 100, Unit::Milliseconds)};
    const Check c = check(Expectation::Kind::Compare, QStringLiteral("value"), QStringLiteral("lag"));
    const QStringList columns{QStringLiteral("value")};
    EXPECT_EQ(judge(c, table(columns, {}), params), CheckStatus::Unknown);
    EXPECT_EQ(judge(c, table(columns, {{QString(), {QStringLiteral("NaN")}}}), params), CheckStatus::Unknown);
    EXPECT_EQ(judge(c, table(columns, {{QString(), {std::numeric_limits<double>::quiet_NaN()}}}), params),
              CheckStatus::Unknown);
    EXPECT_EQ(judge(c, table(columns, {{QString(), {QVariant()}}}), params), CheckStatus::Unknown);
    EXPECT_EQ(judge(c, table(columns, {{QString(), {QStringLiteral("fast")}}}), params), CheckStatus::Unknown);
    EXPECT_EQ(judge(check(Expectation::Kind::Compare, QStringLiteral("nope"), QStringLiteral("lag")),
                    table(columns, {{QString(), {1}}}), params),
              CheckStatus::Unknown);
    // A failing row beats an unreadable one: what fails, fails.
    EXPECT_EQ(judge(c, table(columns, {{QStringLiteral("a"), {500}}, {QStringLiteral("b"), {QVariant()}}}), params),
              CheckStatus::Fail);
}

TEST(ReadinessCompare, VersionsCompareByTheirDottedParts)
{
    const QList<Parameter> params{parameter(QStringLiteral("docker_version"), Comparison::GreaterOrEqual,
                                            QStringLiteral("20.10"), Unit::Version)};
    const Check c = check(Expectation::Kind::Compare, QStringLiteral("version"), QStringLiteral("docker_version"));
    const QStringList columns{QStringLiteral("version")};
    EXPECT_EQ(judge(c, table(columns, {{QString(), {QStringLiteral("20.10.24+dfsg1")}}}), params), CheckStatus::Pass);
    EXPECT_EQ(judge(c, table(columns, {{QString(), {QStringLiteral("20.9.1")}}}), params), CheckStatus::Fail);
    EXPECT_EQ(judge(c, table(columns, {{QString(), {QStringLiteral("24.0.7")}}}), params), CheckStatus::Pass);
    EXPECT_EQ(judge(c, table(columns, {{QString(), {QStringLiteral("none")}}}), params), CheckStatus::Unknown);
}

TEST(ReadinessExpectations, CountNoneSomeIncludesRatioAndWhere)
{
    const QList<Parameter> params{parameter(QStringLiteral("nodes"), Comparison::GreaterOrEqual, 3, Unit::Count),
                                  parameter(QStringLiteral("types"), Comparison::Includes, QJsonArray{QStringLiteral("CNAME"), QStringLiteral("A")}),
                                  parameter(QStringLiteral("multiple"), Comparison::GreaterOrEqual, 3, Unit::Multiplier)};
    const Observation one = table({QStringLiteral("name")}, {{QStringLiteral("vm"), {QStringLiteral("vm")}}});
    EXPECT_EQ(judge(check(Expectation::Kind::Count, {}, QStringLiteral("nodes")), one, params), CheckStatus::Fail);
    EXPECT_EQ(judge(check(Expectation::Kind::None), one), CheckStatus::Fail);
    Check warnOnly = check(Expectation::Kind::None);
    warnOnly.expect.warnOnly = true;
    EXPECT_EQ(judge(warnOnly, one), CheckStatus::Warn);
    EXPECT_EQ(judge(check(Expectation::Kind::None), table({QStringLiteral("name")}, {})), CheckStatus::Pass);
    EXPECT_EQ(judge(check(Expectation::Kind::Some), table({QStringLiteral("name")}, {})), CheckStatus::Fail);

    const Observation dns = table({QStringLiteral("name"), QStringLiteral("types")},
                                  {{QStringLiteral("db"), {QStringLiteral("db"), QStringLiteral("A")}},
                                   {QStringLiteral("api"), {QStringLiteral("api"), QStringLiteral("CNAME,A")}}});
    EXPECT_EQ(judge(check(Expectation::Kind::Includes, QStringLiteral("types"), QStringLiteral("types")), dns, params),
              CheckStatus::Pass);
    EXPECT_EQ(judge(check(Expectation::Kind::Includes, QStringLiteral("types"), QStringLiteral("types")),
                    table({QStringLiteral("types")}, {{QString(), {QStringLiteral("A")}}}), params),
              CheckStatus::Fail);

    // Ratio against a value an earlier check saved; unknown when nothing was saved.
    Check ratio = check(Expectation::Kind::Ratio, QStringLiteral("value"), QStringLiteral("multiple"));
    ratio.expect.relativeTo = QStringLiteral("data_bytes");
    QHash<QString, QVariant> saved{{QStringLiteral("data_bytes"), 1000}};
    EXPECT_EQ(evaluate(ratio, table({QStringLiteral("value")}, {{QString(), {5000}}}), params, saved).status,
              CheckStatus::Pass);
    EXPECT_EQ(evaluate(ratio, table({QStringLiteral("value")}, {{QString(), {2000}}}), params, saved).status,
              CheckStatus::Fail);
    QHash<QString, QVariant> nothing;
    EXPECT_EQ(evaluate(ratio, table({QStringLiteral("value")}, {{QString(), {5000}}}), params, nothing).status,
              CheckStatus::Unknown);

    // where: only the overlay networks that are not the ingress count.
    Check overlay = check(Expectation::Kind::Some);
    overlay.expect.where = {{QStringLiteral("driver"), QJsonValue(QStringLiteral("overlay"))},
                            {QStringLiteral("ingress"), QJsonValue(false)}};
    const QStringList netColumns{QStringLiteral("name"), QStringLiteral("driver"), QStringLiteral("ingress")};
    EXPECT_EQ(judge(overlay, table(netColumns, {{QStringLiteral("ingress"), {QStringLiteral("ingress"), QStringLiteral("overlay"), true}}})),
              CheckStatus::Fail);
    EXPECT_EQ(judge(overlay, table(netColumns, {{QStringLiteral("ingress"), {QStringLiteral("ingress"), QStringLiteral("overlay"), true}},
                                                {QStringLiteral("dpg_net"), {QStringLiteral("dpg_net"), QStringLiteral("overlay"), false}}})),
              CheckStatus::Pass);
}

TEST(ReadinessRules, PgHbaWithTrustOrOpenAddressesFails)
{
    const auto rule = [](const Observation& o) { return applyRule(QStringLiteral("pg_hba_restricted"), o); };
    const QVariantList local{1, QStringLiteral("local"), QStringLiteral("{all}"), QStringLiteral("{all}"), QVariant(), QVariant(),
                             QStringLiteral("scram-sha-256"), QVariant()};
    const QVariantList loopback{2, QStringLiteral("host"), QStringLiteral("{all}"), QStringLiteral("{all}"),
                                QStringLiteral("127.0.0.1"), QStringLiteral("255.255.255.255"), QStringLiteral("scram-sha-256"), QVariant()};
    EXPECT_EQ(rule(hba({local, loopback})).status, CheckStatus::Pass);
    QVariantList world = loopback;
    world[4] = QStringLiteral("0.0.0.0");
    world[5] = QStringLiteral("0.0.0.0");
    EXPECT_EQ(rule(hba({local, world})).status, CheckStatus::Fail);
    QVariantList world6 = loopback;
    world6[4] = QStringLiteral("::");
    world6[5] = QStringLiteral("::");
    EXPECT_EQ(rule(hba({world6})).status, CheckStatus::Fail);
    QVariantList all = loopback;
    all[4] = QStringLiteral("all");
    all[5] = QVariant();
    EXPECT_EQ(rule(hba({all})).status, CheckStatus::Fail);
    QVariantList trust = local;
    trust[6] = QStringLiteral("trust");
    const RuleVerdict trusted = rule(hba({trust}));
    EXPECT_EQ(trusted.status, CheckStatus::Fail);
    EXPECT_TRUE(trusted.details.join(QLatin1Char(' ')).contains(QStringLiteral("trust lets anyone in")));
    QVariantList broken = loopback;
    broken[7] = QStringLiteral("invalid authentication method \"scram\"");
    EXPECT_EQ(rule(hba({broken})).status, CheckStatus::Fail);
    EXPECT_EQ(rule(hba({})).status, CheckStatus::Unknown);
    // A narrow network is fine; samenet and host names are not the whole internet.
    QVariantList office = loopback;
    office[4] = QStringLiteral("10.1.0.0");
    office[5] = QStringLiteral("255.255.0.0");
    EXPECT_EQ(rule(hba({office})).status, CheckStatus::Pass);
    // A closing line that rejects every other address restricts; it does not open.
    QVariantList rejectRest = world;
    rejectRest[6] = QStringLiteral("reject");
    EXPECT_EQ(rule(hba({office, rejectRest})).status, CheckStatus::Pass);
    EXPECT_FALSE(isOpenToTheWorld(QStringLiteral("samenet"), QString()));
    EXPECT_TRUE(isOpenToTheWorld(QStringLiteral("0.0.0.0"), QStringLiteral("0.0.0.0")));
}

TEST(ReadinessRules, SslEnforcedNeedsHostsslOnEveryTcpLine)
{
    const auto rule = [](const Observation& o) { return applyRule(QStringLiteral("pg_hba_ssl_only"), o); };
    QVariantList line{4, QStringLiteral("hostssl"), QStringLiteral("{all}"), QStringLiteral("{all}"), QStringLiteral("127.0.0.1"),
                      QStringLiteral("255.255.255.255"), QStringLiteral("scram-sha-256"), QVariant()};
    QVariantList local{1, QStringLiteral("local"), QStringLiteral("{all}"), QStringLiteral("{all}"), QVariant(), QVariant(),
                       QStringLiteral("scram-sha-256"), QVariant()};
    EXPECT_EQ(rule(hba({local, line})).status, CheckStatus::Pass);
    for (const char* type : {"host", "hostnossl"}) {
        QVariantList plain = line;
        plain[1] = QString::fromLatin1(type);
        EXPECT_EQ(rule(hba({local, line, plain})).status, CheckStatus::Fail) << type;
    }
    // "hostnossl all all 0.0.0.0/0 reject" is how plain connections are refused.
    QVariantList refuse = line;
    refuse[1] = QStringLiteral("hostnossl");
    refuse[6] = QStringLiteral("reject");
    EXPECT_EQ(rule(hba({local, line, refuse})).status, CheckStatus::Pass);
    // A line in error leaves the server on older rules: not a pass.
    QVariantList broken = line;
    broken[1] = QVariant();
    broken[7] = QStringLiteral("invalid connection type \"hostsssl\"");
    EXPECT_EQ(rule(hba({local, line, broken})).status, CheckStatus::Fail);
}

TEST(ReadinessExpectations, AFilterOnAColumnTheProbeDidNotGiveIsUnknown)
{
    Observation o;
    o.columns = {QStringLiteral("name")};
    o.addRow(QStringLiteral("pg1"), {QStringLiteral("idx")});
    Check check;
    check.title = QStringLiteral("no unused index");
    check.expect.kind = Expectation::Kind::None;
    check.expect.where = {{QStringLiteral("unused"), QJsonValue(true)}};
    QHash<QString, QVariant> saved;
    EXPECT_EQ(evaluate(check, o, {}, saved).status, CheckStatus::Unknown);
}

TEST(ReadinessRules, SecretsAreJudgedByTheirShapeNotTheirHash)
{
    EXPECT_EQ(classifySecret(QStringLiteral("md5"), 35, false), SecretKind::Md5);
    EXPECT_EQ(classifySecret(QStringLiteral("SCR"), 133, true), SecretKind::Scram);
    EXPECT_EQ(classifySecret(QString(), 0, false), SecretKind::None);
    EXPECT_EQ(classifySecret(QStringLiteral("hun"), 7, false), SecretKind::Other) << "plain text";
    EXPECT_EQ(classifySecret(QStringLiteral("md5"), 12, false), SecretKind::Other) << "a plain password starting md5";
    Observation o;
    o.columns = {QStringLiteral("rolname"), QStringLiteral("secret_head"), QStringLiteral("secret_length"), QStringLiteral("scram")};
    o.addRow(QStringLiteral("pg1"), {QStringLiteral("app"), QStringLiteral("SCR"), 133, QStringLiteral("t")});
    EXPECT_EQ(applyRule(QStringLiteral("no_md5_secrets"), o).status, CheckStatus::Pass);
    o.addRow(QStringLiteral("pg1"), {QStringLiteral("legacy"), QStringLiteral("md5"), 35, QStringLiteral("f")});
    const RuleVerdict verdict = applyRule(QStringLiteral("no_md5_secrets"), o);
    EXPECT_EQ(verdict.status, CheckStatus::Fail);
    EXPECT_TRUE(verdict.details.first().startsWith(QStringLiteral("legacy")));
}

TEST(ReadinessRules, VectorColumnsNeedAnHnswIndexAndNoneAtAllFails)
{
    Observation o;
    o.columns = {QStringLiteral("table_name"), QStringLiteral("column_name"), QStringLiteral("hnsw")};
    EXPECT_EQ(applyRule(QStringLiteral("vector_columns_indexed"), o).status, CheckStatus::Fail) << "nothing to search";
    o.addRow(QString(), {QStringLiteral("memories"), QStringLiteral("embedding"), QStringLiteral("t")});
    EXPECT_EQ(applyRule(QStringLiteral("vector_columns_indexed"), o).status, CheckStatus::Pass);
    o.addRow(QString(), {QStringLiteral("documents"), QStringLiteral("embedding"), QStringLiteral("f")});
    EXPECT_EQ(applyRule(QStringLiteral("vector_columns_indexed"), o).status, CheckStatus::Fail);
}

TEST(ReadinessRules, TlsSlotsArchiverLeaderAndEtcd)
{
    Observation tls;
    tls.columns = {QStringLiteral("endpoint"), QStringLiteral("verified"), QStringLiteral("host_matches"), QStringLiteral("self_signed"),
                   QStringLiteral("days_left"), QStringLiteral("problems"), QStringLiteral("issuer")};
    tls.addRow(QStringLiteral("a"), {QStringLiteral("a"), true, true, false, 300, QString(), QStringLiteral("CA")});
    EXPECT_EQ(applyRule(QStringLiteral("tls_trusted"), tls).status, CheckStatus::Pass);
    Observation selfSigned = tls;
    selfSigned.rows[0][3] = true;
    EXPECT_EQ(applyRule(QStringLiteral("tls_trusted"), selfSigned).status, CheckStatus::Fail);
    EXPECT_EQ(applyRule(QStringLiteral("tls_valid"), selfSigned).status, CheckStatus::Pass);
    Observation expiring = tls;
    expiring.rows[0][4] = 5;
    EXPECT_EQ(applyRule(QStringLiteral("tls_valid"), expiring).status, CheckStatus::Warn);
    expiring.rows[0][4] = -1;
    EXPECT_EQ(applyRule(QStringLiteral("tls_valid"), expiring).status, CheckStatus::Fail);
    Observation unverified = tls;
    unverified.rows[0][1] = false;
    EXPECT_EQ(applyRule(QStringLiteral("tls_valid"), unverified).status, CheckStatus::Fail);

    Observation slots;
    slots.columns = {QStringLiteral("replica"), QStringLiteral("slot_name"), QStringLiteral("active")};
    slots.addRow(QString(), {QStringLiteral("pg2"), QStringLiteral("pg2"), QStringLiteral("t")});
    EXPECT_EQ(applyRule(QStringLiteral("slot_per_replica"), slots).status, CheckStatus::Pass);
    slots.addRow(QString(), {QVariant(), QStringLiteral("pg3"), QStringLiteral("f")});
    EXPECT_EQ(applyRule(QStringLiteral("slot_per_replica"), slots).status, CheckStatus::Fail) << "an unused slot holds WAL";

    Observation archiver;
    archiver.columns = {QStringLiteral("archive_mode"), QStringLiteral("archive_command"), QStringLiteral("archived_count"),
                        QStringLiteral("failed_count"), QStringLiteral("last_archived_time"), QStringLiteral("last_failed_time")};
    archiver.addRow(QStringLiteral("pg1"), {QStringLiteral("off"), QString(), 0, 0, QVariant(), QVariant()});
    EXPECT_EQ(applyRule(QStringLiteral("archiver_healthy"), archiver).status, CheckStatus::Fail);
    archiver.rows[0] = {QStringLiteral("on"), QStringLiteral("cp %p /a/%f"), 10, 2, QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC),
                        QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC)};
    EXPECT_EQ(applyRule(QStringLiteral("archiver_healthy"), archiver).status, CheckStatus::Pass) << "failed before, archives now";
    archiver.rows[0][5] = QDateTime(QDate(2026, 12, 1), QTime(11, 0), Qt::UTC);
    EXPECT_EQ(applyRule(QStringLiteral("archiver_healthy"), archiver).status, CheckStatus::Fail) << "failing since";

    Observation members;
    members.columns = {QStringLiteral("member"), QStringLiteral("role"), QStringLiteral("state")};
    members.addRow(QString(), {QStringLiteral("pg1"), QStringLiteral("leader"), QStringLiteral("running")});
    members.addRow(QString(), {QStringLiteral("pg2"), QStringLiteral("replica"), QStringLiteral("running")});
    EXPECT_EQ(applyRule(QStringLiteral("one_leader"), members).status, CheckStatus::Pass);
    members.addRow(QString(), {QStringLiteral("pg3"), QStringLiteral("leader"), QStringLiteral("running")});
    EXPECT_EQ(applyRule(QStringLiteral("one_leader"), members).status, CheckStatus::Fail);
}

TEST(ReadinessEvidence, PasswordsNeverStayInEvidence)
{
    CheckEvidence evidence;
    evidence.observed = QStringLiteral("ALTER ROLE app PASSWORD 'hunter2', calls=1");
    evidence.details = {QStringLiteral("the secret is s3cr3t-value")};
    redactSecrets(evidence, {QStringLiteral("s3cr3t-value")});
    EXPECT_FALSE(evidence.observed.contains(QStringLiteral("hunter2")));
    EXPECT_FALSE(evidence.details.first().contains(QStringLiteral("s3cr3t-value")));
}

TEST(ReadinessRunbook, AVerificationNamingAnUnknownParameterIsRefusedWithItsPath)
{
    QByteArray json = test::readFile(test::dataPath(QStringLiteral("runbooks/minimal.json")));
    json.replace(R"("verification": {"kind": "manual"}},
          {"id": "infra.ports")",
                 R"("verification": {"kind": "automated", "checks": [{"title": "t", "probe": {"kind": "promql", "query": "x"}, "expect": {"kind": "compare", "parameter": "swapiness"}}]}},
          {"id": "infra.ports")");
    const auto runbook = RunbookLoader::loadJson(json, QStringLiteral("m.json"));
    ASSERT_FALSE(runbook.ok());
    EXPECT_TRUE(runbook.error().toString().contains(
        QStringLiteral("checklist.sections[0].items[0].verification.checks[0].expect.parameter: the item has no parameter \"swapiness\"")))
        << runbook.error().toString().toStdString();
}

// docs/readiness-checks.md covers every item of the shipped runbook, with its classification:
// a runbook change that the document does not follow fails here.
TEST(ReadinessRunbook, TheDocumentCoversEveryItemWithItsClassification)
{
    const auto runbook = RunbookLoader::loadFile(test::sourcePath(QStringLiteral("resources/runbooks/production-rollout.json")));
    ASSERT_TRUE(runbook.ok()) << runbook.error().toString().toStdString();
    const QString doc = QString::fromUtf8(test::readFile(test::sourcePath(QStringLiteral("docs/readiness-checks.md"))));
    int items = 0;
    int automated = 0;
    for (const ChecklistSection& section : runbook->sections) {
        for (const ChecklistItem& item : section.items) {
            ++items;
            automated += item.verification.classification == Classification::Automated ? 1 : 0;
            const QString heading = QStringLiteral("#### `%1` — ").arg(item.id);
            const qsizetype at = doc.indexOf(heading);
            ASSERT_GE(at, 0) << item.id.toStdString() << " is not in docs/readiness-checks.md";
            const QString classification = QStringLiteral("*%1*.").arg(classificationToken(item.verification.classification));
            const qsizetype line = doc.indexOf(QLatin1Char('\n'), at) + 2; // after the blank line
            EXPECT_EQ(doc.mid(line, classification.size()), classification) << item.id.toStdString();
        }
    }
    EXPECT_EQ(items, 77);
    EXPECT_GE(automated, 45);
}
