// Patroni, Prometheus, Alertmanager and etcd clients against the real lab.
#include "Lab.h"
#include "TestSupport.h"

#include "connectors/alertmanager/AlertmanagerClient.h"
#include "connectors/etcd/EtcdClient.h"
#include "connectors/patroni/PatroniClient.h"
#include "connectors/postgres/PgConnection.h"
#include "connectors/prometheus/PrometheusClient.h"

#include <cmath>

#include <gtest/gtest.h>

#include <algorithm>

using namespace cockpit;
using test::Lab;

namespace {

PatroniClient patroni(int index, const QString& password = {})
{
    const Lab& lab = Lab::get();
    PatroniEndpoint endpoint;
    endpoint.name = QStringLiteral("pg%1").arg(index + 1);
    endpoint.baseUrl = QUrl(lab.patroniUrls().value(index));
    endpoint.user = QStringLiteral("patroni");
    endpoint.password = password;
    return PatroniClient(endpoint);
}

HttpEndpoint endpoint(const QUrl& url, const QString& name)
{
    HttpEndpoint e;
    e.name = name;
    e.baseUrl = url;
    return e;
}

template<typename T> T valueOf(QFuture<Result<T>> future)
{
    const auto result = test::await(std::move(future));
    EXPECT_TRUE(result.has_value()) << "no answer in time";
    if (!result)
        return T{};
    EXPECT_TRUE(result->ok()) << result->error().toString().toStdString();
    return result->ok() ? result->value() : T{};
}

template<typename T> Error errorOf(QFuture<Result<T>> future)
{
    const auto result = test::await(std::move(future));
    EXPECT_TRUE(result.has_value()) << "no answer in time";
    if (!result)
        return {};
    EXPECT_FALSE(result->ok()) << "expected a failure";
    return result->ok() ? Error{} : result->error();
}

int leaderIndex()
{
    const PatroniCluster cluster = valueOf(patroni(0).cluster());
    const PatroniMember* leader = cluster.leader();
    return leader
        ? QStringList{QStringLiteral("pg1"), QStringLiteral("pg2"), QStringLiteral("pg3")}.indexOf(leader->name)
        : -1;
}

} // namespace

TEST(PatroniLab, ClusterHasThreeMembersAndOneLeader)
{
    const PatroniCluster cluster = valueOf(patroni(1).cluster());
    ASSERT_EQ(cluster.members.size(), 3);
    int leaders = 0;
    for (const PatroniMember& member : cluster.members) {
        EXPECT_EQ(member.host, QStringLiteral("127.0.0.1"));
        EXPECT_TRUE(member.timeline.has_value());
        if (member.role == PatroniRole::Leader)
            ++leaders;
        else
            EXPECT_EQ(member.role, PatroniRole::Replica) << member.name.toStdString();
    }
    EXPECT_EQ(leaders, 1);
}

TEST(PatroniLab, LeaderStatusNormalisesMasterAndListsStreamingReplicas)
{
    const int leader = leaderIndex();
    ASSERT_GE(leader, 0);
    const PatroniNodeStatus status = valueOf(patroni(leader).status());
    EXPECT_EQ(status.role, PatroniRole::Leader); // Patroni 3.0.2 says "master" here
    EXPECT_EQ(status.state, QStringLiteral("running"));
    EXPECT_GE(status.serverVersion, 150000);
    EXPECT_TRUE(status.serverVersionText().startsWith(QStringLiteral("15.")));
    EXPECT_EQ(status.scope, QStringLiteral("dpg-lab"));
    EXPECT_FALSE(status.patroniVersion.isEmpty());
    int streaming = 0;
    for (const PatroniReplication& r : status.replication) {
        if (r.state == QLatin1String("streaming") && r.applicationName.startsWith(QLatin1String("pg")))
            ++streaming;
    }
    EXPECT_EQ(streaming, 2);
    EXPECT_TRUE(valueOf(patroni(leader).isLeader()));
    EXPECT_FALSE(valueOf(patroni(leader).isReplica()));
    EXPECT_TRUE(valueOf(patroni((leader + 1) % 3).isReplica()));
    EXPECT_TRUE(valueOf(patroni((leader + 1) % 3).isHealthy()));
}

TEST(PatroniLab, HistoryAndConfigAreRead)
{
    const QJsonObject config = valueOf(patroni(0).config());
    EXPECT_EQ(config.value(QStringLiteral("ttl")).toInt(), 20);
    const QList<PatroniHistoryEntry> history = valueOf(patroni(0).history());
    for (const PatroniHistoryEntry& entry : history) {
        EXPECT_GT(entry.timeline, 0);
        EXPECT_GT(entry.lsn, 0);
    }
}

