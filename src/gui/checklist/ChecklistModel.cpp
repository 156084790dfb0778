#include "ChecklistModel.h"

#include "engine/checklist/ChecklistSession.h"
#include "engine/readiness/ReadinessSession.h"
#include "gui/StatusPresentation.h"

#include "core/RunbookDescribe.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace cockpit::gui {
namespace {

// internalId: 0 for section rows; section index + 1 for item rows.
constexpr quintptr kSectionRow = 0;

} // namespace

ChecklistModel::ChecklistModel(QObject* parent) : QAbstractItemModel(parent)
{ }

void ChecklistModel::setSession(ChecklistSession* session)
{
    beginResetModel();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &ChecklistSession::loaded, this, [this] {
            beginResetModel();
            endResetModel();
        });
        connect(m_session, &ChecklistSession::itemPending, this, &ChecklistModel::itemChanged);
        connect(m_session, &ChecklistSession::itemSaved, this, &ChecklistModel::itemChanged);
        connect(m_session, &ChecklistSession::itemSaveFailed, this,
                [this](const QString& itemId, const Error&) { itemChanged(itemId); });
        connect(m_session, &ChecklistSession::reloaded, this, [this](const QStringList& items) {
            for (const QString& itemId : items)
                itemChanged(itemId);
        });
    }
    endResetModel();
}

ChecklistSession* ChecklistModel::session() const
{
    return m_session;
}

void ChecklistModel::setReadiness(ReadinessSession* readiness)
{
    if (m_readiness)
        disconnect(m_readiness, nullptr, this, nullptr);
    m_readiness = readiness;
    if (m_readiness) {
        connect(m_readiness, &ReadinessSession::itemChanged, this, &ChecklistModel::itemChanged);
        connect(m_readiness, &ReadinessSession::resultsLoaded, this, [this] {
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
            for (int section = 0; section < rowCount(); ++section) {
                const QModelIndex parent = index(section, 0);
                if (rowCount(parent) > 0)
                    Q_EMIT dataChanged(index(0, 0, parent), index(rowCount(parent) - 1, ColumnCount - 1, parent));
            }
        });
    }
}

QVariant ChecklistModel::checkData(const QString& itemId, int role) const
{
    const ChecklistItem* item = m_session->runbook().findItem(itemId);
    const bool manual = item && item->verification.classification == Classification::Manual;
    const ItemCheckResult* result = m_readiness ? m_readiness->latest(itemId) : nullptr;
    const bool checking = m_readiness && m_readiness->isChecking(itemId);
    const bool conflict
        = result && result->status == CheckStatus::Fail && m_session->state(itemId).status == ItemStatus::Done;
    switch (role) {
    case Qt::DisplayRole:
        if (manual)
            return QStringLiteral("—");
        if (checking)
            return tr("checking…");
        if (!result)
            return tr("not checked");
        if (conflict)
            return tr("fail ⚠");
        if (result->classification == Classification::Assisted)
            return tr("evidence");
        return checkStatusWord(result->status);
    case Qt::ForegroundRole:
        if (manual || checking || !result)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return QBrush(checkStatusColour(result->classification == Classification::Assisted ? CheckStatus::Manual
                                                                                           : result->status));
    case Qt::FontRole: {
        QFont font;
        font.setItalic(checking);
        font.setBold(conflict);
        return font;
    }
    case Qt::ToolTipRole:
        if (manual)
            return tr("Verified by a person: %1").arg(item->verification.note);
        if (!result)
            return checking ? tr("Being checked against the cluster") : tr("Not checked yet (F6 checks every item)");
        if (conflict)
            return tr("Marked done by %1, but the check fails: %2")
                .arg(m_session->state(itemId).changedBy, result->summary());
        return tr("%1 at %2: %3")
            .arg(checkStatusWord(result->status),
                 QLocale().toString(result->checkedAt.toLocalTime(), QLocale::ShortFormat), result->summary());
    case CheckStatusRole: return result ? static_cast<int>(result->status) : -1;
    case ConflictRole: return conflict;
    default: return {};
    }
}

bool ChecklistModel::hasRows() const
{
    return m_session != nullptr;
}

void ChecklistModel::itemChanged(const QString& itemId)
{
    const QModelIndex first = indexOfItem(itemId, 0);
    if (!first.isValid())
        return;
    Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
    const QModelIndex section = first.parent();
    Q_EMIT dataChanged(section, section.siblingAtColumn(ColumnCount - 1));
}

QModelIndex ChecklistModel::indexOfItem(const QString& itemId, int column) const
{
    if (!m_session)
        return {};
    const Runbook& runbook = m_session->runbook();
    const int section = runbook.sectionOfItem(itemId);
    if (section < 0)
        return {};
    const auto& items = runbook.sections[section].items;
    for (int row = 0; row < items.size(); ++row) {
        if (items[row].id == itemId)
            return createIndex(row, column, static_cast<quintptr>(section) + 1);
    }
    return {};
}

