#pragma once

#include "CommandContext.h"
#include "core/Result.h"
#include "engine/migration/Executors.h"

namespace cockpit::cli {

// What a command that acts on the cluster starts from: the rollout's runbook and record, the
// profile, the user, the system clock and the store, in an ExecContext; the passwords are
// loaded separately (loadCredentials), only when the command will use them.
Result<migration::ExecContext> execContextFor(CommandContext& context);
// The passwords of the profile's credentials, from the keychain; the names of those missing.
QStringList loadCredentials(migration::ExecContext& exec);

} // namespace cockpit::cli
