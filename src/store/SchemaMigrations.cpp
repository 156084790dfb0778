#include "SchemaMigrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace cockpit {
namespace {

struct Migration
{
    int version;
    QStringList statements;
};

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
    for (const Migration& migration : migrations()) {
        if (migration.version <= version)
            continue;
        if (!db.transaction())
            return sqlError(QStringLiteral("cannot begin the schema upgrade"), db.lastError(), where);
        QSqlQuery query(db);
        for (const QString& statement : migration.statements) {
            if (!query.exec(statement)) {
                const Error error
                    = sqlError(QStringLiteral("schema upgrade to version %1 failed").arg(migration.version),
                               query.lastError(), where);
                db.rollback();
                return error;
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)) || !db.commit()) {
            const Error error = sqlError(QStringLiteral("cannot record schema version %1").arg(migration.version),
                                         query.lastError(), where);
            db.rollback();
            return error;
        }
    }
    return latestVersion();
}

} // namespace cockpit
