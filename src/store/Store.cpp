#include "Store.h"

#include "LedgerRows.h"
#include "PostgresBackend.h"
#include "SqliteBackend.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace cockpit {
namespace {

constexpr int kAttempts = 5; // a write that met another writer's commit is tried again

// A write transaction that rolls back unless committed, so that every early return is safe.
class Transaction
{
public:
    explicit Transaction(StoreBackend& backend) : m_backend(backend) { m_active = backend.begin(m_error); }
    ~Transaction()
    {
        if (m_active)
            m_backend.rollback();
    }
    Q_DISABLE_COPY_MOVE(Transaction)
    bool isActive() const { return m_active; }
    const QSqlError& error() const { return m_error; }
    // On failure the transaction stays open and the destructor rolls it back.
    bool commit()
    {
        if (!m_backend.commit(m_error))
            return false;
        m_active = false;
        return true;
    }

private:
    StoreBackend& m_backend;
    bool m_active = false;
    QSqlError m_error;
};

// QtSql binds a null QString as SQL NULL; the text columns hold '' for "nothing".
QString text(const QString& value)
{
    return value.isNull() ? QString(QLatin1String("")) : value;
}

// The columns item_id, status, changed_by, changed_at, note, evidence, version, in that order.
const QString kItemColumns = QStringLiteral("item_id, status, changed_by, changed_at, note, evidence, version");

ItemState itemStateFrom(const QSqlQuery& query)
{
    ItemState state;
    state.itemId = query.value(0).toString();
    state.status = parseItemStatus(query.value(1).toString()).value_or(ItemStatus::Open);
    state.changedBy = query.value(2).toString();
    state.changedAt = fromIsoUtc(query.value(3).toString());
    state.note = query.value(4).toString();
    state.evidence = query.value(5).toString();
    state.version = query.value(6).toInt();
    return state;
}

QString compactJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

AuditEntry auditEntryFrom(const QSqlQuery& query)
{
    AuditEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.rolloutId = query.value(1).toLongLong();
    entry.at = fromIsoUtc(query.value(2).toString());
    entry.actor = query.value(3).toString();
    entry.entity = query.value(4).toString();
    entry.entityId = query.value(5).toString();
    entry.field = query.value(6).toString();
    entry.oldValue = query.value(7).toString();
    entry.newValue = query.value(8).toString();
    entry.changeId = query.value(9).toString();
    entry.origin = parseChangeOrigin(query.value(10).toString());
    entry.reverses = query.value(11).toString();
    entry.comment = query.value(12).toString();
    entry.prevHash = query.value(13).toString();
    entry.hash = query.value(14).toString();
    return entry;
}

QString TeamStoreOptions::location() const
{
    // "dana@127.0.0.1:25432,127.0.0.1:25433/rollout_cockpit": each host with its port.
    const QStringList hosts = host.split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QStringList ports = port.split(QLatin1Char(','), Qt::SkipEmptyParts);
    QStringList places;
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        const QString p = ports.value(i, ports.value(0));
        places.append(p.isEmpty() ? hosts[i].trimmed() : QStringLiteral("%1:%2").arg(hosts[i].trimmed(), p.trimmed()));
    }
    return QStringLiteral("%1@%2/%3").arg(user, places.join(QLatin1Char(',')), database);
}

Store::Store(std::unique_ptr<StoreBackend> backend, const Clock& clock) : m_backend(std::move(backend)), m_clock(clock)
{ }

Store::~Store() = default;

QString Store::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cockpit.sqlite");
}

Result<std::unique_ptr<Store>> Store::open(const QString& path, const Clock& clock)
{
    auto backend = SqliteBackend::open(path);
    if (!backend)
        return backend.error();
    return std::unique_ptr<Store>(new Store(std::move(backend).value(), clock));
}

Result<std::unique_ptr<Store>> Store::openTeam(const TeamStoreOptions& options, const Clock& clock)
{
    auto backend = PostgresBackend::open(options);
    if (!backend)
        return backend.error();
    return std::unique_ptr<Store>(new Store(std::move(backend).value(), clock));
}

QString Store::actorFor(const QString& actor) const
{
    // In the team store every record names the database role that wrote it (the database
    // refuses any other name).
    return isTeam() ? identity() : actor.trimmed();
}

