#pragma once

#include "core/Runbook.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ChartsTab;
}

namespace cockpit::gui {

class NoticeBanner;

// What the live watch will measure: the monitoring table with targets, alert thresholds and
// intervals, the rollback triggers, the success criteria, the response matrix and the
// week-1 validations. No charts until the cockpit is connected to a Prometheus.
class ChartsTab final : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsTab(QWidget* parent = nullptr);
    ~ChartsTab() override;
    Q_DISABLE_COPY_MOVE(ChartsTab)

    void setRunbook(const Runbook& runbook);

private:
    std::unique_ptr<Ui::ChartsTab> m_ui;
    NoticeBanner* m_banner;
};

} // namespace cockpit::gui
