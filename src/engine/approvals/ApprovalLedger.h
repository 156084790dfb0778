#pragma once

#include "ApprovalBook.h"
#include "core/Result.h"

#include <optional>

namespace cockpit {
class Store;
}

// The approvals against the store, on the store's thread: one reading (records, the ledger
// verified, the rollout's readiness now) and the writes that need the runbook's policy first (a
// sign-off with four eyes and what it approved; the confirmation of an override). The window,
// the command line and the migration's gate all go through these.
namespace cockpit::approvals {

struct Reading
{
    ApprovalState state;
    ledger::Verification chain;
};

// The readiness digest of the rollout as it stands in the store.
Result<ReadinessDigest> currentDigest(Store& store, const Runbook& runbook, qint64 rolloutId);

// The rollout's approval records read with the readiness now, and the whole ledger verified
// (against the anchor given, and this machine's).
Result<Reading> readLedger(Store& store, const Runbook& runbook, qint64 rolloutId,
                           const std::optional<ledger::Anchor>& anchor = {});

// A sign-off under the runbook's policy, judged against the record as it is now (not as a
// window last read it): refused (Conflict) when signOffRefusal says so; an approval carries the
// digest of what it approves.
Result<AuditEntry> signOff(Store& store, const Runbook& runbook, qint64 rolloutId, ApprovalAction action);

// A second person's confirmation of the latest override request (requestId 0: whichever it is).
Result<AuditEntry> confirmOverride(Store& store, const Runbook& runbook, qint64 rolloutId, qint64 requestId,
                                   const QString& actor, const QDateTime& nowUtc);

} // namespace cockpit::approvals
