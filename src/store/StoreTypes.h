#pragma once

#include "core/ItemStatus.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cockpit {

struct RolloutInfo
{
    qint64 id = 0;
    QString runbookId;
    QString title;
    QDateTime createdAt;
    QString createdBy;
};

// The recorded state of one checklist item. An item nobody touched has no row and reads as
// open with no author.
struct ItemState
{
    QString itemId;
    ItemStatus status = ItemStatus::Open;
    QString changedBy;
    QDateTime changedAt;
    QString note;
    QString evidence; // free text or a link

    bool isRecorded() const { return changedAt.isValid(); }
    static ItemState unrecorded(const QString& itemId)
    {
        ItemState state;
        state.itemId = itemId;
        return state;
    }
};

// Why a change was made: a person's edit, or the undo or redo of an earlier edit.
enum class ChangeOrigin
{
    Edit,
    Undo,
    Redo,
};
QString changeOriginToken(ChangeOrigin origin); // "edit", "undo", "redo"
ChangeOrigin parseChangeOrigin(const QString& token);

// Why the state cannot be recorded, if it cannot: not applicable and blocked need a reason.
std::optional<Error> checkItemState(const ItemState& state);

// What a person changes on an item; unset fields stay as they are.
struct ItemChange
{
    QString itemId;
    QString actor;
    QString changeId; // unique; made up when empty
    ChangeOrigin origin = ChangeOrigin::Edit;
    QString reverses; // undo and redo: the id of the edit they reverse or repeat
    std::optional<ItemStatus> status;
    std::optional<QString> note;
    std::optional<QString> evidence;

    bool isEmpty() const { return !status && !note && !evidence; }
};

// One row of the append-only audit log: who changed what, when, from what to what.
struct AuditEntry
{
    qint64 id = 0;
    qint64 rolloutId = 0;
    QDateTime at;
    QString actor;
    QString entity; // "checklist_item", "rollout" ...
    QString entityId; // the item id, ...
    QString field; // "status", "note", "evidence", "created"
    QString oldValue;
    QString newValue;
    QString changeId; // the rows of one change share it
    ChangeOrigin origin = ChangeOrigin::Edit;
    QString reverses; // undo and redo: the edit's change id
};

} // namespace cockpit
