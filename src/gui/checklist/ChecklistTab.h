#pragma once

#include <optional>

#include "core/CheckResult.h"
#include "core/ItemStatus.h"
#include "core/Records.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QTimer;
class QUndoStack;

namespace Ui {
class ChecklistTab;
}

namespace cockpit {
class ChecklistSession;
class ReadinessSession;
struct Error;
struct ItemCheckResult;
struct ReadinessReport;
} // namespace cockpit

namespace cockpit::gui {

class ChecklistFilterModel;
class ChecklistModel;
class NoticeBanner;

// The readiness checklist: every item of the runbook grouped by section, its status, who
// set it and when, a note and evidence, the guide's wording and parameters, and the item's
// history. Every edit goes through the undo stack and is audited by the store.
class ChecklistTab final : public QWidget
{
    Q_OBJECT

public:
    ChecklistTab(QUndoStack* undoStack, std::function<QString()> identity, QWidget* parent = nullptr);
    ~ChecklistTab() override;
    Q_DISABLE_COPY_MOVE(ChecklistTab)

    // Not owned. nullptr shows an empty checklist.
    void setSession(ChecklistSession* session);
    // Not owned: the readiness checks (the Check column, the evidence, F6).
    void setReadiness(ReadinessSession* readiness);
    // Checks every item, the selected item's section, or the selected item.
    void checkAll();
    void checkSection();
    void checkItem();
    // Shown when the store cannot be opened: the checklist stays readable but not editable.
    void showStoreProblem(const QString& text);

    // Item actions for the main window's menu; their shortcuts work inside this tab.
    QList<QAction*> itemActions() const;
    QString selectedItemId() const;
    void selectItem(const QString& itemId);
    // Saves the unsaved note and evidence of the selected item, if any (before closing).
    void applyPendingEdits();

    QByteArray saveState() const;
    void restoreState(const QByteArray& splitter, const QByteArray& header);
    QByteArray headerState() const;

Q_SIGNALS:
    void statusMessage(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void setupTree();
    void currentChanged(const QModelIndex& current);
    void showItem(const QString& itemId);
    void refreshDetails();
    void refreshProgress();
    void refreshActions();
    void setStatus(ItemStatus status);
    void toggleDone();
    void applyEdits();
    void revertEdits();
    void updateEditButtons();
    bool hasUnsavedEdits() const;
    void push(const ItemChange& change, const QString& text);
    void showHistory(const QString& itemId, const QList<AuditEntry>& entries);
    void showCheckHistory(const QString& itemId, const QList<ItemCheckResult>& results);
    void fillHistory();
    void refreshCheckResult();
    void refreshCheckControls();
    void runChecks(const QStringList& itemIds, const QString& what);
    void checkFinished(const ReadinessReport& report);
    void saveFailed(const QString& itemId, const Error& error);
    bool isEditable() const;

    std::unique_ptr<Ui::ChecklistTab> m_ui;
    NoticeBanner* m_banner;
    ChecklistModel* m_model;
    ChecklistFilterModel* m_filter;
    QUndoStack* m_undoStack;
    std::function<QString()> m_identity;
    QPointer<ChecklistSession> m_session;
    QString m_currentItemId;
    // The profile the check line speaks of (nullopt: it says there is none); a profile chosen
    // later must not leave "no connection profile" standing.
    std::optional<QString> m_checkLineProfile;
    bool m_storeProblem = false;
    bool m_saveProblemShown = false; // the banner tells of a failed save (cleared by the next save)
    QList<QAction*> m_statusActions; // open, done, not applicable, blocked
    QAction* m_toggleAction = nullptr;
    QAction* m_applyAction = nullptr;
    QAction* m_filterAction = nullptr;
    QAction* m_checkAllAction = nullptr;
    QAction* m_checkSectionAction = nullptr;
    QAction* m_checkItemAction = nullptr;
    QPointer<ReadinessSession> m_readiness;
    QTimer* m_recheckTimer;
    QList<AuditEntry> m_historyAudit; // the current item's, merged with its checks
    QList<ItemCheckResult> m_historyChecks;
};

} // namespace cockpit::gui
