#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cockpit::gui {

ShortcutsDialog::ShortcutsDialog(const QList<Entry>& entries, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto* table = new QTableWidget(static_cast<int>(entries.size()), 3, this);
    table->setObjectName(QStringLiteral("shortcutsTableWidget"));
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Action"), tr("Where")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    for (int row = 0; row < entries.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(entries[row].keys));
        table->setItem(row, 1, new QTableWidgetItem(entries[row].action));
        table->setItem(row, 2, new QTableWidgetItem(entries[row].where));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(620, 560);
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::entriesOf(const QList<QAction*>& actions, const QString& where)
{
    QList<Entry> entries;
    for (QAction* action : actions) {
        if (action->shortcuts().isEmpty() || action->isSeparator())
            continue;
        QStringList keys;
        for (const QKeySequence& sequence : action->shortcuts())
            keys.append(sequence.toString(QKeySequence::NativeText));
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        entries.append({keys.join(tr(" or ")), text, where});
    }
    return entries;
}

} // namespace cockpit::gui
