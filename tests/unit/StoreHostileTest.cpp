// The local store against a hostile user of its file (an SQLite tool, a damaged page, a copy
// without write access, a foreign file) and careless command lines: every tampering and damage
// is named, nothing is printed as "all open" or "intact" that is not, and a broken record takes
// no new entries. Runs the real binary, as a script would.
#include "TestSupport.h"

#include "core/Clock.h"
#include "core/Ledger.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

#include <functional>

using namespace cockpit;

namespace {

class StoreHostileTest : public ::testing::Test
{
protected:
    QString storePath() const { return m_dir.filePath(QStringLiteral("store.sqlite")); }

    test::CommandResult cockpit(const QStringList& arguments, const QString& store = {}) const
    {
        return test::runCommand(QStringLiteral(COCKPIT_BINARY),
                                QStringList{QStringLiteral("--settings"), m_dir.filePath(QStringLiteral("s.ini")),
                                            QStringLiteral("--store"), store.isEmpty() ? storePath() : store}
                                    + arguments,
                                30000);
    }

    // Statements on the file behind the cockpit's back, as any SQLite tool could run them.
    QString sql(const QStringList& statements, const QString& store = {}) const
    {
        return test::sqliteExec(store.isEmpty() ? storePath() : store, statements);
    }

    // A store with one item done by carol and a sign-off; the ledger intact.
    void record()
    {
        const auto done = cockpit({QStringLiteral("checklist"), QStringLiteral("set"), QStringLiteral("infra.swarm"),
                                   QStringLiteral("--status"), QStringLiteral("done"), QStringLiteral("--as"),
                                   QStringLiteral("carol")});
        ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
        const auto noted = cockpit({QStringLiteral("checklist"), QStringLiteral("set"), QStringLiteral("infra.swarm"),
                                    QStringLiteral("--note"), QStringLiteral("3 managers"), QStringLiteral("--as"),
                                    QStringLiteral("carol")});
        ASSERT_EQ(noted.exitCode, 0) << noted.err.toStdString();
        const auto signedOff = cockpit({QStringLiteral("approvals"), QStringLiteral("sign"),
                                        QStringLiteral("database-lead"), QStringLiteral("--decision"),
                                        QStringLiteral("approve"), QStringLiteral("--as"), QStringLiteral("dana")});
        ASSERT_EQ(signedOff.exitCode, 0) << signedOff.err.toStdString();
        const auto verified = verify();
        ASSERT_EQ(verified.exitCode, 0) << verified.out.toStdString();
    }

    test::CommandResult verify() const { return cockpit({QStringLiteral("approvals"), QStringLiteral("verify")}); }

    QTemporaryDir m_dir;
};

} // namespace

