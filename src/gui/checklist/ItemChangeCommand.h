#pragma once

#include "core/Records.h"

#include <QPointer>
#include <QUndoCommand>

namespace cockpit {
class ChecklistSession;
}

namespace cockpit::gui {

// One checklist edit on the undo stack. Redo applies the new values; undo applies the old
// ones as a new, audited change (the audit log only grows). The audit log records an undo
// as the undo of this edit, and a later redo as its redo, both naming the edit's change id.
class ItemChangeCommand final : public QUndoCommand
{
public:
    // before holds the previous values of exactly the fields that after changes.
    ItemChangeCommand(ChecklistSession* session, ItemChange before, ItemChange after, const QString& text);

    void redo() override;
    void undo() override;

    // The previous values of the fields that change touches, read from the session.
    static ItemChange previousValues(const ChecklistSession& session, const ItemChange& change);

private:
    QPointer<ChecklistSession> m_session;
    ItemChange m_before;
    ItemChange m_after;
    QString m_editId; // the change id of the first application
    bool m_applied = false;
};

} // namespace cockpit::gui
