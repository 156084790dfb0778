// The asynchronous libpq connection against the lab's Patroni cluster and PgBouncer.
#include "Lab.h"
#include "TestSupport.h"

#include "connectors/postgres/PgConnection.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>

using namespace cockpit;
using test::Lab;
using namespace std::chrono_literals;

namespace {

// Opens a connection or fails the test.
std::unique_ptr<PgConnection> openOrFail(const PgConnectOptions& options)
{
    auto connection = std::make_unique<PgConnection>();
    const auto opened = test::resultOf(connection->open(options));
    EXPECT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    return connection;
}

} // namespace

TEST(PostgresLab, ConnectsWithVerifyFullOverTls)
{
    const auto connection = openOrFail(Lab::get().postgresOptions({Lab::get().pgPorts().first()}));
    ASSERT_TRUE(connection->isOpen());
    EXPECT_TRUE(connection->serverInfo().ssl);
    EXPECT_TRUE(connection->serverInfo().sslProtocol.startsWith(QStringLiteral("TLSv1.")));
    EXPECT_GE(connection->serverInfo().serverVersion, 150000);
    const auto ssl
        = test::resultOf(connection->query(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")));
    ASSERT_TRUE(ssl.ok()) << ssl.error().toString().toStdString();
    EXPECT_EQ(ssl->value(0, 0).toString(), QStringLiteral("t"));
    // The certificate also names 127.0.0.1 (an IP SAN), so verify-full holds by address too.
    EXPECT_TRUE(
        openOrFail(Lab::get().postgresOptions({Lab::get().pgPorts().first()}, QStringLiteral("127.0.0.1")))->isOpen());
}

TEST(PostgresLab, MultiHostFindsTheLeaderAndAStandby)
{
    PgConnectOptions primary = Lab::get().postgresOptions();
    primary.targetSessionAttrs = QStringLiteral("read-write");
    const auto leader = openOrFail(primary);
    const auto recovery = test::resultOf(leader->query(QStringLiteral("SELECT pg_is_in_recovery()")));
    ASSERT_TRUE(recovery.ok());
    EXPECT_EQ(recovery->value(0, 0).toString(), QStringLiteral("f"));

    PgConnectOptions standby = Lab::get().postgresOptions();
    standby.targetSessionAttrs = QStringLiteral("standby");
    const auto replica = openOrFail(standby);
    EXPECT_NE(replica->node(), leader->node());
    EXPECT_TRUE(replica->serverInfo().inHotStandby);
}

TEST(PostgresLab, ParametersAreNeverSplicedIntoSql)
{
    const auto connection = openOrFail(Lab::get().postgresOptions());
    const QString hostile = QStringLiteral("'; DROP TABLE memory_entries; --");
    const auto result = test::resultOf(
        connection->query(QStringLiteral("SELECT $1::int + 1 AS next, $2::text AS text, $3::text AS nothing"),
                          {41, hostile, QVariant()}));
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    EXPECT_EQ(result->value(0, u"next").toString(), QStringLiteral("42"));
    EXPECT_EQ(result->value(0, u"text").toString(), hostile);
    EXPECT_FALSE(result->value(0, u"nothing").isValid()); // SQL NULL
    EXPECT_EQ(result->commandTag, QStringLiteral("SELECT 1"));
    const auto count = test::resultOf(connection->query(QStringLiteral("SELECT count(*) FROM memory_entries")));
    ASSERT_TRUE(count.ok()) << "memory_entries must still exist: " << count.error().toString().toStdString();
}

TEST(PostgresLab, QueuedQueriesRunInOrderOnOneConnection)
{
    const auto connection = openOrFail(Lab::get().postgresOptions());
    QList<QFuture<Result<PgQueryResult>>> futures;
    for (int i = 0; i < 20; ++i)
        futures.append(connection->query(QStringLiteral("SELECT $1::int"), {i}));
    for (int i = 0; i < 20; ++i) {
        const auto result = test::resultOf(futures[i]);
        ASSERT_TRUE(result.ok());
        EXPECT_EQ(result->value(0, 0).toInt(), i);
    }
}

TEST(PostgresLab, SqlErrorsCarryTheirSqlState)
{
    const auto connection = openOrFail(Lab::get().postgresOptions());
    const auto missing = test::resultOf(connection->query(QStringLiteral("SELECT * FROM no_such_table")));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, QStringLiteral("42P01"));
    EXPECT_EQ(missing.error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("no_such_table")));
    ASSERT_TRUE(test::resultOf(connection->query(QStringLiteral("SET default_transaction_read_only = on"))).ok());
    const auto readOnly
        = test::resultOf(connection->query(QStringLiteral("INSERT INTO memory_entries (key, value) VALUES ($1, $2)"),
                                           {QStringLiteral("x"), QStringLiteral("y")}));
    ASSERT_FALSE(readOnly.ok());
    EXPECT_EQ(readOnly.error().code, QStringLiteral("25006")); // read_only_sql_transaction
    EXPECT_EQ(readOnly.error().kind, ErrorKind::Conflict);
    const auto ok = test::resultOf(connection->query(QStringLiteral("SELECT 1")));
    EXPECT_TRUE(ok.ok()) << "the connection is usable after errors";
}

