// The Live charts tab without a cluster: one chart per measured metric with its limit lines,
// gaps drawn as gaps, never more points than pixels, zoom and back to the live edge.
#include "TestSupport.h"

#include "core/RunbookLoader.h"
#include "engine/monitoring/Downsample.h"
#include "gui/charts/ChartsTab.h"
#include "gui/charts/MetricChart.h"
#include "gui/widgets/NoticeBanner.h"

#include <QKeyEvent>
#include <QLineSeries>
#include <QTableWidget>
#include <QWheelEvent>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace cockpit;
using namespace cockpit::gui;

namespace {

const Runbook& shipped()
{
    static const Runbook runbook = RunbookLoader::loadFile(builtinRunbookPath()).value();
    return runbook;
}

} // namespace

TEST(ChartsTab, EveryMeasuredMetricHasAChartAndWithoutAProfileTheTabSaysSo)
{
    ChartsTab tab;
    tab.resize(1200, 900);
    tab.setRunbook(shipped());
    tab.show();
    int measured = 0;
    for (const MonitoredMetric& m : shipped().monitoring.metrics) {
        if (m.source.kind == MetricSource::Kind::Manual) {
            EXPECT_EQ(tab.chart(m.id), nullptr) << m.id.toStdString();
            continue;
        }
        ++measured;
        MetricChart* chart = tab.chart(m.id);
        ASSERT_NE(chart, nullptr) << m.id.toStdString();
        EXPECT_EQ(chart->property("health").toString(), QStringLiteral("unknown")) << "no data is never ok";
        // Target and alert threshold lines where the guide gives them.
        int lines = 0;
        for (QAbstractSeries* s : chart->chart()->series()) {
            if (s->name() == QLatin1String("target") || s->name() == QLatin1String("alert threshold"))
                ++lines;
        }
        EXPECT_EQ(lines, int(m.target.has_value()) + int(m.alert.has_value())) << m.id.toStdString();
    }
    EXPECT_EQ(measured, 15);
    auto* banner = tab.findChild<NoticeBanner*>(QStringLiteral("noticeBanner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(QStringLiteral("connection profile")));
    EXPECT_FALSE(tab.triggerBanner()->isVisible());
}

TEST(MetricChart, AGapIsDrawnAsAGapAndNeverMorePointsThanPixels)
{
    const MonitoredMetric& lag = *shipped().findMetric(QStringLiteral("replication_lag"));
    MetricChart chart(lag);
    chart.resize(600, 220);
    chart.show();
    QCoreApplication::processEvents();
    monitoring::Samples samples;
    for (int i = 0; i < 86400; ++i) {
        if (i >= 30000 && i < 31000)
            continue; // the source was down
        samples.emplace_back(qint64(i) * 1000, 20 + (i % 97));
    }
    samples[50000].second = std::numeric_limits<double>::quiet_NaN(); // a failed poll
    const auto d = monitoring::downsampleMinMax(samples, 0, 86400000, chart.columns(), 5000);
    chart.setData(d, 0, 86400000);
    EXPECT_EQ(chart.runsDrawn(), 3);
    EXPECT_GT(chart.pointsDrawn(), 0);
    EXPECT_LE(chart.pointsDrawn(), chart.width());

    // More gaps than lines: the rest are loose points, never a line across a gap.
    monitoring::Samples broken;
    for (int i = 0; i < 200; ++i)
        broken.emplace_back(qint64(i) * 60000, i % 2 ? std::numeric_limits<double>::quiet_NaN() : 5.0);
    chart.setData(monitoring::downsampleMinMax(broken, 0, 200 * 60000, chart.columns(), 90000), 0, 200 * 60000);
    EXPECT_EQ(chart.runsDrawn(), MetricChart::kMaxRuns);
    EXPECT_EQ(chart.pointsDrawn(), 100);
}

TEST(MetricChart, TheWheelZoomsAndHomeFollowsTheLiveEdgeAgain)
{
    const MonitoredMetric& cpu = *shipped().findMetric(QStringLiteral("cpu_usage"));
    MetricChart chart(cpu);
    chart.resize(600, 220);
    chart.show();
    QCoreApplication::processEvents();
    chart.setData(monitoring::downsampleMinMax({{0, 1}, {3600000, 2}}, 0, 3600000, chart.columns(), 0), 0, 3600000);
    EXPECT_FALSE(chart.isZoomed());
    const QPointF centre(300, 110);
    QWheelEvent wheel(centre, chart.mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(chart.viewport(), &wheel);
    ASSERT_TRUE(chart.isZoomed());
    const auto [from, to] = chart.zoomedRange();
    EXPECT_LT(to - from, 3600000);
    QKeyEvent home(QEvent::KeyPress, Qt::Key_Home, Qt::NoModifier);
    QCoreApplication::sendEvent(&chart, &home);
    EXPECT_FALSE(chart.isZoomed());
}
