#include "Store.h"

#include "SchemaMigrations.h"
#include "core/FileInput.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace cockpit {
namespace {

// A write transaction that rolls back unless committed, so that every early return is safe.
// IMMEDIATE takes the write lock up front: a read followed by a write cannot then fail with
// a busy snapshot when another process (the CLI) writes meanwhile.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db))
    {
        QSqlQuery begin(m_db);
        m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active)
            m_error = begin.lastError();
    }
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    Q_DISABLE_COPY_MOVE(Transaction)
    bool isActive() const { return m_active; }
    const QSqlError& error() const { return m_error; }
    // On failure the transaction stays open and the destructor rolls it back.
    bool commit()
    {
        if (!m_db.commit())
            return false;
        m_active = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QSqlError m_error;
};

// QtSql binds a null QString as SQL NULL; the text columns hold '' for "nothing".
QString text(const QString& value)
{
    return value.isNull() ? QString(QLatin1String("")) : value;
}

// The columns item_id, status, changed_by, changed_at, note, evidence, in that order.
const QString kItemColumns = QStringLiteral("item_id, status, changed_by, changed_at, note, evidence");

ItemState itemStateFrom(const QSqlQuery& query)
{
    ItemState state;
    state.itemId = query.value(0).toString();
    state.status = parseItemStatus(query.value(1).toString()).value_or(ItemStatus::Open);
    state.changedBy = query.value(2).toString();
    state.changedAt = fromIsoUtc(query.value(3).toString());
    state.note = query.value(4).toString();
    state.evidence = query.value(5).toString();
    return state;
}

} // namespace

Store::Store(QString path, QString connectionName, const Clock& clock)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_clock(clock)
{ }

Store::~Store()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Store::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cockpit.sqlite");
}

