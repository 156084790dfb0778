#include "InlineCode.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPainter>

namespace cockpit::gui {
namespace {

struct Segment
{
    QString text;
    bool code = false;
};

// "a `b` c" → a, b (code), c. An unpaired backtick is kept as text.
QList<Segment> segmentsOf(const QString& text)
{
    QList<Segment> segments;
    qsizetype at = 0;
    while (at < text.size()) {
        const qsizetype open = text.indexOf(QLatin1Char('`'), at);
        const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1Char('`'), open + 1);
        if (open < 0 || close < 0) {
            segments.append({text.mid(at), false});
            break;
        }
        if (open > at)
            segments.append({text.mid(at, open - at), false});
        segments.append({text.mid(open + 1, close - open - 1), true});
        at = close + 1;
    }
    return segments;
}

QFont codeFont(const QFont& base)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.95 : font.pointSizeF());
    return font;
}

constexpr int kCodePadding = 2;

} // namespace

QString inlineCodeHtml(const QString& text)
{
    QString html;
    for (const Segment& segment : segmentsOf(text)) {
        html += segment.code
            ? QStringLiteral("<code style='background:%2'>%1</code>")
                  .arg(segment.text.toHtmlEscaped(), QApplication::palette().color(QPalette::AlternateBase).name())
            : segment.text.toHtmlEscaped();
    }
    return html;
}

void InlineCodeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!opt.text.contains(QLatin1Char('`'))) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QList<Segment> segments = segmentsOf(opt.text);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, icon, focus
    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor ink = opt.palette.color(opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled,
                                         selected ? QPalette::HighlightedText : QPalette::Text);
    const QFont textFont = opt.font;
    const QFont code = codeFont(textFont);
    painter->save();
    painter->setClipRect(area);
    int x = area.left();
    const int right = area.right();
    for (const Segment& segment : segments) {
        const QFont& font = segment.code ? code : textFont;
        const QFontMetrics metrics(font);
        const int padding = segment.code ? kCodePadding : 0;
        int width = metrics.horizontalAdvance(segment.text) + 2 * padding;
        QString shown = segment.text;
        const bool last = x + width > right;
        if (last) {
            shown = metrics.elidedText(segment.text, Qt::ElideRight, std::max(0, right - x - 2 * padding));
            if (shown.isEmpty())
                shown = QStringLiteral("…"); // at least say that something is cut
            width = metrics.horizontalAdvance(shown) + 2 * padding;
        }
        const QRect box(x, area.top(), width, area.height());
        if (segment.code && !selected) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(opt.palette.color(QPalette::AlternateBase)); // light or dark alike
            const int h = metrics.height();
            painter->drawRoundedRect(QRect(x, area.center().y() - h / 2, width, h), 3, 3);
        }
        painter->setFont(font);
        painter->setPen(ink);
        painter->drawText(box.adjusted(padding, 0, -padding, 0), Qt::AlignVCenter | Qt::AlignLeft, shown);
        x += width;
        if (last)
            break;
    }
    painter->restore();
}

QSize InlineCodeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString text = index.data(Qt::DisplayRole).toString();
    if (!text.contains(QLatin1Char('`')))
        return size;
    const QFontMetrics textMetrics(option.font);
    const QFontMetrics codeMetrics(codeFont(option.font));
    int width = size.width() - textMetrics.horizontalAdvance(text);
    for (const Segment& segment : segmentsOf(text)) {
        width += segment.code ? codeMetrics.horizontalAdvance(segment.text) + 2 * kCodePadding
                              : textMetrics.horizontalAdvance(segment.text);
    }
    size.setWidth(std::max(width, 0));
    return size;
}

} // namespace cockpit::gui