QModelIndex ChecklistModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kSectionRow);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex ChecklistModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kSectionRow)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kSectionRow);
}

int ChecklistModel::rowCount(const QModelIndex& parent) const
{
    if (!hasRows() || parent.column() > 0)
        return 0;
    const Runbook& runbook = m_session->runbook();
    if (!parent.isValid())
        return static_cast<int>(runbook.sections.size());
    if (parent.internalId() == kSectionRow)
        return static_cast<int>(runbook.sections[parent.row()].items.size());
    return 0;
}

int ChecklistModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Item");
    case StatusColumn: return tr("Status");
    case CheckColumn: return tr("Check");
    case ChangedByColumn: return tr("By");
    case ChangedAtColumn: return tr("When");
    case EvidenceColumn: return tr("Evidence");
    default: return {};
    }
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_session)
        return {};
    if (index.internalId() == kSectionRow)
        return sectionData(index.row(), index.column(), role);
    return itemData(static_cast<int>(index.internalId() - 1), index.row(), index.column(), role);
}

QVariant ChecklistModel::sectionData(int section, int column, int role) const
{
    const ChecklistSection& s = m_session->runbook().sections[section];
    switch (role) {
    case Qt::DisplayRole: {
        if (column == TitleColumn)
            return s.title;
        if (column == StatusColumn) {
            const Progress p = m_session->sectionProgress(section);
            return tr("%1 / %2").arg(p.complete()).arg(p.total);
        }
        if (column == CheckColumn && m_readiness) {
            int passing = 0;
            int checked = 0;
            for (const ChecklistItem& item : s.items) {
                const ItemCheckResult* result = m_readiness->latest(item.id);
                if (!result || result->classification != Classification::Automated)
                    continue;
                ++checked;
                passing += result->status == CheckStatus::Pass || result->status == CheckStatus::Warn ? 1 : 0;
            }
            return checked == 0 ? QString() : tr("%1 / %2 pass").arg(passing).arg(checked);
        }
        return {};
    }
    case Qt::ToolTipRole: {
        const Progress p = m_session->sectionProgress(section);
        return tr("%1: %2 done, %3 not applicable, %4 blocked, %5 open")
            .arg(s.title)
            .arg(p.done)
            .arg(p.notApplicable)
            .arg(p.blocked)
            .arg(p.open());
    }
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case IsSectionRole: return true;
    case SectionTitleRole:
    case SearchTextRole: return s.title;
    case ItemIdRole: return QString();
    case PendingRole: return false;
    default: return {};
    }
}

QVariant ChecklistModel::itemData(int section, int row, int column, int role) const
{
    const ChecklistSection& s = m_session->runbook().sections[section];
    const ChecklistItem& item = s.items[row];
    const ItemState state = m_session->state(item.id);
    const bool pending = m_session->isPending(item.id);
    if (column == CheckColumn && role != ItemIdRole && role != SearchTextRole && role != IsSectionRole
        && role != SectionTitleRole && role != StatusRole && role != PendingRole)
        return checkData(item.id, role);
    if (role == CheckStatusRole || role == ConflictRole)
        return checkData(item.id, role);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn: return item.title;
        case StatusColumn: return pending ? tr("Saving…") : statusTitle(state.status);
        case ChangedByColumn: return state.changedBy;
        case ChangedAtColumn:
            return state.isRecorded() ? QLocale().toString(state.changedAt.toLocalTime(), QLocale::ShortFormat)
                                      : QString();
        case EvidenceColumn: return state.evidence;
        default: return {};
        }
    case Qt::DecorationRole: return column == TitleColumn ? QVariant(statusIcon(state.status)) : QVariant();
    case Qt::ToolTipRole: {
        if (column == ChangedAtColumn && state.isRecorded())
            return QLocale().toString(state.changedAt.toLocalTime(), QLocale::LongFormat);
        QStringList lines{item.title, tr("Id: %1").arg(item.id)};
        for (const Parameter& parameter : item.parameters)
            lines.append(describeParameter(parameter));
        if (!state.note.isEmpty())
            lines.append(tr("Note: %1").arg(state.note));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::FontRole: {
        if (!pending)
            return {};
        QFont font;
        font.setItalic(true);
        return font;
    }
    case Qt::ForegroundRole:
        return pending ? QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text)) : QVariant();
    case ItemIdRole: return item.id;
    case StatusRole: return static_cast<int>(state.status);
    case IsSectionRole: return false;
    case PendingRole: return pending;
    case SectionTitleRole: return s.title;
    case SearchTextRole: {
        QStringList text{item.title, item.id, state.note, state.evidence, state.changedBy};
        for (const Parameter& parameter : item.parameters)
            text.append(describeParameter(parameter));
        return text.join(QLatin1Char('\n'));
    }
    default: return {};
    }
}

} // namespace cockpit::gui