Result<std::unique_ptr<Store>> Store::open(const QString& path, const Clock& clock)
{
    const QFileInfo info(path);
    if (const auto usable = checkFilePath(path, QStringLiteral("the store")); !usable)
        return usable.error(); // a FIFO would hang SQLite's first read
    // What the cockpit creates is its user's alone: the folder 0700, the file 0600 (SQLite gives
    // its -wal and -shm files the database file's mode).
    if (!QFileInfo::exists(info.absolutePath())) {
        if (!QDir().mkpath(info.absolutePath())) {
            return makeError(ErrorKind::Io, QStringLiteral("cannot create the folder for the store"),
                             info.absolutePath(), QStringLiteral("Choose a writable location with --store PATH."));
        }
        QFile::setPermissions(info.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    if (!info.exists()) {
        QFile create(info.absoluteFilePath());
        if (create.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            create.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    const QString connectionName
        = QStringLiteral("cockpit-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Store> store(new Store(info.absoluteFilePath(), connectionName, clock));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(store->m_path);
        if (!db.open())
            return store->failure(QStringLiteral("cannot open the store"), db.lastError());
        QSqlQuery query(db);
        // Reading the schema version is the first real access: a file that is not SQLite fails here.
        const auto version = SchemaMigrations::currentVersion(db);
        if (!version) {
            Error error = version.error();
            error.message = QStringLiteral("this file is not a Rollout Cockpit store (%1)").arg(error.message);
            error.hint = QStringLiteral("Start with --store PATH to use another file.");
            return error;
        }
        for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
                                   "PRAGMA busy_timeout = 5000"}) {
            if (!query.exec(QString::fromLatin1(pragma)))
                return store->failure(QStringLiteral("cannot configure the store"), query.lastError());
        }
        const auto migrated = SchemaMigrations::migrate(db, store->m_path);
        if (!migrated)
            return migrated.error();
    }
    return store;
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Error Store::failure(const QString& what, const QSqlError& error) const
{
    Error e = makeError(ErrorKind::Storage, what + QStringLiteral(": ") + error.text(), m_path);
    e.code = error.nativeErrorCode();
    if (error.nativeErrorCode() == QLatin1String("5") || error.nativeErrorCode() == QLatin1String("6"))
        e.hint = QStringLiteral("Another program holds the store locked; close it and try again.");
    return e;
}

int Store::schemaVersion() const
{
    QSqlDatabase db = database();
    const auto version = SchemaMigrations::currentVersion(db);
    return version ? version.value() : -1;
}

Result<RolloutInfo> Store::ensureRollout(const QString& runbookId, const QString& title, const QString& actor)
{
    QSqlDatabase db = database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return failure(QStringLiteral("cannot begin a transaction"), transaction.error());
    QSqlQuery query(db);
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
    info.createdBy = actor;
    query.prepare(
        QStringLiteral("INSERT INTO rollouts (runbook_id, title, created_at, created_by) VALUES (?, ?, ?, ?)"));
    query.addBindValue(runbookId);
    query.addBindValue(title);
    query.addBindValue(toIsoUtc(info.createdAt));
    query.addBindValue(actor);
    if (!query.exec())
        return failure(QStringLiteral("cannot create the rollout"), query.lastError());
    info.id = query.lastInsertId().toLongLong();
    query.prepare(QStringLiteral("INSERT INTO audit_log (rollout_id, at, actor, entity, entity_id, field, old_value, "
                                 "new_value) VALUES (?, ?, ?, 'rollout', ?, 'created', NULL, ?)"));
    query.addBindValue(info.id);
    query.addBindValue(toIsoUtc(info.createdAt));
    query.addBindValue(actor);
    query.addBindValue(runbookId);
    query.addBindValue(title);
    if (!query.exec())
        return failure(QStringLiteral("cannot audit the new rollout"), query.lastError());
    if (!transaction.commit())
        return failure(QStringLiteral("cannot commit the new rollout"), db.lastError());
    return info;
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

Result<std::optional<ItemState>> Store::readItemState(qint64 rolloutId, const QString& itemId)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT ") + kItemColumns
                  + QStringLiteral(" FROM checklist_state WHERE rollout_id = ? AND item_id = ?"));
    query.addBindValue(rolloutId);
    query.addBindValue(itemId);
    if (!query.exec())
        return failure(QStringLiteral("cannot read checklist item %1").arg(itemId), query.lastError());
    if (!query.next())
        return std::optional<ItemState>();
    return std::optional<ItemState>(itemStateFrom(query));
}

QString changeOriginToken(ChangeOrigin origin)
{
    switch (origin) {
    case ChangeOrigin::Undo: return QStringLiteral("undo");
    case ChangeOrigin::Redo: return QStringLiteral("redo");
    case ChangeOrigin::Edit: break;
    }
    return QStringLiteral("edit");
}

ChangeOrigin parseChangeOrigin(const QString& token)
{
    if (token == QLatin1String("undo"))
        return ChangeOrigin::Undo;
    if (token == QLatin1String("redo"))
        return ChangeOrigin::Redo;
    return ChangeOrigin::Edit;
}

std::optional<Error> checkItemState(const ItemState& state)
{
    if ((state.status == ItemStatus::NotApplicable || state.status == ItemStatus::Blocked) && state.note.trimmed().isEmpty()) {
        return makeError(ErrorKind::InvalidInput,
                         QStringLiteral("marking an item %1 needs a reason in its note")
                             .arg(state.status == ItemStatus::Blocked ? QStringLiteral("blocked")
                                                                      : QStringLiteral("not applicable")),
                         state.itemId, QStringLiteral("Write why in the note, then set the status."));
    }
    return std::nullopt;
}

Result<ItemState> Store::applyItemChange(qint64 rolloutId, const ItemChange& change)
{
    if (change.itemId.isEmpty() || change.actor.trimmed().isEmpty()) {
        return makeError(ErrorKind::InvalidInput, QStringLiteral("a checklist change needs an item and an author"),
                         m_path);
    }
    QSqlDatabase db = database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return failure(QStringLiteral("cannot begin a transaction"), transaction.error());
    const auto previous = readItemState(rolloutId, change.itemId);
    if (!previous)
        return previous.error();
    const ItemState before = previous.value().value_or(ItemState::unrecorded(change.itemId));
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

    after.changedBy = change.actor;
    after.changedAt = m_clock.nowUtc();
    const QString at = toIsoUtc(after.changedAt);
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO checklist_state (rollout_id, item_id, status, changed_by, changed_at, note, evidence) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (rollout_id, item_id) DO UPDATE SET status = excluded.status, "
        "changed_by = excluded.changed_by, changed_at = excluded.changed_at, note = excluded.note, "
        "evidence = excluded.evidence"));
    query.addBindValue(rolloutId);
    query.addBindValue(change.itemId);
    query.addBindValue(itemStatusToken(after.status));
    query.addBindValue(after.changedBy);
    query.addBindValue(at);
    query.addBindValue(text(after.note));
    query.addBindValue(text(after.evidence));
    if (!query.exec())
        return failure(QStringLiteral("cannot save checklist item %1").arg(change.itemId), query.lastError());
    query.prepare(QStringLiteral("INSERT INTO audit_log (rollout_id, at, actor, entity, entity_id, field, old_value, "
                                 "new_value, change_id, origin, reverses) "
                                 "VALUES (?, ?, ?, 'checklist_item', ?, ?, ?, ?, ?, ?, ?)"));
    const QString changeId = change.changeId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                       : change.changeId;
    for (const FieldChange& field : changes) {
        query.addBindValue(rolloutId);
        query.addBindValue(at);
        query.addBindValue(change.actor);
        query.addBindValue(change.itemId);
        query.addBindValue(QString::fromLatin1(field.field));
        query.addBindValue(text(field.oldValue));
        query.addBindValue(text(field.newValue));
        query.addBindValue(changeId);
        query.addBindValue(changeOriginToken(change.origin));
        query.addBindValue(change.reverses.isEmpty() ? QVariant() : QVariant(change.reverses));
        if (!query.exec())
            return failure(QStringLiteral("cannot audit checklist item %1").arg(change.itemId), query.lastError());
    }
    if (!transaction.commit())
        return failure(QStringLiteral("cannot commit checklist item %1").arg(change.itemId), db.lastError());
    return after;
}

