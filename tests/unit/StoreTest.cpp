#include "TestSupport.h"

#include "store/SchemaMigrations.h"
#include "store/Store.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace cockpit;

namespace {

class StoreTest : public ::testing::Test
{
protected:
    QString path() const { return m_dir.filePath(QStringLiteral("cockpit.sqlite")); }
    std::unique_ptr<Store> open()
    {
        auto store = Store::open(path(), m_clock);
        EXPECT_TRUE(store.ok()) << (store.ok() ? "" : store.error().toString().toStdString());
        return store.ok() ? std::move(store.value()) : nullptr;
    }
    // Runs SQL on the file through a separate connection, as another program would.
    void rawExec(const QString& sql)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path());
            ASSERT_TRUE(db.open());
            QSqlQuery query(db);
            ASSERT_TRUE(query.exec(sql)) << query.lastError().text().toStdString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

    QTemporaryDir m_dir;
    test::ManualClock m_clock;
};

ItemChange statusChange(const QString& itemId, ItemStatus status, const QString& actor = QStringLiteral("alice"))
{
    ItemChange change;
    change.itemId = itemId;
    change.actor = actor;
    change.status = status;
    return change;
}

} // namespace

TEST_F(StoreTest, CreatesTheSchemaInWalMode)
{
    auto store = open();
    ASSERT_TRUE(store);
    EXPECT_EQ(store->schemaVersion(), SchemaMigrations::latestVersion());
    EXPECT_TRUE(QFileInfo::exists(path()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mode"));
    db.setDatabaseName(path());
    ASSERT_TRUE(db.open());
    QSqlQuery query(db);
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("wal"));
    query = QSqlQuery();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("mode"));
}

TEST_F(StoreTest, EnsureRolloutIsIdempotentAndAudited)
{
    auto store = open();
    const auto first
        = store->ensureRollout(QStringLiteral("production-rollout"), QStringLiteral("Prod"), QStringLiteral("alice"));
    ASSERT_TRUE(first.ok());
    m_clock.advance(60000);
    const auto second
        = store->ensureRollout(QStringLiteral("production-rollout"), QStringLiteral("Prod"), QStringLiteral("bob"));
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(first->id, second->id);
    EXPECT_EQ(second->createdBy, QStringLiteral("alice"));
    EXPECT_EQ(second->createdAt, m_clock.nowUtc().addMSecs(-60000));
    const auto audit = store->auditLog(first->id);
    ASSERT_TRUE(audit.ok());
    ASSERT_EQ(audit->size(), 1);
    EXPECT_EQ(audit->first().entity, QStringLiteral("rollout"));
    EXPECT_EQ(audit->first().field, QStringLiteral("created"));
}

TEST_F(StoreTest, ChangesSurviveReopeningWithAuthorTimeAndAudit)
{
    qint64 rollout = 0;
    const QDateTime when = m_clock.nowUtc();
    {
        auto store = open();
        rollout = store->ensureRollout(QStringLiteral("rb"), QStringLiteral("RB"), QStringLiteral("alice"))->id;
        ItemChange change = statusChange(QStringLiteral("infra.docker"), ItemStatus::Done);
        change.note = QStringLiteral("docker 24.0.7 on all nodes");
        change.evidence = QStringLiteral("https://tickets.example/OPS-1");
        const auto saved = store->applyItemChange(rollout, change);
        ASSERT_TRUE(saved.ok()) << saved.error().toString().toStdString();
        EXPECT_EQ(saved->changedAt, when);
        m_clock.advance(1000);
        ASSERT_TRUE(
            store
                ->applyItemChange(
                    rollout, statusChange(QStringLiteral("infra.docker"), ItemStatus::Blocked, QStringLiteral("bob")))
                .ok());
    }
    auto store = open();
    const auto states = store->checklistStates(rollout);
    ASSERT_TRUE(states.ok());
    ASSERT_EQ(states->size(), 1);
    const ItemState& state = states->first();
    EXPECT_EQ(state.itemId, QStringLiteral("infra.docker"));
    EXPECT_EQ(state.status, ItemStatus::Blocked);
    EXPECT_EQ(state.changedBy, QStringLiteral("bob"));
    EXPECT_EQ(state.changedAt, when.addMSecs(1000));
    EXPECT_EQ(state.note, QStringLiteral("docker 24.0.7 on all nodes"));
    EXPECT_EQ(state.evidence, QStringLiteral("https://tickets.example/OPS-1"));

    const auto audit = store->auditLog(rollout, QStringLiteral("infra.docker"));
    ASSERT_TRUE(audit.ok());
    ASSERT_EQ(audit->size(), 4); // newest first: status by bob; then evidence, note, status by alice
    EXPECT_EQ(audit->at(0).actor, QStringLiteral("bob"));
    EXPECT_EQ(audit->at(0).field, QStringLiteral("status"));
    EXPECT_EQ(audit->at(0).oldValue, QStringLiteral("done"));
    EXPECT_EQ(audit->at(0).newValue, QStringLiteral("blocked"));
    EXPECT_EQ(audit->at(3).field, QStringLiteral("status"));
    EXPECT_EQ(audit->at(3).oldValue, QStringLiteral("open"));
    EXPECT_EQ(audit->at(3).newValue, QStringLiteral("done"));
    EXPECT_EQ(audit->at(3).at, when);
}

