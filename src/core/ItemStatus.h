#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace cockpit {

enum class ItemStatus
{
    Open,
    Done,
    NotApplicable,
    Blocked,
};

// Stable tokens for storage and JSON: open, done, not_applicable, blocked.
QString itemStatusToken(ItemStatus status);
std::optional<ItemStatus> parseItemStatus(QStringView token);
QList<ItemStatus> allItemStatuses();

// Counts of a group of checklist items by status. "Complete" is done or not applicable:
// both are decisions someone recorded; open and blocked items still need work.
struct Progress
{
    int total = 0;
    int done = 0;
    int notApplicable = 0;
    int blocked = 0;

    int complete() const { return done + notApplicable; }
    int open() const { return total - done - notApplicable - blocked; }
    void add(ItemStatus status);
    Progress& operator+=(const Progress& other);
};

} // namespace cockpit
