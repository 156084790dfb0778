#pragma once

#include "core/ItemStatus.h"

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

// What a person changes on an item; unset fields stay as they are.
struct ItemChange
{
    QString itemId;
    QString actor;
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
};

} // namespace cockpit
