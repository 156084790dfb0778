#pragma once

#include <QString>
#include <QStringView>

#include <chrono>
#include <optional>

namespace cockpit {

// A length of time that remembers the unit it was written in, so that the guide's "72h"
// reads as 72 hours again and its "2d" as 2 days. Compares and computes as milliseconds.
class Duration : public std::chrono::milliseconds
{
public:
    using std::chrono::milliseconds::milliseconds;
    Duration() = default;
    Duration(std::chrono::milliseconds value, std::chrono::milliseconds unit = std::chrono::milliseconds(0))
        : std::chrono::milliseconds(value), m_unitMs(unit.count())
    { }

    // The unit it was written in (1 ms, 1 s, 1 min, 1 h, 1 d, 1 w), or 0 if nobody said.
    qint64 writtenUnitMs() const { return m_unitMs; }

private:
    qint64 m_unitMs = 0;
};

// Parses the runbook's compact durations: "500ms", "10s", "5m", "72h", "2d", "3w", and
// sums such as "1h30m". Returns nothing for anything else (empty, negative, overflow).
std::optional<Duration> parseDuration(QStringView text);

// The compact form: in the unit it was written in when that is exact ("72h"), else the
// largest exact units (90 min -> "1h30m"). parseDuration(formatDuration(d)) == d.
QString formatDuration(Duration duration);

// The same choice of unit for prose: the count and which unit (index into s, m, h, d, w; -1
// when no single unit fits exactly, e.g. 1h30m or 500ms).
struct DurationInUnit
{
    qint64 count = 0;
    int unit = -1; // 0 seconds, 1 minutes, 2 hours, 3 days, 4 weeks
};
DurationInUnit durationInSingleUnit(Duration duration);

} // namespace cockpit
