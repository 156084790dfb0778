#include "TestSupport.h"

#include "core/ConnectionProfile.h"
#include "core/Settings.h"

#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace cockpit;

namespace {

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

const char* kProfile = R"({
  "name": "staging",
  "postgres": {"nodes": [{"name": "db1", "host": "db1.staging", "port": 5432}], "database": "app", "user": "ops",
               "ca_file": "/etc/ssl/staging-ca.pem", "password_file": "/run/secrets/pg"},
  "pgbouncer": {"host": "pool.staging", "port": 6432},
  "patroni": {"urls": ["https://db1.staging:8008"], "user": "patroni"},
  "prometheus": {"url": "https://prometheus.staging"},
  "docker": {"endpoint": "tcp://swarm.staging:2376", "service": "app", "ca_file": "/ca", "cert_file": "/c", "key_file": "/k"},
  "dns": {"names": ["api.staging"]}
})";

} // namespace

TEST(ConnectionProfile, RoundTripsWithoutPasswordFiles)
{
    QHash<QString, QString> files;
    const auto profile = ConnectionProfile::fromJson(json(kProfile), QStringLiteral("staging.json"), &files);
    ASSERT_TRUE(profile.ok()) << profile.error().toString().toStdString();
    EXPECT_EQ(files.value(QStringLiteral("postgres")), QStringLiteral("/run/secrets/pg"));
    EXPECT_EQ(profile->credentials(), (QStringList{QStringLiteral("postgres"), QStringLiteral("patroni")}));
    EXPECT_EQ(profile->pgNodes.first().host, QStringLiteral("db1.staging"));
    EXPECT_EQ(profile->dockerTls.certFile, QStringLiteral("/c"));
    const QJsonObject saved = profile->toJson();
    EXPECT_FALSE(QJsonDocument(saved).toJson().contains("password")) << "a saved profile names no password file";
    const auto again = ConnectionProfile::fromJson(saved, QStringLiteral("again"));
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_EQ(again->toJson(), saved);
}

TEST(ConnectionProfile, PasswordFilesAreRefusedOutsideAnImport)
{
    const auto profile = ConnectionProfile::fromJson(json(kProfile), QStringLiteral("settings"));
    ASSERT_FALSE(profile.ok());
    EXPECT_TRUE(profile.error().toString().contains(QStringLiteral("postgres.password_file: unknown key")));
}

TEST(ConnectionProfile, ProblemsNameTheirJsonPath)
{
    const auto profile = ConnectionProfile::fromJson(
        json(R"({"name": "bad name!", "postgres": {"nodes": [{"host": "h", "port": 70000}], "database": "d"},
                 "prometheus": {"url": "ftp://x"}, "docker": {"endpoint": "docker.sock"}, "grafana": {}})"),
        QStringLiteral("p.json"));
    ASSERT_FALSE(profile.ok());
    const QString text = profile.error().toString();
    for (const char* expected :
         {"name: use letters", "postgres.nodes[0].port: expected a whole number from 1 to 65535",
          "postgres.user: missing required key", "prometheus.url: expected an http:// or https:// URL",
          "docker.endpoint: expected unix://PATH or tcp://HOST:PORT", "grafana: unknown key"}) {
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n" << text.toStdString();
    }
}

TEST(ProfileStore, SavesLoadsListsAndRemoves)
{
    QTemporaryDir dir;
    auto settings = Settings::createAt(dir.filePath(QStringLiteral("s.ini")));
    ProfileStore store(*settings);
    EXPECT_TRUE(store.names().isEmpty());
    QHash<QString, QString> files;
    const auto profile = ConnectionProfile::fromJson(json(kProfile), QStringLiteral("p"), &files);
    ASSERT_TRUE(profile.ok());
    store.save(profile.value());
    EXPECT_EQ(store.names(), QStringList{QStringLiteral("staging")});
    const auto loaded = store.load(QStringLiteral("staging"));
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    EXPECT_EQ(loaded->toJson(), profile->toJson());
    EXPECT_EQ(store.load(QStringLiteral("nope")).error().kind, ErrorKind::NotFound);
    store.remove(QStringLiteral("staging"));
    EXPECT_TRUE(store.names().isEmpty());
}
