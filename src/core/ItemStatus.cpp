#include "ItemStatus.h"

#include "TokenTable.h"

namespace cockpit {

namespace {

constexpr TokenTable<ItemStatus, 4> kTokens{{
    {ItemStatus::Open, u"open"},
    {ItemStatus::Done, u"done"},
    {ItemStatus::NotApplicable, u"not_applicable"},
    {ItemStatus::Blocked, u"blocked"},
}};

} // namespace

QString itemStatusToken(ItemStatus status)
{
    return tokenFromEnum(kTokens, status);
}

std::optional<ItemStatus> parseItemStatus(QStringView token)
{
    return enumFromToken(kTokens, token);
}

QList<ItemStatus> allItemStatuses()
{
    return {ItemStatus::Open, ItemStatus::Done, ItemStatus::NotApplicable, ItemStatus::Blocked};
}

void Progress::add(ItemStatus status)
{
    ++total;
    switch (status) {
    case ItemStatus::Done: ++done; break;
    case ItemStatus::NotApplicable: ++notApplicable; break;
    case ItemStatus::Blocked: ++blocked; break;
    case ItemStatus::Open: break;
    }
}

Progress& Progress::operator+=(const Progress& other)
{
    total += other.total;
    done += other.done;
    notApplicable += other.notApplicable;
    blocked += other.blocked;
    return *this;
}

} // namespace cockpit
