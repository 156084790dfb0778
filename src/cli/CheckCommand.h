#pragma once

#include <QStringList>

namespace cockpit::cli {

// `rollout-cockpit check`: the readiness checks against a profile's cluster, as a pipeline
// gate. Exit 0 when every automated item selected passes (warn allowed) or was marked not
// applicable by a person with a reason; 1 when any other fails or is unknown; 2 on a usage or
// configuration error.
int runCheckCommand(QStringList arguments);

// `rollout-cockpit checklist show|set`: the checklist on the same store and audit log as the
// window.
int runChecklistCommand(QStringList arguments);

} // namespace cockpit::cli
