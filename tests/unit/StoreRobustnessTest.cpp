// The SQLite store under the robustness drill: files that are not ours, damaged stores, a
// history rewritten behind the cockpit's back, two cockpits on one file, stale edits.
#include "TestSupport.h"

#include "core/Ledger.h"
#include "store/AsyncStore.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace cockpit;

namespace {

class StoreRobustnessTest : public ::testing::Test
{
protected:
    QString path() const { return m_dir.filePath(QStringLiteral("cockpit.sqlite")); }
    std::unique_ptr<Store> open()
    {
        auto store = Store::open(path(), m_clock);
        EXPECT_TRUE(store.ok()) << (store.ok() ? "" : store.error().toString().toStdString());
        return store.ok() ? std::move(store.value()) : nullptr;
    }
    // SQL on the file through a connection of its own, as another program (or a person with
    // the sqlite3 shell) would; empty on success, else the error.
    QString raw(const QString& sql) { return raw(QStringList{sql}); }
    QString raw(const QStringList& statements)
    {
        QString error;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path());
            if (!db.open())
                return db.lastError().text();
            QSqlQuery query(db);
            for (const QString& statement : statements) {
                if (!query.exec(statement)) {
                    error = query.lastError().text();
                    break;
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return error;
    }
    QByteArray digest() const
    {
        QFile file(path());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }
    qint64 seed(Store& store)
    {
        const qint64 rollout = store.ensureRollout(QStringLiteral("rb"), QStringLiteral("RB"), QStringLiteral("alice"))->id;
        ItemChange change;
        change.itemId = QStringLiteral("infra.docker");
        change.actor = QStringLiteral("alice");
        change.status = ItemStatus::Done;
        change.note = QStringLiteral("20.10 everywhere");
        EXPECT_TRUE(store.applyItemChange(rollout, change).ok());
        ApprovalAction approve;
        approve.role = QStringLiteral("database-lead");
        approve.actor = QStringLiteral("dana");
        approve.comment = QStringLiteral("ready");
        EXPECT_TRUE(store.recordApproval(rollout, approve).ok());
        return rollout;
    }

    QTemporaryDir m_dir;
    test::ManualClock m_clock;
};

} // namespace

TEST_F(StoreRobustnessTest, ASqliteFileOfAnotherProgramIsRefusedUntouched)
{
    ASSERT_TRUE(raw({QStringLiteral("CREATE TABLE bookmarks (url TEXT)"), QStringLiteral("INSERT INTO bookmarks VALUES ('x')")}).isEmpty());
    const QByteArray before = digest();
    const auto store = Store::open(path(), m_clock);
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("belongs to another program"))) << store.error().toString().toStdString();
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("bookmarks")));
    EXPECT_EQ(digest(), before) << "not a byte written";
    EXPECT_FALSE(QFileInfo::exists(path() + QStringLiteral("-wal"))) << "not even switched to WAL";
}

TEST_F(StoreRobustnessTest, AFileThatIsNotSqliteAndADamagedStoreSayWhatTheyAre)
{
    QFile file(path());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    auto store = Store::open(path(), m_clock);
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("not a SQLite database"))) << store.error().toString().toStdString();

    // A real store whose pages were overwritten in the middle.
    QFile::remove(path());
    {
        auto good = open();
        seed(*good);
    }
    ASSERT_TRUE(raw(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).isEmpty());
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    ASSERT_GT(size, 8192);
    file.seek(4096); // every page after the first (the header stays a SQLite header)
    file.write(QByteArray(size - 4096, '\xff'));
    file.close();
    store = Store::open(path(), m_clock);
    if (store.ok()) {
        // SQLite may not touch the damaged page at open: then reading it must fail, and say so.
        const auto log = store.value()->ledger();
        ASSERT_FALSE(log.ok());
        EXPECT_TRUE(log.error().message.contains(QStringLiteral("damaged"))) << log.error().toString().toStdString();
    } else {
        EXPECT_TRUE(store.error().message.contains(QStringLiteral("damaged"))) << store.error().toString().toStdString();
    }
}

TEST_F(StoreRobustnessTest, ADroppedAuditTableIsFoundAtOpen)
{
    open().reset();
    ASSERT_TRUE(raw(QStringLiteral("DROP TABLE audit_log")).isEmpty());
    const auto store = Store::open(path(), m_clock);
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("damaged"))) << store.error().toString().toStdString();
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("table audit_log")));
}

TEST_F(StoreRobustnessTest, ReplaceIntoCannotRewriteHistory)
{
    {
        auto store = open();
        seed(*store);
    }
    const QString refused = raw(QStringLiteral("REPLACE INTO audit_log (id, rollout_id, at, actor, entity, entity_id, field, "
                                               "prev_hash, hash) SELECT id, rollout_id, at, 'mallory', entity, entity_id, "
                                               "field, prev_hash, hash FROM audit_log WHERE id = 2"));
    EXPECT_TRUE(refused.contains(QStringLiteral("append-only"))) << refused.toStdString();
    const QString insertOrReplace = raw(QStringLiteral("INSERT OR REPLACE INTO audit_log (id, rollout_id, at, actor, entity, "
                                                       "entity_id, field, prev_hash, hash) VALUES (1, 1, 'x', 'm', 'e', 'i', "
                                                       "'f', 'p', 'h')"));
    EXPECT_TRUE(insertOrReplace.contains(QStringLiteral("append-only"))) << insertOrReplace.toStdString();
    auto store = open();
    EXPECT_TRUE(store->verifyLedger()->intact);
}