TEST(PatroniLab, UnsafeMethodsNeedTheRightPassword)
{
    const QJsonObject patch{{QStringLiteral("loop_wait"), 5}};
    const Error refused = errorOf(patroni(0, QStringLiteral("wrong-password")).patchConfig(patch));
    EXPECT_EQ(refused.kind, ErrorKind::Auth) << refused.toString().toStdString();
    EXPECT_EQ(refused.code, QStringLiteral("401"));
    EXPECT_FALSE(refused.toString().contains(QStringLiteral("wrong-password")));
    const QJsonObject applied
        = valueOf(patroni(0, Lab::get().secret(QStringLiteral("patroni-api"))).patchConfig(patch));
    EXPECT_EQ(applied.value(QStringLiteral("loop_wait")).toInt(), 5);
}

TEST(PrometheusLab, InstantQueriesGiveVectorsScalarsAndNoData)
{
    const PrometheusClient prometheus(endpoint(Lab::get().prometheusUrl(), QStringLiteral("Prometheus")));
    const PromQueryResult up = valueOf(prometheus.query(QStringLiteral("up")));
    EXPECT_EQ(up.type, PromQueryResult::Type::Vector);
    EXPECT_GE(up.vector.size(), 8);
    for (const PromSample& sample : up.vector)
        EXPECT_EQ(sample.value.value, 1.0) << sample.labels.value(QStringLiteral("job")).toStdString();

    const PromQueryResult nan = valueOf(prometheus.query(QStringLiteral("0/0")));
    EXPECT_EQ(nan.type, PromQueryResult::Type::Scalar);
    EXPECT_TRUE(std::isnan(nan.scalar.value));
    EXPECT_EQ(nan.scalar.text, QStringLiteral("NaN"));
    const PromQueryResult inf = valueOf(prometheus.query(QStringLiteral("1/0")));
    EXPECT_TRUE(std::isinf(inf.scalar.value));

    const PromQueryResult nothing = valueOf(prometheus.query(QStringLiteral("no_such_metric_anywhere")));
    EXPECT_TRUE(nothing.isEmpty());
    EXPECT_FALSE(nothing.single().has_value()); // no data is not zero
}

TEST(PrometheusLab, ABadQueryIsAServerErrorWithItsType)
{
    const PrometheusClient prometheus(endpoint(Lab::get().prometheusUrl(), QStringLiteral("Prometheus")));
    const Error error = errorOf(prometheus.query(QStringLiteral("up(")));
    EXPECT_EQ(error.kind, ErrorKind::Server);
    EXPECT_EQ(error.code, QStringLiteral("bad_data"));
    EXPECT_TRUE(error.message.contains(QStringLiteral("parse error"))) << error.message.toStdString();
}

