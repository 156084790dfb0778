#pragma once

#include "ClusterAnalysis.h"
#include "ClusterSnapshot.h"
#include "core/Clock.h"
#include "core/ConnectionProfile.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

namespace cockpit {

class PgConnection;
class SecretStore;

// Takes a ClusterSnapshot of the profile's cluster at an interval, all asynchronously:
// Patroni's view and every member's own API, every PostgreSQL node asked directly (role,
// timeline, LSN; the leader's replication lag), the Swarm services, the Prometheus targets
// and Alertmanager's alerts. A source that fails keeps its last answer, marked stale; an
// expected member that disappears stays, marked missing. A refresh that is still running
// when the next is due is not doubled.
class ClusterMonitor final : public QObject
{
    Q_OBJECT

public:
    explicit ClusterMonitor(SecretStore& secrets, QObject* parent = nullptr, const Clock& clock = Clock::system());
    ~ClusterMonitor() override;
    Q_DISABLE_COPY_MOVE(ClusterMonitor)

    // Nothing: stop watching. Starts at once, then every interval.
    void setProfile(std::optional<ConnectionProfile> profile);
    const std::optional<ConnectionProfile>& profile() const { return m_profile; }
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_timer.intervalAsDuration(); }
    void refresh();
    bool isRefreshing() const { return m_pending > 0; }
    const ClusterSnapshot& latest() const { return m_latest; }

    static constexpr std::chrono::milliseconds kDefaultInterval{5000};
    // Every question of one refresh has its own timeout, shorter than the interval.
    static constexpr std::chrono::milliseconds kQuestionTimeout{4000};

Q_SIGNALS:
    void refreshStarted();
    void updated(const cockpit::ClusterSnapshot& snapshot);

private:
    void refreshPatroni(quint64 generation);
    void patroniPartDone(quint64 generation);
    void refreshNodes(quint64 generation);
    void probeNode(quint64 generation, int index, const QString& password);
    void nodeDone(quint64 generation, int index, std::optional<Error> failure);
    void refreshServices(quint64 generation);
    void refreshTargets(quint64 generation);
    void refreshAlerts(quint64 generation);
    void sourceDone(quint64 generation);
    void dropNodeConnections();

    SecretStore& m_secrets;
    const Clock& m_clock;
    std::optional<ConnectionProfile> m_profile;
    QTimer m_timer;
    quint64 m_generation = 0; // a new profile makes older answers stale
    int m_pending = 0;
    int m_patroniPending = 0;
    int m_nodesPending = 0;
    Error m_lastClusterError;
    ClusterSnapshot m_next;
    ClusterSnapshot m_latest;
    QList<MemberApi> m_apis;
    QHash<QString, QDateTime> m_lastSeen;
    std::vector<std::unique_ptr<PgConnection>> m_nodes; // one per profile node, opened on demand
    std::optional<QString> m_password;
};

} // namespace cockpit
