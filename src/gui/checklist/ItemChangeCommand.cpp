#include "ItemChangeCommand.h"

#include "engine/checklist/ChecklistSession.h"

namespace cockpit::gui {

ItemChangeCommand::ItemChangeCommand(ChecklistSession* session, ItemChange before, ItemChange after,
                                     const QString& text)
    : QUndoCommand(text), m_session(session), m_before(std::move(before)), m_after(std::move(after))
{ }

void ItemChangeCommand::redo()
{
    if (m_session)
        m_session->apply(m_after);
}

void ItemChangeCommand::undo()
{
    if (m_session)
        m_session->apply(m_before);
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
