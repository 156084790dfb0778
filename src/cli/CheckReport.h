#pragma once

#include "engine/readiness/ReadinessGate.h"

#include <QByteArray>
#include <QString>

namespace cockpit::cli {

// The readiness report in the three forms `check` writes.
QString checkReportText(const Runbook& runbook, const ReadinessReport& report, const ReadinessVerdict& verdict,
                        const QHash<QString, ItemState>& states);
QByteArray checkReportJson(const Runbook& runbook, const ReadinessReport& report, const ReadinessVerdict& verdict,
                           const QHash<QString, ItemState>& states);
// JUnit XML as CI systems load it: a test suite per section, a test case per item; fail and
// unknown are failures, manual items are skipped.
QByteArray checkReportJunit(const Runbook& runbook, const ReadinessReport& report,
                            const QHash<QString, ItemState>& states);

} // namespace cockpit::cli
