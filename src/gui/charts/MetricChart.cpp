#include "MetricChart.h"
#include "gui/Appearance.h"
#include "gui/StatusPresentation.h"

#include "core/Unit.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLineItem>
#include <QKeyEvent>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace cockpit::gui {

namespace {

QColor healthColour(monitoring::MetricHealth health)
{
    switch (health) {
    case monitoring::MetricHealth::Ok: return toneColour(Tone::Good);
    case monitoring::MetricHealth::Warning: return toneColour(Tone::Warning);
    case monitoring::MetricHealth::Alert: return toneColour(Tone::Bad);
    case monitoring::MetricHealth::Unknown: break;
    }
    return toneColour(Tone::Unknown);
}

// A round number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten) at or above the value.
double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0}) {
        if (value <= step * power)
            return step * power;
    }
    return 10 * power;
}

} // namespace

MetricChart::MetricChart(const MonitoredMetric& metric, QWidget* parent)
    : QChartView(parent)
    , m_metric(metric)
    , m_x(new QDateTimeAxis)
    , m_y(new QValueAxis)
    , m_loose(new QScatterSeries)
    , m_crosshair(new QGraphicsLineItem)
{
    setObjectName(QStringLiteral("chart_") + metric.id);
    setRenderHint(QPainter::Antialiasing, false);
    setRubberBand(QChartView::HorizontalRubberBand);
    setMinimumHeight(190);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    QChart* c = chart();
    if (isDark(palette()))
        c->setTheme(QChart::ChartThemeDark); // axis labels and grid legible on the dark palette
    c->legend()->hide();
    c->setMargins(QMargins(4, 4, 4, 4));
    c->setBackgroundRoundness(0);
    // The theme's gradient background costs more to paint than everything else in the chart
    // (measured: repaint of 12 charts 10-14 ms with it, 6 ms without); a plain view behind it.
    c->setBackgroundVisible(false);
    setBackgroundBrush(palette().base());
    c->setAnimationOptions(QChart::NoAnimation);
    m_x->setFormat(QStringLiteral("HH:mm"));
    m_x->setTickCount(5);
    m_y->setLabelFormat(QStringLiteral("%.3g"));
    m_y->setTickCount(5);
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignLeft);
    m_loose->setMarkerSize(4);
    m_loose->setColor(toneColour(Tone::Running, palette()));
    m_loose->setBorderColor(toneColour(Tone::Running, palette()));
    c->addSeries(m_loose);
    m_loose->attachAxis(m_x);
    m_loose->attachAxis(m_y);
    if (metric.target) {
        QPen pen(toneColour(Tone::Good, palette()), 1, Qt::DashLine);
        m_target = makeLine(pen);
        m_target->setName(tr("target"));
    }
    if (metric.alert) {
        QPen pen(toneColour(Tone::Bad, palette()), 1, Qt::DashLine);
        m_alert = makeLine(pen);
        m_alert->setName(tr("alert threshold"));
    }
    placeLimitLines();
    m_crosshair->setPen(QPen(QColor(0x75, 0x75, 0x75), 1, Qt::DotLine));
    m_crosshair->setZValue(10);
    m_crosshair->hide();
    scene()->addItem(m_crosshair);
    m_title = metric.title;
    QString tip
        = tr("%1, measured every %2").arg(metric.title).arg(static_cast<double>(metric.interval.count()) / 1000.0);
    tip += tr(" s");
    if (metric.source.kind == MetricSource::Kind::Query)
        tip += QLatin1Char('\n') + tr("PromQL: %1").arg(metric.source.query);
    else if (metric.source.kind == MetricSource::Kind::Probe)
        tip += QLatin1Char('\n') + tr("Probe: %1").arg(metricProbeToken(metric.source.probe));
    tip += QLatin1Char('\n') + tr("Wheel or drag to zoom, arrow keys to pan, Home or double-click to follow live");
    setToolTip(tip);
    setState(monitoring::MetricHealth::Unknown, tr("no data yet"), QString());
}

QLineSeries* MetricChart::makeLine(const QPen& pen)
{
    auto* series = new QLineSeries;
    series->setPen(pen);
    chart()->addSeries(series);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
    return series;
}

