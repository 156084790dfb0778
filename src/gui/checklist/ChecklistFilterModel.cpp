#include "ChecklistFilterModel.h"

#include "ChecklistModel.h"
#include "core/CheckResult.h"

namespace cockpit::gui {

ChecklistFilterModel::ChecklistFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void ChecklistFilterModel::setText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void ChecklistFilterModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status)
        return;
    m_status = filter;
    invalidateFilter();
}

bool ChecklistFilterModel::statusAccepted(ItemStatus status) const
{
    switch (m_status) {
    case StatusFilter::All: return true;
    case StatusFilter::Incomplete: return status == ItemStatus::Open || status == ItemStatus::Blocked;
    case StatusFilter::Open: return status == ItemStatus::Open;
    case StatusFilter::Done: return status == ItemStatus::Done;
    case StatusFilter::NotApplicable: return status == ItemStatus::NotApplicable;
    case StatusFilter::Blocked: return status == ItemStatus::Blocked;
    case StatusFilter::CheckFailing:
    case StatusFilter::Conflicts: return true; // judged on the check, below
    }
    return true;
}

bool ChecklistFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(ChecklistModel::IsSectionRole).toBool())
        return !isFiltering(); // otherwise shown through its matching items (recursive filtering)
    if (!statusAccepted(static_cast<ItemStatus>(index.data(ChecklistModel::StatusRole).toInt())))
        return false;
    if (m_status == StatusFilter::CheckFailing) {
        const int check = index.data(ChecklistModel::CheckStatusRole).toInt();
        if (check != static_cast<int>(CheckStatus::Fail) && check != static_cast<int>(CheckStatus::Unknown))
            return false;
    }
    if (m_status == StatusFilter::Conflicts && !index.data(ChecklistModel::ConflictRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    return index.data(ChecklistModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive)
        || index.data(ChecklistModel::SectionTitleRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace cockpit::gui
