#pragma once

#include "core/Runbook.h"

#include <QWidget>

#include <memory>

namespace Ui {
class MigrationTab;
}

namespace cockpit::gui {

class NoticeBanner;

// The migration procedure, the rollback procedure and the post-rollback checks, step by
// step with the guide's commands. Read-only until the wizard can execute against a cluster.
class MigrationTab final : public QWidget
{
    Q_OBJECT

public:
    explicit MigrationTab(QWidget* parent = nullptr);
    ~MigrationTab() override;
    Q_DISABLE_COPY_MOVE(MigrationTab)

    void setRunbook(const Runbook& runbook);

private:
    void showStep(const QString& key);

    std::unique_ptr<Ui::MigrationTab> m_ui;
    NoticeBanner* m_banner;
    Runbook m_runbook;
};

} // namespace cockpit::gui
