// The team store on the lab's real PostgreSQL, with several roles: what the database itself
// refuses (signing for an approval role not granted, writing in another's name, changing or
// removing a past record), what chain verification catches (a superuser's direct edit), what
// every cockpit sees (NOTIFY within a second) and a stale checklist edit refused. Each test
// gets a database of its own, dropped afterwards.
#include "Lab.h"
#include "TestSupport.h"

#include "connectors/postgres/PgConnection.h"
#include "core/RunbookLoader.h"
#include "engine/approvals/ApprovalLedger.h"
#include "store/AsyncStore.h"
#include "store/PostgresBackend.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

using namespace cockpit;
using test::Lab;

namespace {

const QString kOwner = QStringLiteral("cockpit_owner");
const QString kDana = QStringLiteral("dana_db"); // database-lead
const QString kOlga = QStringLiteral("olga_ops"); // operations-manager
const QString kEve = QStringLiteral("eve_nobody"); // no grant

class TeamStoreLabTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const Lab& lab = Lab::get();
        m_database = QStringLiteral("rollout_cockpit_t%1").arg(QCoreApplication::applicationPid());
        const QStringList roles{kOwner,
                                kDana,
                                kOlga,
                                kEve,
                                QStringLiteral("ian_infra"),
                                QStringLiteral("sam_sec"),
                                QStringLiteral("pat_pm")};
        const QList<int> leader{lab.leaderPort()};
        ASSERT_GT(leader.first(), 0);
        for (const QString& sql :
             {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database),
              QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(m_database, kOwner),
              QStringLiteral("REVOKE CONNECT ON DATABASE %1 FROM PUBLIC").arg(m_database),
              QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(m_database, roles.join(QStringLiteral(", ")))}) {
            const QStringList errors = lab.superuserSql(sql, leader, QStringLiteral("postgres"));
            ASSERT_TRUE(errors.isEmpty()) << errors.join(QLatin1Char('\n')).toStdString();
        }
        // The replicas too, before anyone connects through the host list (libpq stops at a node
        // that answers "no such database").
        for (int port : lab.pgPorts()) {
            ASSERT_TRUE(test::waitFor(
                [&] {
                    PgConnection connection;
                    if (!test::resultOf(connection.open(lab.postgresOptions({port}, QStringLiteral("127.0.0.1"))),
                                        5000))
                        return false;
                    const auto found = test::resultOf(
                        connection.query(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = $1"), {m_database}),
                        5000);
                    return found && found->rows.size() == 1;
                },
                20000))
                << "node " << port << " has no " << m_database.toStdString();
        }
        auto runbook = RunbookLoader::loadFile(builtinRunbookPath());
        ASSERT_TRUE(runbook.ok());
        m_roles = runbook->approvals;
        m_runbook = std::move(runbook).value();
    }
    void TearDown() override
    {
        m_stores.clear();
        Lab::get().superuserSql(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database),
                                {Lab::get().leaderPort()}, QStringLiteral("postgres"));
    }
    TeamStoreOptions options(const QString& role) const
    {
        const Lab& lab = Lab::get();
        TeamStoreOptions o;
        QStringList hosts;
        QStringList ports;
        for (int port : lab.pgPorts()) {
            hosts.append(QStringLiteral("127.0.0.1"));
            ports.append(QString::number(port));
        }
        o.host = hosts.join(QLatin1Char(','));
        o.port = ports.join(QLatin1Char(','));
        o.database = m_database;
        o.user = role;
        o.password = lab.secret(QStringLiteral("team-") + role);
        o.sslMode = QStringLiteral("verify-full");
        o.caFile = lab.caFile();
        return o;
    }
    Store* open(const QString& role)
    {
        auto store = Store::openTeam(options(role));
        EXPECT_TRUE(store.ok()) << (store.ok() ? "" : store.error().toString().toStdString());
        if (!store)
            return nullptr;
        m_stores.push_back(std::move(store).value());
        return m_stores.back().get();
    }
    // The owner sets up the schema and grants the approval roles.
    Store* setUpAsOwner()
    {
        Store* owner = open(kOwner);
        if (!owner)
            return nullptr;
        auto& team = dynamic_cast<PostgresBackend&>(owner->backend());
        EXPECT_TRUE(team.grant(kDana, QStringLiteral("database-lead")).ok());
        EXPECT_TRUE(team.grant(kOlga, QStringLiteral("operations-manager")).ok());
        EXPECT_TRUE(team.grant(QStringLiteral("ian_infra"), QStringLiteral("infrastructure-lead")).ok());
        EXPECT_TRUE(team.grant(QStringLiteral("sam_sec"), QStringLiteral("security-reviewer")).ok());
        EXPECT_TRUE(team.grant(QStringLiteral("pat_pm"), QStringLiteral("product-manager")).ok());
        return owner;
    }
    // SQL as a role on a connection of its own, bypassing the cockpit; the error, or empty.
    QString rawAs(const QString& role, const QString& sql)
    {
        const QString name = QUuid::createUuid().toString();
        QString error;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            const TeamStoreOptions o = options(role);
            db.setDatabaseName(m_database);
            db.setUserName(role);
            db.setPassword(o.password);
            db.setConnectOptions(
                QStringLiteral("host=%1;port=%2;sslmode=verify-full;sslrootcert=%3;target_session_attrs=read-write")
                    .arg(o.host, o.port, o.caFile));
            if (!db.open()) {
                error = db.lastError().text();
            } else {
                QSqlQuery query(db);
                if (!query.exec(QStringLiteral("SET search_path = rollout_cockpit")) || !query.exec(sql))
                    error = query.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return error.isEmpty() ? QString() : error;
    }
    Result<AuditEntry> sign(Store* store, const QString& role, ApprovalDecision decision = ApprovalDecision::Approve,
                            const QString& reason = {})
    {
        ApprovalAction action;
        action.role = role;
        action.decision = decision;
        action.reason = reason;
        action.comment = QStringLiteral("from the lab test");
        return store->recordApproval(m_rollout, action);
    }
    qint64 rollout(Store* store)
    {
        m_rollout
            = store->ensureRollout(QStringLiteral("production-rollout"), QStringLiteral("Rollout"), QString())->id;
        return m_rollout;
    }

    QString m_database;
    Runbook m_runbook;
    Approvals m_roles;
    qint64 m_rollout = 0;
    std::vector<std::unique_ptr<Store>> m_stores;
};

} // namespace

