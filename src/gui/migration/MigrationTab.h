#pragma once

#include "core/Runbook.h"
#include "engine/migration/MigrationPlan.h"

#include <QPointer>
#include <QWidget>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeWidgetItem;

namespace Ui {
class MigrationTab;
}

namespace cockpit::migration {
class MigrationSession;
}

namespace cockpit::gui {

class NoticeBanner;

// The migration wizard, in the tab: the three phases and the rollback path with every action's
// state from the journal; for the selected action its description, the guide's command, the
// exact inputs, its outcome; live output, progress, each phase's time against its budget and the
// rollback window's countdown. Run, Run step, Pause, Abort (which offers the rollback), Skip
// (with a reason), Mark done and Run again for an action in doubt or failed, Dry run.
class MigrationTab final : public QWidget
{
    Q_OBJECT

public:
    explicit MigrationTab(QWidget* parent = nullptr);
    ~MigrationTab() override;
    Q_DISABLE_COPY_MOVE(MigrationTab)

    void setRunbook(const Runbook& runbook);
    void setSession(migration::MigrationSession* session); // not owned
    // Selects the rollback procedure's first action (a rollback trigger's one click); runs nothing.
    void showRollback();

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void rebuildTree();
    void refreshStates();
    void refreshTimes();
    void refreshButtons();
    void showSelected();
    QString selectedPath() const;
    const migration::PlannedAction* plannedFor(const QString& path) const;
    void run(bool oneStep, bool dryRun, std::optional<std::chrono::milliseconds> waitClear = std::nullopt);
    void markSelected(const QString& as);
    void skipSelected();
    void abortRun();
    void overridePreflight();
    void confirmAction(const migration::PlannedAction& action, const QJsonObject& inputs, bool destructive,
                       std::function<void(bool)> answer);

    std::unique_ptr<Ui::MigrationTab> m_ui;
    NoticeBanner* m_banner;
    NoticeBanner* m_waitBanner; // the preflight found a blocker: Retry, Wait until clear, Override…
    QString m_waitingPath;
    NoticeBanner* m_doubtBanner;
    QLabel* m_budgetLabel;
    QLabel* m_windowLabel;
    QProgressBar* m_progress;
    QPlainTextEdit* m_output;
    QPushButton* m_runButton;
    QPushButton* m_stepButton;
    QPushButton* m_dryRunButton;
    QPushButton* m_pauseButton;
    QPushButton* m_abortButton;
    QPushButton* m_skipButton;
    QPushButton* m_doneButton;
    QPushButton* m_rerunButton;
    QPushButton* m_rollbackButton;
    QPushButton* m_rehearseButton;
    QTimer* m_clock;
    Runbook m_runbook;
    migration::Plan m_migrationPlan;
    migration::Plan m_rollbackPlan;
    QPointer<migration::MigrationSession> m_session;
    QHash<QString, QTreeWidgetItem*> m_rows;
    QString m_running; // the action that runs now
    QString m_probe; // the in-doubt action's probe
    QString m_probeAsked; // the action a probe was asked for
};

} // namespace cockpit::gui
