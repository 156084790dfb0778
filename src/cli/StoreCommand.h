#pragma once

#include <QStringList>

namespace cockpit::cli {

// rollout-cockpit store key export|import: the local store's seal key, moved between machines
// on request (docs/store.md).
int runStoreCommand(QStringList arguments);

} // namespace cockpit::cli
