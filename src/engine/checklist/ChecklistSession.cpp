#include "ChecklistSession.h"
#include "core/Continuation.h"

#include "store/AsyncStore.h"

namespace cockpit {

ChecklistSession::ChecklistSession(Runbook runbook, AsyncStore& store, QObject* parent)
    : QObject(parent), m_runbook(std::move(runbook)), m_store(store)
{ }

ChecklistSession::~ChecklistSession() = default;

void ChecklistSession::start(const QString& actor)
{
    onFinished(
        m_store.ensureRollout(m_runbook.id, m_runbook.title, actor), this, [this](const Result<RolloutInfo>& rollout) {
            if (!rollout) {
                Q_EMIT loadFailed(rollout.error());
                return;
            }
            const RolloutInfo info = rollout.value();
            onFinished(m_store.checklistStates(info.id), this, [this, info](const Result<QList<ItemState>>& states) {
                if (!states) {
                    Q_EMIT loadFailed(states.error());
                    return;
                }
                m_states.clear();
                for (const ItemState& state : states.value())
                    m_states.insert(state.itemId, state);
                m_rollout = info;
                Q_EMIT loaded();
            });
        });
}

ItemState ChecklistSession::state(const QString& itemId) const
{
    const auto it = m_states.constFind(itemId);
    return it != m_states.constEnd() ? it.value() : ItemState::unrecorded(itemId);
}

int ChecklistSession::pendingCount() const
{
    int count = 0;
    for (int pending : m_pending)
        count += pending;
    return count;
}

Progress ChecklistSession::sectionProgress(int sectionIndex) const
{
    Progress progress;
    if (sectionIndex < 0 || sectionIndex >= m_runbook.sections.size())
        return progress;
    for (const ChecklistItem& item : m_runbook.sections[sectionIndex].items)
        progress.add(state(item.id).status);
    return progress;
}

Progress ChecklistSession::progress() const
{
    Progress progress;
    for (int s = 0; s < m_runbook.sections.size(); ++s)
        progress += sectionProgress(s);
    return progress;
}

bool ChecklistSession::apply(const ItemChange& change)
{
    if (!isLoaded() || change.isEmpty() || !m_runbook.findItem(change.itemId))
        return false;
    const QString itemId = change.itemId;
    ++m_pending[itemId];
    Q_EMIT itemPending(itemId);
    onFinished(m_store.applyItemChange(m_rollout.id, change), this, [this, itemId](const Result<ItemState>& saved) {
        if (saved)
            m_states.insert(itemId, saved.value());
        finishPending(itemId);
        if (saved)
            Q_EMIT itemSaved(itemId);
        else
            Q_EMIT itemSaveFailed(itemId, saved.error());
    });
    return true;
}

void ChecklistSession::finishPending(const QString& itemId)
{
    if (--m_pending[itemId] <= 0)
        m_pending.remove(itemId);
}

void ChecklistSession::requestAuditLog(const QString& itemId)
{
    if (!isLoaded())
        return;
    onFinished(m_store.auditLog(m_rollout.id, itemId), this, [this, itemId](const Result<QList<AuditEntry>>& entries) {
        if (entries)
            Q_EMIT auditLogReady(itemId, entries.value());
        else
            Q_EMIT auditLogFailed(itemId, entries.error());
    });
}

} // namespace cockpit
