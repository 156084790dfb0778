#pragma once

#include "Runbook.h"

namespace cockpit {

class JsonProblems;

// Names that must name what the runbook defines, checked once everything is read: every metric a
// trigger or a success criterion names (a trigger on a metric nobody measures would never fire),
// a threshold's unit convertible to its metric's, every response row and contact a metric names.
// Each problem is added with its JSON path.
void checkRunbookReferences(const Runbook& runbook, JsonProblems& problems);

} // namespace cockpit