TEST(PrometheusLab, RangeQueryTargetsRulesAndVersion)
{
    const PrometheusClient prometheus(endpoint(Lab::get().prometheusUrl(), QStringLiteral("Prometheus")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const PromQueryResult range
        = valueOf(prometheus.queryRange(QStringLiteral("up"), now.addSecs(-60), now, std::chrono::seconds(5)));
    EXPECT_EQ(range.type, PromQueryResult::Type::Matrix);
    EXPECT_FALSE(range.matrix.isEmpty());
    const QList<PromTarget> targets = valueOf(prometheus.targets());
    EXPECT_GE(targets.size(), 8);
    for (const PromTarget& target : targets)
        EXPECT_EQ(target.health, QStringLiteral("up")) << target.scrapeUrl.toStdString();
    const QList<PromRule> rules = valueOf(prometheus.rules());
    QStringList names;
    for (const PromRule& rule : rules)
        names.append(rule.name);
    EXPECT_TRUE(names.contains(QStringLiteral("DpgErrorRateHigh")));
    EXPECT_TRUE(names.contains(QStringLiteral("ReplicationLagHigh")));
    (void)valueOf(prometheus.alerts());
    EXPECT_TRUE(valueOf(prometheus.version()).startsWith(QStringLiteral("2.")));
}

TEST(AlertmanagerLab, SilencesAreCreatedListedAndExpired)
{
    const AlertmanagerClient am(endpoint(Lab::get().alertmanagerUrl(), QStringLiteral("Alertmanager")));
    EXPECT_TRUE(valueOf(am.version()).startsWith(QStringLiteral("0.")));
    AmSilence silence;
    silence.matchers.append({QStringLiteral("alertname"), QStringLiteral("CockpitTestSilence"), false, true});
    silence.startsAt = QDateTime::currentDateTimeUtc();
    silence.endsAt = silence.startsAt.addSecs(600);
    silence.createdBy = QStringLiteral("cockpit-tests");
    silence.comment = QStringLiteral("integration test");
    const QString id = valueOf(am.createSilence(silence));
    ASSERT_FALSE(id.isEmpty());
    const auto find = [&] {
        for (const AmSilence& s : valueOf(am.silences())) {
            if (s.id == id)
                return s;
        }
        return AmSilence{};
    };
    EXPECT_EQ(find().state, QStringLiteral("active"));
    EXPECT_EQ(find().matchers.value(0).value, QStringLiteral("CockpitTestSilence"));
    (void)valueOf(am.expireSilence(id));
    EXPECT_EQ(find().state, QStringLiteral("expired"));
    (void)valueOf(am.alerts());
}

TEST(EtcdLab, HealthVersionAndMembers)
{
    const EtcdClient etcd(endpoint(Lab::get().etcdUrl(), QStringLiteral("etcd")));
    EXPECT_TRUE(valueOf(etcd.isHealthy()));
    EXPECT_TRUE(valueOf(etcd.version()).startsWith(QStringLiteral("3.4")));
    const QList<EtcdMember> members = valueOf(etcd.members());
    ASSERT_EQ(members.size(), 1);
    EXPECT_EQ(members.first().clientUrls.value(0), Lab::get().etcdUrl().toString());
}

TEST(PatroniLab, ReloadIsAccepted)
{
    const QString message = valueOf(patroni(1, Lab::get().secret(QStringLiteral("patroni-api"))).reload());
    EXPECT_FALSE(message.isEmpty());
}

// Last in this file: it moves the leader and puts it back. Patroni answers a switchover only
// once the new leader runs (2 s here); the test then waits for the cluster to agree.
TEST(PatroniLabZ, SwitchoverMovesTheLeaderAndBack)
{
    const QString password = Lab::get().secret(QStringLiteral("patroni-api"));
    const int original = leaderIndex();
    ASSERT_GE(original, 0);
    const int candidate = (original + 1) % 3;
    const QString from = QStringLiteral("pg%1").arg(original + 1);
    const QString to = QStringLiteral("pg%1").arg(candidate + 1);
    const auto leaderIs = [](int index) { return test::waitFor([index] { return leaderIndex() == index; }, 30000); };
    const QString moved = valueOf(patroni(original, password).switchover(from, to));
    EXPECT_TRUE(moved.contains(to)) << moved.toStdString();
    ASSERT_TRUE(leaderIs(candidate));
    EXPECT_TRUE(valueOf(patroni(candidate).isLeader()));
    EXPECT_TRUE(test::waitFor([&] { return valueOf(patroni(original).isReplica()); }, 30000));
    // Back, so that PgBouncer and the lab application find the leader where they expect it.
    (void)valueOf(patroni(candidate, password).switchover(to, from));
    ASSERT_TRUE(leaderIs(original));
    EXPECT_TRUE(test::waitFor(
        [&] {
            const PatroniNodeStatus status = valueOf(patroni(original).status());
            return status.replication.size() == 2;
        },
        30000))
        << "both standbys stream again";
    // Patroni records a member's state in etcd once per loop: wait until /cluster says every
    // member runs, so that the next test does not meet a member still "starting".
    EXPECT_TRUE(test::waitFor(
        [&] {
            const auto cluster = test::resultOf(patroni(original).cluster(), 5000);
            return cluster.ok() && cluster->members.size() == 3
                && std::all_of(cluster->members.begin(), cluster->members.end(),
                               [](const PatroniMember& m) { return m.state == QLatin1String("running"); });
        },
        30000))
        << "every member runs again";
    // PgBouncer refuses clients for server_login_retry after failed server logins: the test
    // leaves only once it serves again, so that the lab is whole for whoever comes next.
    PgConnectOptions bouncer = Lab::get().postgresOptions(
        {Lab::get().profile[QStringLiteral("pgbouncer")][QStringLiteral("port")].toInt()}, QStringLiteral("127.0.0.1"));
    bouncer.sslMode = QStringLiteral("disable");
    EXPECT_TRUE(test::waitFor(
        [&] {
            PgConnection connection;
            if (!test::resultOf(connection.open(bouncer), 5000).ok())
                return false;
            return test::resultOf(connection.query(QStringLiteral("SELECT 1")), 5000).ok();
        },
        30000))
        << "PgBouncer serves again after the switchover";
}
