#pragma once

#include "engine/monitoring/ClusterSnapshot.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ClusterOverview;
}

namespace cockpit {
class ClusterMonitor;
}

namespace cockpit::gui {

// The cluster at a glance, in a dock: members with role, state, timeline and the leader's
// view of their lag; Swarm services and their running tasks; Prometheus targets. Follows a
// ClusterMonitor; never waits on anything itself.
class ClusterOverview final : public QWidget
{
    Q_OBJECT

public:
    explicit ClusterOverview(ClusterMonitor& monitor, QWidget* parent = nullptr);
    ~ClusterOverview() override;
    Q_DISABLE_COPY_MOVE(ClusterOverview)

    // For tests and the status bar: "3 members, leader pg1; 3/3 tasks; 8/8 targets up".
    QString summary() const { return m_summary; }

private:
    void showSnapshot(const ClusterSnapshot& snapshot);
    void showMembers(const ClusterSnapshot& snapshot);
    void showServices(const ClusterSnapshot& snapshot);
    void showTargets(const ClusterSnapshot& snapshot);

    std::unique_ptr<Ui::ClusterOverview> m_ui;
    ClusterMonitor& m_monitor;
    QString m_summary;
};

} // namespace cockpit::gui
