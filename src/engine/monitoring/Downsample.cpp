#include "Downsample.h"

#include <algorithm>
#include <cmath>

namespace cockpit::monitoring {

Downsampled downsampleMinMax(const Samples& samples, qint64 fromMs, qint64 toMs, int columns, qint64 maxGapMs)
{
    Downsampled out;
    if (samples.empty() || toMs <= fromMs || columns < 1)
        return out;
    // One sample either side of the range, so that a line enters and leaves at the edges.
    auto first = std::lower_bound(samples.begin(), samples.end(), fromMs,
                                  [](const std::pair<qint64, double>& s, qint64 t) { return s.first < t; });
    if (first != samples.begin())
        --first;
    auto last = std::upper_bound(samples.begin(), samples.end(), toMs,
                                 [](qint64 t, const std::pair<qint64, double>& s) { return t < s.first; });
    if (last != samples.end())
        ++last;

    const double span = double(toMs - fromMs);
    Run run;
    // The current column's extremes, emitted in time order when the column changes.
    qint64 column = -1;
    std::pair<qint64, double> cFirst{}, cMin{}, cMax{}, cLast{};
    bool open = false;
    const auto flush = [&] {
        if (!open)
            return;
        std::pair<qint64, double> points[4] = {cFirst, cMin, cMax, cLast};
        std::sort(std::begin(points), std::end(points));
        qint64 previousX = -1;
        for (const auto& p : points) {
            if (p.first == previousX)
                continue;
            run.emplace_back(double(p.first), p.second);
            previousX = p.first;
        }
        open = false;
    };
    const auto endRun = [&] {
        flush();
        if (!run.empty()) {
            out.points += qsizetype(run.size());
            out.runs.push_back(std::move(run));
            run = Run();
        }
        column = -1;
    };
    qint64 previousAt = 0;
    bool havePrevious = false;
    for (auto it = first; it != last; ++it) {
        const auto [at, value] = *it;
        if (std::isnan(value) || !std::isfinite(value)) {
            endRun();
            havePrevious = false;
            continue;
        }
        if (havePrevious && maxGapMs > 0 && at - previousAt > maxGapMs)
            endRun();
        previousAt = at;
        havePrevious = true;
        if (out.empty) {
            out.minimum = out.maximum = value;
            out.empty = false;
        } else {
            out.minimum = std::min(out.minimum, value);
            out.maximum = std::max(out.maximum, value);
        }
        const qint64 c = qint64(std::floor(double(at - fromMs) / span * columns));
        if (c != column) {
            flush();
            column = c;
            cFirst = cMin = cMax = cLast = {at, value};
            open = true;
            continue;
        }
        if (value < cMin.second)
            cMin = {at, value};
        if (value > cMax.second)
            cMax = {at, value};
        cLast = {at, value};
    }
    endRun();
    return out;
}

} // namespace cockpit::monitoring
