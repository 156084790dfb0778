#pragma once

#include "core/Runbook.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ApprovalsTab;
}

namespace cockpit::gui {

class NoticeBanner;

// The five sign-off roles, the approval record (date approved, scheduled rollout,
// maintenance window) and the contacts. Signing is not available yet; nothing is shown as
// signed because nothing is.
class ApprovalsTab final : public QWidget
{
    Q_OBJECT

public:
    explicit ApprovalsTab(QWidget* parent = nullptr);
    ~ApprovalsTab() override;
    Q_DISABLE_COPY_MOVE(ApprovalsTab)

    void setRunbook(const Runbook& runbook);

private:
    std::unique_ptr<Ui::ApprovalsTab> m_ui;
    NoticeBanner* m_banner;
};

} // namespace cockpit::gui