TEST_F(TeamStoreLabTest, TheOwnerSetsTheSchemaUpAndIdentityIsTheDatabaseRole)
{
    const auto early = Store::openTeam(options(kDana));
    ASSERT_FALSE(early.ok());
    EXPECT_TRUE(early.error().message.contains(QStringLiteral("not set up"))) << early.error().toString().toStdString();
    EXPECT_TRUE(early.error().hint.contains(QStringLiteral("team init")));
    EXPECT_FALSE(early.error().toString().contains(Lab::get().secret(QStringLiteral("team-dana_db"))));
    Store* owner = setUpAsOwner();
    ASSERT_TRUE(owner);
    EXPECT_EQ(owner->schemaVersion(), PostgresBackend::latestVersion());
    Store* dana = open(kDana);
    ASSERT_TRUE(dana);
    EXPECT_TRUE(dana->isTeam());
    EXPECT_EQ(dana->identity(), kDana);
    rollout(dana);
    // Whatever name a caller passes, the record names the role.
    ItemChange change;
    change.itemId = QStringLiteral("infra.docker");
    change.actor = QStringLiteral("Somebody Else");
    change.status = ItemStatus::Done;
    const auto saved = dana->applyItemChange(m_rollout, change);
    ASSERT_TRUE(saved.ok()) << saved.error().toString().toStdString();
    EXPECT_EQ(saved->changedBy, kDana);
    // A wrong password is refused and says so without the password.
    TeamStoreOptions wrong = options(kDana);
    wrong.password = QStringLiteral("not-it");
    const auto refused = Store::openTeam(wrong);
    ASSERT_FALSE(refused.ok());
    EXPECT_FALSE(refused.error().toString().contains(QStringLiteral("not-it")));
}