int MetricChart::columns() const
{
    const int width = int(chart()->plotArea().width());
    return std::max(8, (width > 0 ? width : viewport()->width()) / 4); // two points each: half a point per pixel
}

void MetricChart::placeLimitLines()
{
    // Across all time, once: the plot clips them, and a moving window never touches them.
    const auto place = [&](QLineSeries* line, const std::optional<Limit>& limit) {
        if (!line || !limit)
            return;
        const double y = monitoring::limitInUnit(*limit, m_metric.unit);
        line->replace(QList<QPointF>{{0.0, y}, {4.0e12, y}});
    };
    place(m_target, m_metric.target);
    place(m_alert, m_metric.alert);
}

void MetricChart::setData(const monitoring::Downsampled& data, qint64 fromMs, qint64 toMs)
{
    m_data = data;
    m_fromMs = fromMs;
    m_toMs = toMs;
    // The axes first: a series then lays out once, with its own new points.
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    const QString format = toMs - fromMs > 24LL * 3600 * 1000 ? QStringLiteral("dd HH:mm") : QStringLiteral("HH:mm");
    if (m_x->format() != format)
        m_x->setFormat(format);
    double lo = data.empty ? 0 : data.minimum;
    double hi = data.empty ? 1 : data.maximum;
    for (const auto& limit : {m_metric.target, m_metric.alert}) {
        if (limit) {
            const double y = monitoring::limitInUnit(*limit, m_metric.unit);
            lo = std::min(lo, y);
            hi = std::max(hi, y);
        }
    }
    lo = std::min(lo, 0.0);
    if (hi <= lo)
        hi = lo + 1;
    // The y range moves in steps, not with every sample: no relayout of the axis each second.
    double top = niceCeiling(hi + (hi - lo) * 0.08);
    if (m_metric.unit == Unit::Percent && hi <= 100)
        top = std::min(top, 100.0); // a percentage needs no room above 100
    if (m_y->min() != lo || m_y->max() != top)
        m_y->setRange(lo, top);
    const QString labels = top >= 100 ? QStringLiteral("%.0f") : QStringLiteral("%.3g");
    if (m_y->labelFormat() != labels)
        m_y->setLabelFormat(labels);

    const qsizetype drawnRuns = std::min<qsizetype>(qsizetype(data.runs.size()), kMaxRuns);
    while (qsizetype(m_runs.size()) < drawnRuns) {
        QLineSeries* line = makeLine(QPen(toneColour(Tone::Running, palette()), 1.5));
        m_runs.push_back(line);
    }
    m_pointsDrawn = 0;
    for (qsizetype i = 0; i < qsizetype(m_runs.size()); ++i) {
        if (i < drawnRuns) {
            const monitoring::Run& run = data.runs[size_t(i)];
            m_runs[size_t(i)]->replace(QList<QPointF>(run.begin(), run.end()));
            m_pointsDrawn += qsizetype(run.size());
        } else if (m_runs[size_t(i)]->count() > 0) {
            m_runs[size_t(i)]->clear();
        }
    }
    // More gaps than lines: the rest are drawn as loose points, never joined across a gap.
    QList<QPointF> loose;
    for (size_t i = size_t(drawnRuns); i < data.runs.size(); ++i)
        loose.append(QList<QPointF>(data.runs[i].begin(), data.runs[i].end()));
    if (!loose.isEmpty() || m_loose->count() > 0)
        m_loose->replace(loose);
    m_pointsDrawn += loose.size();
    m_runsDrawn = int(drawnRuns);
}

void MetricChart::setState(monitoring::MetricHealth health, const QString& valueText, const QString& staleText)
{
    const QColor colour = healthColour(health);
    QString title = QStringLiteral("<b>%1</b>: %2 <span style='color:%3'>(%4)</span>")
                        .arg(m_title.toHtmlEscaped(), valueText.toHtmlEscaped(), colour.name(),
                             monitoring::metricHealthToken(health));
    if (!staleText.isEmpty())
        title += QStringLiteral("<br><span style='color:%2'>%1</span>")
                     .arg(staleText.toHtmlEscaped(), toneColour(Tone::Bad).name());
    chart()->setTitle(title);
    setStyleSheet(QStringLiteral("MetricChart { border: 2px solid %1; }").arg(colour.name()));
    setProperty("health", monitoring::metricHealthToken(health));
}