Result<Done> Store::append(AuditEntry& entry)
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return failure(QStringLiteral("cannot read the ledger's head"), query.lastError());
    const QString previous = query.next() ? query.value(0).toString() : ledger::genesisHash();
    const auto id = m_backend->nextLedgerId();
    if (!id)
        return id.error();
    entry.id = id.value();
    if (!entry.at.isValid())
        entry.at = m_clock.nowUtc();
    if (entry.changeId.isEmpty())
        entry.changeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ledger::seal(entry, previous);
    query.prepare(QStringLiteral("INSERT INTO audit_log (") + kLedgerColumns
                  + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(entry.id);
    query.addBindValue(entry.rolloutId);
    query.addBindValue(toIsoUtc(entry.at));
    query.addBindValue(entry.actor);
    query.addBindValue(entry.entity);
    query.addBindValue(entry.entityId);
    query.addBindValue(entry.field);
    query.addBindValue(text(entry.oldValue));
    query.addBindValue(text(entry.newValue));
    query.addBindValue(entry.changeId);
    query.addBindValue(changeOriginToken(entry.origin));
    query.addBindValue(entry.reverses.isEmpty() ? QVariant() : QVariant(entry.reverses));
    query.addBindValue(text(entry.comment));
    query.addBindValue(entry.prevHash);
    query.addBindValue(entry.hash);
    if (!query.exec())
        return failure(QStringLiteral("cannot append to the ledger (%1 %2)").arg(entry.entity, entry.entityId),
                       query.lastError());
    return Done{};
}

Result<AuditEntry> Store::appendOne(AuditEntry entry, const QString& what)
{
    for (int attempt = 1;; ++attempt) {
        Transaction transaction(*m_backend);
        if (!transaction.isActive())
            return failure(QStringLiteral("cannot begin a transaction"), transaction.error());
        entry.id = 0;
        entry.at = QDateTime();
        const auto appended = append(entry);
        if (appended && transaction.commit())
            return entry;
        const Error error
            = appended ? failure(QStringLiteral("cannot commit %1").arg(what), transaction.error()) : appended.error();
        if (attempt >= kAttempts || !m_backend->isRetryable(error))
            return error;
    }
}

Result<RolloutInfo> Store::ensureRollout(const QString& runbookId, const QString& title, const QString& actor)
{
    for (int attempt = 1;; ++attempt) {
        Transaction transaction(*m_backend);
        if (!transaction.isActive())
            return failure(QStringLiteral("cannot begin a transaction"), transaction.error());
        QSqlQuery query(database());
        query.prepare(QStringLiteral("SELECT id, title, created_at, created_by FROM rollouts WHERE runbook_id = ?"));
        query.addBindValue(runbookId);
        if (!query.exec())
            return failure(QStringLiteral("cannot read rollouts"), query.lastError());
        RolloutInfo info;
        info.runbookId = runbookId;
        if (query.next()) {
            info.id = query.value(0).toLongLong();
            info.title = query.value(1).toString();
            info.createdAt = fromIsoUtc(query.value(2).toString());
            info.createdBy = query.value(3).toString();
            return info;
        }
        info.title = title;
        info.createdAt = m_clock.nowUtc();
        info.createdBy = actorFor(actor);
        query.prepare(QStringLiteral(
            "INSERT INTO rollouts (runbook_id, title, created_at, created_by) VALUES (?, ?, ?, ?) RETURNING id"));
        query.addBindValue(runbookId);
        query.addBindValue(title);
        query.addBindValue(toIsoUtc(info.createdAt));
        query.addBindValue(info.createdBy);
        if (!query.exec() || !query.next()) {
            const Error error = failure(QStringLiteral("cannot create the rollout"), query.lastError());
            if (attempt < kAttempts && m_backend->isRetryable(error))
                continue; // another cockpit created it meanwhile: read it
            return error;
        }
        info.id = query.value(0).toLongLong();
        query.finish();
        AuditEntry created;
        created.rolloutId = info.id;
        created.at = info.createdAt;
        created.actor = info.createdBy;
        created.entity = QStringLiteral("rollout");
        created.entityId = runbookId;
        created.field = QStringLiteral("created");
        created.newValue = title;
        if (const auto appended = append(created); !appended) {
            if (attempt < kAttempts && m_backend->isRetryable(appended.error()))
                continue;
            return appended.error();
        }
        if (!transaction.commit()) {
            const Error error = failure(QStringLiteral("cannot commit the new rollout"), transaction.error());
            if (attempt < kAttempts && m_backend->isRetryable(error))
                continue;
            return error;
        }
        return info;
    }
}