Result<QList<AuditEntry>> Store::auditLog(qint64 rolloutId, const QString& entityId, int limit)
{
    QString sql = QStringLiteral("SELECT id, at, actor, entity, entity_id, field, old_value, new_value, change_id, "
                                 "origin, reverses FROM audit_log WHERE rollout_id = ?");
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
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.rolloutId = rolloutId;
        entry.at = fromIsoUtc(query.value(1).toString());
        entry.actor = query.value(2).toString();
        entry.entity = query.value(3).toString();
        entry.entityId = query.value(4).toString();
        entry.field = query.value(5).toString();
        entry.oldValue = query.value(6).toString();
        entry.newValue = query.value(7).toString();
        entry.changeId = query.value(8).toString();
        entry.origin = parseChangeOrigin(query.value(9).toString());
        entry.reverses = query.value(10).toString();
        entries.append(entry);
    }
    return entries;
}

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
    QSqlDatabase db = database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return failure(QStringLiteral("cannot begin a transaction"), transaction.error());
    QSqlQuery query(db);
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
        query.addBindValue(QString::fromUtf8(QJsonDocument(evidenceToJson(result.checks)).toJson(QJsonDocument::Compact)));
        query.addBindValue(toIsoUtc(result.checkedAt.isValid() ? result.checkedAt : m_clock.nowUtc()));
        query.addBindValue(result.durationMs);
        if (!query.exec())
            return failure(QStringLiteral("cannot record the check of %1").arg(result.itemId), query.lastError());
    }
    if (!transaction.commit())
        return failure(QStringLiteral("cannot commit the check results"), db.lastError());
    return Done{};
}

Result<QList<ItemCheckResult>> Store::latestCheckResults(qint64 rolloutId)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT ") + kCheckColumns
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

} // namespace cockpit
