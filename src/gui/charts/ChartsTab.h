#pragma once

#include "core/Runbook.h"
#include "engine/monitoring/Watch.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class ChartsTab;
}

class QComboBox;
class QGridLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QSystemTrayIcon;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace cockpit::monitoring {
class MetricsSession;
}

namespace cockpit::gui {

class MetricChart;
class NoticeBanner;

// The live watch: a chart per metric (target and alert lines, state, value; 15 min to 72 h;
// zoom, pan, crosshair; gaps drawn as gaps), the rollback triggers with their states and an
// unmissable banner with one click into the rollback when one fires, the 72-hour success
// tracker with its countdown and violations, the alerts with their response-matrix row and
// contact (also as tray notifications), and the guide's tables.
class ChartsTab final : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsTab(QWidget* parent = nullptr);
    ~ChartsTab() override;
    Q_DISABLE_COPY_MOVE(ChartsTab)

    void setRunbook(const Runbook& runbook);
    void setSession(monitoring::MetricsSession* session);

    // The range the charts show, in milliseconds (15 min … 72 h).
    qint64 rangeMs() const;
    void setRangeIndex(int index);
    MetricChart* chart(const QString& metricId) const;
    QTableWidget* triggersTable() const { return m_triggersTable; }
    QTableWidget* successTable() const { return m_successTable; }
    NoticeBanner* triggerBanner() const { return m_triggerBanner; }
    QListWidget* alertsList() const { return m_alerts; }
    // Redraws every chart now (the tab also does it on its own timer).
    void redraw();

Q_SIGNALS:
    void openRollback();
    void statusMessage(const QString& message);

private:
    void buildCharts();
    void onUpdated(const monitoring::WatchUpdate& update);
    void refreshTables();
    void refreshStatus();
    void redrawChart(MetricChart* chart);
    void raiseSecurityIssue();
    void confirmCriterion();

    std::unique_ptr<Ui::ChartsTab> m_ui;
    NoticeBanner* m_banner;
    NoticeBanner* m_triggerBanner;
    QPushButton* m_rollbackButton;
    QComboBox* m_range;
    QPushButton* m_pause;
    QPushButton* m_raise;
    QPushButton* m_confirm;
    QLabel* m_status;
    QLabel* m_countdown;
    QTabWidget* m_sections;
    QGridLayout* m_grid;
    QTableWidget* m_triggersTable;
    QTableWidget* m_successTable;
    QListWidget* m_alerts;
    QTimer* m_tick;
    QSystemTrayIcon* m_tray = nullptr;
    Runbook m_runbook;
    QPointer<monitoring::MetricsSession> m_session;
    QList<MetricChart*> m_charts;
    QHash<QString, TriggerTransition> m_lastTransition; // per trigger: its latest change and what decided it
    bool m_dirty = false;
};

} // namespace cockpit::gui
