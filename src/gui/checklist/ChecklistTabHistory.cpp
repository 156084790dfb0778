// The Checklist tab's history pane: every change of the selected item (who, when, old → new,
// undo and redo named as such) beside the readiness checks' results, newest first.
#include "ChecklistTab.h"

#include "ui_ChecklistTab.h"

#include "core/ItemStatus.h"
#include "gui/StatusPresentation.h"

#include <QDate>
#include <QLocale>
#include <QTreeWidget>

namespace cockpit::gui {
namespace {

// "16:40:28" today, "1 Dec 16:40" before: the history's When column stays narrow.
QString historyTime(const QDateTime& utc)
{
    const QDateTime local = utc.toLocalTime();
    if (local.date() == QDate::currentDate())
        return local.time().toString(QStringLiteral("HH:mm:ss"));
    return QLocale().toString(local, QStringLiteral("d MMM HH:mm"));
}

QString describeFieldChange(const AuditEntry& entry);

QString describeAuditChange(const AuditEntry& entry)
{
    switch (entry.origin) {
    case ChangeOrigin::Undo: return ChecklistTab::tr("Undo: %1").arg(describeFieldChange(entry));
    case ChangeOrigin::Redo: return ChecklistTab::tr("Redo: %1").arg(describeFieldChange(entry));
    case ChangeOrigin::Edit: break;
    }
    return describeFieldChange(entry);
}

QString describeFieldChange(const AuditEntry& entry)
{
    auto statusText = [](const QString& token) {
        const auto status = parseItemStatus(token);
        return status ? statusTitle(*status) : token;
    };
    if (entry.field == QLatin1String("status")) {
        return ChecklistTab::tr("Status: %1 → %2").arg(statusText(entry.oldValue), statusText(entry.newValue));
    }
    if (entry.field == QLatin1String("note"))
        return entry.newValue.isEmpty() ? ChecklistTab::tr("Note removed")
                                        : ChecklistTab::tr("Note: %1").arg(entry.newValue);
    if (entry.field == QLatin1String("evidence")) {
        return entry.newValue.isEmpty() ? ChecklistTab::tr("Evidence removed")
                                        : ChecklistTab::tr("Evidence: %1").arg(entry.newValue);
    }
    return entry.field + QStringLiteral(": ") + entry.newValue;
}

} // namespace

void ChecklistTab::showHistory(const QString& itemId, const QList<AuditEntry>& entries)
{
    if (itemId != m_currentItemId)
        return;
    m_historyAudit = entries;
    fillHistory();
}

void ChecklistTab::showCheckHistory(const QString& itemId, const QList<ItemCheckResult>& results)
{
    if (itemId != m_currentItemId)
        return;
    m_historyChecks = results;
    fillHistory();
}

void ChecklistTab::fillHistory()
{
    QTreeWidget* history = m_ui->historyTreeWidget;
    history->clear();
    // People's changes and the cockpit's checks, merged newest first (both come newest first).
    qsizetype a = 0;
    qsizetype c = 0;
    while (a < m_historyAudit.size() || c < m_historyChecks.size()) {
        const bool takeCheck = c < m_historyChecks.size()
            && (a >= m_historyAudit.size() || m_historyChecks[c].checkedAt > m_historyAudit[a].at);
        auto* row = new QTreeWidgetItem(history);
        if (takeCheck) {
            const ItemCheckResult& result = m_historyChecks[c++];
            row->setText(0, historyTime(result.checkedAt));
            row->setToolTip(0, QLocale().toString(result.checkedAt.toLocalTime(), QLocale::LongFormat));
            row->setText(1, tr("check"));
            row->setToolTip(1, tr("The cockpit, checking against the cluster"));
            row->setText(2, tr("Check: %1 — %2").arg(checkStatusWord(result.status), result.summary()));
            row->setToolTip(2, result.observed());
            row->setForeground(2, checkStatusColour(result.status));
            continue;
        }
        const AuditEntry& entry = m_historyAudit[a++];
        row->setText(0, historyTime(entry.at));
        row->setToolTip(0, QLocale().toString(entry.at.toLocalTime(), QLocale::LongFormat));
        row->setText(1, entry.actor);
        row->setText(2, describeAuditChange(entry));
        QString tip = describeAuditChange(entry);
        if (entry.origin != ChangeOrigin::Edit)
            tip += tr("\n(%1 of change %2)")
                       .arg(entry.origin == ChangeOrigin::Undo ? tr("undo") : tr("redo"), entry.reverses.left(8));
        row->setToolTip(2, tip);
    }
    if (m_historyAudit.isEmpty() && m_historyChecks.isEmpty()) {
        auto* row = new QTreeWidgetItem(history);
        row->setText(2, tr("No changes recorded yet."));
        row->setDisabled(true);
    }
    history->resizeColumnToContents(0);
}

} // namespace cockpit::gui
