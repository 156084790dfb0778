#pragma once

#include "Runbook.h"

#include <QJsonObject>

namespace cockpit {

// The runbook as JSON in the documented format. loadJson(toJson(r)) yields r again, so
// scripts can rely on `rollout-cockpit runbook show --format json`.
QJsonObject runbookToJson(const Runbook& runbook);

} // namespace cockpit
