#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

namespace cockpit {

// Versioned schema of the SQLite store. The version lives in PRAGMA user_version; the whole
// upgrade runs in the caller's write transaction, so a failed upgrade leaves the previous version.
class SchemaMigrations
{
public:
    static int latestVersion();
    static Result<int> currentVersion(QSqlDatabase& db);
    // Brings the database to latestVersion() inside the caller's transaction; refuses a
    // database written by a newer build.
    static Result<int> migrate(QSqlDatabase& db, const QString& where);
    // "table audit_log", "trigger audit_log_no_update", ...: what a store of the latest version has.
    static QStringList requiredObjects();
};

} // namespace cockpit
