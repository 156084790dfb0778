#include "Downsample.h"

#include <algorithm>
#include <cmath>

namespace cockpit::monitoring {

std::pair<qint64, qint64> liveWindow(qint64 nowMs, qint64 rangeMs, int columns)
{
    const qint64 step = std::max<qint64>(1000, rangeMs / std::max(1, columns));
    const qint64 to = (nowMs + step - 1) / step * step;
    return {to - rangeMs, to};
}

void MinMaxDownsampler::reset(qint64 fromMs, qint64 toMs, int columns, qint64 maxGapMs)
{
    m_from = fromMs;
    m_to = toMs;
    m_columns = columns;
    m_maxGap = maxGapMs;
    m_consumed = 0;
    m_lastAt = std::numeric_limits<qint64>::min();
    m_runs.clear();
    m_run.clear();
    m_columnOpen = false;
    m_havePrevious = false;
    m_out = Downsampled();
}

void MinMaxDownsampler::flushColumn()
{
    if (!m_columnOpen)
        return;
    const auto& [a, b] = m_min.first <= m_max.first ? std::pair(m_min, m_max) : std::pair(m_max, m_min);
    m_run.emplace_back(double(a.first), a.second);
    if (b.first != a.first)
        m_run.emplace_back(double(b.first), b.second);
    m_columnOpen = false;
}

void MinMaxDownsampler::endRun()
{
    flushColumn();
    if (!m_run.empty()) {
        m_runs.push_back(std::move(m_run));
        m_run = Run();
    }
}

void MinMaxDownsampler::add(qint64 at, double value)
{
    if (std::isnan(value) || !std::isfinite(value)) {
        endRun();
        m_havePrevious = false;
        return;
    }
    if (m_havePrevious && m_maxGap > 0 && at - m_previousAt > m_maxGap)
        endRun();
    m_previousAt = at;
    m_havePrevious = true;
    if (m_out.empty) {
        m_out.minimum = m_out.maximum = value;
        m_out.empty = false;
    } else {
        m_out.minimum = std::min(m_out.minimum, value);
        m_out.maximum = std::max(m_out.maximum, value);
    }
    // The column changes rarely: compare with its bounds instead of dividing for every sample.
    if (!m_columnOpen || at >= m_columnEnd || at < m_columnStart) {
        flushColumn();
        // Integer arithmetic: a sample's column and the column's bounds always agree.
        const qint64 span = m_to - m_from;
        const qint64 offset = at - m_from;
        if (offset < 0) { // the sample before the window
            m_columnStart = std::numeric_limits<qint64>::min();
            m_columnEnd = m_from;
        } else if (offset >= span) { // the sample after it
            m_columnStart = m_to;
            m_columnEnd = std::numeric_limits<qint64>::max();
        } else {
            const qint64 c = offset * m_columns / span;
            m_columnStart = m_from + (c * span + m_columns - 1) / m_columns;
            m_columnEnd = m_from + ((c + 1) * span + m_columns - 1) / m_columns;
        }
        m_min = m_max = {at, value};
        m_columnOpen = true;
        return;
    }
    if (value < m_min.second)
        m_min = {at, value};
    if (value > m_max.second)
        m_max = {at, value};
}

void MinMaxDownsampler::publish()
{
    m_out.runs = m_runs;
    Run open = m_run;
    if (m_columnOpen) {
        const auto& [a, b] = m_min.first <= m_max.first ? std::pair(m_min, m_max) : std::pair(m_max, m_min);
        open.emplace_back(double(a.first), a.second);
        if (b.first != a.first)
            open.emplace_back(double(b.first), b.second);
    }
    if (!open.empty())
        m_out.runs.push_back(std::move(open));
    m_out.points = 0;
    for (const Run& run : m_out.runs)
        m_out.points += qsizetype(run.size());
}

const Downsampled& MinMaxDownsampler::update(const Samples& samples, qint64 fromMs, qint64 toMs, int columns,
                                             qint64 maxGapMs)
{
    const bool sameWork = m_series == static_cast<const void*>(&samples) && fromMs == m_from && toMs == m_to
        && columns == m_columns && maxGapMs == m_maxGap && m_consumed <= samples.size()
        && (m_consumed == 0 || samples[m_consumed - 1].first == m_lastAt);
    if (!sameWork || toMs <= fromMs || columns < 1) {
        reset(fromMs, toMs, columns, maxGapMs);
        m_series = &samples;
        if (toMs <= fromMs || columns < 1 || samples.empty()) {
            m_out = Downsampled();
            return m_out;
        }
        // One sample before the window, so that a line enters at its left edge.
        auto first = std::lower_bound(samples.begin(), samples.end(), fromMs,
                                      [](const std::pair<qint64, double>& s, qint64 t) { return s.first < t; });
        if (first != samples.begin())
            --first;
        m_consumed = size_t(first - samples.begin());
    }
    // The new samples, up to one past the window (a line leaves at its right edge).
    while (m_consumed < samples.size() && m_lastAt <= m_to) {
        const auto& [at, value] = samples[m_consumed];
        add(at, value);
        m_lastAt = at;
        ++m_consumed;
    }
    publish();
    return m_out;
}

Downsampled downsampleMinMax(const Samples& samples, qint64 fromMs, qint64 toMs, int columns, qint64 maxGapMs)
{
    MinMaxDownsampler downsampler;
    return downsampler.update(samples, fromMs, toMs, columns, maxGapMs);
}

} // namespace cockpit::monitoring