TEST_F(StoreTest, AChangeThatChangesNothingWritesNothing)
{
    auto store = open();
    const qint64 rollout = store->ensureRollout(QStringLiteral("rb"), QStringLiteral("RB"), QStringLiteral("a"))->id;
    const auto unchanged = store->applyItemChange(rollout, statusChange(QStringLiteral("x"), ItemStatus::Open));
    ASSERT_TRUE(unchanged.ok());
    EXPECT_FALSE(unchanged->isRecorded());
    EXPECT_TRUE(store->checklistStates(rollout)->isEmpty());
    EXPECT_EQ(store->auditLog(rollout)->size(), 1); // only the rollout's creation
}

TEST_F(StoreTest, TheAuditLogIsAppendOnly)
{
    {
        auto store = open();
        const qint64 rollout
            = store->ensureRollout(QStringLiteral("rb"), QStringLiteral("RB"), QStringLiteral("a"))->id;
        const auto saved = store->applyItemChange(rollout, statusChange(QStringLiteral("x"), ItemStatus::Done));
        ASSERT_TRUE(saved.ok()) << saved.error().toString().toStdString();
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
    db.setDatabaseName(path());
    ASSERT_TRUE(db.open());
    {
        QSqlQuery query(db);
        EXPECT_FALSE(query.exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory'")));
        EXPECT_TRUE(query.lastError().text().contains(QStringLiteral("append-only")));
        EXPECT_FALSE(query.exec(QStringLiteral("DELETE FROM audit_log")));
        ASSERT_TRUE(query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && query.next());
        EXPECT_EQ(query.value(0).toInt(), 2);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
}

TEST_F(StoreTest, RefusesAStoreFromANewerVersionAndLeavesItUntouched)
{
    open().reset();
    rawExec(QStringLiteral("PRAGMA user_version = 99"));
    QFile file(path());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    const auto store = Store::open(path(), m_clock);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().kind, ErrorKind::Incompatible);
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("newer Rollout Cockpit (schema version 99")));
    EXPECT_TRUE(store.error().hint.contains(QStringLiteral("--store")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), before);
}

TEST_F(StoreTest, RefusesAFileThatIsNotAStore)
{
    QFile file(path());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    const auto store = Store::open(path(), m_clock);
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("not a Rollout Cockpit store")))
        << store.error().toString().toStdString();
    EXPECT_EQ(store.error().where, path());
}

TEST_F(StoreTest, ReportsAnUnwritableLocation)
{
    const auto store = Store::open(test::unwritablePath(m_dir.path(), QStringLiteral("cockpit.sqlite")), m_clock);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().kind, ErrorKind::Io);
}

TEST_F(StoreTest, RejectsAChangeWithoutAuthor)
{
    auto store = open();
    const qint64 rollout = store->ensureRollout(QStringLiteral("rb"), QStringLiteral("RB"), QStringLiteral("a"))->id;
    const auto saved
        = store->applyItemChange(rollout, statusChange(QStringLiteral("x"), ItemStatus::Done, QStringLiteral(" ")));
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().kind, ErrorKind::InvalidInput);
}