TEST_F(TeamStoreLabTest, TheDatabaseRefusesSigningForARoleNotGrantedOrInAnothersName)
{
    ASSERT_TRUE(setUpAsOwner());
    Store* dana = open(kDana);
    Store* eve = open(kEve);
    ASSERT_TRUE(dana && eve);
    rollout(dana);
    ASSERT_TRUE(sign(dana, QStringLiteral("database-lead")).ok());
    const auto notGranted = sign(dana, QStringLiteral("security-reviewer"));
    ASSERT_FALSE(notGranted.ok());
    EXPECT_EQ(notGranted.error().kind, ErrorKind::Auth);
    EXPECT_TRUE(notGranted.error().message.contains(QStringLiteral("row-level security")))
        << notGranted.error().toString().toStdString();
    EXPECT_FALSE(sign(eve, QStringLiteral("database-lead")).ok()) << "eve has no grant at all";
    EXPECT_FALSE(eve->recordOverride(m_rollout, QStringLiteral("I say so"), QString()).ok())
        << "an override needs a signer's grant";
    // Past the cockpit, straight into the table: a record in olga's name, as dana.
    const QString forged = rawAs(
        kDana,
        QStringLiteral(
            "INSERT INTO audit_log (id, rollout_id, at, actor, entity, entity_id, field, new_value, prev_hash, hash) "
            "VALUES (nextval('audit_log_id_seq'), %1, to_char(now() AT TIME ZONE 'UTC', "
            "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
            "'olga_ops', 'approval', 'operations-manager', 'decision', 'approve', 'x', 'y')")
            .arg(m_rollout));
    EXPECT_TRUE(forged.contains(QStringLiteral("row-level security"))) << forged.toStdString();
    // And the grants themselves are the owner's alone.
    const QString selfGrant = rawAs(kDana,
                                    QStringLiteral("INSERT INTO approval_grants (db_role, approval_role) VALUES "
                                                   "('dana_db', 'security-reviewer')"));
    EXPECT_TRUE(selfGrant.contains(QStringLiteral("permission denied"))) << selfGrant.toStdString();
    EXPECT_EQ(dana->approvalRecords(m_rollout)->size(), 1);
}

TEST_F(TeamStoreLabTest, PastRecordsCannotBeChangedOrRemovedEvenByTheOwner)
{
    ASSERT_TRUE(setUpAsOwner());
    Store* dana = open(kDana);
    ASSERT_TRUE(dana);
    rollout(dana);
    ASSERT_TRUE(sign(dana, QStringLiteral("database-lead")).ok());
    for (const QString& role : {kDana, kOwner}) {
        for (const QString& sql :
             {QStringLiteral("UPDATE audit_log SET actor = 'mallory'"), QStringLiteral("DELETE FROM audit_log"),
              QStringLiteral("TRUNCATE audit_log CASCADE")}) {
            const QString error = rawAs(role, sql);
            EXPECT_FALSE(error.isEmpty()) << role.toStdString() << ": " << sql.toStdString();
        }
    }
    EXPECT_EQ(dana->approvalRecords(m_rollout)->size(), 1);
    EXPECT_TRUE(dana->verifyLedger()->intact);
}

TEST_F(TeamStoreLabTest, ASuperusersDirectEditIsCaughtByTheChainNamingTheRecord)
{
    ASSERT_TRUE(setUpAsOwner());
    Store* dana = open(kDana);
    Store* olga = open(kOlga);
    ASSERT_TRUE(dana && olga);
    rollout(dana);
    const auto first = sign(dana, QStringLiteral("database-lead"));
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(sign(olga, QStringLiteral("operations-manager")).ok());
    ASSERT_TRUE(olga->verifyLedger()->intact);
    // A superuser switches the triggers off and rewrites dana's sign-off as a rejection.
    const QStringList errors = Lab::get().superuserSql(
        QStringLiteral(
            "SET session_replication_role = replica; UPDATE rollout_cockpit.audit_log SET new_value = 'reject', "
            "comment = '{\"reason\":\"forged\"}' WHERE id = %1")
            .arg(first->id),
        {Lab::get().leaderPort()}, m_database);
    ASSERT_TRUE(errors.isEmpty()) << errors.join(QLatin1Char('\n')).toStdString();
    const auto verified = olga->verifyLedger();
    ASSERT_TRUE(verified.ok());
    EXPECT_FALSE(verified->intact);
    EXPECT_EQ(verified->firstBadId, first->id);
    EXPECT_TRUE(verified->problem.contains(QStringLiteral("approval database-lead")))
        << verified->problem.toStdString();
    const auto state = approvals::readApprovals(m_roles, olga->approvalRecords(m_rollout).value());
    EXPECT_FALSE(approvals::judgeGate(state, QDateTime::currentDateTimeUtc(), verified.value()).open);
}