Result<QList<RolloutInfo>> Store::rollouts()
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT id, runbook_id, title, created_at, created_by FROM rollouts ORDER BY id")))
        return failure(QStringLiteral("cannot read rollouts"), query.lastError());
    QList<RolloutInfo> list;
    while (query.next()) {
        RolloutInfo info;
        info.id = query.value(0).toLongLong();
        info.runbookId = query.value(1).toString();
        info.title = query.value(2).toString();
        info.createdAt = fromIsoUtc(query.value(3).toString());
        info.createdBy = query.value(4).toString();
        list.append(info);
    }
    return list;
}

Result<QList<ItemState>> Store::checklistStates(qint64 rolloutId)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT ") + kItemColumns
                  + QStringLiteral(" FROM checklist_state WHERE rollout_id = ? ORDER BY item_id"));
    query.addBindValue(rolloutId);
    if (!query.exec())
        return failure(QStringLiteral("cannot read the checklist"), query.lastError());
    QList<ItemState> states;
    while (query.next())
        states.append(itemStateFrom(query));
    return states;
}

Result<std::optional<ItemState>> Store::readItemState(qint64 rolloutId, const QString& itemId, bool lock)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT ") + kItemColumns
                  + QStringLiteral(" FROM checklist_state WHERE rollout_id = ? AND item_id = ?")
                  + (lock ? m_backend->lockRows() : QString()));
    query.addBindValue(rolloutId);
    query.addBindValue(itemId);
    if (!query.exec())
        return failure(QStringLiteral("cannot read checklist item %1").arg(itemId), query.lastError());
    if (!query.next())
        return std::optional<ItemState>();
    return std::optional<ItemState>(itemStateFrom(query));
}

Result<ItemState> Store::applyItemChange(qint64 rolloutId, const ItemChange& change)
{
    if (change.itemId.isEmpty() || actorFor(change.actor).isEmpty()) {
        return makeError(ErrorKind::InvalidInput, QStringLiteral("a checklist change needs an item and an author"),
                         path());
    }
    for (int attempt = 1;; ++attempt) {
        bool retry = false;
        auto result = applyItemChangeOnce(rolloutId, change, retry);
        if (result || !retry || attempt >= kAttempts)
            return result;
    }
}

Result<ItemState> Store::applyItemChangeOnce(qint64 rolloutId, const ItemChange& change, bool& retry)
{
    Transaction transaction(*m_backend);
    if (!transaction.isActive())
        return failure(QStringLiteral("cannot begin a transaction"), transaction.error());
    const auto previous = readItemState(rolloutId, change.itemId, true);
    if (!previous)
        return previous.error();
    const ItemState before = previous.value().value_or(ItemState::unrecorded(change.itemId));
    if (change.baseVersion && *change.baseVersion != before.version) {
        Error stale = makeError(
            ErrorKind::Conflict,
            QStringLiteral("%1 was changed by %2 at %3 after you loaded it; your change was not saved")
                .arg(change.itemId, before.changedBy.isEmpty() ? QStringLiteral("someone") : before.changedBy,
                     toIsoUtc(before.changedAt)),
            change.itemId,
            QStringLiteral("The item now shows what %1 recorded; make your change again if it "
                           "still applies.")
                .arg(before.changedBy.isEmpty() ? QStringLiteral("they") : before.changedBy));
        return stale;
    }
    ItemState after = before;
    if (change.status)
        after.status = *change.status;
    if (change.note)
        after.note = *change.note;
    if (change.evidence)
        after.evidence = *change.evidence;

    struct FieldChange
    {
        const char* field;
        QString oldValue;
        QString newValue;
    };
    QList<FieldChange> changes;
    if (after.status != before.status)
        changes.append({"status", itemStatusToken(before.status), itemStatusToken(after.status)});
    if (after.note != before.note)
        changes.append({"note", before.note, after.note});
    if (after.evidence != before.evidence)
        changes.append({"evidence", before.evidence, after.evidence});
    if (changes.isEmpty())
        return before; // nothing to record
    if (const auto refused = checkItemState(after))
        return *refused;

    after.changedBy = actorFor(change.actor);
    after.changedAt = m_clock.nowUtc();
    after.version = before.version + 1;
    const QString at = toIsoUtc(after.changedAt);
    QSqlQuery query(database());
    // The version guards against a writer that read the same state and committed first.
    query.prepare(QStringLiteral(
        "INSERT INTO checklist_state (rollout_id, item_id, status, changed_by, changed_at, note, evidence, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (rollout_id, item_id) DO UPDATE SET status = excluded.status, "
        "changed_by = excluded.changed_by, changed_at = excluded.changed_at, note = excluded.note, "
        "evidence = excluded.evidence, version = excluded.version WHERE checklist_state.version = ?"));
    query.addBindValue(rolloutId);
    query.addBindValue(change.itemId);
    query.addBindValue(itemStatusToken(after.status));
    query.addBindValue(after.changedBy);
    query.addBindValue(at);
    query.addBindValue(text(after.note));
    query.addBindValue(text(after.evidence));
    query.addBindValue(after.version);
    query.addBindValue(before.version);
    if (!query.exec()) {
        const Error error
            = failure(QStringLiteral("cannot save checklist item %1").arg(change.itemId), query.lastError());
        retry = m_backend->isRetryable(error);
        return error;
    }
    if (query.numRowsAffected() == 0) {
        retry = !change.baseVersion; // read again and apply on what is there now
        return makeError(ErrorKind::Conflict,
                         QStringLiteral("%1 was changed by someone else at the same moment; your change was not saved")
                             .arg(change.itemId),
                         change.itemId,
                         QStringLiteral("The item now shows the other change; make yours again if it "
                                        "still applies."));
    }
    const QString changeId
        = change.changeId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : change.changeId;
    for (const FieldChange& field : changes) {
        AuditEntry entry;
        entry.rolloutId = rolloutId;
        entry.at = after.changedAt;
        entry.actor = after.changedBy;
        entry.entity = QStringLiteral("checklist_item");
        entry.entityId = change.itemId;
        entry.field = QString::fromLatin1(field.field);
        entry.oldValue = field.oldValue;
        entry.newValue = field.newValue;
        entry.changeId = changeId;
        entry.origin = change.origin;
        entry.reverses = change.reverses;
        if (const auto appended = append(entry); !appended) {
            retry = m_backend->isRetryable(appended.error());
            return appended.error();
        }
    }
    if (!transaction.commit()) {
        const Error error
            = failure(QStringLiteral("cannot commit checklist item %1").arg(change.itemId), transaction.error());
        retry = m_backend->isRetryable(error);
        return error;
    }
    return after;
}

