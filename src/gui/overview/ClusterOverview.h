#pragma once

#include "engine/monitoring/ClusterSnapshot.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTreeWidget;

namespace Ui {
class ClusterOverview;
}

namespace cockpit {
class ClusterMonitor;
}

namespace cockpit::gui {

// The cluster at a glance, in a dock: members as Patroni lists them beside what each
// PostgreSQL answers directly (missing ones stay, in red), the leader's view of their lag,
// a split brain, Alertmanager's alerts, Swarm services and Prometheus targets. A source that
// stops answering keeps its last data, greyed and dated. Follows a ClusterMonitor; never
// waits on anything itself.
class ClusterOverview final : public QWidget
{
    Q_OBJECT

public:
    enum class Level
    {
        Ok,
        Warning, // something is unknown or stale, or an alert fires
        Alarm, // a split brain, a missing member, a critical alert
    };

    explicit ClusterOverview(ClusterMonitor& monitor, QWidget* parent = nullptr);
    ~ClusterOverview() override;
    Q_DISABLE_COPY_MOVE(ClusterOverview)

    // For the status bar: "2 of 3 members, leader pg3; 3/3 tasks; 8/8 targets up; 1 alert firing".
    QString summary() const { return m_summary; }
    Level summaryLevel() const { return m_level; }

    // "HH:mm:ss" in local time: how the overview names a moment.
    static QString clock(const QDateTime& time);

private:
    void showSnapshot(const ClusterSnapshot& snapshot);
    void showMembers(const ClusterSnapshot& snapshot, QStringList& summary);
    void showAlerts(const ClusterSnapshot& snapshot, QStringList& summary);
    void showServices(const ClusterSnapshot& snapshot, QStringList& summary);
    void showTargets(const ClusterSnapshot& snapshot, QStringList& summary);
    // The state of one source under its table: nothing when current, else what failed and
    // since when (with the library's words on demand); returns whether it is stale.
    template<typename T> bool showSource(QLabel* label, const Sourced<T>& source);
    void raise(Level level);

    std::unique_ptr<Ui::ClusterOverview> m_ui;
    ClusterMonitor& m_monitor;
    QString m_summary;
    Level m_level = Level::Ok;
};

} // namespace cockpit::gui
