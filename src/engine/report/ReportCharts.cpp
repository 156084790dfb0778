#include "ReportCharts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPainter>
#include <QPolygonF>

namespace cockpit::report {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// --- charts: one geometry, drawn as SVG or with QPainter ------------------------------------

constexpr double kChartWidth = 640;
constexpr double kChartHeight = 180;
constexpr double kMargin = 36;

struct ChartGeometry
{
    QList<QPolygonF> series; // in chart coordinates; a gap starts a new polygon
    QList<std::pair<double, QString>> lines; // y, "target"/"alert"
    double minimum = 0;
    double maximum = 1;
    QString from;
    QString to;
    bool empty = true;
};

ChartGeometry chartGeometry(const QJsonObject& metric, qint64 fromMs, qint64 toMs)
{
    ChartGeometry g;
    const QJsonArray points = metric.value(QStringLiteral("points")).toArray();
    QList<double> values;
    for (const auto& p : points)
        values.append(p.toArray().at(3).toDouble());
    QList<std::pair<double, QString>> limits;
    for (const char* kind : {"target", "alert"}) {
        const QJsonObject limit = metric.value(QLatin1String(kind)).toObject();
        if (!limit.isEmpty())
            limits.append({limit.value(QStringLiteral("value")).toDouble(), QString::fromLatin1(kind)});
    }
    QList<double> all = values;
    for (const auto& l : limits)
        all.append(l.first);
    if (!all.isEmpty()) {
        g.minimum = std::min(0.0, *std::min_element(all.begin(), all.end()));
        g.maximum = *std::max_element(all.begin(), all.end());
        if (g.maximum <= g.minimum)
            g.maximum = g.minimum + 1;
        g.maximum += (g.maximum - g.minimum) * 0.1;
    }
    if (toMs <= fromMs)
        toMs = fromMs + 60'000;
    const auto label = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    };
    g.from = label(fromMs);
    g.to = label(toMs);
    const double plotW = kChartWidth - 2 * kMargin;
    const double plotH = kChartHeight - 2 * 16;
    const auto x = [&](qint64 ms) { return kMargin + plotW * double(ms - fromMs) / double(toMs - fromMs); };
    const auto y = [&](double v) { return 16 + plotH * (1.0 - (v - g.minimum) / (g.maximum - g.minimum)); };
    QPolygonF current;
    qint64 previous = 0;
    for (const auto& p : points) {
        const QJsonArray a = p.toArray();
        const qint64 at = a.at(0).toInteger();
        if (!current.isEmpty() && at - previous > qint64{5} * 60'000) { // a gap of more than five minutes
            g.series.append(current);
            current.clear();
        }
        current.append(QPointF(x(at), y(a.at(3).toDouble())));
        previous = at;
    }
    if (!current.isEmpty())
        g.series.append(current);
    for (const auto& l : limits)
        g.lines.append({y(l.first), l.second});
    g.empty = points.isEmpty();
    return g;
}

} // namespace