Result<QList<AuditEntry>> Store::auditLog(qint64 rolloutId, const QString& entityId, int limit)
{
    QString sql = QStringLiteral("SELECT ") + kLedgerColumns + QStringLiteral(" FROM audit_log WHERE rollout_id = ?");
    if (!entityId.isEmpty())
        sql += QStringLiteral(" AND entity_id = ?");
    sql += QStringLiteral(" ORDER BY id DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT ?");
    QSqlQuery query(database());
    query.prepare(sql);
    query.addBindValue(rolloutId);
    if (!entityId.isEmpty())
        query.addBindValue(entityId);
    if (limit > 0)
        query.addBindValue(limit);
    if (!query.exec())
        return failure(QStringLiteral("cannot read the audit log"), query.lastError());
    QList<AuditEntry> entries;
    while (query.next())
        entries.append(auditEntryFrom(query));
    return entries;
}

// --- readiness check results ------------------------------------------------------------------

namespace {

const QString kCheckColumns = QStringLiteral(
    "run_id, item_id, classification, status, observed, expected, source, evidence, checked_at, duration_ms");

ItemCheckResult checkResultFrom(const QSqlQuery& query)
{
    ItemCheckResult result;
    result.runId = query.value(0).toString();
    result.itemId = query.value(1).toString();
    result.classification = parseClassification(query.value(2).toString()).value_or(Classification::Manual);
    result.status = parseCheckStatus(query.value(3).toString()).value_or(CheckStatus::Unknown);
    result.checks = evidenceFromJson(QJsonDocument::fromJson(query.value(7).toString().toUtf8()).array());
    result.checkedAt = fromIsoUtc(query.value(8).toString());
    result.durationMs = query.value(9).toLongLong();
    return result;
}

} // namespace

