#include "SchemaMigrations.h"

#include "LedgerRows.h"

#include "core/Clock.h"
#include "core/Ledger.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

#include <functional>

namespace cockpit {
namespace {

struct Migration
{
    int version;
    QStringList statements;
    // Runs after the statements, in the same transaction (a step SQL alone cannot take).
    std::function<Result<Done>(QSqlDatabase&, const QString&)> step = {};
    QStringList after = {};
};

Error sqlError(const QString& what, const QSqlError& error, const QString& where);

// Version 4 makes the audit log a hash chain: the rows written before are sealed in order.
Result<Done> sealExistingRows(QSqlDatabase& db, const QString& where)
{
    QSqlQuery read(db);
    if (!read.exec(QStringLiteral("SELECT ") + kLedgerColumns + QStringLiteral(" FROM audit_log ORDER BY id")))
        return sqlError(QStringLiteral("cannot read the audit log to seal it"), read.lastError(), where);
    QList<AuditEntry> entries;
    while (read.next())
        entries.append(auditEntryFrom(read));
    QSqlQuery write(db);
    write.prepare(QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?"));
    QString previous = ledger::genesisHash();
    for (AuditEntry& e : entries) {
        ledger::seal(e, previous);
        write.addBindValue(e.prevHash);
        write.addBindValue(e.hash);
        write.addBindValue(e.id);
        if (!write.exec())
            return sqlError(QStringLiteral("cannot seal audit record %1").arg(e.id), write.lastError(), where);
        previous = e.hash;
    }
    return Done{};
}

// Version 7 verifies the rows beside the chain against it: every rollout against its creation
// record, every item's version against the changes of its trail. Stores made before rollouts were
// recorded (schema 1 to 3) get the creation record they lack, written now and saying so, and
// their items the version their trails give (schema 4 set every one to 1).
Result<Done> recordWhatTheChainLacks(QSqlDatabase& db, const QString& where)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT r.id, r.runbook_id, r.title, r.created_at, r.created_by FROM rollouts r "
                                   "WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.rollout_id = r.id "
                                   "AND a.entity = 'rollout' AND a.field = 'created') ORDER BY r.id")))
        return sqlError(QStringLiteral("cannot read the rollouts"), query.lastError(), where);
    QList<AuditEntry> missing;
    while (query.next()) {
        AuditEntry created;
        created.rolloutId = query.value(0).toLongLong();
        created.entity = QStringLiteral("rollout");
        created.entityId = query.value(1).toString();
        created.field = QStringLiteral("created");
        created.newValue = query.value(2).toString();
        created.at = fromIsoUtc(query.value(3).toString());
        created.actor = query.value(4).toString();
        created.comment = QStringLiteral("recorded at the upgrade to schema 7: this store was made before rollouts "
                                         "were recorded in the ledger");
        missing.append(created);
    }
    for (AuditEntry& created : missing) {
        if (!query.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
            return sqlError(QStringLiteral("cannot read the ledger's head"), query.lastError(), where);
        const bool any = query.next();
        created.id = any ? query.value(0).toLongLong() + 1 : 1;
        const QString previous = any ? query.value(1).toString() : ledger::genesisHash();
        created.changeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        ledger::seal(created, previous);
        query.prepare(QStringLiteral("INSERT INTO audit_log (") + kLedgerColumns
                      + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& value :
             {QVariant(created.id), QVariant(created.rolloutId), QVariant(toIsoUtc(created.at)),
              QVariant(created.actor), QVariant(created.entity), QVariant(created.entityId), QVariant(created.field),
              QVariant(QString(QLatin1String(""))), QVariant(created.newValue), QVariant(created.changeId),
              QVariant(changeOriginToken(created.origin)), QVariant(), QVariant(created.comment),
              QVariant(created.prevHash), QVariant(created.hash)})
            query.addBindValue(value);
        if (!query.exec())
            return sqlError(QStringLiteral("cannot record the creation of rollout %1").arg(created.rolloutId),
                            query.lastError(), where);
    }
    if (!query.exec(QStringLiteral(
            "UPDATE checklist_state SET version = (SELECT count(DISTINCT coalesce(a.change_id, a.id)) FROM audit_log a "
            "WHERE a.rollout_id = checklist_state.rollout_id AND a.entity = 'checklist_item' "
            "AND a.entity_id = checklist_state.item_id) "
            "WHERE EXISTS (SELECT 1 FROM audit_log a WHERE a.rollout_id = checklist_state.rollout_id "
            "AND a.entity = 'checklist_item' AND a.entity_id = checklist_state.item_id)")))
        return sqlError(QStringLiteral("cannot set the items' versions"), query.lastError(), where);
    return Done{};
}

