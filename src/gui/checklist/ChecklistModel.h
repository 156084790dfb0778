#pragma once

#include <QAbstractItemModel>
#include <QPointer>

namespace cockpit {
class ChecklistSession;
class ReadinessSession;
}

namespace cockpit::gui {

// Sections and their items as a two-level tree over a ChecklistSession. Section rows show
// their progress ("3 / 15"); item rows show status, author, time and evidence. An item whose
// change is on its way to the store reads "Saving…" until the store confirms it.
class ChecklistModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        StatusColumn,
        CheckColumn, // what the readiness check found
        ChangedByColumn,
        ChangedAtColumn,
        EvidenceColumn,
        ColumnCount
    };
    enum Role
    {
        ItemIdRole = Qt::UserRole + 1, // QString; empty on section rows
        StatusRole, // int (ItemStatus); section rows: none
        IsSectionRole, // bool
        SearchTextRole, // QString: everything a filter may match
        PendingRole, // bool
        SectionTitleRole, // QString, on both kinds of rows
        CheckStatusRole, // int (CheckStatus) of the latest check; -1: none
        ConflictRole, // bool: a person marked it done, the check fails
    };

    explicit ChecklistModel(QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ChecklistModel)

    // Not owned; the model resets when the session loads and follows its changes.
    void setSession(ChecklistSession* session);
    ChecklistSession* session() const;
    // Not owned; the Check column follows its results.
    void setReadiness(ReadinessSession* readiness);

    QModelIndex indexOfItem(const QString& itemId, int column = TitleColumn) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    void itemChanged(const QString& itemId);
    QVariant sectionData(int section, int column, int role) const;
    QVariant itemData(int section, int row, int column, int role) const;
    bool hasRows() const;

    QVariant checkData(const QString& itemId, int role) const;

    QPointer<ChecklistSession> m_session;
    QPointer<ReadinessSession> m_readiness;
};

} // namespace cockpit::gui
