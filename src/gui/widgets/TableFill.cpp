#include "TableFill.h"

#include <QHeaderView>
#include <QTableWidget>

namespace cockpit::gui {

void fillTable(QTableWidget* table, const QStringList& headers, const QList<QStringList>& rows)
{
    table->clear();
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setRowCount(static_cast<int>(rows.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // One line per row keeps rows even; the full text is in each cell's tooltip.
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size() && c < headers.size(); ++c) {
            auto* cell = new QTableWidgetItem(rows[r][c]);
            cell->setToolTip(rows[r][c]);
            table->setItem(r, c, cell);
        }
    }
    // The first column takes what the others leave and elides (its cells' tooltips are whole),
    // so that no horizontal scroll bar eats the height the rows were given.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setStretchLastSection(false);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setTextElideMode(Qt::ElideMiddle);
    const int rowHeight = table->fontMetrics().height() + 6;
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(rowHeight);
    const int height
        = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth() + rowHeight * table->rowCount();
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setMinimumHeight(height);
    table->setMaximumHeight(height);
}

} // namespace cockpit::gui
