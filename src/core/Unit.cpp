#include "Unit.h"

#include "TokenTable.h"

namespace cockpit {
namespace {

constexpr TokenTable<Unit, 9> kTokens{{
    {Unit::None, u"none"},
    {Unit::Milliseconds, u"ms"},
    {Unit::Seconds, u"s"},
    {Unit::Percent, u"percent"},
    {Unit::Count, u"count"},
    {Unit::Bytes, u"bytes"},
    {Unit::Multiplier, u"multiplier"},
    {Unit::Version, u"version"},
    {Unit::PerSecond, u"per_second"},
}};

} // namespace

QStringList unitTokens()
{
    return tokensOf(kTokens);
}

std::optional<Unit> parseUnit(QStringView token)
{
    return enumFromToken(kTokens, token);
}

QString unitToken(Unit unit)
{
    const QString token = tokenFromEnum(kTokens, unit);
    return token.isEmpty() ? QStringLiteral("none") : token;
}

QString formatWithUnit(double value, Unit unit)
{
    QString number = QString::number(value, 'g', 12);
    switch (unit) {
    case Unit::Milliseconds: return number + QStringLiteral(" ms");
    case Unit::Seconds: return number + QStringLiteral(" s");
    case Unit::Percent: return number + QLatin1Char('%');
    case Unit::Bytes: return number + QStringLiteral(" B");
    case Unit::Multiplier: return number + QStringLiteral("\u00d7");
    case Unit::PerSecond: return number + QStringLiteral("/s");
    case Unit::None:
    case Unit::Count:
    case Unit::Version: return number;
    }
    return number;
}

std::optional<double> convertUnit(double value, Unit from, Unit to)
{
    if (from == to)
        return value;
    if (from == Unit::Seconds && to == Unit::Milliseconds)
        return value * 1000.0;
    if (from == Unit::Milliseconds && to == Unit::Seconds)
        return value / 1000.0;
    return std::nullopt;
}

} // namespace cockpit
