// How the window's migration session starts and ends its threads: one run at a time even while
// the keychain is slow to answer, and no probe thread outliving the session (it asks the store
// and reads the session's flags).
#include "HostileServer.h"
#include "TestSupport.h"

#include "connectors/secrets/SecretStore.h"
#include "core/RunbookLoader.h"
#include "engine/migration/MigrationPlan.h"
#include "engine/migration/MigrationSession.h"
#include "engine/services/ExecSetup.h"
#include "store/AsyncStore.h"
#include "store/Store.h"

#include <QPromise>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using namespace cockpit;
using namespace cockpit::migration;

namespace {

// A keychain that answers every read after a while, on the thread that asked (as a keychain
// that shows its unlock prompt does).
class SlowSecretStore final : public SecretStore
{
public:
    explicit SlowSecretStore(int delayMs) : m_delayMs(delayMs) { }
    QFuture<Result<QString>> read(const QString&) override
    {
        ++reads;
        auto promise = std::make_shared<QPromise<Result<QString>>>();
        promise->start();
        QTimer::singleShot(m_delayMs, [promise] {
            promise->addResult(Result<QString>(QStringLiteral("not-a-real-password")));
            promise->finish();
        });
        return promise->future();
    }
    QFuture<Result<Done>> write(const QString&, const QString&) override { return {}; }
    QFuture<Result<Done>> remove(const QString&) override { return {}; }
    QString backendName() const override { return QStringLiteral("slow"); }
    bool isPersistent() const override { return false; }

    int reads = 0;

private:
    int m_delayMs;
};

// One PostgreSQL node where nothing useful answers; its password is a credential to fetch.
ConnectionProfile profileAt(quint16 port)
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("nowhere");
    profile.pgNodes = {{QStringLiteral("pg1"), QStringLiteral("127.0.0.1"), port}};
    profile.pgDatabase = QStringLiteral("postgres");
    profile.pgUser = QStringLiteral("nobody");
    profile.pgSslMode = QStringLiteral("disable");
    return profile;
}

class SessionThreadsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_runbook = RunbookLoader::loadFile(builtinRunbookPath()).value();
        m_store = std::make_unique<AsyncStore>(m_dir.filePath(QStringLiteral("s.sqlite")));
        ASSERT_TRUE(test::resultOf(m_store->open()).ok());
        const auto rollout = test::resultOf(m_store->ensureRollout(m_runbook.id, m_runbook.title, QStringLiteral("t")));
        ASSERT_TRUE(rollout.ok());
        m_rollout = rollout->id;
    }

    QTemporaryDir m_dir;
    Runbook m_runbook;
    std::unique_ptr<AsyncStore> m_store;
    qint64 m_rollout = 0;
};

} // namespace

// Run clicked twice while the keychain answers: before, the second click started a second run
// (isRunning() was false until the passwords came), whose end deleted the other's thread.
TEST_F(SessionThreadsTest, RunClickedTwiceWhileTheKeychainAnswersStartsOneRun)
{
    SlowSecretStore secrets(400);
    ExecSetup exec(secrets, Clock::system());
    exec.useStore(m_store.get());
    auto session = std::make_unique<MigrationSession>(*m_store, exec);
    session->setContext(m_runbook, profileAt(1), m_rollout, QStringLiteral("rita"));
    ASSERT_TRUE(test::waitFor([&] { return session->isLoaded(); }));
    QSignalSpy finished(session.get(), &MigrationSession::finished);

    RunOptions dryRun;
    dryRun.dryRun = true;
    session->start(dryRun);
    EXPECT_TRUE(session->isRunning()) << "running from the click on, while the passwords are fetched";
    session->start(dryRun); // the second click
    session->start(dryRun);
    EXPECT_EQ(secrets.reads, 1) << "one run asks the keychain once";
    ASSERT_TRUE(test::waitFor([&] { return !session->isRunning(); }, 60000));
    test::waitFor([] { return false; }, 300); // a second run's end would arrive now
    EXPECT_EQ(finished.size(), 1);
}

// An abort while the keychain answers ends the start: nothing runs when the passwords come.
TEST_F(SessionThreadsTest, AbortWhileTheKeychainAnswersStartsNothing)
{
    SlowSecretStore secrets(300);
    ExecSetup exec(secrets, Clock::system());
    exec.useStore(m_store.get());
    MigrationSession session(*m_store, exec);
    session.setContext(m_runbook, profileAt(1), m_rollout, QStringLiteral("rita"));
    ASSERT_TRUE(test::waitFor([&] { return session.isLoaded(); }));
    QSignalSpy started(&session, &MigrationSession::actionStarted);
    QSignalSpy output(&session, &MigrationSession::output);
    QSignalSpy finished(&session, &MigrationSession::finished);
    RunOptions dryRun;
    dryRun.dryRun = true;
    session.start(dryRun);
    session.abort();
    EXPECT_FALSE(session.isRunning());
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.first().at(0).toInt(), static_cast<int>(RunStatus::Stopped));
    test::waitFor([] { return false; }, 800); // the keychain answers meanwhile
    EXPECT_EQ(output.size(), 0) << "a dry run would have printed its actions";
    EXPECT_EQ(started.size(), 0);
    EXPECT_EQ(finished.size(), 1);
}

// The window closed while a probe asks the cluster: before, the probe's thread went on after the
// session (and then the store) were gone.
TEST_F(SessionThreadsTest, ASessionEndingDuringAProbeWaitsForItsThread)
{
    test::HostileServer silent(test::HostileServer::Behaviour::Silent);
    SessionSecretStore secrets;
    ExecSetup exec(secrets, Clock::system());
    exec.useStore(m_store.get());
    // An action of the migration, in doubt: its start is in the journal, its end is not.
    const Plan plan = buildPlan(m_runbook, Procedure::Migration);
    QString path;
    for (const PlannedAction& action : plan.actions) {
        if (action.action.kind == Action::Kind::ReadOnly) {
            path = action.path;
            break;
        }
    }
    ASSERT_FALSE(path.isEmpty());
    const qint64 rollout = m_rollout;
    ASSERT_TRUE(test::resultOf(m_store->run<AuditEntry>([&](Store& store) {
                    return store.appendJournal(rollout, path, QStringLiteral("start"), QStringLiteral("{}"),
                                               QStringLiteral("{}"), QStringLiteral("rita"));
                })).ok());

    auto session = std::make_unique<MigrationSession>(*m_store, exec);
    session->setContext(m_runbook, profileAt(silent.port()), m_rollout, QStringLiteral("rita"));
    ASSERT_TRUE(test::waitFor([&] { return session->isLoaded(); }));
    ASSERT_EQ(session->journal().record(path).state, ActionState::InDoubt);
    const int before = MigrationSession::probeThreadsRunning();
    ASSERT_TRUE(session->probe(path));
    // The probe now waits for a server that never answers (a 5 s connect timeout).
    ASSERT_TRUE(test::waitFor([&] { return MigrationSession::probeThreadsRunning() == before + 1; }, 2000));
    session.reset();
    EXPECT_EQ(MigrationSession::probeThreadsRunning(), before) << "a probe thread outlived its session";
}
