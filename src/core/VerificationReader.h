#pragma once

#include "JsonReader.h"
#include "Runbook.h"

namespace cockpit {

// Reads an item's "verification" object (docs/runbook-format.md). Every problem goes to the
// reader's problems with its JSON path; a check may name only the item's own parameters.
Verification readVerification(JsonObjectReader& reader, const QList<Parameter>& parameters);

} // namespace cockpit
