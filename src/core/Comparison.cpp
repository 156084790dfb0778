#include "Comparison.h"

#include "TokenTable.h"

#include <QList>

namespace cockpit {
namespace {

constexpr TokenTable<Comparison, 9> kTokens{{
    {Comparison::Equal, u"eq"},
    {Comparison::NotEqual, u"ne"},
    {Comparison::Less, u"lt"},
    {Comparison::LessOrEqual, u"le"},
    {Comparison::Greater, u"gt"},
    {Comparison::GreaterOrEqual, u"ge"},
    {Comparison::Includes, u"includes"},
    {Comparison::OneOf, u"one_of"},
    {Comparison::Stable, u"stable"},
}};

constexpr TokenTable<Comparison, 9> kSymbols{{
    {Comparison::Equal, u"="},
    {Comparison::NotEqual, u"\u2260"},
    {Comparison::Less, u"<"},
    {Comparison::LessOrEqual, u"\u2264"},
    {Comparison::Greater, u">"},
    {Comparison::GreaterOrEqual, u"\u2265"},
    {Comparison::Includes, u"includes"},
    {Comparison::OneOf, u"one of"},
    {Comparison::Stable, u"stable"},
}};

} // namespace

QStringList comparisonTokens()
{
    return tokensOf(kTokens);
}

QStringList scalarComparisonTokens()
{
    QStringList tokens;
    for (const auto& [comparison, token] : kTokens) {
        if (isScalarComparison(comparison))
            tokens.append(token.toString());
    }
    return tokens;
}

std::optional<Comparison> parseComparison(QStringView token)
{
    return enumFromToken(kTokens, token);
}

QString comparisonToken(Comparison comparison)
{
    return tokenFromEnum(kTokens, comparison);
}

QString comparisonSymbol(Comparison comparison)
{
    return tokenFromEnum(kSymbols, comparison);
}

bool isScalarComparison(Comparison comparison)
{
    return !isListComparison(comparison) && comparison != Comparison::Stable;
}

bool isListComparison(Comparison comparison)
{
    return comparison == Comparison::Includes || comparison == Comparison::OneOf;
}

bool compareNumbers(double value, Comparison comparison, double threshold)
{
    switch (comparison) {
    case Comparison::Equal: return value == threshold;
    case Comparison::NotEqual: return value != threshold;
    case Comparison::Less: return value < threshold;
    case Comparison::LessOrEqual: return value <= threshold;
    case Comparison::Greater: return value > threshold;
    case Comparison::GreaterOrEqual: return value >= threshold;
    case Comparison::Includes:
    case Comparison::OneOf:
    case Comparison::Stable: return false;
    }
    return false;
}

int compareVersions(QStringView left, QStringView right)
{
    const QList<QStringView> a = left.split(QLatin1Char('.'));
    const QList<QStringView> b = right.split(QLatin1Char('.'));
    const qsizetype parts = std::max(a.size(), b.size());
    for (qsizetype i = 0; i < parts; ++i) {
        const qlonglong x = i < a.size() ? a[i].toLongLong() : 0;
        const qlonglong y = i < b.size() ? b[i].toLongLong() : 0;
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

} // namespace cockpit
