#include "ChecklistSession.h"
#include "core/Continuation.h"

#include "store/AsyncStore.h"

namespace cockpit {

ChecklistSession::ChecklistSession(Runbook runbook, AsyncStore& store, QObject* parent)
    : QObject(parent), m_runbook(std::move(runbook)), m_store(store)
{
    connect(&m_store, &AsyncStore::changedElsewhere, this, [this] {
        if (isLoaded())
            reload();
    });
}

ChecklistSession::~ChecklistSession() = default;

void ChecklistSession::start(const QString& actor)
{
    onFinished(
        m_store.ensureRollout(m_runbook.id, m_runbook.title, actor), this, [this](const Result<RolloutInfo>& rollout) {
            if (!rollout) {
                Q_EMIT loadFailed(rollout.error());
                return;
            }
            const RolloutInfo& info = rollout.value();
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
    QList<ItemChange>& queue = m_queued[itemId];
    queue.append(change);
    if (queue.size() == 1)
        sendNext(itemId);
    return true;
}

void ChecklistSession::sendNext(const QString& itemId)
{
    const auto it = m_queued.find(itemId);
    if (it == m_queued.end() || it->isEmpty())
        return;
    ItemChange change = it->first();
    // Made on what this window shows now: the last saved state, including our own changes
    // that went before it.
    if (!change.baseVersion)
        change.baseVersion = state(itemId).version;
    onFinished(m_store.applyItemChange(m_rollout.id, change), this, [this, itemId](const Result<ItemState>& saved) {
        QList<ItemChange>& queue = m_queued[itemId];
        if (!queue.isEmpty())
            queue.removeFirst();
        if (saved) {
            m_states.insert(itemId, saved.value());
            finishPending(itemId);
            Q_EMIT itemSaved(itemId);
            sendNext(itemId);
            return;
        }
        // Refused or failed: what followed it was made on top of it, so it is not sent either.
        const int dropped = static_cast<int>(queue.size());
        queue.clear();
        m_queued.remove(itemId);
        finishPending(itemId);
        for (int i = 0; i < dropped; ++i)
            finishPending(itemId);
        Q_EMIT itemSaveFailed(itemId, saved.error());
        if (saved.error().kind == ErrorKind::Conflict)
            reload(); // show what the other person recorded
    });
}

void ChecklistSession::reload()
{
    if (!isLoaded())
        return;
    const quint64 generation = ++m_reloadGeneration;
    onFinished(m_store.checklistStates(m_rollout.id), this, [this, generation](const Result<QList<ItemState>>& states) {
        if (!states || generation != m_reloadGeneration)
            return; // the next change or reload tells
        QHash<QString, ItemState> fresh;
        for (const ItemState& s : states.value())
            fresh.insert(s.itemId, s);
        QStringList changed;
        for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
            if (m_pending.value(it.key()) > 0)
                continue; // ours is on its way; its answer brings the state
            const ItemState before = state(it.key());
            if (before.version != it->version || before.status != it->status || before.note != it->note
                || before.evidence != it->evidence) {
                m_states.insert(it.key(), it.value());
                changed.append(it.key());
            }
        }
        if (!changed.isEmpty())
            Q_EMIT reloaded(changed);
    });
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
