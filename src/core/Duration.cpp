#include "Duration.h"

#include <array>
#include <limits>

namespace cockpit {
namespace {

struct UnitFactor
{
    QStringView suffix;
    qint64 millis;
};

// Longest suffix first so that "ms" is not read as "m" followed by garbage.
constexpr std::array<UnitFactor, 6> kUnits{{
    {u"ms", 1},
    {u"s", 1000},
    {u"m", qint64{60} * 1000},
    {u"h", qint64{60} * 60 * 1000},
    {u"d", qint64{24} * 60 * 60 * 1000},
    {u"w", qint64{7} * 24 * 60 * 60 * 1000},
}};

} // namespace

std::optional<Duration> parseDuration(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    qint64 total = 0;
    qint64 firstUnit = 0;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype digitsStart = pos;
        qint64 number = 0;
        while (pos < text.size() && text[pos].isDigit()) {
            const int digit = text[pos].digitValue();
            if (number > (std::numeric_limits<qint64>::max() - digit) / 10)
                return std::nullopt;
            number = number * 10 + digit;
            ++pos;
        }
        if (pos == digitsStart)
            return std::nullopt;
        const UnitFactor* unit = nullptr;
        for (const UnitFactor& candidate : kUnits) {
            if (text.mid(pos).startsWith(candidate.suffix)) {
                unit = &candidate;
                break;
            }
        }
        if (!unit)
            return std::nullopt;
        pos += unit->suffix.size();
        if (number > (std::numeric_limits<qint64>::max() - total) / unit->millis)
            return std::nullopt;
        total += number * unit->millis;
        if (firstUnit == 0)
            firstUnit = unit->millis;
    }
    return Duration(std::chrono::milliseconds(total), std::chrono::milliseconds(firstUnit));
}

DurationInUnit durationInSingleUnit(Duration duration)
{
    const qint64 ms = duration.count();
    if (ms <= 0)
        return {};
    const qint64 written = duration.writtenUnitMs();
    if (written >= 1000 && ms % written == 0) {
        for (size_t i = 1; i < kUnits.size(); ++i) {
            if (kUnits[i].millis == written)
                return {ms / written, static_cast<int>(i) - 1};
        }
    }
    // Otherwise a single unit only if the largest unit that fits divides it exactly.
    for (size_t i = kUnits.size() - 1; i >= 1; --i) {
        if (ms >= kUnits[i].millis) {
            if (ms % kUnits[i].millis == 0)
                return {ms / kUnits[i].millis, static_cast<int>(i) - 1};
            break;
        }
    }
    return {};
}

QString formatDuration(Duration duration)
{
    qint64 remaining = duration.count();
    if (remaining == 0)
        return QStringLiteral("0s");
    if (remaining < 0)
        return QLatin1Char('-') + formatDuration(Duration(std::chrono::milliseconds(-remaining)));
    const DurationInUnit single = durationInSingleUnit(duration);
    if (single.unit >= 0)
        return QString::number(single.count) + kUnits[static_cast<size_t>(single.unit) + 1].suffix.toString();
    QString text;
    for (int i = 4; i >= 0; --i) {
        const qint64 factor = kUnits[static_cast<size_t>(i)].millis;
        if (remaining >= factor) {
            text += QString::number(remaining / factor) + kUnits[static_cast<size_t>(i)].suffix.toString();
            remaining %= factor;
        }
    }
    return text;
}

} // namespace cockpit
