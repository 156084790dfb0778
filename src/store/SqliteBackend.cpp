#include "SqliteBackend.h"

#include "SchemaMigrations.h"
#include "core/FileInput.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <cerrno>

namespace cockpit {
namespace {

const QString kOtherStoreHint = QStringLiteral("Start with --store PATH to use another file.");

// Names the first problem with the place the file is (or would be) in, before SQLite tries.
std::optional<Error> checkLocation(const QFileInfo& file)
{
    const QFileInfo folder(file.absolutePath());
    if (!file.exists()) {
        if (!folder.isWritable()) {
            return makeError(ErrorKind::Io,
                             QStringLiteral("the folder %1 is read-only: a new store cannot be created there")
                                 .arg(folder.absoluteFilePath()),
                             file.absoluteFilePath(), kOtherStoreHint);
        }
        return std::nullopt;
    }
    if (!file.isReadable()) {
        return makeError(ErrorKind::Io, QStringLiteral("the store cannot be read: permission denied"),
                         file.absoluteFilePath(),
                         QStringLiteral("Give your user read and write access to it, or %1")
                             .arg(kOtherStoreHint.at(0).toLower() + kOtherStoreHint.mid(1)));
    }
    if (!file.isWritable()) {
        return makeError(ErrorKind::Io, QStringLiteral("the store file is read-only: nothing could be saved in it"),
                         file.absoluteFilePath(),
                         QStringLiteral("Give your user write access to it, or %1")
                             .arg(kOtherStoreHint.at(0).toLower() + kOtherStoreHint.mid(1)));
    }
    // SQLite writes its journal beside the file.
    if (!folder.isWritable()) {
        return makeError(ErrorKind::Io,
                         QStringLiteral("the folder %1 is read-only: SQLite cannot write the store's journal there")
                             .arg(folder.absoluteFilePath()),
                         file.absoluteFilePath(), kOtherStoreHint);
    }
    return std::nullopt;
}

} // namespace

SqliteBackend::SqliteBackend(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{ }

SqliteBackend::~SqliteBackend()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase SqliteBackend::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int SqliteBackend::resultCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

Error SqliteBackend::failure(const QString& what, const QSqlError& error) const
{
    const int code = resultCode(error);
    QString cause = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    ErrorKind kind = ErrorKind::Storage;
    QString hint;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        hint = QStringLiteral("Another program holds the store locked; close it and try again.");
        break;
    case 8: // SQLITE_READONLY
        cause = QStringLiteral("the store is read-only (%1)").arg(cause);
        kind = ErrorKind::Io;
        hint = QStringLiteral("Give your user write access to the file and its folder, or %1")
                   .arg(kOtherStoreHint.at(0).toLower() + kOtherStoreHint.mid(1));
        break;
    case 10: // SQLITE_IOERR
        cause = QStringLiteral("an I/O error on the disk (%1)").arg(cause);
        kind = ErrorKind::Io;
        hint = QStringLiteral("Check the disk and the file system; the last saved state is intact.");
        break;
    case 11: // SQLITE_CORRUPT
        cause = QStringLiteral("the store file is damaged (%1)").arg(cause);
        hint = QStringLiteral("Restore it from a backup, or %1")
                   .arg(kOtherStoreHint.at(0).toLower() + kOtherStoreHint.mid(1));
        break;
    case 13: // SQLITE_FULL
        cause = QStringLiteral("the disk is full (%1)").arg(cause);
        kind = ErrorKind::Io;
        hint = QStringLiteral("Free space on the disk that holds the store, then try again.");
        break;
    case 14: // SQLITE_CANTOPEN
        cause = QStringLiteral("the file cannot be opened (%1)").arg(cause);
        kind = ErrorKind::Io;
        hint = kOtherStoreHint;
        break;
    case 26: // SQLITE_NOTADB
        cause = QStringLiteral("the file is not a SQLite database, so not a Rollout Cockpit store");
        hint = kOtherStoreHint;
        break;
    default: break;
    }
    Error e = makeError(kind, what + QStringLiteral(": ") + cause, m_path, hint);
    e.code = error.nativeErrorCode();
    return e;
}

Result<std::unique_ptr<SqliteBackend>> SqliteBackend::open(const QString& path)
{
    const QFileInfo info(path);
    if (const auto usable = checkFilePath(path, QStringLiteral("the store")); !usable)
        return usable.error(); // a FIFO would hang SQLite's first read
    // What the cockpit creates is its user's alone: the folder 0700, the file 0600 (SQLite gives
    // its -wal and -shm files the database file's mode).
    if (!QFileInfo::exists(info.absolutePath())) {
        if (!QDir().mkpath(info.absolutePath())) {
            return makeError(ErrorKind::Io,
                             QStringLiteral("cannot create the folder for the store (%1)").arg(qt_error_string(errno)),
                             info.absolutePath(), QStringLiteral("Choose a writable location with --store PATH."));
        }
        QFile::setPermissions(info.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    if (const auto problem = checkLocation(info))
        return *problem;
    if (!info.exists()) {
        // Two cockpits may get here at once: whoever creates the file, both then open it.
        QFile create(info.absoluteFilePath());
        if (create.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            create.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        else if (!QFileInfo::exists(info.absoluteFilePath()))
            return makeError(ErrorKind::Io, QStringLiteral("cannot create the store: %1").arg(create.errorString()),
                             info.absoluteFilePath(), kOtherStoreHint);
    }
    const QString connectionName
        = QStringLiteral("cockpit-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<SqliteBackend> backend(new SqliteBackend(info.absoluteFilePath(), connectionName));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(backend->m_path);
        // Set before the first statement: a cockpit opening the store while another creates
        // its schema waits for the lock instead of failing.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            return backend->failure(QStringLiteral("cannot open the store"), db.lastError());
    }
    if (const auto done = backend->classifyAndMigrate(); !done)
        return done.error();
    {
        // Only now that the file is known to be ours and current: the journal mode and the rest.
        QSqlQuery query(backend->database());
        for (const char* pragma :
             {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON"}) {
            // The switch to WAL needs the file to itself and SQLite does not wait for it: cockpits
            // opening a new store together try again for as long as the busy timeout.
            QDeadlineTimer deadline(std::chrono::seconds(10));
            while (!query.exec(QString::fromLatin1(pragma))) {
                const int code = resultCode(query.lastError());
                if ((code != 5 && code != 6) || deadline.hasExpired())
                    return backend->failure(QStringLiteral("cannot configure the store"), query.lastError());
                QThread::msleep(20);
            }
        }
    }
    if (const auto done = backend->checkSchemaObjects(); !done)
        return done.error();
    backend->pollExternalChanges(); // the baseline
    return backend;
}

// Reads first: the header's application id and schema version and the names of what the file
// holds. Writes (under the write lock, re-reading inside it) only to a new file or an older
// store of ours.
Result<Done> SqliteBackend::classifyAndMigrate()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    const auto readHeader = [&](qint64& applicationId, int& version, QStringList& tables) -> Result<Done> {
        if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
            return failure(QStringLiteral("cannot read the store"), query.lastError());
        applicationId = query.value(0).toLongLong();
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
            return failure(QStringLiteral("cannot read the store"), query.lastError());
        version = query.value(0).toInt();
        tables.clear();
        if (!query.exec(
                QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                               "ORDER BY name")))
            return failure(QStringLiteral("cannot read the store"), query.lastError());
        while (query.next())
            tables.append(query.value(0).toString());
        return Done{};
    };
    const auto judge = [&](qint64 applicationId, int version, const QStringList& tables) -> Result<bool> {
        // true: ours and current; false: ours (or new) and to be created or upgraded.
        const bool oursById = applicationId == kApplicationId;
        const bool legacy = applicationId == 0 && version >= 1 && tables.contains(QStringLiteral("rollouts"))
            && tables.contains(QStringLiteral("checklist_state"));
        const bool empty = applicationId == 0 && version == 0 && tables.isEmpty();
        if (!oursById && !legacy && !empty) {
            return makeError(ErrorKind::Incompatible,
                             QStringLiteral("this SQLite file belongs to another program (application id %1, tables: "
                                            "%2); it was left untouched")
                                 .arg(QStringLiteral("0x%1").arg(applicationId, 8, 16, QLatin1Char('0')),
                                      tables.isEmpty() ? QStringLiteral("none") : tables.join(QStringLiteral(", "))),
                             m_path, kOtherStoreHint);
        }
        if (version > SchemaMigrations::latestVersion()) {
            return makeError(
                ErrorKind::Incompatible,
                QStringLiteral("this store was written by a newer Rollout Cockpit (schema version %1; this "
                               "build understands up to %2). It was left untouched.")
                    .arg(version)
                    .arg(SchemaMigrations::latestVersion()),
                m_path,
                QStringLiteral("Open it with a newer Rollout Cockpit, or start with --store PATH to use "
                               "another store."));
        }
        return oursById && version == SchemaMigrations::latestVersion();
    };

    qint64 applicationId = 0;
    int version = 0;
    QStringList tables;
    // The header and the table list from one snapshot: read one by one, another cockpit could
    // create the schema in between (an id of 0 beside our tables read as another program's file).
    if (!query.exec(QStringLiteral("BEGIN")) || !query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return failure(QStringLiteral("cannot read the store"), query.lastError());
    const auto read = readHeader(applicationId, version, tables);
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    if (!read)
        return read.error();
    const auto current = judge(applicationId, version, tables);
    if (!current)
        return current.error();
    if (current.value())
        return Done{};

    // Create or upgrade under the write lock; another cockpit may have done it meanwhile.
    QSqlError error;
    if (!begin(error))
        return failure(QStringLiteral("cannot lock the store to prepare it"), error);
    const auto rollback = [&] { QSqlQuery(db).exec(QStringLiteral("ROLLBACK")); };
    if (const auto read = readHeader(applicationId, version, tables); !read) {
        rollback();
        return read.error();
    }
    const auto stillToDo = judge(applicationId, version, tables);
    if (!stillToDo || stillToDo.value()) {
        rollback();
        return stillToDo ? Result<Done>(Done{}) : Result<Done>(stillToDo.error());
    }
    if (const auto migrated = SchemaMigrations::migrate(db, m_path); !migrated) {
        rollback();
        return migrated.error();
    }
    if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId))) {
        const Error e = failure(QStringLiteral("cannot mark the store as Rollout Cockpit's"), query.lastError());
        rollback();
        return e;
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const Error e = failure(QStringLiteral("cannot commit the store's schema"), query.lastError());
        rollback();
        return e;
    }
    return Done{};
}

// A store whose tables or triggers were dropped is damaged: say so at open, not later as a
// puzzling SQL error.
Result<Done> SqliteBackend::checkSchemaObjects()
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT type || ' ' || name FROM sqlite_master")))
        return failure(QStringLiteral("cannot read the store's schema"), query.lastError());
    QStringList present;
    while (query.next())
        present.append(query.value(0).toString());
    QStringList missing;
    for (const QString& object : SchemaMigrations::requiredObjects()) {
        if (!present.contains(object))
            missing.append(object);
    }
    if (missing.isEmpty())
        return Done{};
    return makeError(ErrorKind::Storage,
                     QStringLiteral("the store is damaged: %1 missing (dropped by another program?)")
                         .arg(missing.join(QStringLiteral(", "))
                              + (missing.size() == 1 ? QStringLiteral(" is") : QStringLiteral(" are"))),
                     m_path,
                     QStringLiteral("Restore it from a backup, or start with --store PATH to use another file."));
}

int SqliteBackend::schemaVersion() const
{
    QSqlDatabase db = database();
    const auto version = SchemaMigrations::currentVersion(db);
    return version ? version.value() : -1;
}

bool SqliteBackend::begin(QSqlError& error)
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    error = query.lastError();
    return false;
}

Result<qint64> SqliteBackend::nextLedgerId()
{
    // Under the write lock nobody else appends meanwhile.
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM audit_log")) || !query.next())
        return failure(QStringLiteral("cannot read the audit log"), query.lastError());
    return query.value(0).toLongLong();
}

bool SqliteBackend::pollExternalChanges()
{
    // data_version changes when another connection commits (never for our own commits).
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return false;
    const qint64 now = query.value(0).toLongLong();
    const bool changed = m_dataVersion >= 0 && now != m_dataVersion;
    m_dataVersion = now;
    return changed;
}

} // namespace cockpit
