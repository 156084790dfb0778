#include "PostgresBackend.h"

#include "Store.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QUuid>

#include <libpq-fe.h>

namespace cockpit {
namespace {

// The team schema, version by version. Created by the database's owner, in one transaction
// under an advisory lock, so that two cockpits connecting at once create it once.
struct Migration
{
    int version;
    QStringList statements;
};

// The version that hands the schema to rollout_cockpit_owner.
constexpr int kOwnerRoleVersion = 4;

const QList<Migration>& migrations()
{
    static const QList<Migration> list{
        {1,
         {
             QStringLiteral("CREATE SCHEMA IF NOT EXISTS rollout_cockpit"),
             QStringLiteral("CREATE TABLE rollout_cockpit.meta (key text PRIMARY KEY, value text NOT NULL)"),
             QStringLiteral("INSERT INTO rollout_cockpit.meta VALUES ('application', 'rollout-cockpit'), "
                            "('schema_version', '0')"),
             QStringLiteral("CREATE TABLE rollout_cockpit.rollouts ("
                            " id bigserial PRIMARY KEY,"
                            " runbook_id text NOT NULL UNIQUE,"
                            " title text NOT NULL,"
                            " created_at text NOT NULL,"
                            " created_by text NOT NULL)"),
             QStringLiteral("CREATE TABLE rollout_cockpit.checklist_state ("
                            " rollout_id bigint NOT NULL REFERENCES rollout_cockpit.rollouts(id),"
                            " item_id text NOT NULL,"
                            " status text NOT NULL CHECK (status IN ('open', 'done', 'not_applicable', 'blocked')),"
                            " changed_by text NOT NULL,"
                            " changed_at text NOT NULL,"
                            " note text NOT NULL DEFAULT '',"
                            " evidence text NOT NULL DEFAULT '',"
                            " version integer NOT NULL DEFAULT 0,"
                            " PRIMARY KEY (rollout_id, item_id))"),
             QStringLiteral("CREATE SEQUENCE rollout_cockpit.audit_log_id_seq"),
             QStringLiteral("CREATE TABLE rollout_cockpit.audit_log ("
                            " id bigint PRIMARY KEY,"
                            " rollout_id bigint NOT NULL REFERENCES rollout_cockpit.rollouts(id),"
                            " at text NOT NULL,"
                            " actor text NOT NULL,"
                            " entity text NOT NULL,"
                            " entity_id text NOT NULL,"
                            " field text NOT NULL,"
                            " old_value text,"
                            " new_value text,"
                            " change_id text,"
                            " origin text NOT NULL DEFAULT 'edit' CHECK (origin IN ('edit', 'undo', 'redo')),"
                            " reverses text,"
                            " comment text NOT NULL DEFAULT '',"
                            " prev_hash text NOT NULL UNIQUE,"
                            " hash text NOT NULL UNIQUE)"),
             QStringLiteral(
                 "CREATE INDEX audit_log_entity ON rollout_cockpit.audit_log (rollout_id, entity, entity_id)"),
             QStringLiteral("CREATE TABLE rollout_cockpit.check_results ("
                            " id bigserial PRIMARY KEY,"
                            " rollout_id bigint NOT NULL REFERENCES rollout_cockpit.rollouts(id),"
                            " run_id text NOT NULL,"
                            " profile text NOT NULL,"
                            " item_id text NOT NULL,"
                            " classification text NOT NULL,"
                            " status text NOT NULL CHECK (status IN ('pass', 'warn', 'fail', 'unknown', 'manual')),"
                            " observed text NOT NULL,"
                            " expected text NOT NULL,"
                            " source text NOT NULL,"
                            " evidence text NOT NULL,"
                            " checked_at text NOT NULL,"
                            " duration_ms bigint NOT NULL)"),
             QStringLiteral(
                 "CREATE INDEX check_results_item ON rollout_cockpit.check_results (rollout_id, item_id, id)"),
             QStringLiteral("CREATE TABLE rollout_cockpit.approval_grants ("
                            " db_role name NOT NULL,"
                            " approval_role text NOT NULL,"
                            " granted_by name NOT NULL DEFAULT current_user,"
                            " granted_at timestamptz NOT NULL DEFAULT now(),"
                            " PRIMARY KEY (db_role, approval_role))"),
             // Past records are never updated or deleted, whoever asks (a superuser who
             // disables the triggers is caught by the hash chain instead).
             QStringLiteral("CREATE FUNCTION rollout_cockpit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
                            "BEGIN RAISE EXCEPTION '% is append-only: records are never changed or removed', "
                            "TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege'; END $$"),
             QStringLiteral("CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON rollout_cockpit.audit_log "
                            "FOR EACH ROW EXECUTE FUNCTION rollout_cockpit.refuse_change()"),
             QStringLiteral("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON rollout_cockpit.audit_log "
                            "FOR EACH STATEMENT EXECUTE FUNCTION rollout_cockpit.refuse_change()"),
             QStringLiteral(
                 "CREATE TRIGGER check_results_append_only BEFORE UPDATE OR DELETE ON "
                 "rollout_cockpit.check_results FOR EACH ROW EXECUTE FUNCTION rollout_cockpit.refuse_change()"),
             // A record's time is the writer's clock: it must be close to the server's.
             QStringLiteral(
                 "CREATE FUNCTION rollout_cockpit.check_time() RETURNS trigger LANGUAGE plpgsql AS $$ "
                 "BEGIN IF abs(extract(epoch FROM (NEW.at::timestamptz - now()))) > 300 THEN "
                 "RAISE EXCEPTION 'the record''s time % is more than 5 minutes from the server''s clock', NEW.at "
                 "USING ERRCODE = 'check_violation'; END IF; RETURN NEW; END $$"),
             QStringLiteral("CREATE TRIGGER audit_log_time BEFORE INSERT ON rollout_cockpit.audit_log "
                            "FOR EACH ROW EXECUTE FUNCTION rollout_cockpit.check_time()"),
             // Every commit is announced to every cockpit listening.
             QStringLiteral("CREATE FUNCTION rollout_cockpit.announce() RETURNS trigger LANGUAGE plpgsql AS $$ "
                            "BEGIN PERFORM pg_notify('rollout_cockpit_changes', TG_TABLE_NAME); RETURN NULL; END $$"),
             QStringLiteral("CREATE TRIGGER audit_log_announce AFTER INSERT ON rollout_cockpit.audit_log "
                            "FOR EACH STATEMENT EXECUTE FUNCTION rollout_cockpit.announce()"),
             QStringLiteral(
                 "CREATE TRIGGER checklist_state_announce AFTER INSERT OR UPDATE ON rollout_cockpit.checklist_state "
                 "FOR EACH STATEMENT EXECUTE FUNCTION rollout_cockpit.announce()"),
             QStringLiteral("CREATE TRIGGER check_results_announce AFTER INSERT ON rollout_cockpit.check_results "
                            "FOR EACH STATEMENT EXECUTE FUNCTION rollout_cockpit.announce()"),
             // Row-level security, for the owner too: a record names its writer; a sign-off, a
             // record field or an override needs a grant.
             QStringLiteral("ALTER TABLE rollout_cockpit.audit_log ENABLE ROW LEVEL SECURITY"),
             QStringLiteral("ALTER TABLE rollout_cockpit.audit_log FORCE ROW LEVEL SECURITY"),
             QStringLiteral("CREATE POLICY audit_log_read ON rollout_cockpit.audit_log FOR SELECT USING (true)"),
             // Rows visible to UPDATE and DELETE, so that the trigger refuses them loudly rather
             // than the policy hiding them (which would report "0 rows" and look like success).
             QStringLiteral("CREATE POLICY audit_log_update ON rollout_cockpit.audit_log FOR UPDATE USING (true)"),
             QStringLiteral("CREATE POLICY audit_log_delete ON rollout_cockpit.audit_log FOR DELETE USING (true)"),
             QStringLiteral("CREATE POLICY audit_log_append ON rollout_cockpit.audit_log FOR INSERT WITH CHECK ("
                            " actor = current_user"
                            " AND (entity <> 'approval' OR EXISTS (SELECT 1 FROM rollout_cockpit.approval_grants g"
                            "      WHERE g.db_role = current_user AND g.approval_role = entity_id))"
                            " AND (entity NOT IN ('approval_record', 'gate') OR EXISTS (SELECT 1 FROM"
                            "      rollout_cockpit.approval_grants g WHERE g.db_role = current_user)))"),
             QStringLiteral("ALTER TABLE rollout_cockpit.checklist_state ENABLE ROW LEVEL SECURITY"),
             QStringLiteral("ALTER TABLE rollout_cockpit.checklist_state FORCE ROW LEVEL SECURITY"),
             QStringLiteral(
                 "CREATE POLICY checklist_state_read ON rollout_cockpit.checklist_state FOR SELECT USING (true)"),
             QStringLiteral("CREATE POLICY checklist_state_insert ON rollout_cockpit.checklist_state FOR INSERT "
                            "WITH CHECK (changed_by = current_user)"),
             QStringLiteral("CREATE POLICY checklist_state_update ON rollout_cockpit.checklist_state FOR UPDATE "
                            "USING (true) WITH CHECK (changed_by = current_user)"),
             QStringLiteral("ALTER TABLE rollout_cockpit.rollouts ENABLE ROW LEVEL SECURITY"),
             QStringLiteral("ALTER TABLE rollout_cockpit.rollouts FORCE ROW LEVEL SECURITY"),
             QStringLiteral("CREATE POLICY rollouts_read ON rollout_cockpit.rollouts FOR SELECT USING (true)"),
             QStringLiteral("CREATE POLICY rollouts_insert ON rollout_cockpit.rollouts FOR INSERT "
                            "WITH CHECK (created_by = current_user)"),
             // Whoever may connect to the database may use the store; what they may write, the
             // policies say. The grants table is the owner's alone to change.
             QStringLiteral("GRANT USAGE ON SCHEMA rollout_cockpit TO PUBLIC"),
             QStringLiteral("GRANT SELECT ON rollout_cockpit.meta, rollout_cockpit.approval_grants TO PUBLIC"),
             QStringLiteral("GRANT SELECT, INSERT ON rollout_cockpit.rollouts, rollout_cockpit.audit_log, "
                            "rollout_cockpit.check_results TO PUBLIC"),
             QStringLiteral("GRANT SELECT, INSERT, UPDATE ON rollout_cockpit.checklist_state TO PUBLIC"),
             QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA rollout_cockpit TO PUBLIC"),
         }},
        // Version 2: the migration's lock, a lease one operator holds at a time.
        {2,
         {
             QStringLiteral("CREATE TABLE rollout_cockpit.migration_lock ("
                            " rollout_id bigint PRIMARY KEY REFERENCES rollout_cockpit.rollouts(id),"
                            " holder text NOT NULL,"
                            " token text NOT NULL,"
                            " expires_at text NOT NULL)"),
             QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON rollout_cockpit.migration_lock TO PUBLIC"),
         }},
        // Version 3: the watch's history, one row per metric and minute (downsampled).
        {3,
         {
             QStringLiteral("CREATE TABLE rollout_cockpit.metric_history ("
                            " rollout_id bigint NOT NULL REFERENCES rollout_cockpit.rollouts(id),"
                            " metric text NOT NULL,"
                            " bucket_ms bigint NOT NULL,"
                            " minimum double precision NOT NULL,"
                            " maximum double precision NOT NULL,"
                            " last double precision NOT NULL,"
                            " samples integer NOT NULL,"
                            " PRIMARY KEY (rollout_id, metric, bucket_ms))"),
             QStringLiteral("GRANT SELECT, INSERT, UPDATE ON rollout_cockpit.metric_history TO PUBLIC"),
         }},
        // Version 4: the schema, its tables, sequences and functions owned by a NOLOGIN role, so
        // that the role that set the store up does not hold ownership in daily work (an owner can
        // always disable the append-only triggers). The setup role keeps what it needs: managing
        // the approval grants. It becomes a member of the owner role only for the duration of this
        // transaction (it needs CREATEROLE for that, or is a superuser).
        {4,
         {
             QStringLiteral(
                 "DO $$ DECLARE"
                 "  setup name := current_user;"
                 "  granted boolean := false;"
                 "  r record;"
                 " BEGIN"
                 "  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rollout_cockpit_owner') THEN"
                 // Two team stores of one cluster set up at once: the second finds the role made.
                 "   BEGIN CREATE ROLE rollout_cockpit_owner NOLOGIN;"
                 "   EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;"
                 "  END IF;"
                 "  IF NOT pg_has_role(setup, 'rollout_cockpit_owner', 'MEMBER') THEN"
                 "   EXECUTE format('GRANT rollout_cockpit_owner TO %I', setup);"
                 "   granted := true;"
                 "  END IF;"
                 "  EXECUTE format('GRANT CREATE ON DATABASE %I TO rollout_cockpit_owner', current_database());"
                 "  ALTER SCHEMA rollout_cockpit OWNER TO rollout_cockpit_owner;"
                 "  FOR r IN SELECT c.oid, c.relkind FROM pg_class c"
                 "   WHERE c.relnamespace = 'rollout_cockpit'::regnamespace AND c.relkind IN ('r', 'S')"
                 "   ORDER BY c.relkind = 'S', c.relname LOOP"
                 // A sequence that belongs to a table went with its table.
                 "   IF (SELECT relowner FROM pg_class WHERE oid = r.oid) <> 'rollout_cockpit_owner'::regrole THEN"
                 "    EXECUTE format('ALTER %s %s OWNER TO rollout_cockpit_owner',"
                 "     CASE r.relkind WHEN 'r' THEN 'TABLE' ELSE 'SEQUENCE' END, r.oid::regclass);"
                 "   END IF;"
                 "  END LOOP;"
                 "  FOR r IN SELECT p.oid FROM pg_proc p WHERE p.pronamespace = 'rollout_cockpit'::regnamespace LOOP"
                 "   EXECUTE format('ALTER FUNCTION %s OWNER TO rollout_cockpit_owner', r.oid::regprocedure);"
                 "  END LOOP;"
                 "  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON rollout_cockpit.approval_grants TO %I',"
                 "   setup);"
                 "  IF granted THEN"
                 "   EXECUTE format('REVOKE rollout_cockpit_owner FROM %I', setup);"
                 "  END IF;"
                 " END $$"),
         }},
    };
    return list;
}

} // namespace

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
