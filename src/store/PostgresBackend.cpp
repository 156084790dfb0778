#include "PostgresBackend.h"

#include "PostgresSchema.h"
#include "Store.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QUuid>

#include <libpq-fe.h>

namespace cockpit {

using teamschema::kOwnerRoleVersion;
using teamschema::Migration;
using teamschema::migrations;

int PostgresBackend::latestVersion()
{
    return migrations().last().version;
}

PostgresBackend::PostgresBackend(QString location)
    : m_location(std::move(location))
    , m_connectionName(QStringLiteral("cockpit-team-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

PostgresBackend::~PostgresBackend()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<PostgresBackend>> PostgresBackend::open(const TeamStoreOptions& options)
{
    std::unique_ptr<PostgresBackend> backend(new PostgresBackend(options.location()));
    if (options.host.isEmpty() || options.database.isEmpty() || options.user.isEmpty()) {
        return makeError(ErrorKind::InvalidInput, QStringLiteral("the team store needs a host, a database and a user"),
                         backend->m_location);
    }
    // libpq's own options, as QPSQL passes them on: several hosts take the first that accepts
    // writes; a dead host or a silent server fails in seconds, not minutes.
    QStringList connectOptions{QStringLiteral("host=%1").arg(options.host),
                               QStringLiteral("connect_timeout=5"),
                               QStringLiteral("target_session_attrs=read-write"),
                               QStringLiteral("application_name=rollout-cockpit"),
                               QStringLiteral("keepalives=1"),
                               QStringLiteral("keepalives_idle=5"),
                               QStringLiteral("keepalives_interval=2"),
                               QStringLiteral("keepalives_count=2"),
                               QStringLiteral("tcp_user_timeout=10000")};
    if (!options.port.isEmpty())
        connectOptions.append(QStringLiteral("port=%1").arg(options.port));
    const bool loopback = options.host.split(QLatin1Char(',')).first().startsWith(QLatin1String("127."))
        || options.host == QLatin1String("localhost");
    connectOptions.append(QStringLiteral("sslmode=%1")
                              .arg(options.sslMode.isEmpty()
                                       ? (loopback ? QStringLiteral("prefer") : QStringLiteral("verify-full"))
                                       : options.sslMode));
    if (!options.caFile.isEmpty())
        connectOptions.append(QStringLiteral("sslrootcert=%1").arg(options.caFile));
    backend->m_connectOptions = connectOptions.join(QLatin1Char(';'));
    backend->m_user = options.user;
    backend->m_password = options.password;
    backend->m_database = options.database;
    if (const auto connected = backend->connect(); !connected)
        return connected.error();
    if (const auto prepared = backend->prepareSchema(); !prepared)
        return prepared.error();
    return backend;
}

Result<Done> PostgresBackend::connect()
{
    {
        QSqlDatabase existing = QSqlDatabase::database(m_connectionName, false);
        if (existing.isValid()) {
            existing.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_listener.reset();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setDatabaseName(m_database);
    db.setUserName(m_user);
    db.setPassword(m_password);
    db.setConnectOptions(m_connectOptions);
    if (!db.open()) {
        Error error = failure(QStringLiteral("cannot connect to the team store"), db.lastError());
        return error;
    }
    // The server's notices ("there is no transaction in progress") are not the user's business;
    // errors come back as errors.
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "PGconn*") == 0) {
        if (PGconn* connection = *static_cast<PGconn* const*>(handle.constData()))
            PQsetNoticeProcessor(
                connection, [](void*, const char*) {}, nullptr);
    }
    QSqlQuery query(db);
    for (const char* statement : {"SET search_path = rollout_cockpit, pg_catalog", "SET statement_timeout = '15s'",
                                  "SET lock_timeout = '10s'", "SET idle_in_transaction_session_timeout = '60s'"}) {
        if (!query.exec(QString::fromLatin1(statement)))
            return failure(QStringLiteral("cannot prepare the team store's session"), query.lastError());
    }
    if (!query.exec(QStringLiteral("SELECT current_user")) || !query.next())
        return failure(QStringLiteral("cannot ask the team store who we are"), query.lastError());
    m_identity = query.value(0).toString();
    query.finish();
    // Commits made by other cockpits: QPSQL reads notifications on this thread's event loop.
    m_listener = std::make_unique<QObject>();
    if (db.driver()->subscribeToNotification(QString::fromLatin1(kChannel))) {
        QObject::connect(db.driver(), &QSqlDriver::notification, m_listener.get(),
                         [this](const QString&, QSqlDriver::NotificationSource source, const QVariant&) {
                             if (source == QSqlDriver::OtherSource && m_onExternalChange)
                                 m_onExternalChange();
                         });
    }
    m_broken = false;
    return Done{};
}

Result<Done> PostgresBackend::prepareSchema()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    const auto readVersion = [&]() -> Result<int> {
        if (!query.exec(QStringLiteral("SELECT to_regclass('rollout_cockpit.meta') IS NOT NULL")) || !query.next())
            return failure(QStringLiteral("cannot read the team store's schema"), query.lastError());
        if (!query.value(0).toBool())
            return 0;
        if (!query.exec(QStringLiteral("SELECT value FROM rollout_cockpit.meta WHERE key = 'schema_version'"))
            || !query.next())
            return failure(QStringLiteral("cannot read the team store's version"), query.lastError());
        return query.value(0).toInt();
    };
    auto version = readVersion();
    if (!version)
        return version.error();
    if (version.value() > latestVersion()) {
        return makeError(ErrorKind::Incompatible,
                         QStringLiteral("the team store was set up by a newer Rollout Cockpit (schema version %1; this "
                                        "build understands up to %2); it was left untouched")
                             .arg(version.value())
                             .arg(latestVersion()),
                         m_location, QStringLiteral("Use a newer Rollout Cockpit."));
    }
    if (version.value() == latestVersion()) {
        m_version = version.value();
        return Done{};
    }
    // Only the database's owner sets the schema up.
    if (!query.exec(QStringLiteral("SELECT pg_catalog.pg_get_userbyid(datdba) = current_user FROM pg_database "
                                   "WHERE datname = current_database()"))
        || !query.next())
        return failure(QStringLiteral("cannot read who owns the team store's database"), query.lastError());
    if (!query.value(0).toBool()) {
        return makeError(ErrorKind::Storage,
                         version.value() == 0
                             ? QStringLiteral("the team store is not set up in database %1 yet").arg(m_database)
                             : QStringLiteral("the team store in database %1 needs an upgrade to version %2")
                                   .arg(m_database)
                                   .arg(latestVersion()),
                         m_location,
                         QStringLiteral("Its owner sets it up by connecting once: `rollout-cockpit team init --profile "
                                        "PROFILE` as the database's owner role."));
    }
    QSqlError error;
    if (!begin(error))
        return failure(QStringLiteral("cannot begin setting up the team store"), error);
    const auto rollback = [this] { this->rollback(); };
    // Two cockpits of the owner at once: one sets up, the other finds it done.
    if (!query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7236573301)"))) {
        const Error e = failure(QStringLiteral("cannot lock the team store to set it up"), query.lastError());
        rollback();
        return e;
    }
    version = readVersion();
    if (!version) {
        rollback();
        return version.error();
    }
    const auto recordVersion = [&]() -> std::optional<Error> {
        if (query.exec(QStringLiteral("UPDATE rollout_cockpit.meta SET value = '%1' WHERE key = 'schema_version'")
                           .arg(latestVersion())))
            return std::nullopt;
        Error e = failure(QStringLiteral("cannot record the team store's version"), query.lastError());
        rollback();
        return e;
    };
    bool versionRecorded = false;
    for (const Migration& migration : migrations()) {
        if (migration.version <= version.value())
            continue;
        // The handover to rollout_cockpit_owner leaves the setup role nothing to write in meta:
        // the version is recorded first (one transaction: all of it holds, or none). A later
        // version will run its statements as that role (SET ROLE, the membership granted for
        // the transaction), as version 4 does.
        if (migration.version == kOwnerRoleVersion && !versionRecorded) {
            if (auto e = recordVersion())
                return *e;
            versionRecorded = true;
        }
        for (const QString& statement : migration.statements) {
            if (!query.exec(statement)) {
                Error e
                    = failure(QStringLiteral("setting up the team store (version %1) failed").arg(migration.version),
                              query.lastError());
                if (migration.version == kOwnerRoleVersion)
                    e.hint = QStringLiteral(
                                 "The role that sets the team store up hands its tables to the NOLOGIN role "
                                 "rollout_cockpit_owner: it needs CREATEROLE for that (ALTER ROLE %1 CREATEROLE), or a "
                                 "superuser runs `rollout-cockpit team init` once. Nothing was changed.")
                                 .arg(m_identity);
                rollback();
                return e;
            }
        }
    }
    if (!versionRecorded) {
        if (auto e = recordVersion())
            return *e;
    }
    if (QSqlError commitError; !commit(commitError))
        return failure(QStringLiteral("cannot commit the team store's schema"), commitError);
    m_version = latestVersion();
    return Done{};
}

QSqlDatabase PostgresBackend::database() const
{
    if (m_broken) {
        // The server went away (a failover, a restart): connect again before the next use.
        auto* self = const_cast<PostgresBackend*>(this);
        (void)self->connect();
    }
    return QSqlDatabase::database(m_connectionName, false);
}

bool PostgresBackend::begin(QSqlError& error)
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("BEGIN"))) {
        m_inTransaction = true;
        return true;
    }
    error = query.lastError();
    if (isConnectionLoss(error))
        m_broken = true;
    return false;
}

