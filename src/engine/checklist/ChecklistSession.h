#pragma once

#include "core/ItemStatus.h"
#include "core/Result.h"
#include "core/Runbook.h"
#include "core/Records.h"

#include <QHash>
#include <QObject>

namespace cockpit {

class AsyncStore;

// The checklist of one rollout: the runbook's items, their recorded states, and changes on
// their way to the store. A change counts as saved only once its transaction committed;
// until then the item is "pending" and views say so. Each change names the version of the
// item it was made on: one made elsewhere in between (another cockpit) makes it stale, and
// the store refuses it, naming who changed the item. Changes to one item go one at a time.
// What other cockpits commit is read again as it happens.
class ChecklistSession final : public QObject
{
    Q_OBJECT

public:
    ChecklistSession(Runbook runbook, AsyncStore& store, QObject* parent = nullptr);
    ~ChecklistSession() override;
    Q_DISABLE_COPY_MOVE(ChecklistSession)

    // Opens the rollout for this runbook and reads the recorded states; emits loaded() or
    // loadFailed(). Until loaded, the session is read-only.
    void start(const QString& actor);

    const Runbook& runbook() const { return m_runbook; }
    bool isLoaded() const { return m_rollout.id != 0; }
    const RolloutInfo& rollout() const { return m_rollout; }

    // The last saved state of the item (open and unrecorded if nobody touched it).
    ItemState state(const QString& itemId) const;
    bool isPending(const QString& itemId) const { return m_pending.value(itemId) > 0; }
    int pendingCount() const;

    Progress progress() const;
    Progress sectionProgress(int sectionIndex) const;

    // Posts the change; emits itemSaved() or itemSaveFailed() when the store answers.
    // Returns false (and posts nothing) when the session is not loaded or the item unknown.
    bool apply(const ItemChange& change);

    // Audit rows of one item, newest first; emits auditLogReady() or auditLogFailed().
    void requestAuditLog(const QString& itemId);
    // Reads every item's state again (another cockpit committed); emits reloaded().
    void reload();

Q_SIGNALS:
    void loaded();
    void loadFailed(const cockpit::Error& error);
    void itemPending(const QString& itemId);
    void itemSaved(const QString& itemId);
    void itemSaveFailed(const QString& itemId, const cockpit::Error& error);
    void auditLogReady(const QString& itemId, const QList<cockpit::AuditEntry>& entries);
    void auditLogFailed(const QString& itemId, const cockpit::Error& error);
    void reloaded(const QStringList& changedItems); // states read again; these differ from before

private:
    void finishPending(const QString& itemId);
    void sendNext(const QString& itemId);

    Runbook m_runbook;
    AsyncStore& m_store;
    RolloutInfo m_rollout;
    QHash<QString, ItemState> m_states;
    QHash<QString, int> m_pending;
    QHash<QString, QList<ItemChange>> m_queued; // per item: the change in flight first
    quint64 m_reloadGeneration = 0;
};

} // namespace cockpit
