// The charts' downsampling: peaks survive, gaps stay gaps, never more points than columns allow,
// and the incremental update gives what a full pass gives.
#include "engine/monitoring/Downsample.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace cockpit::monitoring;

namespace {

Samples wave(int n, qint64 stepMs = 1000)
{
    Samples s;
    for (int i = 0; i < n; ++i)
        s.emplace_back(qint64(i) * stepMs, 50 + 10 * std::sin(i / 300.0));
    return s;
}

double maxOf(const Downsampled& d)
{
    double m = -1e300;
    for (const Run& r : d.runs)
        for (const QPointF& p : r)
            m = std::max(m, p.y());
    return m;
}

} // namespace

TEST(Downsample, AOneSampleSpikeSurvivesAmongADayOfSamples)
{
    Samples s = wave(86400);
    s[43210].second = 900;
    s[70000].second = -300;
    const Downsampled d = downsampleMinMax(s, 0, 86400000, 150, 5000);
    EXPECT_LE(d.points, 2 * 150 + 2);
    EXPECT_EQ(maxOf(d), 900);
    double lowest = 1e300;
    for (const QPointF& p : d.runs.front())
        lowest = std::min(lowest, p.y());
    EXPECT_EQ(lowest, -300);
}

TEST(Downsample, AGapIsNeverJoined)
{
    Samples s = wave(3600);
    // A poll that failed: a NaN marks the gap.
    s[2500].second = std::numeric_limits<double>::quiet_NaN();
    // The source was down for ten minutes: no samples at all.
    s.erase(s.begin() + 1000, s.begin() + 1600);
    const Downsampled d = downsampleMinMax(s, 0, 3600000, 100, 5000);
    ASSERT_EQ(d.runs.size(), 3u);
    EXPECT_LT(d.runs[0].back().x(), 1000000.0);
    EXPECT_GE(d.runs[1].front().x(), 1600000.0);
    EXPECT_LT(d.runs[1].back().x(), 2500000.0);
    EXPECT_GT(d.runs[2].front().x(), 2500000.0);
}

TEST(Downsample, NothingInTheWindowIsEmpty)
{
    EXPECT_TRUE(downsampleMinMax({}, 0, 1000, 10, 100).empty);
    EXPECT_TRUE(downsampleMinMax(wave(10), 0, 0, 10, 100).runs.empty());
}

TEST(Downsample, TheIncrementalUpdateEqualsAFullPass)
{
    Samples s = wave(20000);
    MinMaxDownsampler incremental;
    const auto [from, to] = liveWindow(s.back().first, 6 * 3600 * 1000, 120);
    (void)incremental.update(s, from, to, 120, 5000);
    for (int i = 0; i < 30; ++i) {
        s.emplace_back(s.back().first + 1000, i % 7 == 0 ? 400.0 : 55.0);
        const Downsampled& a = incremental.update(s, from, to, 120, 5000);
        const Downsampled b = downsampleMinMax(s, from, to, 120, 5000);
        ASSERT_EQ(a.runs.size(), b.runs.size());
        for (size_t r = 0; r < a.runs.size(); ++r)
            ASSERT_EQ(a.runs[r], b.runs[r]) << "after " << i << " appends";
        EXPECT_EQ(a.maximum, b.maximum);
    }
}

TEST(Downsample, TheLiveWindowMovesOncePerColumn)
{
    const auto a = liveWindow(1'000'000'000'000, 3600000, 120); // 30 s columns
    const auto b = liveWindow(1'000'000'000'000 + 1000, 3600000, 120);
    EXPECT_EQ(a, b);
    EXPECT_GE(a.second, 1'000'000'000'000);
    EXPECT_EQ(a.second - a.first, 3600000);
    EXPECT_EQ(a.second % 30000, 0);
}