bool PostgresBackend::commit(QSqlError& error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    const bool committed = query.exec(QStringLiteral("COMMIT"));
    m_inTransaction = false; // committed, or rolled back by the server
    if (!committed)
        error = query.lastError();
    return committed;
}

void PostgresBackend::rollback()
{
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    QSqlQuery(QSqlDatabase::database(m_connectionName, false)).exec(QStringLiteral("ROLLBACK"));
}

Result<qint64> PostgresBackend::nextLedgerId()
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT nextval('rollout_cockpit.audit_log_id_seq')")) || !query.next())
        return failure(QStringLiteral("cannot number the ledger's next record"), query.lastError());
    return query.value(0).toLongLong();
}

bool PostgresBackend::isConnectionLoss(const QSqlError& error) const
{
    const QString code = error.nativeErrorCode();
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") || code == QLatin1String("57P02")
        || code == QLatin1String("57P03"))
        return true;
    // A server that answered with a refusal (a wrong password, no such database, no pg_hba
    // entry) is not a lost connection: it is told apart by its FATAL.
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    if (text.contains(QLatin1String("FATAL:")) && !text.contains(QLatin1String("terminating connection")))
        return false;
    static const char* const kLost[] = {"server closed the connection",
                                        "no connection to the server",
                                        "could not connect",
                                        "Connection refused",
                                        "timeout expired",
                                        "terminating connection",
                                        "SSL SYSCALL",
                                        "could not translate host name",
                                        "Network is unreachable",
                                        "could not receive data",
                                        "could not send data",
                                        "Connection timed out",
                                        "No route to host"};
    for (const char* pattern : kLost) {
        if (text.contains(QLatin1String(pattern), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

Error PostgresBackend::failure(const QString& what, const QSqlError& error) const
{
    const QString code = error.nativeErrorCode();
    QString cause = (error.databaseText().isEmpty() ? error.driverText() : error.databaseText()).trimmed();
    // Never let the connection string (with its password) reach a message.
    if (!m_password.isEmpty())
        cause.replace(m_password, QStringLiteral("***"));
    ErrorKind kind = ErrorKind::Storage;
    QString hint;
    if (isConnectionLoss(error)) {
        m_broken = true;
        kind = ErrorKind::Network;
        cause = QStringLiteral("the team store does not answer (%1)").arg(cause);
        hint = QStringLiteral("Nothing was saved. The cockpit connects again on the next change; check the network "
                              "and the database server.");
    } else if (code == QLatin1String("42501")) {
        kind = ErrorKind::Auth;
        cause = QStringLiteral("the team store refused it: %1").arg(cause);
        hint = QStringLiteral("Your database role %1 may not do this; the store's owner grants approval roles "
                              "(`rollout-cockpit team grant`).")
                   .arg(m_identity);
    } else if (code == QLatin1String("28P01") || code == QLatin1String("28000")
               || cause.contains(QLatin1String("password authentication failed"))
               || cause.contains(QLatin1String("no pg_hba.conf entry"))) {
        kind = ErrorKind::Auth;
        hint = QStringLiteral("Check the team store's user and the password in the keychain, and that the "
                              "server admits this user to this database.");
    } else if (code == QLatin1String("3D000")
               || (cause.contains(QLatin1String("database")) && cause.contains(QLatin1String("does not exist")))) {
        kind = ErrorKind::NotFound;
        hint = QStringLiteral("Create the database for the team store (owned by the role that sets it up), or "
                              "correct team_store.database in the profile.");
    } else if (code == QLatin1String("23505")) {
        kind = ErrorKind::Conflict;
    }
    Error e = makeError(kind, what + QStringLiteral(": ") + cause, m_location, hint);
    e.code = code;
    if (!m_broken && m_inTransaction) {
        // A failed statement aborts the transaction: end it now, so that the statements
        // prepared in it can still be freed (and nothing after it runs in a dead transaction).
        m_inTransaction = false;
        QSqlQuery(QSqlDatabase::database(m_connectionName, false)).exec(QStringLiteral("ROLLBACK"));
    }
    return e;
}

bool PostgresBackend::isRetryable(const Error& error) const
{
    return error.code == QLatin1String("23505") || error.code == QLatin1String("40001")
        || error.code == QLatin1String("40P01");
}

bool PostgresBackend::pollExternalChanges()
{
    // Notifications arrive by themselves; while the server is away, try to come back.
    if (m_broken)
        (void)connect();
    return false;
}

Result<QList<std::pair<QString, QString>>> PostgresBackend::grants()
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT db_role, approval_role FROM rollout_cockpit.approval_grants ORDER BY 1, 2")))
        return failure(QStringLiteral("cannot read the approval grants"), query.lastError());
    QList<std::pair<QString, QString>> list;
    while (query.next())
        list.append({query.value(0).toString(), query.value(1).toString()});
    return list;
}

Result<Done> PostgresBackend::grant(const QString& databaseRole, const QString& approvalRole)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO rollout_cockpit.approval_grants (db_role, approval_role) VALUES (?, ?) "
                                 "ON CONFLICT DO NOTHING"));
    query.addBindValue(databaseRole);
    query.addBindValue(approvalRole);
    if (!query.exec())
        return failure(QStringLiteral("cannot grant %1 to %2").arg(approvalRole, databaseRole), query.lastError());
    return Done{};
}

Result<Done> PostgresBackend::ungrant(const QString& databaseRole, const QString& approvalRole)
{
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("DELETE FROM rollout_cockpit.approval_grants WHERE db_role = ? AND approval_role = ?"));
    query.addBindValue(databaseRole);
    query.addBindValue(approvalRole);
    if (!query.exec())
        return failure(QStringLiteral("cannot take %1 from %2").arg(approvalRole, databaseRole), query.lastError());
    return Done{};
}

} // namespace cockpit
