// The system keychain through QtKeychain. scripts/test runs these inside dbus-run-session
// with an unlocked gnome-keyring, as a desktop session would have.
#include "TestSupport.h"

#include "connectors/secrets/SecretStore.h"

#include <QProcess>
#include <QUuid>

#include <gtest/gtest.h>

using namespace cockpit;

TEST(Keychain, IsAvailableInThisSession)
{
    const auto probe = test::await(KeychainSecretStore::probe());
    ASSERT_TRUE(probe.has_value());
    EXPECT_TRUE(probe->ok()) << probe->error().toString().toStdString()
                             << "\n(run inside dbus-run-session with gnome-keyring, as scripts/test does)";
}

TEST(Keychain, WritesReadsAndRemovesASecret)
{
    KeychainSecretStore store(QStringLiteral("rollout-cockpit-tests"));
    const QString key = QStringLiteral("test/") + QUuid::createUuid().toString(QUuid::Id128);
    const QString secret = QStringLiteral("s3cret-ÄÖÜ-") + QUuid::createUuid().toString(QUuid::Id128);
    const auto written = test::await(store.write(key, secret));
    ASSERT_TRUE(written && written->ok()) << (written ? written->error().toString().toStdString() : "timeout");
    const auto read = test::await(store.read(key));
    ASSERT_TRUE(read && read->ok());
    EXPECT_EQ(read->value(), secret);
    const auto removed = test::await(store.remove(key));
    ASSERT_TRUE(removed && removed->ok());
    const auto gone = test::await(store.read(key));
    ASSERT_TRUE(gone.has_value());
    ASSERT_FALSE(gone->ok());
    EXPECT_EQ(gone->error().kind, ErrorKind::NotFound);
    EXPECT_FALSE(gone->error().toString().contains(secret));
}

TEST(Keychain, SessionStoreHoldsSecretsInMemoryOnly)
{
    SessionSecretStore store;
    EXPECT_FALSE(store.isPersistent());
    ASSERT_TRUE(test::await(store.write(QStringLiteral("k"), QStringLiteral("v")))->ok());
    EXPECT_EQ(test::await(store.read(QStringLiteral("k")))->value(), QStringLiteral("v"));
    EXPECT_EQ(test::await(store.read(QStringLiteral("other")))->error().kind, ErrorKind::NotFound);
}

// Without a session bus there is no keychain: the cockpit must say so, not fall back to
// anything. A child process without DBUS_SESSION_BUS_ADDRESS or DISPLAY shows it.
TEST(Keychain, WithoutASessionBusItSaysSoPlainly)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    child.setProcessEnvironment(env);
    child.start(QStringLiteral(COCKPIT_BINARY),
                {QStringLiteral("--settings"), QStringLiteral("/nonexistent/s.ini"), QStringLiteral("profile"),
                 QStringLiteral("import"), test::dataPath(QStringLiteral("profiles/with-password-file.json"))});
    ASSERT_TRUE(child.waitForFinished(30000));
    const QString errors = QString::fromUtf8(child.readAllStandardError());
    EXPECT_EQ(child.exitCode(), 1);
    EXPECT_TRUE(errors.contains(QStringLiteral("passwords could not be stored"))) << errors.toStdString();
    EXPECT_TRUE(errors.contains(QStringLiteral("keychain"))) << errors.toStdString();
}