const QList<Migration>& migrations()
{
    static const QList<Migration> list{
        {1,
         {
             QStringLiteral("CREATE TABLE rollouts ("
                            " id INTEGER PRIMARY KEY,"
                            " runbook_id TEXT NOT NULL UNIQUE,"
                            " title TEXT NOT NULL,"
                            " created_at TEXT NOT NULL,"
                            " created_by TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE checklist_state ("
                            " rollout_id INTEGER NOT NULL REFERENCES rollouts(id),"
                            " item_id TEXT NOT NULL,"
                            " status TEXT NOT NULL"
                            "  CHECK (status IN ('open', 'done', 'not_applicable', 'blocked')),"
                            " changed_by TEXT NOT NULL,"
                            " changed_at TEXT NOT NULL,"
                            " note TEXT NOT NULL DEFAULT '',"
                            " evidence TEXT NOT NULL DEFAULT '',"
                            " PRIMARY KEY (rollout_id, item_id))"),
             QStringLiteral("CREATE TABLE audit_log ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " rollout_id INTEGER NOT NULL REFERENCES rollouts(id),"
                            " at TEXT NOT NULL,"
                            " actor TEXT NOT NULL,"
                            " entity TEXT NOT NULL,"
                            " entity_id TEXT NOT NULL,"
                            " field TEXT NOT NULL,"
                            " old_value TEXT,"
                            " new_value TEXT)"),
             QStringLiteral("CREATE INDEX audit_log_entity ON audit_log (rollout_id, entity, entity_id)"),
             // The audit log is append-only: the database itself refuses edits and deletions.
             QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                            " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
             QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                            " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
         }},
        // Version 2: which change a row belongs to, and whether it was an undo or a redo of one.
        {2,
         {
             QStringLiteral("ALTER TABLE audit_log ADD COLUMN change_id TEXT"),
             QStringLiteral("ALTER TABLE audit_log ADD COLUMN origin TEXT NOT NULL DEFAULT 'edit'"
                            " CHECK (origin IN ('edit', 'undo', 'redo'))"),
             QStringLiteral("ALTER TABLE audit_log ADD COLUMN reverses TEXT"),
         }},
        // Version 3: what the readiness checks found, every run kept.
        {3,
         {
             QStringLiteral("CREATE TABLE check_results ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " rollout_id INTEGER NOT NULL REFERENCES rollouts(id),"
                            " run_id TEXT NOT NULL,"
                            " profile TEXT NOT NULL,"
                            " item_id TEXT NOT NULL,"
                            " classification TEXT NOT NULL,"
                            " status TEXT NOT NULL CHECK (status IN ('pass', 'warn', 'fail', 'unknown', 'manual')),"
                            " observed TEXT NOT NULL,"
                            " expected TEXT NOT NULL,"
                            " source TEXT NOT NULL,"
                            " evidence TEXT NOT NULL,"
                            " checked_at TEXT NOT NULL,"
                            " duration_ms INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX check_results_item ON check_results (rollout_id, item_id, id)"),
             QStringLiteral("CREATE TRIGGER check_results_no_update BEFORE UPDATE ON check_results"
                            " BEGIN SELECT RAISE(ABORT, 'check_results is append-only'); END"),
             QStringLiteral("CREATE TRIGGER check_results_no_delete BEFORE DELETE ON check_results"
                            " BEGIN SELECT RAISE(ABORT, 'check_results is append-only'); END"),
         }},
        // Version 4: the audit log becomes the ledger, a hash chain that also holds the
        // approvals; checklist items carry a version so that a stale edit is refused; REPLACE
        // INTO cannot rewrite history (it deletes without firing the delete trigger).
        {4,
         {
             QStringLiteral("ALTER TABLE audit_log ADD COLUMN comment TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE audit_log ADD COLUMN prev_hash TEXT"),
             QStringLiteral("ALTER TABLE audit_log ADD COLUMN hash TEXT"),
             QStringLiteral("ALTER TABLE checklist_state ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
             QStringLiteral("DROP TRIGGER audit_log_no_update"),
         },
         sealExistingRows,
         {
             QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                            " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
             QStringLiteral("CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log"
                            " WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)"
                            " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: a record cannot be replaced'); END"),
             QStringLiteral("CREATE TRIGGER audit_log_chained BEFORE INSERT ON audit_log"
                            " WHEN NEW.hash IS NULL OR NEW.prev_hash IS NULL"
                            " BEGIN SELECT RAISE(ABORT, 'every audit record is a link of the hash chain'); END"),
             QStringLiteral("CREATE TRIGGER check_results_no_replace BEFORE INSERT ON check_results"
                            " WHEN EXISTS (SELECT 1 FROM check_results WHERE id = NEW.id)"
                            " BEGIN SELECT RAISE(ABORT, 'check_results is append-only'); END"),
             QStringLiteral("CREATE UNIQUE INDEX audit_log_prev_hash ON audit_log (prev_hash)"),
         }},
        // Version 5: the migration's lock, a lease one operator holds at a time.
        {5,
         {
             QStringLiteral("CREATE TABLE migration_lock ("
                            " rollout_id INTEGER PRIMARY KEY REFERENCES rollouts(id),"
                            " holder TEXT NOT NULL,"
                            " token TEXT NOT NULL,"
                            " expires_at TEXT NOT NULL)"),
         }},
        // Version 6: the watch's history, one row per metric and minute (downsampled), for the
        // report and for reopening the window mid-watch.
        {6,
         {
             QStringLiteral("CREATE TABLE metric_history ("
                            " rollout_id INTEGER NOT NULL REFERENCES rollouts(id),"
                            " metric TEXT NOT NULL,"
                            " bucket_ms INTEGER NOT NULL,"
                            " minimum REAL NOT NULL,"
                            " maximum REAL NOT NULL,"
                            " last REAL NOT NULL,"
                            " samples INTEGER NOT NULL,"
                            " PRIMARY KEY (rollout_id, metric, bucket_ms))"),
         }},
        // Version 7: the rows beside the chain are verified against it (see the step); and the
        // records are sealed with a key the keychain holds: the store's seal (which key, from
        // which record on) and each record's seal, both append-only.
        {7,
         {
             QStringLiteral("CREATE TABLE store_seal ("
                            " id INTEGER PRIMARY KEY CHECK (id = 1),"
                            " store_id TEXT NOT NULL,"
                            " sealed_from INTEGER NOT NULL,"
                            " mac TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE ledger_seal ("
                            " id INTEGER PRIMARY KEY,"
                            " mac TEXT NOT NULL)"),
             QStringLiteral("CREATE TRIGGER store_seal_no_update BEFORE UPDATE ON store_seal"
                            " BEGIN SELECT RAISE(ABORT, 'the store seal is written once'); END"),
             QStringLiteral("CREATE TRIGGER store_seal_no_delete BEFORE DELETE ON store_seal"
                            " BEGIN SELECT RAISE(ABORT, 'the store seal is written once'); END"),
             QStringLiteral("CREATE TRIGGER ledger_seal_no_update BEFORE UPDATE ON ledger_seal"
                            " BEGIN SELECT RAISE(ABORT, 'ledger_seal is append-only'); END"),
             QStringLiteral("CREATE TRIGGER ledger_seal_no_delete BEFORE DELETE ON ledger_seal"
                            " BEGIN SELECT RAISE(ABORT, 'ledger_seal is append-only'); END"),
         },
         recordWhatTheChainLacks},
    };
    return list;
}

Error sqlError(const QString& what, const QSqlError& error, const QString& where)
{
    Error e = makeError(ErrorKind::Storage, what + QStringLiteral(": ") + error.text(), where);
    e.code = error.nativeErrorCode();
    return e;
}

} // namespace

