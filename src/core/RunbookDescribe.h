#pragma once

#include "Runbook.h"

#include <QString>

// One-line descriptions of runbook parts, shared by the CLI, the window and reports, so
// that a threshold reads the same everywhere ("> 5% for 5m").
namespace cockpit {

QString describeValue(const QJsonValue& value, Unit unit);
QString describeParameter(const Parameter& parameter); // "vm.swappiness = 10"
QString describeLimit(const Limit& limit); // "< 500 ms"
QString describeLimit(const std::optional<Limit>& limit); // "—" when there is none
QString describeCriterion(const Criterion& criterion); // "latency_p95 < 500 ms", "judged by people"
QString describeTrigger(const Trigger& trigger); // "error_rate > 5% for 5m"
QString describeAction(const Action& action); // "SQL on distributed_postgres_cluster as dpg_cluster: ..."
QString describeDurationLong(Duration duration); // "2 days", "4 hours", "30 minutes"
QString describeElapsed(qint64 ms); // "1 h 12 min", "3 min 5 s", "40 s"
QString severityTitle(Severity severity); // "Critical"

} // namespace cockpit
