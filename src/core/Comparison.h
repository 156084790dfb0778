#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace cockpit {

// How a measured value relates to a threshold. Tokens in the runbook: eq ne lt le gt ge
// (numbers, strings, versions), includes / one_of (lists) and stable (a trend, no threshold).
enum class Comparison
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Includes,
    OneOf,
    Stable,
};

QStringList comparisonTokens(); // every comparison a file may name
QStringList scalarComparisonTokens(); // those between two numbers (limits, triggers)
std::optional<Comparison> parseComparison(QStringView token);
QString comparisonToken(Comparison comparison);
// "=", "≠", "<", "≤", ">", "≥", "includes", "one of", "stable"
QString comparisonSymbol(Comparison comparison);
bool isScalarComparison(Comparison comparison);
bool isListComparison(Comparison comparison);

// Evaluates "value <comparison> threshold" for scalar comparisons; false for list and trend
// comparisons, which need more than two numbers.
bool compareNumbers(double value, Comparison comparison, double threshold);

// Compares dotted version strings numerically ("20.10" > "20.9"); missing parts count as 0.
int compareVersions(QStringView left, QStringView right);

} // namespace cockpit
