// The overview's judgement, from made-up answers: a member that disappears stays, missing;
// two writable nodes are a split brain; a silent source keeps its last data, stale; nothing
// unknown is ever healthy.
#include "core/FailureText.h"
#include "engine/monitoring/ClusterAnalysis.h"

#include <gtest/gtest.h>

using namespace cockpit;

namespace {

const QDateTime kT0(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
const QStringList kExpected{QStringLiteral("pg1"), QStringLiteral("pg2"), QStringLiteral("pg3")};

PatroniMember member(const QString& name, PatroniRole role, const QString& state = QStringLiteral("running"),
                     int timeline = 4)
{
    PatroniMember m;
    m.name = name;
    m.role = role;
    m.state = state;
    m.timeline = timeline;
    return m;
}

NodeState node(const QString& name, bool primary, int timeline = 4)
{
    NodeState n;
    n.name = name;
    n.address = QStringLiteral("127.0.0.1:2543") + name.right(1);
    n.reachable = true;
    n.inRecovery = !primary;
    n.timeline = timeline;
    n.receiverStatus = primary ? QString() : QStringLiteral("streaming");
    if (primary)
        n.replication = QList<ReplicationLag>{};
    return n;
}

NodeState silentNode(const QString& name)
{
    NodeState n;
    n.name = name;
    n.error = makeError(ErrorKind::Network, QStringLiteral("connection refused"));
    return n;
}

QList<MemberApi> apis(const QStringList& answering)
{
    QList<MemberApi> list;
    for (const QString& name : kExpected) {
        MemberApi api;
        api.name = name;
        if (answering.contains(name))
            api.status = PatroniNodeStatus{};
        else
            api.error = makeError(ErrorKind::Network, QStringLiteral("Couldn't connect to server (Connection refused)"));
        list.append(api);
    }
    return list;
}

// A healthy snapshot at `at`: pg1 leads, pg2 and pg3 stream.
ClusterSnapshot healthy(const QDateTime& at)
{
    ClusterSnapshot s;
    s.takenAt = at;
    PatroniCluster cluster;
    cluster.members = {member(QStringLiteral("pg1"), PatroniRole::Leader), member(QStringLiteral("pg2"), PatroniRole::Replica),
                       member(QStringLiteral("pg3"), PatroniRole::Replica)};
    s.cluster.answered(cluster, at);
    s.nodes = {node(QStringLiteral("pg1"), true), node(QStringLiteral("pg2"), false), node(QStringLiteral("pg3"), false)};
    return s;
}

const MemberView& view(const ClusterSnapshot& s, const QString& name)
{
    for (const MemberView& m : s.members) {
        if (m.name == name)
            return m;
    }
    static const MemberView none;
    ADD_FAILURE() << "no member " << name.toStdString();
    return none;
}

} // namespace

TEST(ClusterAnalysis, AHealthyClusterIsSeenWholeWithTheLeadersLag)
{
    QHash<QString, QDateTime> lastSeen;
    ClusterSnapshot s = healthy(kT0);
    analyseCluster(s, {}, kExpected, apis(kExpected), lastSeen);
    EXPECT_EQ(s.seenMembers(), 3);
    EXPECT_EQ(s.expectedMembers(), 3);
    EXPECT_FALSE(s.hasSplitBrain());
    EXPECT_TRUE(s.disagreements.isEmpty()) << s.disagreements.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(s.lag.isCurrent());
    EXPECT_EQ(s.lagSource, QStringLiteral("pg1"));
    EXPECT_EQ(lastSeen.value(QStringLiteral("pg2")), kT0);
}

TEST(ClusterAnalysis, AMemberPatroniStopsListingStaysAsMissingWithWhenItWasLastSeen)
{
    QHash<QString, QDateTime> lastSeen;
    ClusterSnapshot before = healthy(kT0);
    analyseCluster(before, {}, kExpected, apis(kExpected), lastSeen);

    ClusterSnapshot after = healthy(kT0.addSecs(30));
    after.cluster.data->members.removeAt(2); // Patroni's key for pg3 expired
    analyseCluster(after, before, kExpected, apis({QStringLiteral("pg1"), QStringLiteral("pg2")}), lastSeen);
    const MemberView& pg3 = view(after, QStringLiteral("pg3"));
    EXPECT_EQ(pg3.health, MemberView::Health::Missing);
    EXPECT_EQ(pg3.lastSeen, kT0);
    EXPECT_TRUE(pg3.problems.join(QLatin1Char(';')).contains(QStringLiteral("Patroni does not list it")));
    EXPECT_TRUE(pg3.problems.join(QLatin1Char(';')).contains(QStringLiteral("its Patroni does not answer (connection refused)")));
    ASSERT_TRUE(pg3.node.has_value());
    EXPECT_EQ(pg3.node->roleText(), QStringLiteral("standby, streaming")) << "its PostgreSQL, asked directly";
    EXPECT_EQ(after.seenMembers(), 2);
    EXPECT_EQ(after.members.size(), 3) << "the missing member is not dropped";
}

TEST(ClusterAnalysis, AMemberStillListedRunningButWhosePatroniIsSilentIsMissingAtOnce)
{
    QHash<QString, QDateTime> lastSeen;
    ClusterSnapshot s = healthy(kT0);
    analyseCluster(s, {}, kExpected, apis({QStringLiteral("pg1"), QStringLiteral("pg3")}), lastSeen);
    EXPECT_EQ(view(s, QStringLiteral("pg2")).health, MemberView::Health::Missing);
    EXPECT_FALSE(view(s, QStringLiteral("pg2")).lastSeen.isValid()) << "never seen since the watch began";
}

TEST(ClusterAnalysis, AMemberListedStoppedIsMissing)
{
    QHash<QString, QDateTime> lastSeen;
    ClusterSnapshot s = healthy(kT0);
    s.cluster.data->members[1].state = QStringLiteral("stopped");
    analyseCluster(s, {}, kExpected, apis(kExpected), lastSeen);
    EXPECT_EQ(view(s, QStringLiteral("pg2")).health, MemberView::Health::Missing);
    EXPECT_EQ(view(s, QStringLiteral("pg2")).problems, QStringList{QStringLiteral("Patroni lists it as stopped")});
}

TEST(ClusterAnalysis, TwoWritableNodesAreASplitBrainNamingBothAndTheirTimelines)
{
    QHash<QString, QDateTime> lastSeen;
    ClusterSnapshot s = healthy(kT0);
    // pg1's Patroni died: Patroni promoted pg3 on timeline 5; pg1's PostgreSQL still takes writes.
    s.cluster.data->members = {member(QStringLiteral("pg2"), PatroniRole::Replica, QStringLiteral("running"), 5),
                               member(QStringLiteral("pg3"), PatroniRole::Leader, QStringLiteral("running"), 5)};
    s.nodes = {node(QStringLiteral("pg1"), true, 4), node(QStringLiteral("pg2"), false, 5),
               node(QStringLiteral("pg3"), true, 5)};
    analyseCluster(s, {}, kExpected, apis({QStringLiteral("pg2"), QStringLiteral("pg3")}), lastSeen);
    ASSERT_TRUE(s.hasSplitBrain());
    EXPECT_EQ(describeSplitBrain(s.splitBrain),
              QStringLiteral("pg1 (timeline 4) and pg3 (timeline 5) both accept writes"));
    EXPECT_EQ(view(s, QStringLiteral("pg1")).health, MemberView::Health::Missing);
    EXPECT_TRUE(s.disagreements.contains(
        QStringLiteral("pg1's PostgreSQL accepts writes, but Patroni does not list it.")))
        << s.disagreements.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(s.lagSource, QStringLiteral("pg3")) << "the lag is Patroni's leader's to tell";
}

TEST(ClusterAnalysis, WherePatroniAndTheNodesDisagreeItIsSaid)
{
    QHash<QString, QDateTime> lastSeen;
    ClusterSnapshot s = healthy(kT0);
    s.nodes[0] = silentNode(QStringLiteral("pg1")); // the leader's PostgreSQL does not answer
    s.nodes[2].timeline = 3;
    analyseCluster(s, {}, kExpected, apis(kExpected), lastSeen);
    EXPECT_TRUE(s.disagreements.contains(
        QStringLiteral("Patroni calls pg1 the leader, but its PostgreSQL does not answer.")));
    EXPECT_TRUE(s.disagreements.contains(
        QStringLiteral("Patroni reports timeline 4 for pg3; its PostgreSQL is on timeline 3.")));
    EXPECT_FALSE(s.lag.isCurrent()) << "no node answers as the leader: the lag is unknown, not zero";
}

TEST(ClusterAnalysis, WhenPatroniIsSilentTheMembersAreUnknownNeverHealthyAndTheLastViewIsKept)
{
    QHash<QString, QDateTime> lastSeen;
    ClusterSnapshot before = healthy(kT0);
    analyseCluster(before, {}, kExpected, apis(kExpected), lastSeen);
    ClusterSnapshot after;
    after.takenAt = kT0.addSecs(5);
    after.nodes = before.nodes;
    after.cluster.failed(makeError(ErrorKind::Timeout, QStringLiteral("no answer")), after.takenAt, before.cluster);
    analyseCluster(after, before, kExpected, apis({}), lastSeen);
    EXPECT_TRUE(after.cluster.hasData());
    EXPECT_EQ(after.cluster.asOf, kT0);
    EXPECT_EQ(after.cluster.failingSince, kT0.addSecs(5));
    EXPECT_EQ(after.seenMembers(), 0);
    for (const MemberView& m : after.members) {
        EXPECT_EQ(m.health, MemberView::Health::Unknown) << m.name.toStdString();
        EXPECT_TRUE(m.patroniStale);
    }
    // Still failing later: the failure's start is kept.
    ClusterSnapshot later;
    later.takenAt = kT0.addSecs(10);
    later.cluster.failed(makeError(ErrorKind::Timeout, QStringLiteral("no answer")), later.takenAt, after.cluster);
    EXPECT_EQ(later.cluster.failingSince, kT0.addSecs(5));
    EXPECT_EQ(later.cluster.asOf, kT0);
}

TEST(FailureText, SaysWhichServiceFailedHowInOneSentence)
{
    const Error refused = makeError(ErrorKind::Network,
                                    QStringLiteral("cannot connect: Failed to connect to 127.0.0.1 port 29090 after 0 ms: "
                                                   "Couldn't connect to server (Connection refused)"));
    EXPECT_EQ(failureSentence(QStringLiteral("Prometheus"), QStringLiteral("127.0.0.1:29090"), refused),
              QStringLiteral("Prometheus at 127.0.0.1:29090 does not answer: connection refused"));
    EXPECT_EQ(failureSentence(QStringLiteral("Patroni"), QStringLiteral("127.0.0.1:28008"),
                              makeError(ErrorKind::Timeout, QStringLiteral("no complete answer within 4000 ms"))),
              QStringLiteral("Patroni at 127.0.0.1:28008 did not answer in time"));
    EXPECT_EQ(addressOf(QStringLiteral("http://127.0.0.1:29093/")), QStringLiteral("127.0.0.1:29093"));
    EXPECT_EQ(addressOf(QStringLiteral("unix:///tmp/docker.sock")), QStringLiteral("/tmp/docker.sock"));
}
