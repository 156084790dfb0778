#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

namespace cockpit {

// Versioned schema of the SQLite store. The version lives in PRAGMA user_version; each
// migration runs in its own transaction, so a failed upgrade leaves the previous version.
class SchemaMigrations
{
public:
    static int latestVersion();
    static Result<int> currentVersion(QSqlDatabase& db);
    // Brings the database to latestVersion(); refuses a database written by a newer build.
    static Result<int> migrate(QSqlDatabase& db, const QString& where);
};

} // namespace cockpit