// 19.1: an item state deleted with an SQLite tool showed the item open, and verify said intact.
TEST_F(StoreHostileTest, ADeletedItemStateIsNamedNotShownOpen)
{
    ASSERT_NO_FATAL_FAILURE(record());
    ASSERT_EQ(sql({QStringLiteral("DELETE FROM checklist_state WHERE item_id = 'infra.swarm'")}), QString());
    const auto verified = verify();
    EXPECT_EQ(verified.exitCode, 1);
    EXPECT_TRUE(verified.out.contains(QStringLiteral("infra.swarm has an audit trail"))) << verified.out.toStdString();
    EXPECT_TRUE(verified.out.contains(QStringLiteral("no stored state"))) << verified.out.toStdString();
    const auto shown = cockpit({QStringLiteral("checklist"), QStringLiteral("show")});
    EXPECT_EQ(shown.exitCode, 1);
    EXPECT_TRUE(shown.err.contains(QStringLiteral("cannot be trusted"))) << shown.err.toStdString();
    const auto json = cockpit(
        {QStringLiteral("checklist"), QStringLiteral("show"), QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(json.exitCode, 1);
    EXPECT_FALSE(
        QJsonDocument::fromJson(json.out.toUtf8())[QStringLiteral("record")][QStringLiteral("intact")].toBool(true));
}

// 19.2: the rollout row and an item's version were not covered: changing the runbook id hid the
// whole record (a new rollout started), and title, author and version changed unseen.
TEST_F(StoreHostileTest, EveryColumnOfTheRolloutAndTheItemVersionIsVerified)
{
    ASSERT_NO_FATAL_FAILURE(record());
    const QStringList edits{
        QStringLiteral("UPDATE rollouts SET runbook_id = 'other-runbook'"),
        QStringLiteral("UPDATE rollouts SET title = 'A quieter title'"),
        QStringLiteral("UPDATE rollouts SET created_by = 'mallory'"),
        QStringLiteral("UPDATE checklist_state SET version = 1 WHERE item_id = 'infra.swarm'"),
        QStringLiteral("UPDATE checklist_state SET changed_at = '2020-01-01T00:00:00.000Z'"),
    };
    const QStringList named{QStringLiteral("runbook other-runbook"), QStringLiteral("title \"A quieter title\""),
                            QStringLiteral("created by mallory"), QStringLiteral("version 1"),
                            QStringLiteral("changed at 2020-01-01")};
    const QByteArray pristine = test::readFile(storePath());
    for (qsizetype i = 0; i < edits.size(); ++i) {
        ASSERT_TRUE(QFile::remove(storePath()));
        QFile copy(storePath());
        ASSERT_TRUE(copy.open(QIODevice::WriteOnly) && copy.write(pristine) == pristine.size());
        copy.close();
        ASSERT_EQ(sql({edits[i]}), QString());
        const auto verified = verify();
        EXPECT_EQ(verified.exitCode, 1) << edits[i].toStdString();
        EXPECT_TRUE(verified.out.contains(named[i])) << edits[i].toStdString() << ": " << verified.out.toStdString();
    }
}

// 19.3: a damaged page under checklist_state was printed as 77 open items, exit 0.
TEST_F(StoreHostileTest, ADamagedChecklistPageIsAnErrorNeverAllOpen)
{
    ASSERT_NO_FATAL_FAILURE(record());
    // Every row of the checklist on a page of its own, then that page garbled.
    ASSERT_EQ(sql({QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")}), QString());
    qint64 page = 0;
    qint64 pageSize = 0;
    {
        const QString name = QStringLiteral("look");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(storePath());
            ASSERT_TRUE(db.open());
            QSqlQuery query(db);
            ASSERT_TRUE(query.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'checklist_state'"))
                        && query.next());
            page = query.value(0).toLongLong();
            ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA page_size")) && query.next());
            pageSize = query.value(0).toLongLong();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    ASSERT_GT(page, 1);
    QFile file(storePath());
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.seek((page - 1) * pageSize));
    file.write(QByteArray(static_cast<int>(pageSize), '\x5a'));
    file.close();

    for (const QString& format : {QStringLiteral("text"), QStringLiteral("json")}) {
        const auto shown
            = cockpit({QStringLiteral("checklist"), QStringLiteral("show"), QStringLiteral("--format"), format});
        EXPECT_NE(shown.exitCode, 0) << format.toStdString();
        EXPECT_TRUE(shown.err.contains(QStringLiteral("damaged"))) << shown.err.toStdString();
        EXPECT_FALSE(shown.out.contains(QStringLiteral("0 / 77 complete")));
    }
    const auto set = cockpit({QStringLiteral("checklist"), QStringLiteral("set"), QStringLiteral("infra.dns"),
                              QStringLiteral("--status"), QStringLiteral("done")});
    EXPECT_NE(set.exitCode, 0);
    EXPECT_TRUE(set.err.contains(QStringLiteral("damaged"))) << set.err.toStdString();
}

// 19.5: writes onto a broken ledger were accepted, and an override printed an open gate.
TEST_F(StoreHostileTest, ABrokenLedgerTakesNoSignOffOverrideOrEditAndNeverPrintsAnOpenGate)
{
    ASSERT_NO_FATAL_FAILURE(record());
    ASSERT_EQ(sql({QStringLiteral("UPDATE checklist_state SET note = 'nothing to see' WHERE item_id = 'infra.swarm'")}),
              QString());
    const auto override = cockpit(
        {QStringLiteral("approvals"), QStringLiteral("override"), QStringLiteral("--reason"), QStringLiteral("x")});
    EXPECT_NE(override.exitCode, 0);
    EXPECT_FALSE(override.out.contains(QStringLiteral("is open"))) << override.out.toStdString();
    EXPECT_TRUE(override.err.contains(QStringLiteral("cannot be trusted"))) << override.err.toStdString();
    const auto sign = cockpit({QStringLiteral("approvals"), QStringLiteral("sign"), QStringLiteral("security-reviewer"),
                               QStringLiteral("--decision"), QStringLiteral("approve")});
    EXPECT_NE(sign.exitCode, 0);
    EXPECT_TRUE(sign.err.contains(QStringLiteral("not recorded"))) << sign.err.toStdString();
    const auto edit = cockpit({QStringLiteral("checklist"), QStringLiteral("set"), QStringLiteral("infra.dns"),
                               QStringLiteral("--status"), QStringLiteral("done")});
    EXPECT_NE(edit.exitCode, 0);
    const auto window = cockpit({QStringLiteral("approvals"), QStringLiteral("window"), QStringLiteral("--start"),
                                 QStringLiteral("2026-12-05T22:00:00Z"), QStringLiteral("--end"),
                                 QStringLiteral("2026-12-06T02:00:00Z")});
    EXPECT_NE(window.exitCode, 0);
    // Nothing was added: the ledger has the records it had.
    ASSERT_EQ(sql({QStringLiteral("UPDATE checklist_state SET note = '3 managers' WHERE item_id = 'infra.swarm'")}),
              QString());
    const auto verified = verify();
    EXPECT_EQ(verified.exitCode, 0) << verified.out.toStdString();
    EXPECT_TRUE(verified.out.contains(QStringLiteral("intact: 4 records"))) << verified.out.toStdString();
}

// 19.7: another program's WAL-mode file was checkpointed (its log folded in and deleted) by a
// look that said "left untouched".
TEST_F(StoreHostileTest, AForeignWalFileIsLeftTrulyUntouched)
{
    const QString foreign = m_dir.filePath(QStringLiteral("foreign.db"));
    const QString copy = m_dir.filePath(QStringLiteral("copy.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(foreign);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        for (const char* statement :
             {"PRAGMA journal_mode = WAL", "PRAGMA wal_autocheckpoint = 0", "PRAGMA application_id = 1234",
              "CREATE TABLE notes (body TEXT)", "INSERT INTO notes VALUES ('kept in the log')"})
            ASSERT_TRUE(query.exec(QString::fromLatin1(statement))) << statement;
        // The file and its log as a crash (or a copy while it runs) leaves them.
        ASSERT_TRUE(QFile::copy(foreign, copy));
        ASSERT_TRUE(QFile::copy(foreign + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray before = test::readFile(copy);
    const QByteArray log = test::readFile(copy + QStringLiteral("-wal"));
    ASSERT_FALSE(log.isEmpty());
    for (const QStringList& command : {QStringList{QStringLiteral("checklist"), QStringLiteral("show")},
                                       QStringList{QStringLiteral("approvals"), QStringLiteral("verify")}}) {
        const auto refused = cockpit(command, copy);
        EXPECT_EQ(refused.exitCode, 2) << refused.err.toStdString();
        EXPECT_TRUE(refused.err.contains(QStringLiteral("belongs to another program"))) << refused.err.toStdString();
    }
    EXPECT_EQ(test::readFile(copy), before) << "the file was changed";
    EXPECT_EQ(test::readFile(copy + QStringLiteral("-wal")), log) << "its log was changed or deleted";
}

// 19.7: a store on a read-only file system could not even be shown or verified.
TEST_F(StoreHostileTest, AReadOnlyStoreIsShownAndVerified)
{
    ASSERT_NO_FATAL_FAILURE(record());
    const QString archive = m_dir.filePath(QStringLiteral("archive"));
    ASSERT_TRUE(QDir().mkpath(archive));
    const auto mounted = test::mountTmpfs(archive, QStringLiteral("8m"));
    ASSERT_TRUE(mounted);
    ASSERT_EQ(sql({QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")}), QString());
    const QString copy = archive + QStringLiteral("/store.sqlite");
    ASSERT_TRUE(QFile::copy(storePath(), copy));
    ASSERT_EQ(QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), archive}),
              0);
    const auto shown = cockpit({QStringLiteral("checklist"), QStringLiteral("show")}, copy);
    EXPECT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("note (carol): 3 managers"))) << shown.out.toStdString();
    const auto verified = cockpit({QStringLiteral("approvals"), QStringLiteral("verify")}, copy);
    EXPECT_EQ(verified.exitCode, 0) << verified.err.toStdString() << verified.out.toStdString();
    const auto written = cockpit({QStringLiteral("checklist"), QStringLiteral("set"), QStringLiteral("infra.dns"),
                                  QStringLiteral("--status"), QStringLiteral("done")},
                                 copy);
    EXPECT_NE(written.exitCode, 0);
    EXPECT_TRUE(written.err.contains(QStringLiteral("read-only"))) << written.err.toStdString();
}

// 19.7: showing waited for the write lock (and failed after 10 s) while another cockpit wrote.
TEST_F(StoreHostileTest, ShowingDoesNotWaitForAWriter)
{
    ASSERT_NO_FATAL_FAILURE(record());
    const QString name = QStringLiteral("writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(storePath());
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QElapsedTimer clock;
        clock.start();
        const auto shown = cockpit({QStringLiteral("checklist"), QStringLiteral("show")});
        EXPECT_EQ(shown.exitCode, 0) << shown.err.toStdString();
        EXPECT_LT(clock.elapsed(), 5000);
        const auto verified = verify();
        EXPECT_EQ(verified.exitCode, 0) << verified.err.toStdString();
        query.exec(QStringLiteral("ROLLBACK"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// 19.7: mistakes in the command line created the default store and exited 2; errors of
// `checklist` said "check"; an empty --store meant the default store; --as took "" and newlines.
TEST_F(StoreHostileTest, CommandLineMistakesCreateNothingAndSayWhatIsWrong)
{
    const QString fresh = m_dir.filePath(QStringLiteral("never.sqlite"));
    for (const QStringList& mistake :
         {QStringList{QStringLiteral("checklist"), QStringLiteral("--hepl")},
          QStringList{QStringLiteral("checklist"), QStringLiteral("foo")},
          QStringList{QStringLiteral("checklist"), QStringLiteral("show"), QStringLiteral("--format"),
                      QStringLiteral("xml")},
          QStringList{QStringLiteral("checklist"), QStringLiteral("show"), QStringLiteral("--verbose")},
          QStringList{QStringLiteral("approvals"), QStringLiteral("sing")}}) {
        const auto refused = cockpit(mistake, fresh);
        EXPECT_EQ(refused.exitCode, 64) << mistake.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(refused.err.startsWith(QStringLiteral("rollout-cockpit ") + mistake.first() + QStringLiteral(":")))
            << refused.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(fresh)) << mistake.join(QLatin1Char(' ')).toStdString();
    }
    const auto emptyStore
        = test::runCommand(QStringLiteral(COCKPIT_BINARY),
                           {QStringLiteral("--settings"), m_dir.filePath(QStringLiteral("s.ini")),
                            QStringLiteral("--store"), QString(), QStringLiteral("checklist"), QStringLiteral("show")});
    EXPECT_EQ(emptyStore.exitCode, 2);
    EXPECT_TRUE(emptyStore.err.contains(QStringLiteral("--store needs a value"))) << emptyStore.err.toStdString();
    for (const QString& name :
         {QString(), QStringLiteral("  "), QStringLiteral("dana\nadmin"), QStringLiteral("dana\x1b[2J")}) {
        const auto refused
            = cockpit({QStringLiteral("checklist"), QStringLiteral("set"), QStringLiteral("infra.dns"),
                       QStringLiteral("--status"), QStringLiteral("done"), QStringLiteral("--as"), name});
        EXPECT_EQ(refused.exitCode, 2) << name.toStdString();
        EXPECT_TRUE(refused.err.contains(QStringLiteral("--as"))) << refused.err.toStdString();
    }
}

// 19.7: a dangling link as the store said "File exists"; an empty file was adopted and kept 0644.
TEST_F(StoreHostileTest, ADanglingLinkIsNamedAndAnAdoptedEmptyFileBecomesTheUsersAlone)
{
    const QString link = m_dir.filePath(QStringLiteral("link.sqlite"));
    ASSERT_TRUE(QFile::link(m_dir.filePath(QStringLiteral("gone/store.sqlite")), link));
    const auto dangling = cockpit({QStringLiteral("checklist"), QStringLiteral("show")}, link);
    EXPECT_NE(dangling.exitCode, 0);
    EXPECT_TRUE(dangling.err.contains(QStringLiteral("which does not exist"))) << dangling.err.toStdString();
    EXPECT_FALSE(dangling.err.contains(QStringLiteral("File exists"))) << dangling.err.toStdString();

    const QString empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
    QFile touch(empty);
    ASSERT_TRUE(touch.open(QIODevice::WriteOnly));
    touch.close();
    ASSERT_TRUE(
        QFile::setPermissions(empty, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    const auto adopted = cockpit({QStringLiteral("checklist"), QStringLiteral("show")}, empty);
    EXPECT_EQ(adopted.exitCode, 0) << adopted.err.toStdString();
    EXPECT_EQ(QFileInfo(empty).permissions()
                  & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
              QFile::Permissions());
}

// 19.7: notes, names and titles with terminal escapes were printed raw to a terminal.
TEST_F(StoreHostileTest, TerminalEscapesInTheRecordAreShownEscapedOnATerminal)
{
    const QString note = QStringLiteral("fine\x1b[2J\x1b[1;1Hall done \u202eenod");
    const auto set = cockpit({QStringLiteral("checklist"), QStringLiteral("set"), QStringLiteral("infra.dns"),
                              QStringLiteral("--note"), note, QStringLiteral("--as"), QStringLiteral("eve")});
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    // On a terminal (script gives the command one), the escapes are shown, not obeyed.
    const QString command
        = QStringLiteral("%1 --settings %2 --store %3 checklist show")
              .arg(QStringLiteral(COCKPIT_BINARY), m_dir.filePath(QStringLiteral("s.ini")), storePath());
    const auto terminal
        = test::runCommand(QStringLiteral("script"), {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
    EXPECT_EQ(terminal.exitCode, 0) << terminal.err.toStdString();
    EXPECT_TRUE(terminal.out.contains(QStringLiteral("fine\\x1b[2J\\x1b[1;1Hall done \\u202eenod")))
        << terminal.out.toStdString();
    EXPECT_FALSE(terminal.out.contains(QStringLiteral("\x1b[2J")));
    // Into a pipe, the note stays as recorded.
    const auto piped = cockpit({QStringLiteral("checklist"), QStringLiteral("show")});
    EXPECT_TRUE(piped.out.contains(note));
}

// 19.7: a store that could not be made for want of space was "an I/O error".
TEST_F(StoreHostileTest, AFullDiskAtOpenIsSaidToBeFull)
{
    const QString small = m_dir.filePath(QStringLiteral("small"));
    ASSERT_TRUE(QDir().mkpath(small));
    const auto mounted = test::mountTmpfs(small, QStringLiteral("64k"));
    ASSERT_TRUE(mounted);
    QFile filler(small + QStringLiteral("/filler"));
    ASSERT_TRUE(filler.open(QIODevice::WriteOnly));
    const QByteArray block(4096, 'x');
    while (filler.write(block) == block.size() && filler.flush()) { }
    filler.close();
    const auto refused
        = cockpit({QStringLiteral("checklist"), QStringLiteral("show")}, small + QStringLiteral("/s.sqlite"));
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("the disk is full"))) << refused.err.toStdString();
}

namespace {

// A record appended with an SQLite tool, its hash computed as docs/store.md describes the
// canonical form: what anyone who can write the file could do without the keychain.
QString forgeApproval(const std::function<QString(const QStringList&)>& sql, const QString& storePath)
{
    const QString name = QStringLiteral("forge");
    AuditEntry forged;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(storePath);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT id, hash, rollout_id FROM audit_log ORDER BY id DESC LIMIT 1"))
            || !query.next())
            return query.lastError().text();
        forged.id = query.value(0).toLongLong() + 1;
        const QString previous = query.value(1).toString();
        forged.rolloutId = query.value(2).toLongLong();
        forged.at = QDateTime::currentDateTimeUtc();
        forged.actor = QStringLiteral("sam");
        forged.entity = QStringLiteral("approval");
        forged.entityId = QStringLiteral("security-reviewer");
        forged.field = QStringLiteral("decision");
        forged.newValue = QStringLiteral("approve");
        forged.changeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        ledger::seal(forged, previous);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return sql(
        {QStringLiteral("INSERT INTO audit_log (id, rollout_id, at, actor, entity, entity_id, field, old_value, "
                        "new_value, change_id, origin, reverses, comment, prev_hash, hash) VALUES (%1, %2, '%3', "
                        "'sam', 'approval', 'security-reviewer', 'decision', '', 'approve', '%4', 'edit', NULL, "
                        "'', '%5', '%6')")
             .arg(forged.id)
             .arg(forged.rolloutId)
             .arg(toIsoUtc(forged.at), forged.changeId, forged.prevHash, forged.hash)});
}

} // namespace

// 19.6: with the canonical form documented and keyless, a valid-looking sign-off appended with an
// SQLite tool verified as intact. The records are sealed with a key the keychain holds now.
TEST_F(StoreHostileTest, ARecordAppendedWithoutTheKeychainsKeyIsNamed)
{
    ASSERT_NO_FATAL_FAILURE(record());
    const QString forged
        = forgeApproval([this](const QStringList& statements) { return sql(statements); }, storePath());
    ASSERT_EQ(forged, QString());
    const auto verified = verify();
    EXPECT_EQ(verified.exitCode, 1);
    EXPECT_TRUE(verified.out.contains(QStringLiteral("is not sealed with this store's key")))
        << verified.out.toStdString();
    EXPECT_TRUE(verified.out.contains(QStringLiteral("security-reviewer"))) << verified.out.toStdString();
    const auto shown = cockpit(
        {QStringLiteral("approvals"), QStringLiteral("show"), QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_FALSE(
        QJsonDocument::fromJson(shown.out.toUtf8())[QStringLiteral("gate")][QStringLiteral("open")].toBool(true));
}

// The seal taken away (its rows deleted with the triggers dropped), or the last records cut off:
// both named.
TEST_F(StoreHostileTest, ARemovedSealOrACutTailOfASealedStoreIsNamed)
{
    ASSERT_NO_FATAL_FAILURE(record());
    const QByteArray pristine = test::readFile(storePath());
    const auto restore = [&] {
        QFile::remove(storePath() + QStringLiteral("-wal"));
        QFile::remove(storePath() + QStringLiteral("-shm"));
        QFile file(storePath());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ASSERT_EQ(file.write(pristine), pristine.size());
    };
    // As a careful tamperer does it: the trigger dropped, the rows deleted, the trigger put back.
    ASSERT_EQ(sql({QStringLiteral("DROP TRIGGER store_seal_no_delete"), QStringLiteral("DELETE FROM store_seal"),
                   QStringLiteral("CREATE TRIGGER store_seal_no_delete BEFORE DELETE ON store_seal BEGIN SELECT "
                                  "RAISE(ABORT, 'the store seal is written once'); END")}),
              QString());
    auto verified = verify();
    EXPECT_EQ(verified.exitCode, 1);
    EXPECT_TRUE(verified.out.contains(QStringLiteral("the store's own seal is gone"))) << verified.out.toStdString();

    ASSERT_NO_FATAL_FAILURE(restore());
    ASSERT_EQ(sql({QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                   QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)"),
                   QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT "
                                  "RAISE(ABORT, 'audit_log is append-only'); END")}),
              QString());
    verified = verify();
    EXPECT_EQ(verified.exitCode, 1);
    EXPECT_TRUE(verified.out.contains(QStringLiteral("its last records were removed"))) << verified.out.toStdString();
}

// A second machine: without the key it cannot vouch for the records (never "intact"), and with
// the key handed over (export, import) it can.
TEST_F(StoreHostileTest, ASecondMachineNeedsTheKeyExportedFromTheFirst)
{
    ASSERT_NO_FATAL_FAILURE(record());
    const auto exported = cockpit({QStringLiteral("store"), QStringLiteral("key"), QStringLiteral("export")});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const QString token = exported.out.trimmed();
    ASSERT_TRUE(token.startsWith(QStringLiteral("rckey1:"))) << token.toStdString();
    // The other machine: a keychain of its own (a D-Bus session and keyring of its own).
    QTemporaryDir home;
    const auto elsewhere = [&](const QStringList& arguments) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        process.setProcessEnvironment(environment);
        QStringList quoted;
        for (const QString& a :
             QStringList{QStringLiteral(COCKPIT_BINARY), QStringLiteral("--settings"),
                         m_dir.filePath(QStringLiteral("s.ini")), QStringLiteral("--store"), storePath()}
                 + arguments)
            quoted.append(QLatin1Char('\'') + a + QLatin1Char('\''));
        process.start(QStringLiteral("dbus-run-session"),
                      {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                       QStringLiteral("echo second | gnome-keyring-daemon --unlock --components=secrets "
                                      ">/dev/null 2>&1; exec ")
                           + quoted.join(QLatin1Char(' '))});
        process.waitForFinished(30000);
        return test::CommandResult{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                                   QString::fromUtf8(process.readAllStandardError())};
    };
    const auto without = elsewhere({QStringLiteral("approvals"), QStringLiteral("verify")});
    EXPECT_EQ(without.exitCode, 1) << without.err.toStdString();
    EXPECT_TRUE(without.out.contains(QStringLiteral("no key"))) << without.out.toStdString();
    const auto wrong = elsewhere({QStringLiteral("store"), QStringLiteral("key"), QStringLiteral("import"),
                                  token.left(token.lastIndexOf(QLatin1Char(':')) + 1)
                                      + QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")});
    EXPECT_EQ(wrong.exitCode, 2);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("does not open this store's seal"))) << wrong.err.toStdString();
    const auto imported = elsewhere({QStringLiteral("store"), QStringLiteral("key"), QStringLiteral("import"), token});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    // The import keeps the key in that machine's keychain (its keyring file): a later command
    // finds it there and vouches for the records.
    const auto with = elsewhere({QStringLiteral("approvals"), QStringLiteral("verify")});
    EXPECT_EQ(with.exitCode, 0) << with.out.toStdString() << with.err.toStdString();
    EXPECT_TRUE(with.out.contains(QStringLiteral("intact"))) << with.out.toStdString();
}

// Issue 16: a careful tamperer removes the last record and its seal (the triggers dropped and
// put back): the chain and the seals still fit, and only what this machine verified before
// shows the loss. A head quoted from before is named missing; a store deliberately replaced is
// forgotten on request, and verifies again.
TEST_F(StoreHostileTest, RecordsRemovedWithTheirSealsAreCaughtByThisMachinesAnchor)
{
    ASSERT_NO_FATAL_FAILURE(record());
    const auto shown = cockpit({QStringLiteral("approvals"), QStringLiteral("show")});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    const qsizetype at = shown.out.indexOf(QStringLiteral("Anchor: "));
    ASSERT_GE(at, 0) << shown.out.toStdString();
    const QString quoted = shown.out.mid(at + 8).section(QLatin1Char(' '), 0, 0);
    ASSERT_TRUE(quoted.contains(QLatin1Char('@'))) << quoted.toStdString();
    const int records = quoted.section(QLatin1Char('@'), 1).toInt();
    const auto anchored = cockpit({QStringLiteral("store"), QStringLiteral("anchor")});
    EXPECT_EQ(anchored.exitCode, 0) << anchored.err.toStdString();
    EXPECT_TRUE(anchored.out.contains(
        QStringLiteral("%1 records, head %2").arg(records).arg(quoted.section(QLatin1Char('@'), 0, 0))))
        << anchored.out.toStdString();

    ASSERT_EQ(
        sql({QStringLiteral("DROP TRIGGER audit_log_no_delete"), QStringLiteral("DROP TRIGGER ledger_seal_no_delete"),
             QStringLiteral("DELETE FROM ledger_seal WHERE id = (SELECT max(id) FROM audit_log)"),
             QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)"),
             QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT "
                            "RAISE(ABORT, 'audit_log is append-only'); END"),
             QStringLiteral("CREATE TRIGGER ledger_seal_no_delete BEFORE DELETE ON ledger_seal BEGIN SELECT "
                            "RAISE(ABORT, 'ledger_seal is append-only'); END")}),
        QString());
    auto verified = verify();
    EXPECT_EQ(verified.exitCode, 1) << verified.out.toStdString() << verified.err.toStdString();
    EXPECT_TRUE(verified.out.contains(QStringLiteral("lost records since this machine last verified it")))
        << verified.out.toStdString();
    EXPECT_TRUE(verified.out.contains(QStringLiteral("it now ends at record %1").arg(records - 1)))
        << verified.out.toStdString();
    const auto show = cockpit({QStringLiteral("approvals"), QStringLiteral("show")});
    EXPECT_TRUE(show.out.contains(QStringLiteral("Gate: Closed"), Qt::CaseInsensitive)) << show.out.toStdString();
    const auto signedOff = cockpit({QStringLiteral("approvals"), QStringLiteral("sign"),
                                    QStringLiteral("database-lead"), QStringLiteral("--decision"),
                                    QStringLiteral("approve"), QStringLiteral("--as"), QStringLiteral("dana")});
    EXPECT_NE(signedOff.exitCode, 0) << "a broken record takes no sign-off";

    // A head from before, given as an anchor: missing, and a malformed one is a usage error.
    const auto given
        = cockpit({QStringLiteral("approvals"), QStringLiteral("verify"), QStringLiteral("--anchor"), quoted});
    EXPECT_EQ(given.exitCode, 1);
    const auto malformed = cockpit(
        {QStringLiteral("approvals"), QStringLiteral("verify"), QStringLiteral("--anchor"), QStringLiteral("5f1c")});
    EXPECT_EQ(malformed.exitCode, 64) << malformed.err.toStdString();
    EXPECT_TRUE(malformed.err.contains(QStringLiteral("at least 16 hexadecimal digits")))
        << malformed.err.toStdString();

    // Replaced on purpose: this machine forgets, and the record as it is now verifies and is anchored.
    const auto forgotten = cockpit({QStringLiteral("store"), QStringLiteral("anchor"), QStringLiteral("forget")});
    EXPECT_EQ(forgotten.exitCode, 0) << forgotten.err.toStdString();
    EXPECT_TRUE(forgotten.err.contains(QStringLiteral("no longer remembers"))) << forgotten.err.toStdString();
    verified = verify();
    EXPECT_EQ(verified.exitCode, 0) << verified.out.toStdString();
    const auto still
        = cockpit({QStringLiteral("approvals"), QStringLiteral("verify"), QStringLiteral("--anchor"), quoted});
    EXPECT_EQ(still.exitCode, 1) << "a quoted head outlives what this machine forgot";
    EXPECT_TRUE(still.out.contains(QStringLiteral("lost records since the anchor given was taken")))
        << still.out.toStdString();
}
