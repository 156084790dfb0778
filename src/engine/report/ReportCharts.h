#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QRectF>
#include <QString>
#include <QTextFormat>
#include <QTextObjectInterface>

class QPainter;

// A metric's chart in the report: one geometry (its points, its target and alert lines in the
// metric's unit, the range's start and end), drawn as inline SVG (the HTML) or with QPainter (the
// PDF, as an object in the text: vectors, not a picture).
namespace cockpit::report {

QString chartSvg(const QJsonObject& metric, qint64 fromMs, qint64 toMs);
void paintChart(QPainter& painter, const QRectF& rect, const QJsonObject& metric, qint64 fromMs, qint64 toMs);

// The PDF's charts: a character of this object type, with kChartIndex the metric's index in the
// report's "metrics", painted by ChartObject when its page is drawn.
inline constexpr int kChartObject = QTextFormat::UserObject + 1;
inline constexpr int kChartIndex = QTextFormat::UserProperty + 1;

class ChartObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartObject(QJsonArray metrics, qint64 fromMs, qint64 toMs, double width);
    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;

private:
    QJsonArray m_metrics;
    qint64 m_from;
    qint64 m_to;
    double m_width;
};

} // namespace cockpit::report
