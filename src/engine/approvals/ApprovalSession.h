#pragma once

#include "ApprovalBook.h"
#include "core/Clock.h"
#include "core/Result.h"

#include <QObject>

#include <optional>

namespace cockpit {

class AsyncStore;

// The window's side of the approvals: the rollout's sign-offs and record fields read from the
// store, the ledger verified (on load, on demand, and whenever another cockpit commits), the
// gate judged, and the actions (sign, reject, revoke, window, schedule, override and its
// confirmation) written.
// Never blocks: every read and write goes through the AsyncStore.
class ApprovalSession final : public QObject
{
    Q_OBJECT

public:
    ApprovalSession(Runbook runbook, AsyncStore& store, const Clock& clock = Clock::system(),
                    QObject* parent = nullptr);
    ~ApprovalSession() override;
    Q_DISABLE_COPY_MOVE(ApprovalSession)

    // Reads the rollout's records and verifies the ledger; emits changed() when done.
    void setRollout(qint64 rolloutId);
    void reload();
    void verify(); // the whole ledger again; emits verified()

    bool isLoaded() const { return m_loaded; }
    const approvals::ApprovalState& state() const { return m_state; }
    const std::optional<ledger::Verification>& chain() const { return m_chain; }
    approvals::GateVerdict gate() const;
    const Approvals& roles() const { return m_runbook.approvals; }

    void sign(const ApprovalAction& action);
    void setWindow(const MaintenanceWindow& window, const QString& actor);
    void setSchedule(const QDateTime& scheduled, const QString& zone, const QString& actor);
    void recordOverride(const QString& reason, const QString& actor);
    // A second person's confirmation of the pending override request (team store).
    void confirmOverride(const QString& actor);

Q_SIGNALS:
    void changed(); // records, chain or gate
    void verified(const cockpit::ledger::Verification& result);
    void actionDone(const QString& what);
    void actionFailed(const cockpit::Error& error);
    void loadFailed(const cockpit::Error& error);

private:
    void written(const Result<AuditEntry>& result, const QString& what);

    Runbook m_runbook;
    AsyncStore& m_store;
    const Clock& m_clock;
    qint64 m_rollout = 0;
    quint64 m_generation = 0;
    bool m_loaded = false;
    approvals::ApprovalState m_state;
    std::optional<ledger::Verification> m_chain;
};

} // namespace cockpit
