#pragma once

#include "core/ItemStatus.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace cockpit::gui {

// Filters checklist items by text (title, id, parameters, note, evidence, author; a section
// title matches all its items) and by status. Sections show while any of their items do.
class ChecklistFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StatusFilter
    {
        All,
        Incomplete, // open or blocked
        Open,
        Done,
        NotApplicable,
        Blocked,
        CheckFailing, // the latest check failed or could not tell
        Conflicts, // marked done, but the check fails
    };

    explicit ChecklistFilterModel(QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ChecklistFilterModel)

    void setText(const QString& text);
    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_status; }
    bool isFiltering() const { return !m_text.isEmpty() || m_status != StatusFilter::All; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool statusAccepted(ItemStatus status) const;

    QString m_text;
    StatusFilter m_status = StatusFilter::All;
};

} // namespace cockpit::gui
