#pragma once

#include "core/Records.h"
#include "core/Result.h"
#include "core/Runbook.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <utility>
#include <vector>

namespace cockpit {
class Store;
}

// The rollout report's content, gathered once from the store (on the store's thread) as one JSON
// document in the schema docs/report-schema.json describes. The PDF and the HTML are renderings of
// that document, so the three say the same; every text in it has been through maskSecrets.
namespace cockpit::report {

inline constexpr int kSchemaVersion = 1;

struct Options
{
    QString profile; // the connection profile's name (empty: none)
    QString storeLabel; // where the record is kept (a path, or the team store's location)
    QDateTime from; // the report's range (invalid: from the rollout's creation)
    QDateTime to; // (invalid: now)
    QStringList knownSecrets; // the keychain's entries the report could meet: masked wherever they stand
    QString generator; // "Rollout Cockpit 0.9.0"
    // A metric's past from Prometheus over the range (query_range), for the metrics the store kept
    // no history of; and why a metric's past could not be had, per metric id.
    QHash<QString, std::vector<std::pair<qint64, double>>> prometheus;
    QHash<QString, QString> historyProblems;
};

// Everything the report says. rollout.id 0: nothing recorded yet (every section says so).
Result<QJsonObject> gather(Store& store, const Runbook& runbook, const RolloutInfo& rollout, const Options& options,
                           const QDateTime& nowUtc);

// The overall verdict in one line, from the gathered content ("Migrated; success criteria held",
// "Rolled back at 2026-12-05 14:02 UTC after trigger X", "Not migrated: …").
QString verdictOf(const QJsonObject& report);

} // namespace cockpit::report
