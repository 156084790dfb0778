#pragma once

#include "PatroniTypes.h"
#include "core/Result.h"

#include <QByteArray>

// Pure functions from Patroni REST answers to values; fuzzed by tests/fuzz.
namespace cockpit::patroni {

Result<PatroniCluster> parseCluster(const QByteArray& body, const QString& where);
Result<PatroniNodeStatus> parseNodeStatus(const QByteArray& body, const QString& where);
Result<QList<PatroniHistoryEntry>> parseHistory(const QByteArray& body, const QString& where);
Result<QJsonObject> parseConfig(const QByteArray& body, const QString& where);

} // namespace cockpit::patroni
