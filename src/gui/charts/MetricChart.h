#pragma once

#include "core/Runbook.h"
#include "engine/monitoring/Downsample.h"
#include "engine/monitoring/Watch.h"

#include <QChartView>

#include <vector>

class QDateTimeAxis;
class QGraphicsLineItem;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace cockpit::gui {

// One metric's chart: its runs of samples (a gap lifts the pen), the target and alert-threshold
// lines, the state in colour and words, the current value. Zoom with the mouse wheel or a
// rubber band, pan with the arrow keys, Home (or a double click) to follow the live edge
// again; a crosshair with the nearest sample's time and value follows the pointer.
class MetricChart final : public QChartView
{
    Q_OBJECT

public:
    explicit MetricChart(const MonitoredMetric& metric, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(MetricChart)

    const QString& metricId() const { return m_metric.id; }
    // Keeps the downsampling of this chart's series between redraws.
    monitoring::MinMaxDownsampler& downsampler() { return m_downsampler; }
    // The runs to draw over [fromMs, toMs]; they already have at most one point per pixel.
    void setData(const monitoring::Downsampled& data, qint64 fromMs, qint64 toMs);
    void setState(monitoring::MetricHealth health, const QString& valueText, const QString& staleText);
    // Points handed to Qt Charts at the last setData, over every series (for tests and the bench).
    qsizetype pointsDrawn() const { return m_pointsDrawn; }
    int runsDrawn() const { return m_runsDrawn; }
    // The columns a series may use: a quarter of the plot's width (each gives its min and max).
    int columns() const;
    bool isZoomed() const { return m_zoomed; }
    // The range the person zoomed to; empty when following the live edge.
    std::pair<qint64, qint64> zoomedRange() const { return {m_zoomFrom, m_zoomTo}; }
    void resetZoom();

    static constexpr int kMaxRuns = 24; // runs beyond these are drawn as points, never joined

Q_SIGNALS:
    void zoomChanged();

protected:
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void placeLimitLines();
    void zoomTo(qint64 fromMs, qint64 toMs);
    QLineSeries* makeLine(const QPen& pen);

    MonitoredMetric m_metric;
    QDateTimeAxis* m_x;
    QValueAxis* m_y;
    std::vector<QLineSeries*> m_runs;
    QScatterSeries* m_loose;
    QLineSeries* m_target = nullptr;
    QLineSeries* m_alert = nullptr;
    QGraphicsLineItem* m_crosshair;
    monitoring::Downsampled m_data;
    monitoring::MinMaxDownsampler m_downsampler;
    qsizetype m_pointsDrawn = 0;
    int m_runsDrawn = 0;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    bool m_zoomed = false;
    qint64 m_zoomFrom = 0;
    qint64 m_zoomTo = 0;
    QString m_title;
};

} // namespace cockpit::gui
