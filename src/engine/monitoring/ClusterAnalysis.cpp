#include "ClusterAnalysis.h"

#include "core/FailureText.h"

#include <QCoreApplication>
#include <algorithm>

namespace cockpit {
namespace {

class AnalysisTr
{
    Q_DECLARE_TR_FUNCTIONS(cockpit::ClusterAnalysis)
};

const MemberApi* apiOf(const QList<MemberApi>& apis, const QString& name)
{
    for (const MemberApi& api : apis) {
        if (api.name == name)
            return &api;
    }
    return nullptr;
}

const NodeState* nodeOf(const QList<NodeState>& nodes, const QString& name)
{
    for (const NodeState& node : nodes) {
        if (node.name == name)
            return &node;
    }
    return nullptr;
}

// Patroni's view and the node's own answer, side by side: every difference is said.
void compare(const MemberView& member, const QString& leader, QStringList& disagreements)
{
    if (!member.node)
        return;
    const NodeState& node = *member.node;
    const bool patroniLeader = member.patroni && member.patroni->role == PatroniRole::Leader;
    if (patroniLeader && !node.reachable) {
        disagreements.append(
            AnalysisTr::tr("Patroni calls %1 the leader, but its PostgreSQL does not answer.").arg(member.name));
    } else if (patroniLeader && node.inRecovery) {
        disagreements.append(
            AnalysisTr::tr("Patroni calls %1 the leader, but its PostgreSQL is a standby.").arg(member.name));
    } else if (!patroniLeader && node.acceptsWrites()) {
        if (!member.patroni) {
            disagreements.append(
                AnalysisTr::tr("%1's PostgreSQL accepts writes, but Patroni does not list it.").arg(member.name));
        } else if (leader.isEmpty()) {
            disagreements.append(
                AnalysisTr::tr("%1's PostgreSQL accepts writes, but Patroni names no leader.").arg(member.name));
        } else {
            disagreements.append(AnalysisTr::tr("%1's PostgreSQL accepts writes, but Patroni calls %2 the leader.")
                                     .arg(member.name, leader));
        }
    } else if (member.patroni && isRunningState(member.patroni->state) && !node.reachable) {
        disagreements.append(AnalysisTr::tr("Patroni lists %1 as %2, but its PostgreSQL does not answer.")
                                 .arg(member.name, member.patroni->state));
    }
    if (member.patroni && member.patroni->timeline && node.reachable && node.timeline
        && *member.patroni->timeline != *node.timeline) {
        disagreements.append(AnalysisTr::tr("Patroni reports timeline %1 for %2; its PostgreSQL is on timeline %3.")
                                 .arg(*member.patroni->timeline)
                                 .arg(member.name)
                                 .arg(*node.timeline));
    }
}

} // namespace

bool isRunningState(const QString& patroniState)
{
    return patroniState == QLatin1String("running") || patroniState == QLatin1String("streaming");
}

void analyseCluster(ClusterSnapshot& snapshot, const ClusterSnapshot& previous, const QStringList& expected,
                    const QList<MemberApi>& apis, QHash<QString, QDateTime>& lastSeen)
{
    snapshot.members.clear();
    snapshot.disagreements.clear();
    const bool clusterCurrent = snapshot.cluster.isCurrent();
    QStringList names = expected;
    if (snapshot.cluster.hasData()) {
        for (const PatroniMember& member : snapshot.cluster.data->members) {
            if (!names.contains(member.name))
                names.append(member.name);
        }
    }
    const QString leader = snapshot.leaderName();
    for (const QString& name : names) {
        MemberView view;
        view.name = name;
        view.expected = expected.contains(name);
        if (snapshot.cluster.hasData()) {
            for (const PatroniMember& member : snapshot.cluster.data->members) {
                if (member.name == name)
                    view.patroni = member;
            }
            view.patroniStale = !clusterCurrent;
        }
        if (const MemberApi* api = apiOf(apis, name)) {
            view.api = api->status;
            view.apiError = api->error;
        }
        if (const NodeState* node = nodeOf(snapshot.nodes, name))
            view.node = *node;

        if (!clusterCurrent) {
            view.health = MemberView::Health::Unknown; // Patroni's view is not to be had
        } else {
            const bool listed = view.patroni.has_value();
            const bool running = listed && isRunningState(view.patroni->state);
            const bool apiAnswers = view.api.has_value() || !apiOf(apis, name); // unknown URL: not held against it
            if (running && apiAnswers) {
                view.health = MemberView::Health::Seen;
                lastSeen.insert(name, snapshot.takenAt);
            } else {
                view.health = view.expected ? MemberView::Health::Missing : MemberView::Health::Unknown;
                if (!listed)
                    view.problems.append(AnalysisTr::tr("Patroni does not list it"));
                else if (!running)
                    view.problems.append(AnalysisTr::tr("Patroni lists it as %1").arg(view.patroni->state));
                if (!view.api && apiOf(apis, name)) {
                    view.problems.append(
                        AnalysisTr::tr("its Patroni does not answer (%1)").arg(shortReason(view.apiError.message)));
                }
            }
        }
        view.lastSeen = lastSeen.value(name);
        if (!view.expected && view.patroni)
            snapshot.disagreements.append(
                AnalysisTr::tr("Patroni lists %1, which the connection profile does not name.").arg(name));
        if (clusterCurrent)
            compare(view, leader, snapshot.disagreements);
        snapshot.members.append(view);
    }
    snapshot.splitBrain = writablePrimaries(snapshot.nodes);

    // The lag is the leader's to tell: Patroni's leader if its PostgreSQL takes writes, else
    // the only node that does. In a split brain Patroni's leader is still the one to ask.
    const NodeState* source = leader.isEmpty() ? nullptr : nodeOf(snapshot.nodes, leader);
    if (!source || !source->acceptsWrites()) {
        source = nullptr;
        const auto writers = std::count_if(snapshot.nodes.begin(), snapshot.nodes.end(),
                                           [](const NodeState& node) { return node.acceptsWrites(); });
        if (writers == 1) {
            source = &*std::find_if(snapshot.nodes.begin(), snapshot.nodes.end(),
                                    [](const NodeState& node) { return node.acceptsWrites(); });
        }
    }
    snapshot.lag.service = AnalysisTr::tr("The leader's pg_stat_replication");
    if (source && source->replication) {
        snapshot.lag.answered(*source->replication, snapshot.takenAt);
        snapshot.lagSource = source->name;
    } else {
        Error why = source ? source->replicationError
                           : makeError(ErrorKind::NotFound, AnalysisTr::tr("no node answers as the leader"));
        snapshot.lag.failed(why, snapshot.takenAt, previous.lag);
        snapshot.lagSource = previous.lagSource;
    }
}

const ReplicationLag* ClusterSnapshot::lagOf(const QString& member) const
{
    if (!lag.data)
        return nullptr;
    for (const ReplicationLag& entry : *lag.data) {
        if (entry.applicationName == member)
            return &entry;
    }
    return nullptr;
}

int ClusterSnapshot::targetsUp() const
{
    int up = 0;
    if (targets.data) {
        for (const PromTarget& target : *targets.data)
            up += target.health == QLatin1String("up") ? 1 : 0;
    }
    return up;
}

int ClusterSnapshot::expectedMembers() const
{
    return static_cast<int>(
        std::count_if(members.begin(), members.end(), [](const MemberView& m) { return m.expected; }));
}

int ClusterSnapshot::seenMembers() const
{
    return static_cast<int>(std::count_if(members.begin(), members.end(), [](const MemberView& m) {
        return m.expected && m.health == MemberView::Health::Seen;
    }));
}

QString ClusterSnapshot::leaderName() const
{
    if (!cluster.data)
        return {};
    const PatroniMember* leader = cluster.data->leader();
    return leader ? leader->name : QString();
}

} // namespace cockpit
