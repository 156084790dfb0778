#include "ApprovalLedger.h"

#include "store/Store.h"

namespace cockpit::approvals {

Result<ReadinessDigest> currentDigest(Store& store, const Runbook& runbook, qint64 rolloutId)
{
    auto states = store.checklistStates(rolloutId);
    if (!states)
        return states.error();
    auto checks = store.latestCheckResults(rolloutId);
    if (!checks)
        return checks.error();
    return digestOf(runbook, states.value(), checks.value());
}

Result<Reading> readLedger(Store& store, const Runbook& runbook, qint64 rolloutId,
                           const std::optional<ledger::Anchor>& anchor)
{
    auto records = store.approvalRecords(rolloutId);
    if (!records)
        return records.error();
    auto digest = currentDigest(store, runbook, rolloutId);
    if (!digest)
        return digest.error();
    auto chain = store.verifyLedger(anchor);
    if (!chain)
        return chain.error();
    return Reading{readApprovals(runbook.approvals, records.value(), ReadContext{digest.value(), store.isTeam()}),
                   std::move(chain).value()};
}

Result<AuditEntry> signOff(Store& store, const Runbook& runbook, qint64 rolloutId, ApprovalAction action)
{
    const auto records = store.approvalRecords(rolloutId);
    if (!records)
        return records.error();
    if (const auto refusal = signOffRefusal(readApprovals(runbook.approvals, records.value()), action.role,
                                            action.decision, store.isTeam() ? store.identity() : action.actor))
        return makeError(ErrorKind::Conflict, *refusal, store.path());
    if (action.decision == ApprovalDecision::Approve) {
        const auto digest = currentDigest(store, runbook, rolloutId);
        if (!digest)
            return digest.error();
        action.approved = digest->toJson();
    }
    return store.recordApproval(rolloutId, action);
}

Result<AuditEntry> confirmOverride(Store& store, const Runbook& runbook, qint64 rolloutId, qint64 requestId,
                                   const QString& actor, const QDateTime& nowUtc)
{
    const auto records = store.approvalRecords(rolloutId);
    if (!records)
        return records.error();
    const ApprovalState state = readApprovals(runbook.approvals, records.value(), ReadContext{{}, store.isTeam()});
    if (const auto refusal = confirmationRefusal(state, requestId, store.isTeam() ? store.identity() : actor, nowUtc))
        return makeError(ErrorKind::Conflict, *refusal, store.path());
    return store.recordOverrideConfirmation(rolloutId, state.latestOverride->recordId, actor);
}

} // namespace cockpit::approvals