TEST_F(TeamStoreLabTest, EveryCockpitSeesASignOffMadeElsewhereWithinASecond)
{
    ASSERT_TRUE(setUpAsOwner());
    AsyncStore watching(options(kOlga));
    ASSERT_TRUE(test::resultOf(watching.open()).ok());
    EXPECT_EQ(watching.identity(), kOlga);
    Store* dana = open(kDana);
    ASSERT_TRUE(dana);
    rollout(dana);
    QSignalSpy changed(&watching, &AsyncStore::changedElsewhere);
    test::waitFor([] { return false; }, 300);
    changed.clear();
    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(sign(dana, QStringLiteral("database-lead")).ok());
    ASSERT_TRUE(test::waitFor([&] { return changed.count() >= 1; }, 3000));
    const qint64 elapsed = clock.elapsed();
    EXPECT_LT(elapsed, 1000) << "seen after " << elapsed << " ms";
    const auto records = test::resultOf(
        watching.run<QList<AuditEntry>>([this](Store& store) { return store.approvalRecords(m_rollout); }));
    ASSERT_TRUE(records.ok());
    EXPECT_EQ(records->size(), 1);
    // Its own commits are not news.
    changed.clear();
    ASSERT_TRUE(test::resultOf(watching.run<AuditEntry>([this](Store& store) {
                    ApprovalAction action;
                    action.role = QStringLiteral("operations-manager");
                    return store.recordApproval(m_rollout, action);
                })).ok());
    test::waitFor([] { return false; }, 700);
    EXPECT_EQ(changed.count(), 0);
}

TEST_F(TeamStoreLabTest, AStaleChecklistEditIsRefusedNamingTheOtherAuthor)
{
    ASSERT_TRUE(setUpAsOwner());
    Store* dana = open(kDana);
    Store* olga = open(kOlga);
    ASSERT_TRUE(dana && olga);
    rollout(dana);
    ItemChange first;
    first.itemId = QStringLiteral("db.pg-hba");
    first.status = ItemStatus::Done;
    ASSERT_TRUE(dana->applyItemChange(m_rollout, first).ok());
    const int loaded = olga->checklistStates(m_rollout)->first().version;
    ItemChange danas;
    danas.itemId = first.itemId;
    danas.note = QStringLiteral("checked hostssl lines");
    danas.baseVersion = loaded;
    ASSERT_TRUE(dana->applyItemChange(m_rollout, danas).ok());
    ItemChange olgas = danas;
    olgas.note = QStringLiteral("olga's view");
    const auto stale = olga->applyItemChange(m_rollout, olgas);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().kind, ErrorKind::Conflict);
    EXPECT_TRUE(stale.error().message.contains(QStringLiteral("changed by dana_db")))
        << stale.error().toString().toStdString();
    EXPECT_EQ(olga->checklistStates(m_rollout)->first().note, QStringLiteral("checked hostssl lines"));
    EXPECT_TRUE(olga->verifyLedger()->intact);
}

