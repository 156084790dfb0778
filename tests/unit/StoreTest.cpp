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

#include <sys/stat.h>

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
        // Blocked needs a reason: the note docker's already has is one.
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

TEST_F(StoreTest, NotApplicableAndBlockedAreRefusedWithoutAReason)
{
    auto store = open();
    const qint64 rollout
        = store->ensureRollout(QStringLiteral("rb"), QStringLiteral("RB"), QStringLiteral("alice"))->id;
    for (ItemStatus status : {ItemStatus::NotApplicable, ItemStatus::Blocked}) {
        const auto refused = store->applyItemChange(rollout, statusChange(QStringLiteral("infra.ports"), status));
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().kind, ErrorKind::InvalidInput);
        EXPECT_TRUE(refused.error().message.contains(QStringLiteral("needs a reason")))
            << refused.error().toString().toStdString();
    }
    ItemChange withReason = statusChange(QStringLiteral("infra.ports"), ItemStatus::NotApplicable);
    withReason.note = QStringLiteral("no firewall on the lab");
    ASSERT_TRUE(store->applyItemChange(rollout, withReason).ok());
    // Nor can the reason be removed afterwards while the status stands.
    ItemChange clearNote;
    clearNote.itemId = QStringLiteral("infra.ports");
    clearNote.actor = QStringLiteral("bob");
    clearNote.note = QString();
    EXPECT_FALSE(store->applyItemChange(rollout, clearNote).ok());
    const auto audit = store->auditLog(rollout, QStringLiteral("infra.ports"));
    ASSERT_TRUE(audit.ok());
    EXPECT_EQ(audit->size(), 2) << "only the accepted change is audited";
}

TEST_F(StoreTest, UndoAndRedoAreAuditedAsSuchNamingTheEditTheyReverse)
{
    auto store = open();
    const qint64 rollout
        = store->ensureRollout(QStringLiteral("rb"), QStringLiteral("RB"), QStringLiteral("alice"))->id;
    ItemChange edit = statusChange(QStringLiteral("infra.docker"), ItemStatus::Done);
    edit.changeId = QStringLiteral("edit-1");
    ASSERT_TRUE(store->applyItemChange(rollout, edit).ok());
    ItemChange undo = statusChange(QStringLiteral("infra.docker"), ItemStatus::Open);
    undo.origin = ChangeOrigin::Undo;
    undo.reverses = QStringLiteral("edit-1");
    ASSERT_TRUE(store->applyItemChange(rollout, undo).ok());
    ItemChange redo = edit;
    redo.changeId.clear();
    redo.origin = ChangeOrigin::Redo;
    redo.reverses = QStringLiteral("edit-1");
    ASSERT_TRUE(store->applyItemChange(rollout, redo).ok());
    const auto audit = store->auditLog(rollout, QStringLiteral("infra.docker"));
    ASSERT_TRUE(audit.ok());
    ASSERT_EQ(audit->size(), 3);
    EXPECT_EQ(audit->at(2).origin, ChangeOrigin::Edit);
    EXPECT_EQ(audit->at(2).changeId, QStringLiteral("edit-1"));
    EXPECT_EQ(audit->at(1).origin, ChangeOrigin::Undo);
    EXPECT_EQ(audit->at(1).reverses, QStringLiteral("edit-1"));
    EXPECT_EQ(audit->at(1).newValue, QStringLiteral("open"));
    EXPECT_EQ(audit->at(0).origin, ChangeOrigin::Redo);
    EXPECT_EQ(audit->at(0).reverses, QStringLiteral("edit-1"));
    EXPECT_FALSE(audit->at(0).changeId.isEmpty());
    EXPECT_NE(audit->at(0).changeId, QStringLiteral("edit-1"));
}

TEST_F(StoreTest, TheStoreFileAndItsNewFolderAreTheUsersAlone)
{
    const QString folder = m_dir.filePath(QStringLiteral("new/folder"));
    const QString path = folder + QStringLiteral("/store.sqlite");
    {
        auto store = Store::open(path, m_clock);
        ASSERT_TRUE(store.ok()) << store.error().toString().toStdString();
        ItemChange change = statusChange(QStringLiteral("infra.docker"), ItemStatus::Done);
        const qint64 rollout
            = store.value()->ensureRollout(QStringLiteral("rb"), QStringLiteral("RB"), QStringLiteral("alice"))->id;
        ASSERT_TRUE(store.value()->applyItemChange(rollout, change).ok());
        for (const QString& file : QStringList{path, path + QStringLiteral("-wal")}) {
            ASSERT_TRUE(QFile::exists(file)) << file.toStdString();
            EXPECT_EQ(QFile::permissions(file)
                          & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                      QFile::Permissions())
                << file.toStdString();
        }
    }
    EXPECT_EQ(QFile::permissions(folder) & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeGroup | QFile::ExeOther),
              QFile::Permissions());
}

TEST_F(StoreTest, AFifoIsRefusedInsteadOfHangingTheStore)
{
    const QString fifo = m_dir.filePath(QStringLiteral("fifo.sqlite"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const auto store = Store::open(fifo, m_clock);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("FIFO"))) << store.error().toString().toStdString();
}

TEST_F(StoreTest, KeepsTheWatchsHistoryOneRowPerMetricAndMinute)
{
    auto store = open();
    ASSERT_TRUE(store);
    const auto rollout = store->ensureRollout(QStringLiteral("rb"), QStringLiteral("Runbook"), QStringLiteral("ana"));
    ASSERT_TRUE(rollout.ok());
    const qint64 id = rollout->id;
    ASSERT_TRUE(store
                    ->recordMetricHistory(id,
                                          {{QStringLiteral("replication_lag"), 60000, 1, 9, 2, 6},
                                           {QStringLiteral("replication_lag"), 120000, 2, 3, 3, 6},
                                           {QStringLiteral("error_rate"), 60000, 0, 0.5, 0.1, 1}})
                    .ok());
    // The same minute again (it was still filling): rewritten, not doubled.
    ASSERT_TRUE(store->recordMetricHistory(id, {{QStringLiteral("replication_lag"), 120000, 2, 700, 4, 9}}).ok());
    const auto all = store->metricHistory(id, 0);
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ(all->at(0).metric, QStringLiteral("error_rate"));
    EXPECT_EQ(all->at(2).bucketMs, 120000);
    EXPECT_EQ(all->at(2).maximum, 700);
    EXPECT_EQ(all->at(2).samples, 9);
    const auto recent = store->metricHistory(id, 100000);
    ASSERT_TRUE(recent.ok());
    EXPECT_EQ(recent->size(), 1);
    EXPECT_TRUE(store->metricHistory(id + 99, 0)->isEmpty());
}
