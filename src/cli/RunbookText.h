#pragma once

#include "core/Runbook.h"

#include <QString>

namespace cockpit::cli {

// The whole runbook as plain text for a terminal, in the guide's order.
QString runbookAsText(const Runbook& runbook);

} // namespace cockpit::cli