TEST_F(TeamStoreLabTest, TheGateOnTheTeamStore)
{
    ASSERT_TRUE(setUpAsOwner());
    rollout(open(kDana));
    const auto gateNow = [this](Store* store) {
        const auto reading = approvals::readLedger(*store, m_runbook, m_rollout);
        EXPECT_TRUE(reading.ok()) << (reading.ok() ? "" : reading.error().toString().toStdString());
        return approvals::judgeGate(reading->state, QDateTime::currentDateTimeUtc(), reading->chain);
    };
    Store* olga = open(kOlga);
    EXPECT_FALSE(gateNow(olga).open);
    const QStringList signers{kDana, QStringLiteral("ian_infra"), QStringLiteral("sam_sec"), QStringLiteral("pat_pm"),
                              kOlga};
    const QStringList roles{QStringLiteral("database-lead"), QStringLiteral("infrastructure-lead"),
                            QStringLiteral("security-reviewer"), QStringLiteral("product-manager"),
                            QStringLiteral("operations-manager")};
    for (int i = 0; i < signers.size(); ++i)
        ASSERT_TRUE(sign(i == 4 ? olga : open(signers[i]), roles[i]).ok()) << signers[i].toStdString();
    approvals::GateVerdict verdict = gateNow(olga);
    EXPECT_FALSE(verdict.open);
    EXPECT_TRUE(verdict.summary().contains(QStringLiteral("no maintenance window"))) << verdict.summary().toStdString();
    // A window that has passed keeps it closed; one around now opens it.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(
        olga->recordWindow(m_rollout, {now.addSecs(-7200), now.addSecs(-3600), QStringLiteral("UTC")}, QString()).ok());
    EXPECT_FALSE(gateNow(olga).open);
    ASSERT_TRUE(olga->recordWindow(m_rollout, {now.addSecs(-600), now.addSecs(3600), QStringLiteral("Europe/Berlin")},
                                   QString())
                    .ok());
    verdict = gateNow(olga);
    EXPECT_TRUE(verdict.open) << verdict.summary().toStdString();
    // A rejection closes it; an override with its reason opens it again, recorded as olga's.
    ASSERT_TRUE(
        sign(olga, QStringLiteral("operations-manager"), ApprovalDecision::Reject, QStringLiteral("on-call short"))
            .ok());
    EXPECT_FALSE(gateNow(olga).open);
    // Issue 16.4: on the team store an override is a request until a second person confirms it.
    const auto request = olga->recordOverride(m_rollout, QStringLiteral("data centre evacuation"), QString());
    ASSERT_TRUE(request.ok());
    verdict = gateNow(olga);
    EXPECT_FALSE(verdict.open) << verdict.summary().toStdString();
    EXPECT_TRUE(verdict.summary().contains(QStringLiteral("requested by olga_ops (record #%1) waits for a second "
                                                          "person")
                                               .arg(request->id)))
        << verdict.summary().toStdString();
    const auto own
        = approvals::confirmOverride(*olga, m_runbook, m_rollout, 0, QString(), QDateTime::currentDateTimeUtc());
    ASSERT_FALSE(own.ok());
    EXPECT_TRUE(own.error().message.contains(QStringLiteral("a second person must confirm it")))
        << own.error().toString().toStdString();
    // Forced past the cockpit (straight into the store), olga's own confirmation still counts for nothing.
    ASSERT_TRUE(olga->recordOverrideConfirmation(m_rollout, request->id, QString()).ok());
    EXPECT_FALSE(gateNow(olga).open);
    Store* dana = open(kDana);
    const auto confirmed = approvals::confirmOverride(*dana, m_runbook, m_rollout, request->id, QString(),
                                                      QDateTime::currentDateTimeUtc());
    ASSERT_TRUE(confirmed.ok()) << confirmed.error().toString().toStdString();
    EXPECT_EQ(confirmed->actor, kDana);
    verdict = gateNow(olga);
    EXPECT_TRUE(verdict.open) << verdict.summary().toStdString();
    EXPECT_TRUE(verdict.overridden);
    EXPECT_TRUE(verdict.reasons.first().contains(QStringLiteral("by olga_ops, confirmed by dana_db")))
        << verdict.reasons.first().toStdString();
    // Nobody without a grant can confirm one (the database refuses the record).
    EXPECT_FALSE(open(kEve)->recordOverrideConfirmation(m_rollout, request->id, QString()).ok());
    EXPECT_TRUE(olga->verifyLedger()->intact);
}

