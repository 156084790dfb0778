#pragma once

#include <QPointF>

#include <limits>
#include <utility>
#include <vector>

// What a chart draws of a series: the samples in [fromMs, toMs] cut into runs at every gap (a NaN
// sample, or two samples further apart than maxGapMs), each run reduced to the smallest and the
// largest sample of every column (in time order), so that no peak is lost and a chart never gets
// more points than it has pixels. x is milliseconds since the epoch.
namespace cockpit::monitoring {

using Samples = std::vector<std::pair<qint64, double>>;
using Run = std::vector<QPointF>;

struct Downsampled
{
    std::vector<Run> runs;
    qsizetype points = 0; // over every run
    double minimum = 0;
    double maximum = 0;
    bool empty = true;
};

// The window a live chart shows: rangeMs ending at the first column boundary at or after now,
// boundaries fixed in absolute time, so that the axis moves once per column, not every second.
std::pair<qint64, qint64> liveWindow(qint64 nowMs, qint64 rangeMs, int columns);

// Keeps its work between calls: while the window, the columns and the gap stay the same and the
// series only grows at its end, an update reads only the new samples (one second of watching
// costs a few samples, not a day of them). Anything else starts over.
class MinMaxDownsampler
{
public:
    const Downsampled& update(const Samples& samples, qint64 fromMs, qint64 toMs, int columns, qint64 maxGapMs);

private:
    void reset(qint64 fromMs, qint64 toMs, int columns, qint64 maxGapMs);
    void add(qint64 at, double value);
    void flushColumn();
    void endRun();
    void publish();

    // Parameters of the current work.
    qint64 m_from = 0;
    qint64 m_to = 0;
    int m_columns = 0;
    qint64 m_maxGap = 0;
    const void* m_series = nullptr;
    size_t m_consumed = 0; // samples read so far (from the series' start)
    qint64 m_lastAt = std::numeric_limits<qint64>::min();
    // State of the scan.
    std::vector<Run> m_runs; // complete runs
    Run m_run; // the open run, without its open column
    bool m_columnOpen = false;
    qint64 m_columnStart = 0;
    qint64 m_columnEnd = 0;
    std::pair<qint64, double> m_min{};
    std::pair<qint64, double> m_max{};
    bool m_havePrevious = false;
    qint64 m_previousAt = 0;
    Downsampled m_out;
};

Downsampled downsampleMinMax(const Samples& samples, qint64 fromMs, qint64 toMs, int columns, qint64 maxGapMs);

} // namespace cockpit::monitoring