void MetricChart::zoomTo(qint64 fromMs, qint64 toMs)
{
    if (toMs - fromMs < 10000)
        return;
    m_zoomed = true;
    m_zoomFrom = fromMs;
    m_zoomTo = toMs;
    Q_EMIT zoomChanged();
}

void MetricChart::resetZoom()
{
    if (!m_zoomed)
        return;
    m_zoomed = false;
    Q_EMIT zoomChanged();
}

void MetricChart::mouseReleaseEvent(QMouseEvent* event)
{
    QChartView::mouseReleaseEvent(event); // the rubber band sets the axis range
    const qint64 from = m_x->min().toMSecsSinceEpoch();
    const qint64 to = m_x->max().toMSecsSinceEpoch();
    if (event->button() == Qt::RightButton) {
        resetZoom();
        return;
    }
    if (from != m_fromMs || to != m_toMs)
        zoomTo(from, to);
}

void MetricChart::mouseDoubleClickEvent(QMouseEvent* event)
{
    resetZoom();
    event->accept();
}

void MetricChart::wheelEvent(QWheelEvent* event)
{
    const double factor = event->angleDelta().y() > 0 ? 0.8 : 1.25;
    const QPointF value = chart()->mapToValue(event->position());
    const double centre = std::clamp(value.x(), double(m_fromMs), double(m_toMs));
    const qint64 from = qint64(centre - (centre - double(m_fromMs)) * factor);
    const qint64 to = qint64(centre + (double(m_toMs) - centre) * factor);
    zoomTo(from, to);
    event->accept();
}

void MetricChart::keyPressEvent(QKeyEvent* event)
{
    const qint64 span = m_toMs - m_fromMs;
    switch (event->key()) {
    case Qt::Key_Left: zoomTo(m_fromMs - span / 4, m_toMs - span / 4); break;
    case Qt::Key_Right: zoomTo(m_fromMs + span / 4, m_toMs + span / 4); break;
    case Qt::Key_Plus: zoomTo(m_fromMs + span / 4, m_toMs - span / 4); break;
    case Qt::Key_Minus: zoomTo(m_fromMs - span / 2, m_toMs + span / 2); break;
    case Qt::Key_Home:
    case Qt::Key_Escape: resetZoom(); break;
    default: QChartView::keyPressEvent(event); return;
    }
    event->accept();
}

void MetricChart::mouseMoveEvent(QMouseEvent* event)
{
    QChartView::mouseMoveEvent(event);
    const QRectF plot = chart()->plotArea();
    const QPointF scenePos = mapToScene(event->position().toPoint());
    if (!plot.contains(scenePos) || m_data.empty) {
        m_crosshair->hide();
        return;
    }
    const double x = chart()->mapToValue(scenePos).x();
    // The nearest drawn sample in time.
    const QPointF* nearest = nullptr;
    double best = 0;
    for (const monitoring::Run& run : m_data.runs) {
        for (const QPointF& p : run) {
            const double d = std::abs(p.x() - x);
            if (!nearest || d < best) {
                nearest = &p;
                best = d;
            }
        }
    }
    m_crosshair->setLine(scenePos.x(), plot.top(), scenePos.x(), plot.bottom());
    m_crosshair->show();
    if (!nearest)
        return;
    // Farther than a few pixels from any sample: the pointer is over a gap.
    const double msPerPixel = double(m_toMs - m_fromMs) / std::max(1.0, plot.width());
    const QString when = localDateTime(QDateTime::fromMSecsSinceEpoch(qint64(x)));
    const QString text = best > 6 * msPerPixel && best > double(m_metric.interval.count()) * 2
        ? tr("%1\nno data").arg(when)
        : tr("%1\n%2").arg(localDateTime(QDateTime::fromMSecsSinceEpoch(qint64(nearest->x()))),
                           formatWithUnit(std::round(nearest->y() * 1000) / 1000, m_metric.unit));
    QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

void MetricChart::leaveEvent(QEvent* event)
{
    m_crosshair->hide();
    QChartView::leaveEvent(event);
}

} // namespace cockpit::gui