// A rollout prepared in a local file, brought into the team store from the command line, as
// the role that runs it; and `approvals verify` on the team store.
TEST_F(TeamStoreLabTest, ALocalRolloutIsCopiedIntoTheTeamStoreFromTheCommandLine)
{
    ASSERT_TRUE(setUpAsOwner());
    QTemporaryDir dir;
    const auto cockpit = [&](const QStringList& arguments) {
        return test::runCommand(QStringLiteral(COCKPIT_BINARY),
                                QStringList{QStringLiteral("--settings"), dir.filePath(QStringLiteral("s.ini"))}
                                    + arguments);
    };
    const QString local = dir.filePath(QStringLiteral("local.sqlite"));
    ASSERT_EQ(cockpit({QStringLiteral("--store"), local, QStringLiteral("checklist"), QStringLiteral("set"),
                       QStringLiteral("infra.dns"), QStringLiteral("--status"), QStringLiteral("done"),
                       QStringLiteral("--note"), QStringLiteral("both records"), QStringLiteral("--as"),
                       QStringLiteral("Laptop Dana")})
                  .exitCode,
              0);
    // dana's profile with this test's team database.
    QJsonObject profile = Lab::get().profile;
    profile[QStringLiteral("name")] = QStringLiteral("team-test-dana");
    profile[QStringLiteral("team_store")] = QJsonObject{
        {QStringLiteral("database"), m_database},
        {QStringLiteral("user"), kDana},
        {QStringLiteral("password_file"), QString(Lab::get().dir + QStringLiteral("/secrets/team-dana_db"))}};
    const QString file = dir.filePath(QStringLiteral("dana.json"));
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(profile).toJson());
    out.close();
    const test::CommandResult imported = cockpit({QStringLiteral("profile"), QStringLiteral("import"), file});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const test::CommandResult copied
        = cockpit({QStringLiteral("team"), QStringLiteral("import"), QStringLiteral("--from"), local,
                   QStringLiteral("--profile"), QStringLiteral("team-test-dana")});
    ASSERT_EQ(copied.exitCode, 0) << copied.err.toStdString();
    EXPECT_TRUE(copied.out.contains(QStringLiteral("1 item(s) copied"))) << copied.out.toStdString();
    Store* dana = open(kDana);
    ASSERT_TRUE(dana);
    const auto states = dana->checklistStates(rollout(dana));
    ASSERT_EQ(states->size(), 1);
    EXPECT_EQ(states->first().status, ItemStatus::Done);
    EXPECT_EQ(states->first().changedBy, kDana);
    EXPECT_TRUE(states->first().note.contains(QStringLiteral("recorded by Laptop Dana")))
        << states->first().note.toStdString();
    const test::CommandResult verified = cockpit({QStringLiteral("approvals"), QStringLiteral("verify"),
                                                  QStringLiteral("--profile"), QStringLiteral("team-test-dana")});
    EXPECT_EQ(verified.exitCode, 0) << verified.out.toStdString() << verified.err.toStdString();
    EXPECT_FALSE(verified.out.contains(Lab::get().secret(QStringLiteral("team-dana_db"))));
}

