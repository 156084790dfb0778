#pragma once

#include "core/Runbook.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class ApprovalsTab;
}

namespace cockpit {
class ApprovalSession;
struct Error;
} // namespace cockpit

namespace cockpit::gui {

class NoticeBanner;

// The five sign-offs, the approval record (date approved, scheduled rollout, maintenance
// window), the gate's state and why, the ledger's state and head, and the contacts. Signing,
// rejecting (with a reason), revoking one's own decision, setting the window and the schedule,
// and an emergency override (with a reason) are records of the ledger: nothing is rewritten.
class ApprovalsTab final : public QWidget
{
    Q_OBJECT

public:
    explicit ApprovalsTab(QWidget* parent = nullptr);
    ~ApprovalsTab() override;
    Q_DISABLE_COPY_MOVE(ApprovalsTab)

    void setRunbook(const Runbook& runbook);
    // Not owned. nullptr: nothing to sign (no rollout open).
    void setSession(ApprovalSession* session);
    // Who signs: the team store's role (fixed) or the name set in Preferences.
    void setIdentity(std::function<QString()> identity, bool team);
    // The gate again (the time moves on: a window opens or closes, an override ends).
    void refreshGate();

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void refresh();
    void approve();
    void reject();
    void revoke();
    void chooseWindow();
    void chooseSchedule();
    void chooseOverride();
    QString selectedRole() const;
    void refreshButtons();
    void failed(const Error& error);

    std::unique_ptr<Ui::ApprovalsTab> m_ui;
    NoticeBanner* m_banner;
    QPointer<ApprovalSession> m_session;
    std::function<QString()> m_identity;
    bool m_team = false;
    Runbook m_runbook;
    QString m_anchorText; // HEAD@COUNT of the record as last verified intact; empty otherwise
};

} // namespace cockpit::gui
