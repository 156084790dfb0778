#include "ItemChangeCommand.h"

#include "engine/checklist/ChecklistSession.h"

#include <QUuid>

namespace cockpit::gui {

ItemChangeCommand::ItemChangeCommand(ChecklistSession* session, ItemChange before, ItemChange after,
                                     const QString& text)
    : QUndoCommand(text)
    , m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_editId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

void ItemChangeCommand::redo()
{
    if (!m_session)
        return;
    ItemChange change = m_after;
    if (!m_applied) {
        change.changeId = m_editId;
        change.origin = ChangeOrigin::Edit;
        m_applied = true;
    } else {
        change.origin = ChangeOrigin::Redo;
        change.reverses = m_editId;
    }
    m_session->apply(change);
}

void ItemChangeCommand::undo()
{
    if (!m_session)
        return;
    ItemChange change = m_before;
    change.origin = ChangeOrigin::Undo;
    change.reverses = m_editId;
    m_session->apply(change);
}

ItemChange ItemChangeCommand::previousValues(const ChecklistSession& session, const ItemChange& change)
{
    const ItemState state = session.state(change.itemId);
    ItemChange before;
    before.itemId = change.itemId;
    before.actor = change.actor;
    if (change.status)
        before.status = state.status;
    if (change.note)
        before.note = state.note;
    if (change.evidence)
        before.evidence = state.evidence;
    return before;
}

} // namespace cockpit::gui
