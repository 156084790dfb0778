#include "SqliteBackend.h"

#include "SchemaMigrations.h"
#include "core/FileInput.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <cerrno>
#include <functional>

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
    return describeFailure(m_path, what, error);
}

Error SqliteBackend::describeFailure(const QString& path, const QString& what, const QSqlError& error)
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
        kind = ErrorKind::Io;
        // A write that found no space is often reported as an I/O error (the journal, the WAL):
        // say what it is when the file system has nothing left.
        if (const QStorageInfo disk(QFileInfo(path).absolutePath());
            disk.isValid() && disk.bytesAvailable() < qint64{64} * 1024) {
            cause = QStringLiteral("the disk is full (%1)").arg(cause);
            hint = QStringLiteral("Free space on the disk that holds the store, then try again.");
        } else {
            cause = QStringLiteral("an I/O error on the disk (%1)").arg(cause);
            hint = QStringLiteral("Check the disk and the file system; the last saved state is intact.");
        }
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
    Error e = makeError(kind, what + QStringLiteral(": ") + cause, path, hint);
    e.code = error.nativeErrorCode();
    return e;
}

Result<std::unique_ptr<SqliteBackend>> SqliteBackend::open(const QString& path, Access access)
{
    const QFileInfo info(path);
    if (const auto usable = checkFilePath(path, QStringLiteral("the store")); !usable)
        return usable.error(); // a FIFO would hang SQLite's first read
    if (info.isSymLink() && !info.exists()) {
        return makeError(ErrorKind::NotFound,
                         QStringLiteral("the store is a link to %1, which does not exist").arg(info.symLinkTarget()),
                         info.absoluteFilePath(),
                         QStringLiteral("Point the link at the store, or %1")
                             .arg(kOtherStoreHint.at(0).toLower() + kOtherStoreHint.mid(1)));
    }
    // Looking only, at a file this user cannot write (0400, an archived copy): read-only.
    const bool readOnly = access == Access::ReadOnlyIfUnwritable && info.exists() && info.isReadable()
        && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable());
    if (!readOnly) {
        // What the cockpit creates is its user's alone: the folder 0700, the file 0600 (SQLite gives
        // its -wal and -shm files the database file's mode).
        if (!QFileInfo::exists(info.absolutePath())) {
            if (!QDir().mkpath(info.absolutePath())) {
                return makeError(
                    ErrorKind::Io,
                    QStringLiteral("cannot create the folder for the store (%1)").arg(qt_error_string(errno)),
                    info.absolutePath(), QStringLiteral("Choose a writable location with --store PATH."));
            }
            QFile::setPermissions(info.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        if (const auto problem = checkLocation(info))
            return *problem;
    }
    if (info.exists() && info.size() > 0) {
        if (const auto foreign = refuseForeign(info.absoluteFilePath()); !foreign)
            return foreign.error();
    }
    if (!readOnly && !info.exists()) {
        // Two cockpits may get here at once: whoever creates the file, both then open it.
        QFile create(info.absoluteFilePath());
        if (create.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            create.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        else if (!QFileInfo::exists(info.absoluteFilePath()))
            return makeError(ErrorKind::Io, QStringLiteral("cannot create the store: %1").arg(create.errorString()),
                             info.absoluteFilePath(), kOtherStoreHint);
    } else if (!readOnly && info.size() == 0) {
        // An empty file someone made (touch) becomes the store: the user's alone, like a new one.
        QFile::setPermissions(info.absoluteFilePath(), QFile::ReadOwner | QFile::WriteOwner);
    }
    const QString connectionName
        = QStringLiteral("cockpit-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<SqliteBackend> backend(new SqliteBackend(info.absoluteFilePath(), connectionName));
    backend->m_readOnly = readOnly;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        // Set before the first statement: a cockpit opening the store while another creates
        // its schema waits for the lock instead of failing.
        if (!readOnly) {
            db.setDatabaseName(backend->m_path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        } else if (QFileInfo(info.absolutePath()).isWritable()) {
            db.setDatabaseName(backend->m_path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000;QSQLITE_OPEN_READONLY"));
        } else {
            // A read-only file system (an archive): SQLite cannot make the WAL's shared-memory file
            // there, and nothing can change the file under us anyway.
            db.setDatabaseName(QUrl::fromLocalFile(backend->m_path).toString(QUrl::FullyEncoded)
                               + QStringLiteral("?immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        }
        if (!db.open())
            return backend->failure(QStringLiteral("cannot open the store"), db.lastError());
    }
    if (const auto done = backend->classifyAndMigrate(); !done)
        return done.error();
    if (!readOnly) {
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

namespace {

// What a SQLite file says it is: its header's application id and schema version and the names of
// its tables, read from one snapshot.
struct Header
{
    qint64 applicationId = 0;
    int version = 0;
    QStringList tables;
};

Result<Header> readHeader(QSqlQuery& query, const std::function<Error(const QSqlError&)>& failed)
{
    Header header;
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return failed(query.lastError());
    header.applicationId = query.value(0).toLongLong();
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return failed(query.lastError());
    header.version = query.value(0).toInt();
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                   "ORDER BY name")))
        return failed(query.lastError());
    while (query.next())
        header.tables.append(query.value(0).toString());
    return header;
}

// true: ours and current; false: ours (or new) and to be created or upgraded; an error: not ours,
// or newer than this build.
Result<bool> judge(const Header& h, const QString& path)
{
    const bool oursById = h.applicationId == SqliteBackend::kApplicationId;
    const bool legacy = h.applicationId == 0 && h.version >= 1 && h.tables.contains(QStringLiteral("rollouts"))
        && h.tables.contains(QStringLiteral("checklist_state"));
    const bool empty = h.applicationId == 0 && h.version == 0 && h.tables.isEmpty();
    if (!oursById && !legacy && !empty) {
        return makeError(ErrorKind::Incompatible,
                         QStringLiteral("this SQLite file belongs to another program (application id %1, tables: "
                                        "%2); it was left untouched")
                             .arg(QStringLiteral("0x%1").arg(h.applicationId, 8, 16, QLatin1Char('0')),
                                  h.tables.isEmpty() ? QStringLiteral("none") : h.tables.join(QStringLiteral(", "))),
                         path, kOtherStoreHint);
    }
    if (h.version > SchemaMigrations::latestVersion()) {
        return makeError(ErrorKind::Incompatible,
                         QStringLiteral("this store was written by a newer Rollout Cockpit (schema version %1; this "
                                        "build understands up to %2). It was left untouched.")
                             .arg(h.version)
                             .arg(SchemaMigrations::latestVersion()),
                         path,
                         QStringLiteral("Open it with a newer Rollout Cockpit, or start with --store PATH to use "
                                        "another store."));
    }
    return oursById && h.version == SchemaMigrations::latestVersion();
}

} // namespace

namespace {

// Reads a file's header through a connection made for the look and dropped after it.
Result<Header> lookAt(const QString& databaseName, const QString& options, const QString& path)
{
    const QString name = QStringLiteral("cockpit-look-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<Header> header = makeError(ErrorKind::Internal, QString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databaseName);
        db.setConnectOptions(options);
        if (!db.open()) {
            header = SqliteBackend::describeFailure(path, QStringLiteral("cannot open the store"), db.lastError());
        } else {
            QSqlQuery query(db);
            header = readHeader(query, [&](const QSqlError& e) {
                return SqliteBackend::describeFailure(path, QStringLiteral("cannot read the store"), e);
            });
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return header;
}

} // namespace

// Another program's file is recognised without changing it: read as immutable (SQLite then
// neither takes locks nor reads or checkpoints a -wal beside it, which an ordinary open and close
// would fold into the file and delete). Where the file alone says nothing (a blank header beside
// a log of its own, never one of our stores), a copy of the two is looked at instead. Only a file
// that may be ours is opened for real.
Result<Done> SqliteBackend::refuseForeign(const QString& path)
{
    auto header = lookAt(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"),
                         QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"), path);
    if (!header)
        return header.error();
    const QFileInfo log(path + QStringLiteral("-wal"));
    const bool blank = header->applicationId == 0 && header->version == 0 && header->tables.isEmpty();
    if (blank && log.exists() && log.size() > 0) {
        QTemporaryDir copy;
        const QString file = copy.filePath(QStringLiteral("look.sqlite"));
        if (!copy.isValid() || !QFile::copy(path, file)
            || !QFile::copy(log.absoluteFilePath(), file + QStringLiteral("-wal")))
            return makeError(ErrorKind::Io,
                             QStringLiteral("cannot look at the file without changing it (no room for a copy)"), path,
                             kOtherStoreHint);
        header = lookAt(file, QString(), path);
        if (!header)
            return header.error();
    }
    if (const auto ours = judge(header.value(), path); !ours)
        return ours.error();
    return Done{};
}

// Reads first: the header's application id and schema version and the names of what the file
// holds. Writes (under the write lock, re-reading inside it) only to a new file or an older
// store of ours; a store opened read-only that is not current is refused (it cannot be upgraded).
Result<Done> SqliteBackend::classifyAndMigrate()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    const auto failed = [this](const QSqlError& e) { return failure(QStringLiteral("cannot read the store"), e); };
    // The header and the table list from one snapshot: read one by one, another cockpit could
    // create the schema in between (an id of 0 beside our tables read as another program's file).
    if (!query.exec(QStringLiteral("BEGIN")) || !query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return failed(query.lastError());
    const auto first = readHeader(query, failed);
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    if (!first)
        return first.error();
    const auto current = judge(first.value(), m_path);
    if (!current)
        return current.error();
    if (current.value())
        return Done{};
    if (m_readOnly) {
        return makeError(ErrorKind::Incompatible,
                         QStringLiteral("this store has schema version %1 and needs an upgrade to %2, which it cannot "
                                        "take while it is read-only")
                             .arg(first->version)
                             .arg(SchemaMigrations::latestVersion()),
                         m_path, QStringLiteral("Open it once with write access, or look at a copy of it."));
    }

    // Create or upgrade under the write lock; another cockpit may have done it meanwhile.
    QSqlError error;
    if (!begin(error))
        return failure(QStringLiteral("cannot lock the store to prepare it"), error);
    const auto rollback = [&] { QSqlQuery(db).exec(QStringLiteral("ROLLBACK")); };
    const auto again = readHeader(query, failed);
    if (!again) {
        rollback();
        return again.error();
    }
    const auto stillToDo = judge(again.value(), m_path);
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
