#pragma once

#include <QStyledItemDelegate>

namespace cockpit::gui {

// The guide writes commands and settings between backticks (`ulimit -n 65536`). The runbook
// keeps that text exactly; the views render the backticked parts as code.

// HTML for a label: the text escaped, `code` as <code>code</code> in a monospace font.
QString inlineCodeHtml(const QString& text);

// Paints an item's text with its `code` parts in a monospace font on a light ground, elided
// at the right with "…" when it does not fit (the full text stays in the tooltip).
class InlineCodeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace cockpit::gui
