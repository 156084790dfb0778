#pragma once

#include <QStringList>

namespace cockpit::cli {

// `runbook validate FILE` and `runbook show [--format text|json] [FILE]`.
int runRunbookCommand(const QStringList& arguments);

} // namespace cockpit::cli