TEST(PostgresLab, WrongPasswordIsAnAuthErrorThatNamesNoSecret)
{
    PgConnectOptions options = Lab::get().postgresOptions({Lab::get().pgPorts().first()});
    options.password = QStringLiteral("not-the-password-4711");
    PgConnection connection;
    const auto opened = test::resultOf(connection.open(options));
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, ErrorKind::Auth) << opened.error().toString().toStdString();
    EXPECT_FALSE(opened.error().toString().contains(QStringLiteral("4711")));
    EXPECT_FALSE(opened.error().toString().contains(Lab::get().secret(QStringLiteral("dpg_cluster"))));
}

TEST(PostgresLab, ACertificateFromAnotherCaDoesNotVerify)
{
    QTemporaryDir dir;
    const QString ca = test::makeSelfSignedCertificate(dir.path(), QStringLiteral("Other CA")).certificate;
    ASSERT_FALSE(ca.isEmpty());
    PgConnectOptions options = Lab::get().postgresOptions({Lab::get().pgPorts().first()});
    options.sslRootCert = ca;
    PgConnection connection;
    const auto opened = test::resultOf(connection.open(options));
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, ErrorKind::Tls) << opened.error().toString().toStdString();
}

TEST(PostgresLab, AClosedPortIsRefusedQuickly)
{
    PgConnectOptions options = Lab::get().postgresOptions({1}, QStringLiteral("127.0.0.1"));
    PgConnection connection;
    QElapsedTimer clock;
    clock.start();
    const auto opened = test::resultOf(connection.open(options));
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, ErrorKind::Network) << opened.error().toString().toStdString();
    EXPECT_LT(clock.elapsed(), 2000);
}

TEST(PostgresLab, ASlowStatementIsCancelledAtItsTimeout)
{
    const auto connection = openOrFail(Lab::get().postgresOptions());
    QElapsedTimer clock;
    clock.start();
    const auto slow = test::resultOf(connection->query(QStringLiteral("SELECT pg_sleep(10)"), {}, {300ms}));
    ASSERT_FALSE(slow.ok());
    EXPECT_EQ(slow.error().kind, ErrorKind::Timeout);
    EXPECT_EQ(slow.error().code, QStringLiteral("57014"));
    EXPECT_LT(clock.elapsed(), 3000);
    const auto after = test::resultOf(connection->query(QStringLiteral("SELECT 1")));
    EXPECT_TRUE(after.ok()) << "usable after a cancel: " << after.error().toString().toStdString();
}

