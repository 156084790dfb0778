#pragma once

#include "ReadinessRunner.h"
#include "core/Records.h"

#include <QHash>

namespace cockpit {

// The readiness gate: open when every automated item checked passes (a warning is allowed), or
// was marked not applicable by a person with a reason — the way a team accepts a known gap,
// shown as such, never as a pass. The migration wizard's first gate and `rollout-cockpit check`
// both ask this.
struct ReadinessVerdict
{
    bool open = false;
    QStringList reasons; // why it is closed, one item per line
    QStringList waived; // automated items that fail but a person marked not applicable
    int automated = 0;
    int passed = 0;
};

ReadinessVerdict judgeReadiness(const Runbook& runbook, const ReadinessReport& report,
                                const QHash<QString, ItemState>& states);

} // namespace cockpit
