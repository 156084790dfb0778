#include "ApprovalSession.h"

#include "ApprovalLedger.h"
#include "core/Continuation.h"
#include "store/AsyncStore.h"

namespace cockpit {

ApprovalSession::ApprovalSession(Runbook runbook, AsyncStore& store, const Clock& clock, QObject* parent)
    : QObject(parent), m_runbook(std::move(runbook)), m_store(store), m_clock(clock)
{
    m_state = approvals::readApprovals(m_runbook.approvals, {});
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
    m_state = approvals::readApprovals(m_runbook.approvals, {});
    reload();
}

void ApprovalSession::reload()
{
    if (m_rollout == 0)
        return;
    const quint64 generation = ++m_generation;
    const qint64 rollout = m_rollout;
    onFinished(m_store.run<approvals::Reading>([rollout, runbook = m_runbook](Store& store) {
        return approvals::readLedger(store, runbook, rollout);
    }),
               this, [this, generation](const Result<approvals::Reading>& loaded) {
                   if (generation != m_generation)
                       return; // a newer read is on its way
                   if (!loaded) {
                       Q_EMIT loadFailed(loaded.error());
                       return;
                   }
                   m_state = loaded->state;
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
    onFinished(m_store.run<AuditEntry>([rollout, action, runbook = m_runbook](Store& store) {
        return approvals::signOff(store, runbook, rollout, action);
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

void ApprovalSession::confirmOverride(const QString& actor)
{
    const qint64 rollout = m_rollout;
    const qint64 request = m_state.latestOverride ? m_state.latestOverride->recordId : 0;
    onFinished(
        m_store.run<AuditEntry>([rollout, request, actor, runbook = m_runbook, now = m_clock.nowUtc()](Store& store) {
            return approvals::confirmOverride(store, runbook, rollout, request, actor, now);
        }),
        this, [this](const Result<AuditEntry>& r) { written(r, QStringLiteral("override_confirmation")); });
}

} // namespace cockpit
