#pragma once

#include "Anchors.h"
#include "StoreBackend.h"
#include "core/CheckResult.h"
#include "core/Clock.h"
#include "core/Ledger.h"
#include "core/Records.h"
#include "core/Result.h"

#include <QString>

#include <memory>

namespace cockpit {

// Where the team store is and who connects to it: a PostgreSQL database (on the cluster or any
// PostgreSQL 13+), reached as a role whose password is in the keychain.
struct TeamStoreOptions
{
    QString host; // one host, or several separated by commas (the first that takes writes)
    QString port; // one port, or one per host
    QString database;
    QString user;
    QString password; // from the keychain; never logged, never in a message
    QString sslMode; // verify-full beyond loopback
    QString caFile;

    QString location() const; // "user@host:port/database"
};

// One metric over one minute of the watch, downsampled for keeping.
struct MetricBucket
{
    QString metric;
    qint64 bucketMs = 0; // the minute's start, ms since the epoch
    double minimum = 0;
    double maximum = 0;
    double last = 0;
    int samples = 0;
};

// The rollout's record: rollouts, checklist item states, the ledger (the append-only,
// hash-chained audit log, which also holds the sign-offs) and the readiness check results.
// Synchronous and bound to the thread that opened it; the GUI uses AsyncStore, which owns a
// Store on a worker thread. A method returns only after its transaction is durable.
class Store
{
public:
    // The local store: a SQLite file. lookOnly: a file this user cannot write is opened read-only
    // (showing and verifying an archived copy); otherwise it is created, upgraded, written.
    static Result<std::unique_ptr<Store>> open(const QString& path, const Clock& clock = Clock::system(),
                                               bool lookOnly = false);
    // The team store: PostgreSQL.
    static Result<std::unique_ptr<Store>> openTeam(const TeamStoreOptions& options,
                                                   const Clock& clock = Clock::system());
    ~Store();
    Q_DISABLE_COPY_MOVE(Store)

    // <AppDataLocation>/cockpit.sqlite
    static QString defaultPath();

    StoreBackend& backend() { return *m_backend; }
    const StoreBackend& backend() const { return *m_backend; }
    QString path() const { return m_backend->location(); }
    bool isTeam() const { return m_backend->kind() == StoreBackend::Kind::Postgres; }
    // The team store's database role, which every record written there names; empty locally.
    QString identity() const { return m_backend->identity(); }
    int schemaVersion() const { return m_backend->schemaVersion(); }

    // The rollout of a runbook, created (and audited) on first use.
    Result<RolloutInfo> ensureRollout(const QString& runbookId, const QString& title, const QString& actor);
    // The rollout of a runbook if there is one; nothing is created.
    Result<std::optional<RolloutInfo>> findRollout(const QString& runbookId);
    Result<QList<RolloutInfo>> rollouts();
    Result<QList<ItemState>> checklistStates(qint64 rolloutId);
    // Applies the change and its audit rows in one transaction; returns the new state. A
    // change that changes nothing writes nothing and returns the current state. A change made
    // on an older version of the item than the stored one is refused (Conflict), naming who
    // changed the item and when.
    Result<ItemState> applyItemChange(qint64 rolloutId, const ItemChange& change);
    // Newest first; entityId empty for all entities; limit <= 0 for all rows.
    Result<QList<AuditEntry>> auditLog(qint64 rolloutId, const QString& entityId = {}, int limit = 0);

    // Readiness check results: a run's results in one transaction; every run is kept.
    Result<Done> recordCheckResults(qint64 rolloutId, const QString& profile, const QList<ItemCheckResult>& results);
    // The latest result of every item that has one.
    Result<QList<ItemCheckResult>> latestCheckResults(qint64 rolloutId);
    // One item's results, newest first; limit <= 0 for all.
    Result<QList<ItemCheckResult>> checkHistory(qint64 rolloutId, const QString& itemId, int limit = 0);

    // --- approvals: records of the ledger -------------------------------------------------
    // A sign-off, a rejection (with a reason) or the revocation of one's own decision.
    Result<AuditEntry> recordApproval(qint64 rolloutId, const ApprovalAction& action);
    Result<AuditEntry> recordWindow(qint64 rolloutId, const MaintenanceWindow& window, const QString& actor);
    Result<AuditEntry> recordSchedule(qint64 rolloutId, const QDateTime& scheduled, const QString& zone,
                                      const QString& actor);
    Result<AuditEntry> recordOverride(qint64 rolloutId, const QString& reason, const QString& actor);
    // A second person's confirmation of the override recorded as requestId (the engine judges
    // whether it may be given: approvals::confirmationRefusal).
    Result<AuditEntry> recordOverrideConfirmation(qint64 rolloutId, qint64 requestId, const QString& actor);
    // Every approval, record-field and override row of the rollout, oldest first.
    Result<QList<AuditEntry>> approvalRecords(qint64 rolloutId);

