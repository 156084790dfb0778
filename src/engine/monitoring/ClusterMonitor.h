#pragma once

#include "ClusterSnapshot.h"
#include "core/ConnectionProfile.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

namespace cockpit {

class PgConnection;
class SecretStore;

// Takes a ClusterSnapshot of the profile's cluster at an interval, all asynchronously: the
// Patroni members, the leader's replication lag, the Swarm services and the Prometheus
// targets. A refresh that is still running when the next is due is not doubled.
class ClusterMonitor final : public QObject
{
    Q_OBJECT

public:
    explicit ClusterMonitor(SecretStore& secrets, QObject* parent = nullptr);
    ~ClusterMonitor() override;
    Q_DISABLE_COPY_MOVE(ClusterMonitor)

    // Nothing: stop watching. Starts at once, then every interval.
    void setProfile(std::optional<ConnectionProfile> profile);
    const std::optional<ConnectionProfile>& profile() const { return m_profile; }
    void setInterval(std::chrono::milliseconds interval);
    void refresh();
    bool isRefreshing() const { return m_pending > 0; }
    const ClusterSnapshot& latest() const { return m_latest; }

    static constexpr std::chrono::milliseconds kDefaultInterval{5000};

Q_SIGNALS:
    void refreshStarted();
    void updated(const cockpit::ClusterSnapshot& snapshot);

private:
    void refreshCluster(quint64 generation);
    void refreshLag(quint64 generation);
    void refreshServices(quint64 generation);
    void refreshTargets(quint64 generation);
    void sourceDone(quint64 generation);

    SecretStore& m_secrets;
    std::optional<ConnectionProfile> m_profile;
    QTimer m_timer;
    quint64 m_generation = 0; // a new profile makes older answers stale
    int m_pending = 0;
    ClusterSnapshot m_next;
    ClusterSnapshot m_latest;
    std::unique_ptr<PgConnection> m_leader;
    std::optional<QString> m_password;
};

} // namespace cockpit