Result<Done> Store::recordCheckResults(qint64 rolloutId, const QString& profile, const QList<ItemCheckResult>& results)
{
    Transaction transaction(*m_backend);
    if (!transaction.isActive())
        return failure(QStringLiteral("cannot begin a transaction"), transaction.error());
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO check_results (rollout_id, profile, ") + kCheckColumns
                  + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const ItemCheckResult& result : results) {
        query.addBindValue(rolloutId);
        query.addBindValue(text(profile));
        query.addBindValue(text(result.runId));
        query.addBindValue(result.itemId);
        query.addBindValue(classificationToken(result.classification));
        query.addBindValue(checkStatusToken(result.status));
        query.addBindValue(text(result.observed()));
        query.addBindValue(text(result.expected()));
        query.addBindValue(text(result.source()));
        query.addBindValue(
            QString::fromUtf8(QJsonDocument(evidenceToJson(result.checks)).toJson(QJsonDocument::Compact)));
        query.addBindValue(toIsoUtc(result.checkedAt.isValid() ? result.checkedAt : m_clock.nowUtc()));
        query.addBindValue(result.durationMs);
        if (!query.exec())
            return failure(QStringLiteral("cannot record the check of %1").arg(result.itemId), query.lastError());
    }
    if (!transaction.commit())
        return failure(QStringLiteral("cannot commit the check results"), transaction.error());
    return Done{};
}

Result<QList<ItemCheckResult>> Store::latestCheckResults(qint64 rolloutId)
{
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("SELECT ") + kCheckColumns
        + QStringLiteral(" FROM check_results WHERE id IN (SELECT max(id) FROM check_results WHERE rollout_id = ?"
                         " GROUP BY item_id) ORDER BY item_id"));
    query.addBindValue(rolloutId);
    if (!query.exec())
        return failure(QStringLiteral("cannot read the check results"), query.lastError());
    QList<ItemCheckResult> results;
    while (query.next())
        results.append(checkResultFrom(query));
    return results;
}

Result<QList<ItemCheckResult>> Store::checkHistory(qint64 rolloutId, const QString& itemId, int limit)
{
    QSqlQuery query(database());
    QString sql = QStringLiteral("SELECT ") + kCheckColumns
        + QStringLiteral(" FROM check_results WHERE rollout_id = ? AND item_id = ? ORDER BY id DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT ?");
    query.prepare(sql);
    query.addBindValue(rolloutId);
    query.addBindValue(itemId);
    if (limit > 0)
        query.addBindValue(limit);
    if (!query.exec())
        return failure(QStringLiteral("cannot read the check history of %1").arg(itemId), query.lastError());
    QList<ItemCheckResult> results;
    while (query.next())
        results.append(checkResultFrom(query));
    return results;
}

// --- approvals ----------------------------------------------------------------------------------

Result<AuditEntry> Store::recordApproval(qint64 rolloutId, const ApprovalAction& action)
{
    const QString actor = actorFor(action.actor);
    if (action.role.trimmed().isEmpty() || actor.isEmpty())
        return makeError(ErrorKind::InvalidInput, QStringLiteral("a sign-off needs a role and a signer"), path());
    if (action.decision == ApprovalDecision::Reject && action.reason.trimmed().isEmpty()) {
        return makeError(ErrorKind::InvalidInput, QStringLiteral("a rejection needs a reason"), action.role,
                         QStringLiteral("Say why, so that the team can act on it."));
    }
    for (int attempt = 1;; ++attempt) {
        Transaction transaction(*m_backend);
        if (!transaction.isActive())
            return failure(QStringLiteral("cannot begin a transaction"), transaction.error());
        // The role's latest decision: what a revocation takes back, and the audit's old value.
        QSqlQuery query(database());
        query.prepare(
            QStringLiteral("SELECT new_value, actor FROM audit_log WHERE rollout_id = ? AND entity = 'approval' "
                           "AND entity_id = ? ORDER BY id DESC LIMIT 1"));
        query.addBindValue(rolloutId);
        query.addBindValue(action.role);
        if (!query.exec())
            return failure(QStringLiteral("cannot read the sign-offs"), query.lastError());
        const bool hasPrevious = query.next();
        const QString previous = hasPrevious ? query.value(0).toString() : QString();
        const QString previousSigner = hasPrevious ? query.value(1).toString() : QString();
        query.finish();
        if (action.decision == ApprovalDecision::Revoke) {
            if (!hasPrevious || previous == QLatin1String("revoke")) {
                return makeError(ErrorKind::InvalidInput,
                                 QStringLiteral("%1 has no decision to revoke").arg(action.role), action.role);
            }
            if (previousSigner != actor) {
                return makeError(ErrorKind::InvalidInput,
                                 QStringLiteral("only %1, who signed for %2, can revoke that decision")
                                     .arg(previousSigner, action.role),
                                 action.role, QStringLiteral("Record a rejection with a reason instead."));
            }
        }
        AuditEntry entry;
        entry.rolloutId = rolloutId;
        entry.actor = actor;
        entry.entity = QStringLiteral("approval");
        entry.entityId = action.role;
        entry.field = QStringLiteral("decision");
        entry.oldValue = previous;
        entry.newValue = approvalDecisionToken(action.decision);
        QJsonObject comment;
        if (!action.comment.trimmed().isEmpty())
            comment.insert(QStringLiteral("comment"), action.comment.trimmed());
        if (!action.reason.trimmed().isEmpty())
            comment.insert(QStringLiteral("reason"), action.reason.trimmed());
        entry.comment = comment.isEmpty() ? QString() : compactJson(comment);
        const auto appended = append(entry);
        if (appended && transaction.commit())
            return entry;
        const Error error
            = appended ? failure(QStringLiteral("cannot commit the sign-off"), transaction.error()) : appended.error();
        if (attempt >= kAttempts || !m_backend->isRetryable(error))
            return error;
    }
}