    // --- the migration's journal and lock ---------------------------------------------------
    // A journal record (entity "migration"): entityId "procedure/phase/step#action", field
    // "start", "end", "resolve", "skip" or "override", value and comment JSON. Durable when
    // it returns: the act it announces may begin.
    Result<AuditEntry> appendJournal(qint64 rolloutId, const QString& entityId, const QString& field,
                                     const QString& value, const QString& comment, const QString& actor);
    Result<QList<AuditEntry>> journal(qint64 rolloutId);
    // Any other record of the ledger under its own entity ("switchover", "trigger", "alert",
    // "success"), durable when it returns; records(entity) oldest first.
    Result<AuditEntry> appendRecord(qint64 rolloutId, const QString& entity, const QString& entityId,
                                    const QString& field, const QString& value, const QString& comment,
                                    const QString& actor);
    Result<QList<AuditEntry>> records(qint64 rolloutId, const QString& entity);
    // Takes (or renews) the lock for `lease` when it is free, expired or already this token's;
    // else answers who holds it, held = false.
    Result<MigrationLock> acquireMigrationLock(qint64 rolloutId, const QString& holder, const QString& token,
                                               std::chrono::seconds lease);
    Result<Done> releaseMigrationLock(qint64 rolloutId, const QString& token);

    // --- the watch's history -----------------------------------------------------------------
    // Writes (or rewrites: a minute still filling is written again) the buckets, in one transaction.
    Result<Done> recordMetricHistory(qint64 rolloutId, const QList<MetricBucket>& buckets);
    // The buckets from sinceMs on, by metric then time.
    Result<QList<MetricBucket>> metricHistory(qint64 rolloutId, qint64 sinceMs);

    // --- the seal (the local store) ----------------------------------------------------------
    // Which key seals the store's records, and from which record on. The key itself lives in the
    // keychain under the store id (sealKeyName); the team store has no seal (row-level security
    // decides who writes there).
    struct Seal
    {
        QString storeId;
        qint64 sealedFrom = 0;
    };
    Result<std::optional<Seal>> seal();
    // Seals from the next record on with this key; Conflict when another cockpit sealed the store
    // meanwhile (read seal() again and use its key).
    Result<Done> startSealing(const QString& storeId, const QByteArray& key);
    // The key of a sealed store, checked against its seal; from then on records are sealed with it
    // and verification checks every seal. Without it a sealed store takes no record, and its
    // verification says it cannot vouch for the seals.
    Result<Done> useSealKey(const QByteArray& key);
    bool hasSealKey() const { return !m_sealKey.isEmpty(); }
    bool isReadOnly() const { return m_backend->isReadOnly(); }
    // The keychain entry that holds a store's key.
    static QString sealKeyName(const QString& storeId);

    // --- the ledger -------------------------------------------------------------------------
    // Every row, oldest first (all rollouts: one chain per store).
    Result<QList<AuditEntry>> ledger();
    // The chain from its first row, and whether each item's stored state is what its audit
    // trail says; the first thing that does not fit is named. With anchors (useAnchors), a chain
    // shorter than, or different from, the one this machine last verified is broken, and an
    // intact one moves the anchor forward; `given` is an anchor a person brings (a report's head).
    Result<ledger::Verification> verifyLedger(const std::optional<ledger::Anchor>& given = std::nullopt);
    // Compare every verification with what this machine verified before (the window and the
    // command line do, through Services; a store opened without it verifies as on a new machine).
    void useAnchors(std::shared_ptr<AnchorBook> anchors) { m_anchors = std::move(anchors); }
    const AnchorBook* anchors() const { return m_anchors.get(); }
    // The store as the anchors know it: the SQLite file's canonical path, or the team store's
    // hosts, ports and database (not the user: every user of the store shares what it verified).
    QString anchorKey() const;

private:
    Store(std::unique_ptr<StoreBackend> backend, const Clock& clock);
    QSqlDatabase database() const { return m_backend->database(); }
    Error failure(const QString& what, const QSqlError& error) const { return m_backend->failure(what, error); }
    Result<std::optional<ItemState>> readItemState(qint64 rolloutId, const QString& itemId, bool lock);
    // Appends a sealed row inside the current write transaction; fills in id and hashes.
    Result<Done> append(AuditEntry& entry);
    Result<AuditEntry> appendOne(AuditEntry entry, const QString& what);
    // Sign-offs, overrides, record fields and checklist edits go only onto an intact ledger: on a
    // broken one they are refused, naming what is wrong (the gate must stay closed, and a new
    // record must not seem to vouch for a changed one).
    Result<Done> refuseOnBrokenLedger(const QString& what);
    Result<ItemState> applyItemChangeOnce(qint64 rolloutId, const ItemChange& change, bool& retry);
    QString actorFor(const QString& actor) const;

    Result<Done> sealAppended(const AuditEntry& entry); // inside the write transaction of the append
    std::optional<ledger::Verification> verifySeals(const QList<AuditEntry>& entries,
                                                    const ledger::Verification& chain);

    Result<ledger::Verification> verifyEntries(const QList<AuditEntry>& entries);

    std::unique_ptr<StoreBackend> m_backend;
    const Clock& m_clock;
    std::shared_ptr<AnchorBook> m_anchors;
    QByteArray m_sealKey; // in memory only
};

} // namespace cockpit