QString chartSvg(const QJsonObject& metric, qint64 fromMs, qint64 toMs)
{
    const ChartGeometry g = chartGeometry(metric, fromMs, toMs);
    QString svg = QStringLiteral("<svg width='%1' height='%2' viewBox='0 0 %1 %2' "
                                 "role='img' aria-label='%3'>")
                      .arg(kChartWidth)
                      .arg(kChartHeight)
                      .arg(esc(metric.value(QStringLiteral("title")).toString()));
    svg += QStringLiteral("<rect x='%1' y='16' width='%2' height='%3' fill='none' stroke='#999'/>")
               .arg(kMargin)
               .arg(kChartWidth - 2 * kMargin)
               .arg(kChartHeight - 32);
    for (const auto& [y, kind] : g.lines)
        svg += QStringLiteral("<line x1='%1' x2='%2' y1='%3' y2='%3' stroke='%4' stroke-dasharray='6 4'/>"
                              "<text x='%5' y='%6' font-size='10' fill='%4'>%7</text>")
                   .arg(kMargin)
                   .arg(kChartWidth - kMargin)
                   .arg(y, 0, 'f', 1)
                   .arg(kind == QLatin1String("alert") ? QStringLiteral("#b02a2a") : QStringLiteral("#2e7d32"))
                   .arg(kChartWidth - kMargin + 2)
                   .arg(y + 3, 0, 'f', 1)
                   .arg(kind == QLatin1String("alert") ? Tr::tr("alert") : Tr::tr("target"));
    for (const QPolygonF& line : g.series) {
        QStringList xy;
        for (const QPointF& p : line)
            xy.append(QStringLiteral("%1,%2").arg(p.x(), 0, 'f', 1).arg(p.y(), 0, 'f', 1));
        svg += QStringLiteral("<polyline fill='none' stroke='#1f5fa8' stroke-width='1.5' points='%1'/>")
                   .arg(xy.join(QLatin1Char(' ')));
    }
    svg += QStringLiteral("<text x='2' y='20' font-size='10'>%1</text><text x='2' y='%2' font-size='10'>%3</text>")
               .arg(g.maximum, 0, 'g', 4)
               .arg(kChartHeight - 16)
               .arg(g.minimum, 0, 'g', 4);
    svg += QStringLiteral("<text x='%1' y='%2' font-size='10'>%3</text>"
                          "<text x='%4' y='%2' font-size='10' text-anchor='end'>%5</text>")
               .arg(kMargin)
               .arg(kChartHeight - 3)
               .arg(esc(g.from))
               .arg(kChartWidth - kMargin)
               .arg(esc(g.to));
    if (g.empty)
        svg += QStringLiteral("<text x='%1' y='%2' font-size='12' text-anchor='middle' fill='#666'>%3</text>")
                   .arg(kChartWidth / 2)
                   .arg(kChartHeight / 2)
                   .arg(esc(Tr::tr("No data recorded for this metric")));
    return svg + QStringLiteral("</svg>");
}

void paintChart(QPainter& painter, const QRectF& rect, const QJsonObject& metric, qint64 fromMs, qint64 toMs)
{
    const ChartGeometry g = chartGeometry(metric, fromMs, toMs);
    painter.save();
    painter.translate(rect.topLeft());
    painter.scale(rect.width() / kChartWidth, rect.height() / kChartHeight);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPixelSize(10);
    painter.setFont(font);
    painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 1));
    painter.drawRect(QRectF(kMargin, 16, kChartWidth - 2 * kMargin, kChartHeight - 32));
    for (const auto& [y, kind] : g.lines) {
        const QColor colour = kind == QLatin1String("alert") ? QColor(0xb0, 0x2a, 0x2a) : QColor(0x2e, 0x7d, 0x32);
        painter.setPen(QPen(colour, 1, Qt::DashLine));
        painter.drawLine(QPointF(kMargin, y), QPointF(kChartWidth - kMargin, y));
        painter.drawText(QPointF(kChartWidth - kMargin + 2, y + 3),
                         kind == QLatin1String("alert") ? Tr::tr("alert") : Tr::tr("target"));
    }
    painter.setPen(QPen(QColor(0x1f, 0x5f, 0xa8), 1.5));
    for (const QPolygonF& line : g.series)
        painter.drawPolyline(line);
    painter.setPen(Qt::black);
    painter.drawText(QPointF(2, 20), QString::number(g.maximum, 'g', 4));
    painter.drawText(QPointF(2, kChartHeight - 16), QString::number(g.minimum, 'g', 4));
    painter.drawText(QRectF(kMargin, kChartHeight - 14, kChartWidth - 2 * kMargin, 14), Qt::AlignLeft | Qt::AlignBottom,
                     g.from);
    painter.drawText(QRectF(kMargin, kChartHeight - 14, kChartWidth - 2 * kMargin, 14),
                     Qt::AlignRight | Qt::AlignBottom, g.to);
    if (g.empty)
        painter.drawText(QRectF(0, 0, kChartWidth, kChartHeight), Qt::AlignCenter,
                         Tr::tr("No data recorded for this metric"));
    painter.restore();
}

ChartObject::ChartObject(QJsonArray metrics, qint64 fromMs, qint64 toMs, double width)
    : m_metrics(std::move(metrics)), m_from(fromMs), m_to(toMs), m_width(width)
{ }

QSizeF ChartObject::intrinsicSize(QTextDocument*, int, const QTextFormat&)
{
    return {m_width, m_width * kChartHeight / kChartWidth};
}

void ChartObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format)
{
    paintChart(*painter, rect, m_metrics.at(format.intProperty(kChartIndex)).toObject(), m_from, m_to);
}

} // namespace cockpit::report