Result<AuditEntry> Store::recordWindow(qint64 rolloutId, const MaintenanceWindow& window, const QString& actor)
{
    if (!window.isSet() || window.end <= window.start) {
        return makeError(ErrorKind::InvalidInput, QStringLiteral("the maintenance window must end after it starts"),
                         QStringLiteral("maintenance_window"));
    }
    AuditEntry entry;
    entry.rolloutId = rolloutId;
    entry.actor = actorFor(actor);
    entry.entity = QStringLiteral("approval_record");
    entry.entityId = QStringLiteral("maintenance_window");
    entry.field = QStringLiteral("window");
    entry.newValue = window.toJson();
    return appendOne(entry, QStringLiteral("the maintenance window"));
}

Result<AuditEntry> Store::recordSchedule(qint64 rolloutId, const QDateTime& scheduled, const QString& zone,
                                         const QString& actor)
{
    if (!scheduled.isValid())
        return makeError(ErrorKind::InvalidInput, QStringLiteral("the scheduled rollout needs a date and time"),
                         QStringLiteral("scheduled_rollout"));
    AuditEntry entry;
    entry.rolloutId = rolloutId;
    entry.actor = actorFor(actor);
    entry.entity = QStringLiteral("approval_record");
    entry.entityId = QStringLiteral("scheduled_rollout");
    entry.field = QStringLiteral("scheduled");
    entry.newValue = compactJson({{QStringLiteral("at"), toIsoUtc(scheduled)}, {QStringLiteral("zone"), zone}});
    return appendOne(entry, QStringLiteral("the scheduled rollout"));
}

Result<AuditEntry> Store::recordOverride(qint64 rolloutId, const QString& reason, const QString& actor)
{
    if (reason.trimmed().isEmpty()) {
        return makeError(ErrorKind::InvalidInput, QStringLiteral("an emergency override needs a reason"),
                         QStringLiteral("override"),
                         QStringLiteral("Say what the emergency is; the reason is recorded."));
    }
    AuditEntry entry;
    entry.rolloutId = rolloutId;
    entry.actor = actorFor(actor);
    entry.entity = QStringLiteral("gate");
    entry.entityId = QStringLiteral("override");
    entry.field = QStringLiteral("override");
    entry.newValue = QStringLiteral("override");
    entry.comment = compactJson({{QStringLiteral("reason"), reason.trimmed()}});
    return appendOne(entry, QStringLiteral("the override"));
}

Result<QList<AuditEntry>> Store::approvalRecords(qint64 rolloutId)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT ") + kLedgerColumns
                  + QStringLiteral(" FROM audit_log WHERE rollout_id = ? AND entity IN ('approval', 'approval_record', "
                                   "'gate') ORDER BY id"));
    query.addBindValue(rolloutId);
    if (!query.exec())
        return failure(QStringLiteral("cannot read the sign-offs"), query.lastError());
    QList<AuditEntry> entries;
    while (query.next())
        entries.append(auditEntryFrom(query));
    return entries;
}

// --- the migration's journal and lock ----------------------------------------------------------

Result<AuditEntry> Store::appendJournal(qint64 rolloutId, const QString& entityId, const QString& field,
                                        const QString& value, const QString& comment, const QString& actor)
{
    return appendRecord(rolloutId, QStringLiteral("migration"), entityId, field, value, comment, actor);
}

