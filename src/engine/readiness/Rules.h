#pragma once

#include "Observation.h"
#include "core/CheckResult.h"

namespace cockpit {

// The few judgements that need more than a comparison, each small and unit-tested. A rule reads
// the columns its probe's query names (docs/readiness-checks.md) and says what it found.
struct RuleVerdict
{
    CheckStatus status = CheckStatus::Unknown;
    QString observed;
    QStringList details; // the offenders, one per line
};

RuleVerdict applyRule(const QString& rule, const Observation& observation);
// The rules applyRule judges, by name (the loader accepts core's ruleNames(): the same list).
QStringList judgedRuleNames();

// What kind of secret a role's rolpassword holds, from its first characters and length (the
// hash itself never leaves the server): md5 is "md5" and 32 hex digits.
enum class SecretKind
{
    None,
    Md5,
    Scram,
    Other, // plain text or unknown: not a hash the server verifies safely
};
SecretKind classifySecret(const QString& head, qint64 length, bool scramPrefix);

// A pg_hba line's address that admits the whole internet: all, 0.0.0.0/0, ::/0.
bool isOpenToTheWorld(const QString& address, const QString& netmask);

} // namespace cockpit
