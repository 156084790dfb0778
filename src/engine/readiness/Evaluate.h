#pragma once

#include "Observation.h"
#include "core/CheckResult.h"
#include "core/Runbook.h"

#include <QHash>

namespace cockpit {

// Judges what a probe saw against a check's expectation, with expected values from the item's
// parameters and values saved by earlier checks of the item. Pure: no I/O, unit-tested.
CheckEvidence evaluate(const Check& check, const Observation& observation, const QList<Parameter>& parameters,
                       QHash<QString, QVariant>& saved);

// A check whose probe failed: unknown, with the failure in words (never a pass).
CheckEvidence unknownEvidence(const Check& check, const QString& why, const QString& source,
                              const QList<Parameter>& parameters);

// Evidence is kept and printed: a password that a server echoes back (a statement text in
// pg_stat_statements, a command's output) must not go with it. Replaces PASSWORD '...' literals
// and every given secret with "•••".
void redactSecrets(CheckEvidence& evidence, const QStringList& secrets);

// "max_connections ≥ 500", from the parameter or the expectation's own comparison and value.
QString describeExpectation(const Expectation& expectation, const QList<Parameter>& parameters);

// Compares one observed value with an expected one: numbers numerically (in the parameter's
// unit), versions by their dotted parts, anything else as text, case-insensitively.
// Nothing when the observed value cannot be compared (not a number where one is needed).
std::optional<bool> compareValue(const QVariant& observed, Comparison comparison, const QJsonValue& expected,
                                 Unit unit);

} // namespace cockpit