Result<AuditEntry> Store::appendRecord(qint64 rolloutId, const QString& entity, const QString& entityId,
                                       const QString& field, const QString& value, const QString& comment,
                                       const QString& actor)
{
    AuditEntry entry;
    entry.rolloutId = rolloutId;
    entry.actor = actorFor(actor);
    entry.entity = entity;
    entry.entityId = entityId;
    entry.field = field;
    entry.newValue = value;
    entry.comment = comment;
    if (entry.actor.isEmpty())
        return makeError(ErrorKind::InvalidInput, QStringLiteral("a record needs an author"), entityId);
    return appendOne(entry, QStringLiteral("the %1 record").arg(entity));
}

Result<Done> Store::recordMetricHistory(qint64 rolloutId, const QList<MetricBucket>& buckets)
{
    if (buckets.isEmpty())
        return Done{};
    Transaction transaction(*m_backend);
    if (!transaction.isActive())
        return failure(QStringLiteral("cannot begin a transaction"), transaction.error());
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO metric_history (rollout_id, metric, bucket_ms, minimum, maximum, last, "
                                 "samples) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (rollout_id, metric, bucket_ms) DO "
                                 "UPDATE SET minimum = excluded.minimum, maximum = excluded.maximum, last = "
                                 "excluded.last, samples = excluded.samples"));
    for (const MetricBucket& b : buckets) {
        query.addBindValue(rolloutId);
        query.addBindValue(b.metric);
        query.addBindValue(b.bucketMs);
        query.addBindValue(b.minimum);
        query.addBindValue(b.maximum);
        query.addBindValue(b.last);
        query.addBindValue(b.samples);
        if (!query.exec())
            return failure(QStringLiteral("cannot keep the watch's history"), query.lastError());
    }
    if (!transaction.commit())
        return failure(QStringLiteral("cannot keep the watch's history"), transaction.error());
    return Done{};
}

Result<QList<MetricBucket>> Store::metricHistory(qint64 rolloutId, qint64 sinceMs)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT metric, bucket_ms, minimum, maximum, last, samples FROM metric_history "
                                 "WHERE rollout_id = ? AND bucket_ms >= ? ORDER BY metric, bucket_ms"));
    query.addBindValue(rolloutId);
    query.addBindValue(sinceMs);
    if (!query.exec())
        return failure(QStringLiteral("cannot read the watch's history"), query.lastError());
    QList<MetricBucket> buckets;
    while (query.next()) {
        buckets.append({query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toDouble(),
                        query.value(3).toDouble(), query.value(4).toDouble(), query.value(5).toInt()});
    }
    return buckets;
}

Result<QList<AuditEntry>> Store::journal(qint64 rolloutId)
{
    return records(rolloutId, QStringLiteral("migration"));
}

Result<QList<AuditEntry>> Store::records(qint64 rolloutId, const QString& entity)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT ") + kLedgerColumns
                  + QStringLiteral(" FROM audit_log WHERE rollout_id = ? AND entity = ? ORDER BY id"));
    query.addBindValue(rolloutId);
    query.addBindValue(entity);
    if (!query.exec())
        return failure(QStringLiteral("cannot read the %1 records").arg(entity), query.lastError());
    QList<AuditEntry> entries;
    while (query.next())
        entries.append(auditEntryFrom(query));
    return entries;
}

Result<MigrationLock> Store::acquireMigrationLock(qint64 rolloutId, const QString& holder, const QString& token,
                                                  std::chrono::seconds lease)
{
    for (int attempt = 1;; ++attempt) {
        Transaction transaction(*m_backend);
        if (!transaction.isActive())
            return failure(QStringLiteral("cannot begin a transaction"), transaction.error());
        QSqlQuery query(database());
        query.prepare(QStringLiteral("SELECT holder, token, expires_at FROM migration_lock WHERE rollout_id = ?")
                      + m_backend->lockRows());
        query.addBindValue(rolloutId);
        if (!query.exec())
            return failure(QStringLiteral("cannot read the migration lock"), query.lastError());
        const QDateTime now = m_clock.nowUtc();
        MigrationLock lock;
        if (query.next()) {
            lock.holder = query.value(0).toString();
            lock.token = query.value(1).toString();
            lock.expiresAt = fromIsoUtc(query.value(2).toString());
            if (lock.token != token && lock.expiresAt > now)
                return lock; // held by someone else
        }
        query.finish();
        lock.held = true;
        lock.holder = actorFor(holder);
        lock.token = token;
        lock.expiresAt = now.addSecs(lease.count());
        query.prepare(
            QStringLiteral("INSERT INTO migration_lock (rollout_id, holder, token, expires_at) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (rollout_id) DO UPDATE SET holder = excluded.holder, token = excluded.token, "
                           "expires_at = excluded.expires_at"));
        query.addBindValue(rolloutId);
        query.addBindValue(lock.holder);
        query.addBindValue(token);
        query.addBindValue(toIsoUtc(lock.expiresAt));
        if (!query.exec()) {
            const Error error = failure(QStringLiteral("cannot take the migration lock"), query.lastError());
            if (attempt < kAttempts && m_backend->isRetryable(error))
                continue;
            return error;
        }
        if (!transaction.commit()) {
            const Error error = failure(QStringLiteral("cannot commit the migration lock"), transaction.error());
            if (attempt < kAttempts && m_backend->isRetryable(error))
                continue;
            return error;
        }
        return lock;
    }
}