// Issue 16.3: the setup role hands the schema to a NOLOGIN role and keeps only what it needs
// (the approval grants): in daily work it cannot switch the append-only triggers off.
TEST_F(TeamStoreLabTest, TheTablesBelongToANologinRoleAndTheSetupRoleCannotDisableTheTriggers)
{
    ASSERT_TRUE(setUpAsOwner()); // its grants went through: the setup role still manages them
    const QString owned = rawAs(
        kOwner,
        QStringLiteral(
            "DO $$ DECLARE bad text; BEGIN"
            " SELECT string_agg(c.relname || ' owned by ' || c.relowner::regrole::text, ', ') INTO bad FROM pg_class c"
            "  WHERE c.relnamespace = 'rollout_cockpit'::regnamespace AND c.relkind IN ('r', 'S')"
            "  AND c.relowner <> 'rollout_cockpit_owner'::regrole;"
            " IF bad IS NOT NULL THEN RAISE EXCEPTION 'not handed over: %', bad; END IF;"
            " IF (SELECT nspowner FROM pg_namespace WHERE nspname = 'rollout_cockpit') <> "
            "'rollout_cockpit_owner'::regrole"
            "  THEN RAISE EXCEPTION 'the schema is not handed over'; END IF;"
            " IF EXISTS (SELECT FROM pg_proc WHERE pronamespace = 'rollout_cockpit'::regnamespace"
            "  AND proowner <> 'rollout_cockpit_owner'::regrole) THEN RAISE EXCEPTION 'a function is not handed over'; "
            "END IF;"
            " IF (SELECT rolcanlogin FROM pg_roles WHERE rolname = 'rollout_cockpit_owner')"
            "  THEN RAISE EXCEPTION 'the owner role can log in'; END IF;"
            " IF pg_has_role(current_user, 'rollout_cockpit_owner', 'MEMBER')"
            "  THEN RAISE EXCEPTION 'the setup role is still a member of the owner role'; END IF;"
            " END $$"));
    EXPECT_TRUE(owned.isEmpty()) << owned.toStdString();
    for (const QString& sql : {QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER"),
                               QStringLiteral("ALTER TABLE audit_log NO FORCE ROW LEVEL SECURITY"),
                               QStringLiteral("DROP POLICY audit_log_append ON audit_log")}) {
        const QString error = rawAs(kOwner, sql);
        EXPECT_TRUE(error.contains(QStringLiteral("must be owner")))
            << sql.toStdString() << ": " << error.toStdString();
    }
    // A second store in the same cluster reuses the role.
    Store* owner = m_stores.front().get();
    auto& team = dynamic_cast<PostgresBackend&>(owner->backend());
    EXPECT_TRUE(team.ungrant(kOlga, QStringLiteral("operations-manager")).ok());
    EXPECT_TRUE(team.grant(kOlga, QStringLiteral("operations-manager")).ok());
}

// Issue 16.1: a superuser disables the triggers and deletes the last sign-off. The chain still
// fits; the anchor this machine kept does not.
TEST_F(TeamStoreLabTest, ASignOffDeletedByASuperuserIsCaughtByThisMachinesAnchor)
{
    ASSERT_TRUE(setUpAsOwner());
    QTemporaryDir machine;
    auto anchors = std::make_shared<AnchorBook>(machine.filePath(QStringLiteral("anchors.json")));
    Store* dana = open(kDana);
    Store* olga = open(kOlga);
    ASSERT_TRUE(dana && olga);
    olga->useAnchors(anchors);
    rollout(dana);
    ASSERT_TRUE(sign(dana, QStringLiteral("database-lead")).ok());
    ASSERT_TRUE(
        sign(olga, QStringLiteral("operations-manager"), ApprovalDecision::Reject, QStringLiteral("not yet")).ok());
    const auto before = olga->verifyLedger();
    ASSERT_TRUE(before.ok() && before->intact) << (before.ok() ? before->problem.toStdString() : "");
    EXPECT_EQ(olga->anchorKey().left(5), QStringLiteral("team:"));
    EXPECT_FALSE(olga->anchorKey().contains(kOlga)) << "every user of the store shares what this machine verified";
    const QStringList errors = Lab::get().superuserSql(
        QStringLiteral("SET session_replication_role = replica; DELETE FROM rollout_cockpit.audit_log WHERE id = "
                       "(SELECT max(id) FROM rollout_cockpit.audit_log)"),
        {Lab::get().leaderPort()}, m_database);
    ASSERT_TRUE(errors.isEmpty()) << errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(dana->verifyLedger()->intact) << "without an anchor the chain alone cannot tell";
    const auto after = olga->verifyLedger();
    ASSERT_TRUE(after.ok());
    EXPECT_FALSE(after->intact);
    EXPECT_TRUE(after->problem.contains(QStringLiteral("lost records since this machine last verified it")))
        << after->problem.toStdString();
    EXPECT_TRUE(after->problem.contains(QStringLiteral("it now ends at record %1").arg(before->records - 1)))
        << after->problem.toStdString();
    // Another user of the store on this machine shares the anchor.
    dana->useAnchors(anchors);
    EXPECT_FALSE(dana->verifyLedger()->intact);
}
