// The Live charts tab's cost per second of watching: 12 series of 86,400 points (24 h at 1 s),
// one new point per series per second. Each "second" appends, downsamples (min/max per pixel
// column), hands the runs to Qt Charts and repaints all 12 charts offscreen. Baseline in the
// same run: the same data handed to Qt Charts whole with QLineSeries::replace().
//
//   cockpit-bench-charts [--seconds 60] [--baseline 5]
#include "core/RunbookLoader.h"
#include "engine/monitoring/Downsample.h"
#include "gui/charts/MetricChart.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

using namespace cockpit;

namespace {

constexpr int kSeries = 12;
constexpr int kPoints = 86400;
constexpr QSize kChartSize(640, 220);

long rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(std::ceil(p * double(values.size())) - 1));
    return values[index];
}

int argument(const QStringList& args, const QString& name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
}

void render(QChartView& view, QImage& image)
{
    image.fill(Qt::white);
    QPainter painter(&image);
    view.render(&painter);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int seconds = argument(args, QStringLiteral("--seconds"), 60);
    const int baselineRuns = argument(args, QStringLiteral("--baseline"), 5);

    const auto runbook = RunbookLoader::loadFile(builtinRunbookPath());
    if (!runbook) {
        std::fprintf(stderr, "%s\n", qPrintable(runbook.error().toString()));
        return 2;
    }
    QList<MonitoredMetric> metrics;
    for (const MonitoredMetric& m : runbook->monitoring.metrics) {
        if (m.source.kind != MetricSource::Kind::Manual && metrics.size() < kSeries)
            metrics.append(m);
    }

    const long rssStart = rssKiB();
    // 24 h at 1 s, noisy, with spikes, and a 10-minute gap in each series.
    std::mt19937 random(42);
    std::normal_distribution<double> noise(0, 3);
    const qint64 startMs = 1'800'000'000'000LL;
    std::vector<monitoring::Samples> data(kSeries);
    for (int s = 0; s < kSeries; ++s) {
        data[s].reserve(kPoints + seconds + 16);
        for (int i = 0; i < kPoints; ++i) {
            double v = 40 + 20 * std::sin(i / 3600.0 + s) + noise(random);
            if (i % 7919 == s)
                v += 200; // a one-second spike the downsampling must keep
            if (i >= 40000 + s * 100 && i < 40600 + s * 100)
                continue; // the source was down
            data[s].emplace_back(startMs + qint64(i) * 1000, v);
        }
    }
    const long rssData = rssKiB();

    std::vector<std::unique_ptr<gui::MetricChart>> charts;
    for (int s = 0; s < kSeries; ++s) {
        charts.push_back(std::make_unique<gui::MetricChart>(metrics[s]));
        charts.back()->resize(kChartSize);
        charts.back()->show();
    }
    app.processEvents();
    QImage image(kChartSize, QImage::Format_ARGB32_Premultiplied);
    qint64 nowMs = startMs + qint64(kPoints) * 1000;
    const qint64 window = 24LL * 3600 * 1000;

    std::vector<double> costs;
    double tDown = 0, tSet = 0, tRender = 0;
    qsizetype maxPoints = 0;
    bool spikesKept = true;
    for (int second = 0; second < seconds + 3; ++second) {
        QElapsedTimer timer;
        timer.start();
        for (int s = 0; s < kSeries; ++s) {
            data[s].emplace_back(nowMs, 40 + noise(random));
            QElapsedTimer phase;
            phase.start();
            const auto [from, to] = monitoring::liveWindow(nowMs, window, charts[s]->columns());
            const monitoring::Downsampled& d
                = charts[s]->downsampler().update(data[s], from, to, charts[s]->columns(), 5000);
            tDown += phase.nsecsElapsed() / 1e6;
            phase.restart();
            charts[s]->setData(d, from, to);
            tSet += phase.nsecsElapsed() / 1e6;
            phase.restart();
            spikesKept = spikesKept && d.maximum >= 200;
            maxPoints = std::max(maxPoints, charts[s]->pointsDrawn());
            render(*charts[s], image);
            tRender += phase.nsecsElapsed() / 1e6;
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (second >= 3) // the first repaints build caches
            costs.push_back(ms);
        nowMs += 1000;
    }
    const long rssOurs = rssKiB();

    // Baseline: every point to Qt Charts, the way a chart without downsampling would.
    std::vector<double> baseline;
    {
        std::vector<std::unique_ptr<QChartView>> views;
        std::vector<QLineSeries*> series;
        for (int s = 0; s < kSeries; ++s) {
            auto view = std::make_unique<QChartView>();
            auto* line = new QLineSeries;
            view->chart()->addSeries(line);
            auto* x = new QDateTimeAxis;
            auto* y = new QValueAxis;
            view->chart()->addAxis(x, Qt::AlignBottom);
            view->chart()->addAxis(y, Qt::AlignLeft);
            line->attachAxis(x);
            line->attachAxis(y);
            view->chart()->legend()->hide();
            view->resize(kChartSize);
            view->show();
            series.push_back(line);
            views.push_back(std::move(view));
        }
        app.processEvents();
        for (int run = 0; run < baselineRuns + 1; ++run) {
            QElapsedTimer timer;
            timer.start();
            for (int s = 0; s < kSeries; ++s) {
                data[s].emplace_back(nowMs, 40 + noise(random));
                QList<QPointF> points;
                points.reserve(qsizetype(data[s].size()));
                for (const auto& [at, v] : data[s])
                    points.append(QPointF(double(at), v));
                series[s]->replace(points);
                auto* x = qobject_cast<QDateTimeAxis*>(views[s]->chart()->axes(Qt::Horizontal).first());
                x->setRange(QDateTime::fromMSecsSinceEpoch(nowMs - window), QDateTime::fromMSecsSinceEpoch(nowMs));
                qobject_cast<QValueAxis*>(views[s]->chart()->axes(Qt::Vertical).first())->setRange(0, 260);
                render(*views[s], image);
            }
            if (run > 0)
                baseline.push_back(double(timer.nsecsElapsed()) / 1e6);
            nowMs += 1000;
        }
    }
    const long rssBaseline = rssKiB();

    const double median = percentile(costs, 0.5);
    const double p99 = percentile(costs, 0.99);
    const double baseMedian = percentile(baseline, 0.5);
    std::printf("charts: %d series x %d points (24 h at 1 s), one new point per series per second\n", kSeries, kPoints);
    std::printf("  cockpit (append + min/max per column + Qt Charts + offscreen repaint, all 12): median %.2f ms, "
                "p99 %.2f ms over %zu seconds; at most %lld points per chart (%d px wide)\n",
                median, p99, costs.size(), static_cast<long long>(maxPoints), kChartSize.width());
    std::printf("  baseline (every point through QLineSeries::replace, all 12): median %.1f ms over %zu runs "
                "(%.1f ms per series)\n",
                baseMedian, baseline.size(), baseMedian / kSeries);
    std::printf("  ratio baseline / cockpit: %.1fx\n", baseMedian / median);
    std::printf("  memory (RSS): start %ld KiB, data %+ld KiB, cockpit charts %+ld KiB, baseline charts %+ld KiB\n",
                rssStart, rssData - rssStart, rssOurs - rssData, rssBaseline - rssOurs);
    const double perSecond = double(seconds + 3);
    std::printf("  of which, per second for all 12: downsample %.2f ms, hand to Qt Charts %.2f ms, repaint %.2f ms\n",
                tDown / perSecond, tSet / perSecond, tRender / perSecond);
    std::printf("  spikes kept by the downsampling: %s\n", spikesKept ? "yes" : "NO");
    std::printf("  budget: median under 16 ms: %s\n", median < 16.0 ? "yes" : "NO");
    return spikesKept && maxPoints <= kChartSize.width() ? 0 : 1;
}
