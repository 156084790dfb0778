#pragma once

#include <QStringList>

namespace cockpit::cli {

// rollout-cockpit watch --profile P [--once] [--for D] [--interval D] [--format text|json]
// Every metric's value and state, every trigger's state; exit 1 when one fires, 3 when none
// fires but one cannot be judged (its metric unknown or stale), 0 when none fires.
int runWatchCommand(QStringList arguments);
// rollout-cockpit triggers replay --input FILE [--format text|json]: the runbook's triggers over
// recorded samples (CSV timestamp,metric,value), every state transition.
int runTriggersCommand(QStringList arguments);
// rollout-cockpit switchover --profile P [--to NODE] --yes: a planned switchover, recorded before
// Patroni is asked, so that the failover count leaves it out.
int runSwitchoverCommand(QStringList arguments);

} // namespace cockpit::cli
