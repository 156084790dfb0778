#pragma once

#include "Verification.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace cockpit {

// What a readiness check found. A probe that errors or times out is Unknown, never Pass.
enum class CheckStatus
{
    Pass,
    Warn, // passes, with something to look at (unused indexes, a certificate expiring soon)
    Fail,
    Unknown, // the probe could not tell: the error, the missing grant, the absent exporter
    Manual, // a person decides (manual and assisted items)
};

QString checkStatusToken(CheckStatus status); // pass, warn, fail, unknown, manual
std::optional<CheckStatus> parseCheckStatus(QStringView token);
// The status of several checks of one automated item: a failure beats an unknown, which
// beats a warning, which beats a pass.
CheckStatus worstOf(CheckStatus a, CheckStatus b);

// One check of an item: what was seen, where, and what was expected.
struct CheckEvidence
{
    QString title;
    CheckStatus status = CheckStatus::Unknown;
    QString observed; // "pg1: 120; pg2: 120; pg3: 120"
    QString expected; // "max_connections ≥ 500"
    QString source; // "SQL on every node (pg1 127.0.0.1:25432, …)"
    QStringList details; // offenders, the error's words ...
    qint64 durationMs = 0;
};

// The result of verifying one checklist item against the cluster.
struct ItemCheckResult
{
    QString itemId;
    Classification classification = Classification::Manual;
    CheckStatus status = CheckStatus::Manual;
    QList<CheckEvidence> checks;
    QDateTime checkedAt;
    qint64 durationMs = 0;
    QString runId; // the check run it belongs to

    // Joined over the checks, for one-line displays and the JSON/JUnit reports.
    QString observed() const;
    QString expected() const;
    QString source() const;
    QString summary() const; // the first failing (or unknown) check's observation, else the first
};

// The checks' evidence as JSON (the store keeps it so; the reports print it).
QJsonArray evidenceToJson(const QList<CheckEvidence>& checks);
QList<CheckEvidence> evidenceFromJson(const QJsonArray& array);

} // namespace cockpit