TEST_F(StoreRobustnessTest, TheChainNamesTheFirstRecordChangedBehindTheCockpitsBack)
{
    {
        auto store = open();
        seed(*store);
        const auto verified = store->verifyLedger();
        ASSERT_TRUE(verified.ok());
        EXPECT_TRUE(verified->intact) << verified->problem.toStdString();
        EXPECT_EQ(verified->records, 4); // the rollout created, the item's status and note, the sign-off
        EXPECT_EQ(verified->head.size(), 64);
    }
    // Someone with the sqlite3 shell drops the trigger and rewrites the sign-off's signer.
    ASSERT_TRUE(raw({QStringLiteral("DROP TRIGGER audit_log_no_update"),
                     QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE entity = 'approval'"),
                     QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                                    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END")})
                    .isEmpty());
    auto store = open();
    const auto verified = store->verifyLedger();
    ASSERT_TRUE(verified.ok());
    EXPECT_FALSE(verified->intact);
    const auto approvals = store->approvalRecords(1);
    ASSERT_EQ(approvals->size(), 1);
    EXPECT_EQ(verified->firstBadId, approvals->first().id);
    EXPECT_TRUE(verified->problem.contains(QStringLiteral("approval database-lead"))) << verified->problem.toStdString();
    EXPECT_TRUE(verified->problem.contains(QStringLiteral("changed after it was written")));
}

TEST_F(StoreRobustnessTest, ARemovedRecordAndAStateChangedBesideItsTrailAreFound)
{
    {
        auto store = open();
        seed(*store);
    }
    ASSERT_TRUE(raw({QStringLiteral("DROP TRIGGER audit_log_no_delete"), QStringLiteral("DELETE FROM audit_log WHERE id = 2")}).isEmpty());
    {
        auto store = Store::open(path(), m_clock);
        ASSERT_FALSE(store.ok()) << "the trigger is gone: the store is damaged";
    }
    ASSERT_TRUE(raw(QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT "
                                   "RAISE(ABORT, 'audit_log is append-only'); END"))
                    .isEmpty());
    {
        auto store = open();
        const auto verified = store->verifyLedger();
        EXPECT_FALSE(verified->intact);
        EXPECT_EQ(verified->firstBadId, 3);
        EXPECT_TRUE(verified->problem.contains(QStringLiteral("does not follow"))) << verified->problem.toStdString();
    }
    // A fresh store; its projection changed: the item's state no longer matches its trail.
    QFile::remove(path());
    QFile::remove(path() + QStringLiteral("-wal"));
    QFile::remove(path() + QStringLiteral("-shm"));
    {
        auto store = open();
        seed(*store);
    }
    ASSERT_TRUE(raw(QStringLiteral("UPDATE checklist_state SET status = 'open'")).isEmpty());
    auto store = open();
    const auto verified = store->verifyLedger();
    EXPECT_FALSE(verified->intact);
    EXPECT_TRUE(verified->problem.contains(QStringLiteral("infra.docker is stored as open"))) << verified->problem.toStdString();
}

TEST_F(StoreRobustnessTest, ASecondStoreOnTheFileSeesChangesAndAStaleEditIsRefused)
{
    auto first = open();
    const qint64 rollout = seed(*first);
    auto second = open();
    const auto seen = second->checklistStates(rollout);
    ASSERT_EQ(seen->size(), 1);
    const ItemState loaded = seen->first();
    EXPECT_EQ(loaded.version, 1);

    ItemChange mine;
    mine.itemId = QStringLiteral("infra.docker");
    mine.actor = QStringLiteral("bob");
    mine.note = QStringLiteral("bob's note");
    mine.baseVersion = loaded.version;
    ItemChange theirs = mine;
    theirs.actor = QStringLiteral("carol");
    theirs.note = QStringLiteral("carol's note");
    ASSERT_TRUE(first->applyItemChange(rollout, theirs).ok());
    const auto stale = second->applyItemChange(rollout, mine);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().kind, ErrorKind::Conflict);
    EXPECT_TRUE(stale.error().message.contains(QStringLiteral("changed by carol"))) << stale.error().toString().toStdString();
    EXPECT_EQ(second->checklistStates(rollout)->first().note, QStringLiteral("carol's note"));
}

TEST_F(StoreRobustnessTest, TheAsyncStoreSaysWhenAnotherCockpitCommits)
{
    AsyncStore watched(path(), m_clock);
    ASSERT_TRUE(test::resultOf(watched.open()).ok());
    QSignalSpy changed(&watched, &AsyncStore::changedElsewhere);
    const qint64 rollout = test::resultOf(watched.ensureRollout(QStringLiteral("rb"), QStringLiteral("RB"), QStringLiteral("a")))->id;
    test::waitFor([] { return false; }, 900);
    EXPECT_EQ(changed.count(), 0) << "its own commits are not news";
    auto other = open();
    ItemChange change;
    change.itemId = QStringLiteral("infra.dns");
    change.actor = QStringLiteral("other");
    change.status = ItemStatus::Done;
    ASSERT_TRUE(other->applyItemChange(rollout, change).ok());
    EXPECT_TRUE(test::waitFor([&] { return changed.count() >= 1; }, 2000));
}
