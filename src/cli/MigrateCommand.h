#pragma once

#include <QStringList>

namespace cockpit::cli {

// rollout-cockpit migrate|rollback --profile P [--phase N] [--dry-run] [--yes] [--format text|json]
//   [--status] [--resolve STEP --as done|rerun|rollback] [--skip STEP --reason TEXT]
//   [--override readiness|approvals --reason TEXT] [--watch-for DURATION]
// Exit 0 done, 1 a step failed, 2 usage or configuration, 3 in doubt, 4 a gate is closed.
int runMigrateCommand(QStringList arguments, bool rollback);

} // namespace cockpit::cli
