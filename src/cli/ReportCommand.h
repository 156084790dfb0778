#pragma once

#include <QStringList>

namespace cockpit::cli {

// `report --output FILE [--format pdf|json|html] [--page-size A4|Letter] [--from ISO8601]
// [--to ISO8601]`: the rollout report. Exit 0 written, 1 written but the ledger is broken (the
// cover says so), 2 the report could not be made, 64 a bad command line.
int runReportCommand(QStringList arguments);

} // namespace cockpit::cli