Result<Done> Store::releaseMigrationLock(qint64 rolloutId, const QString& token)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("DELETE FROM migration_lock WHERE rollout_id = ? AND token = ?"));
    query.addBindValue(rolloutId);
    query.addBindValue(token);
    if (!query.exec())
        return failure(QStringLiteral("cannot release the migration lock"), query.lastError());
    return Done{};
}

// --- the ledger ---------------------------------------------------------------------------------

Result<QList<AuditEntry>> Store::ledger()
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + kLedgerColumns + QStringLiteral(" FROM audit_log ORDER BY id")))
        return failure(QStringLiteral("cannot read the ledger"), query.lastError());
    QList<AuditEntry> entries;
    while (query.next())
        entries.append(auditEntryFrom(query));
    return entries;
}

Result<ledger::Verification> Store::verifyLedger()
{
    const auto entries = ledger();
    if (!entries)
        return entries.error();
    ledger::Verification verification = ledger::verify(entries.value());
    if (!verification.intact)
        return verification;
    // The chain holds; the stored item states must be what their trails say.
    struct Trail
    {
        ItemState state;
        qint64 lastId = 0;
    };
    QHash<QString, Trail> trails; // "rollout/item"
    for (const AuditEntry& e : entries.value()) {
        if (e.entity != QLatin1String("checklist_item"))
            continue;
        Trail& trail = trails[QStringLiteral("%1/%2").arg(e.rolloutId).arg(e.entityId)];
        if (e.field == QLatin1String("status"))
            trail.state.status = parseItemStatus(e.newValue).value_or(ItemStatus::Open);
        else if (e.field == QLatin1String("note"))
            trail.state.note = e.newValue;
        else if (e.field == QLatin1String("evidence"))
            trail.state.evidence = e.newValue;
        trail.state.changedBy = e.actor;
        trail.lastId = e.id;
    }
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT rollout_id, ") + kItemColumns
                    + QStringLiteral(" FROM checklist_state ORDER BY rollout_id, item_id")))
        return failure(QStringLiteral("cannot read the checklist"), query.lastError());
    while (query.next()) {
        const qint64 rollout = query.value(0).toLongLong();
        ItemState stored;
        stored.itemId = query.value(1).toString();
        stored.status = parseItemStatus(query.value(2).toString()).value_or(ItemStatus::Open);
        stored.changedBy = query.value(3).toString();
        stored.note = query.value(5).toString();
        stored.evidence = query.value(6).toString();
        const QString key = QStringLiteral("%1/%2").arg(rollout).arg(stored.itemId);
        const auto it = trails.constFind(key);
        QString problem;
        if (it == trails.constEnd()) {
            problem = QStringLiteral("checklist item %1 has a stored state but no audit trail").arg(stored.itemId);
        } else if (it->state.status != stored.status) {
            problem = QStringLiteral("checklist item %1 is stored as %2, but its audit trail ends at %3")
                          .arg(stored.itemId, itemStatusToken(stored.status), itemStatusToken(it->state.status));
        } else if (it->state.note != stored.note || it->state.evidence != stored.evidence) {
            problem = QStringLiteral("checklist item %1's stored note or evidence is not what its audit trail says")
                          .arg(stored.itemId);
        } else if (it->state.changedBy != stored.changedBy) {
            problem = QStringLiteral("checklist item %1 is stored as changed by %2, but its audit trail says %3")
                          .arg(stored.itemId, stored.changedBy, it->state.changedBy);
        }
        if (!problem.isEmpty()) {
            verification.intact = false;
            verification.firstBadId = it == trails.constEnd() ? 0 : it->lastId;
            verification.problem = problem
                + QStringLiteral(" (rollout %1): the stored state was changed outside the "
                                 "cockpit")
                      .arg(rollout);
            return verification;
        }
    }
    return verification;
}

} // namespace cockpit
