#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace cockpit {

// The unit a runbook threshold or parameter is expressed in. Values keep the guide's unit
// ("> 1s" stays 1 s, not 1000 ms) so that what the cockpit shows reads like the guide.
enum class Unit
{
    None,
    Milliseconds,
    Seconds,
    Percent,
    Count,
    Bytes,
    Multiplier,
    Version,
    PerSecond, // a rate: requests per second
};

QStringList unitTokens(); // every unit a file may name
std::optional<Unit> parseUnit(QStringView token);
QString unitToken(Unit unit);
// "500 ms", "0.1%", "3×", "65536"; versions and plain values without a suffix.
QString formatWithUnit(double value, Unit unit);
// Converts between time units (ms <-> s); other units convert only to themselves.
std::optional<double> convertUnit(double value, Unit from, Unit to);

} // namespace cockpit
