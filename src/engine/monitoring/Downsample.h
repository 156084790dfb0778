#pragma once

#include <QPointF>

#include <utility>
#include <vector>

// What a chart draws of a series: the samples in [fromMs, toMs] cut into runs at every gap (a NaN
// sample, or two samples further apart than maxGapMs), each run reduced to the first, smallest,
// largest and last sample of every pixel column, so that no peak is lost and a chart never gets
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

Downsampled downsampleMinMax(const Samples& samples, qint64 fromMs, qint64 toMs, int columns, qint64 maxGapMs);

} // namespace cockpit::monitoring
