#pragma once

#include <QStringList>

namespace cockpit::cli {

// `approvals show|sign|revoke|window|schedule|override|verify`: the sign-offs on the same
// store and ledger as the window (--store PATH, or --profile P for the team store).
int runApprovalsCommand(QStringList arguments);
// `team init|grants|grant|ungrant --profile P`: the team store's schema and who may sign for
// which approval role (the store's owner only).
int runTeamCommand(QStringList arguments);

} // namespace cockpit::cli