int SchemaMigrations::latestVersion()
{
    return migrations().last().version;
}

Result<int> SchemaMigrations::currentVersion(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return sqlError(QStringLiteral("cannot read the schema version"), query.lastError(), db.databaseName());
    return query.value(0).toInt();
}

Result<int> SchemaMigrations::migrate(QSqlDatabase& db, const QString& where)
{
    const auto current = currentVersion(db);
    if (!current)
        return current.error();
    const int version = current.value();
    if (version > latestVersion()) {
        return makeError(ErrorKind::Incompatible,
                         QStringLiteral("this store was written by a newer Rollout Cockpit (schema version %1; this "
                                        "build understands up to %2). It was left untouched.")
                             .arg(version)
                             .arg(latestVersion()),
                         where,
                         QStringLiteral("Open it with a newer Rollout Cockpit, or start with --store PATH to use "
                                        "another store."));
    }
    // The caller holds the write lock (BEGIN IMMEDIATE) and commits: every step of the upgrade
    // and the new version land together, or none does.
    QSqlQuery query(db);
    for (const Migration& migration : migrations()) {
        if (migration.version <= version)
            continue;
        for (const QString& statement : migration.statements) {
            if (!query.exec(statement))
                return sqlError(QStringLiteral("schema upgrade to version %1 failed").arg(migration.version),
                                query.lastError(), where);
        }
        if (migration.step) {
            if (const auto done = migration.step(db, where); !done)
                return done.error();
        }
        for (const QString& statement : migration.after) {
            if (!query.exec(statement))
                return sqlError(QStringLiteral("schema upgrade to version %1 failed").arg(migration.version),
                                query.lastError(), where);
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(latestVersion())))
        return sqlError(QStringLiteral("cannot record schema version %1").arg(latestVersion()), query.lastError(),
                        where);
    return latestVersion();
}

QStringList SchemaMigrations::requiredObjects()
{
    return {QStringLiteral("table rollouts"),
            QStringLiteral("table checklist_state"),
            QStringLiteral("table audit_log"),
            QStringLiteral("table check_results"),
            QStringLiteral("trigger audit_log_no_update"),
            QStringLiteral("trigger audit_log_no_delete"),
            QStringLiteral("trigger audit_log_no_replace"),
            QStringLiteral("trigger audit_log_chained"),
            QStringLiteral("trigger check_results_no_update"),
            QStringLiteral("trigger check_results_no_delete"),
            QStringLiteral("trigger check_results_no_replace"),
            QStringLiteral("index audit_log_prev_hash"),
            QStringLiteral("table migration_lock"),
            QStringLiteral("table metric_history"),
            QStringLiteral("table store_seal"),
            QStringLiteral("table ledger_seal"),
            QStringLiteral("trigger store_seal_no_update"),
            QStringLiteral("trigger store_seal_no_delete"),
            QStringLiteral("trigger ledger_seal_no_update"),
            QStringLiteral("trigger ledger_seal_no_delete")};
}

} // namespace cockpit
