#pragma once

#include <QList>
#include <QStringList>

class QTableWidget;

namespace cockpit::gui {

// Fills a read-only table with rows of text and sizes it to show every row without its own
// scroll bar (the page scrolls instead). Cells get their text as tooltip, for long commands.
void fillTable(QTableWidget* table, const QStringList& headers, const QList<QStringList>& rows);

} // namespace cockpit::gui
