#include "ApprovalSession.h"

#include "core/Continuation.h"
#include "store/AsyncStore.h"

namespace cockpit {

ApprovalSession::ApprovalSession(Approvals roles, AsyncStore& store, const Clock& clock, QObject* parent)
    : QObject(parent), m_roles(std::move(roles)), m_store(store), m_clock(clock)
{
    m_state = approvals::readApprovals(m_roles, {});
    // Another cockpit signed, revoked or changed the window: show it, and verify again.
    connect(&m_store, &AsyncStore::changedElsewhere, this, [this] {
        if (m_rollout != 0)
            reload();
    });
}

ApprovalSession::~ApprovalSession() = default;

void ApprovalSession::setRollout(qint64 rolloutId)
{
    m_rollout = rolloutId;
    m_loaded = false;
    m_chain.reset();
    m_state = approvals::readApprovals(m_roles, {});
    reload();
}

void ApprovalSession::reload()
{
    if (m_rollout == 0)
        return;
    const quint64 generation = ++m_generation;
    const qint64 rollout = m_rollout;
    struct Loaded
    {
        QList<AuditEntry> records;
        ledger::Verification chain;
    };
    onFinished(m_store.run<Loaded>([rollout](Store& store) -> Result<Loaded> {
        auto records = store.approvalRecords(rollout);
        if (!records)
            return records.error();
        auto chain = store.verifyLedger();
        if (!chain)
            return chain.error();
        return Loaded{std::move(records).value(), std::move(chain).value()};
    }),
               this, [this, generation](const Result<Loaded>& loaded) {
                   if (generation != m_generation)
                       return; // a newer read is on its way
                   if (!loaded) {
                       Q_EMIT loadFailed(loaded.error());
                       return;
                   }
                   m_state = approvals::readApprovals(m_roles, loaded->records);
                   m_chain = loaded->chain;
                   m_loaded = true;
                   Q_EMIT verified(*m_chain);
                   Q_EMIT changed();
               });
}

void ApprovalSession::verify()
{
    reload();
}

approvals::GateVerdict ApprovalSession::gate() const
{
    return approvals::judgeGate(m_state, m_clock.nowUtc(), m_chain);
}

void ApprovalSession::written(const Result<AuditEntry>& result, const QString& what)
{
    if (!result) {
        Q_EMIT actionFailed(result.error());
        return;
    }
    Q_EMIT actionDone(what);
    reload();
}

void ApprovalSession::sign(const ApprovalAction& action)
{
    const qint64 rollout = m_rollout;
    const QString what = action.role;
    onFinished(m_store.run<AuditEntry>([rollout, action, policy = m_roles](Store& store) -> Result<AuditEntry> {
        // Four eyes, against the record as it is now (not as this window last read it).
        const auto records = store.approvalRecords(rollout);
        if (!records)
            return records.error();
        if (const auto refusal
            = approvals::signOffRefusal(approvals::readApprovals(policy, records.value()), action.role, action.decision,
                                        store.isTeam() ? store.identity() : action.actor))
            return makeError(ErrorKind::Conflict, *refusal, store.path());
        return store.recordApproval(rollout, action);
    }),
               this, [this, what](const Result<AuditEntry>& r) { written(r, what); });
}

void ApprovalSession::setWindow(const MaintenanceWindow& window, const QString& actor)
{
    const qint64 rollout = m_rollout;
    onFinished(m_store.run<AuditEntry>(
                   [rollout, window, actor](Store& store) { return store.recordWindow(rollout, window, actor); }),
               this, [this](const Result<AuditEntry>& r) { written(r, QStringLiteral("maintenance_window")); });
}

void ApprovalSession::setSchedule(const QDateTime& scheduled, const QString& zone, const QString& actor)
{
    const qint64 rollout = m_rollout;
    onFinished(m_store.run<AuditEntry>([rollout, scheduled, zone, actor](Store& store) {
        return store.recordSchedule(rollout, scheduled, zone, actor);
    }),
               this, [this](const Result<AuditEntry>& r) { written(r, QStringLiteral("scheduled_rollout")); });
}

void ApprovalSession::recordOverride(const QString& reason, const QString& actor)
{
    const qint64 rollout = m_rollout;
    onFinished(m_store.run<AuditEntry>(
                   [rollout, reason, actor](Store& store) { return store.recordOverride(rollout, reason, actor); }),
               this, [this](const Result<AuditEntry>& r) { written(r, QStringLiteral("override")); });
}

} // namespace cockpit