// A connection owned by a worker thread (a migration's, a sampler's, a probe's): the cancel
// after a timeout is answered on that thread, and the next query starts there. Before, the
// cancel's answer started the next query from the application's thread (a data race on the
// libpq connection; PgConnection now stops the process when that happens).
TEST(PostgresLab, ACancelOnAWorkerThreadsConnectionFinishesOnThatThread)
{
    const PgConnectOptions options = Lab::get().postgresOptions();
    std::atomic_bool done{false};
    QString problem;
    QThread* worker = QThread::create([&] {
        PgConnection connection;
        const auto opened = test::resultOf(connection.open(options));
        if (!opened.ok()) {
            problem = opened.error().toString();
        } else {
            // Both queued at once: the second waits for the cancel of the first to come back.
            auto slow = connection.query(QStringLiteral("SELECT pg_sleep(10)"), {}, {300ms});
            auto next = connection.query(QStringLiteral("SELECT 1"));
            const auto first = test::resultOf(slow);
            const auto second = test::resultOf(next);
            if (first.ok() || first.error().kind != ErrorKind::Timeout)
                problem = QStringLiteral("the slow query did not time out");
            else if (!second.ok())
                problem = QStringLiteral("the next query failed: ") + second.error().toString();
        }
        done = true;
    });
    worker->start();
    // The application's thread keeps its event loop running, as the window's does.
    EXPECT_TRUE(test::waitFor([&] { return done.load(); }, 20000));
    worker->wait();
    delete worker;
    EXPECT_TRUE(problem.isEmpty()) << problem.toStdString();
}

TEST(PostgresLab, AHugeResultIsRefusedWithBoundedMemory)
{
    const auto connection = openOrFail(Lab::get().postgresOptions());
    PgQueryOptions options;
    options.maxBytes = 8 * 1024 * 1024;
    // ~200 MB if it were all read.
    const auto huge = test::resultOf(
        connection->query(QStringLiteral("SELECT repeat('x', 1000000) FROM generate_series(1, 200)"), {}, options),
        60000);
    ASSERT_FALSE(huge.ok());
    EXPECT_EQ(huge.error().kind, ErrorKind::Protocol);
    EXPECT_TRUE(huge.error().message.contains(QStringLiteral("larger than 8388608 bytes")));
    const auto after = test::resultOf(connection->query(QStringLiteral("SELECT 1")));
    EXPECT_TRUE(after.ok());
}

TEST(PostgresLab, ListenReceivesNotifications)
{
    // LISTEN needs a primary, and notifications are per node: both ends on the leader.
    PgConnectOptions leader = Lab::get().postgresOptions();
    leader.targetSessionAttrs = QStringLiteral("read-write");
    const auto listener = openOrFail(leader);
    const auto sender = openOrFail(leader);
    ASSERT_EQ(listener->node(), sender->node());
    QSignalSpy spy(listener.get(), &PgConnection::notified);
    ASSERT_TRUE(test::resultOf(listener->listen(QStringLiteral("cockpit test channel"))).ok());
    const auto sent = test::resultOf(sender->query(QStringLiteral("SELECT pg_notify($1, $2)"),
                                                   {QStringLiteral("cockpit test channel"), QStringLiteral("hello")}));
    ASSERT_TRUE(sent.ok()) << sent.error().toString().toStdString();
    ASSERT_TRUE(test::waitFor([&] { return spy.count() == 1; }, 5000));
    const auto notification = spy.first().first().value<PgNotification>();
    EXPECT_EQ(notification.channel, QStringLiteral("cockpit test channel"));
    EXPECT_EQ(notification.payload, QStringLiteral("hello"));
}

TEST(PostgresLab, ThroughPgBouncer)
{
    const Lab& lab = Lab::get();
    PgConnectOptions options = Lab::get().postgresOptions(
        {lab.profile[QStringLiteral("pgbouncer")][QStringLiteral("port")].toInt()}, QStringLiteral("127.0.0.1"));
    options.sslMode = QStringLiteral("disable"); // PgBouncer itself speaks plain TCP on loopback
    const auto connection = openOrFail(options);
    const auto count = test::resultOf(connection->query(QStringLiteral("SELECT count(*) FROM memory_entries")));
    ASSERT_TRUE(count.ok()) << count.error().toString().toStdString();
    EXPECT_GT(count->value(0, 0).toLongLong(), 1000);
}
