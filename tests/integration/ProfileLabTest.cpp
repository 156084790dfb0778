// `rollout-cockpit profile ...` against the lab, as a script would run it, with passwords in
// the session's keychain. And the rule that no lab password lands anywhere else.
#include "Lab.h"
#include "TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace cockpit;
using test::Lab;

namespace {

class ProfileLabTest : public ::testing::Test
{
protected:
    QString settingsFile() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    test::CommandResult cockpit(const QStringList& arguments)
    {
        return test::runCommand(QStringLiteral(COCKPIT_BINARY),
                                QStringList{QStringLiteral("--settings"), settingsFile()} + arguments);
    }
    void importLab()
    {
        const test::CommandResult imported = cockpit(
            {QStringLiteral("profile"), QStringLiteral("import"), Lab::get().dir + QStringLiteral("/profile.json")});
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    }

    QTemporaryDir m_dir;
};

// `profile test --format json`: {"profile", "ok", "endpoints": [...], "warnings": [...]}.
QJsonArray parseEndpoints(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object()[QStringLiteral("endpoints")].toArray();
}

} // namespace

TEST_F(ProfileLabTest, EveryLabEndpointAnswers)
{
    importLab();
    const test::CommandResult list = cockpit({QStringLiteral("profile"), QStringLiteral("list")});
    EXPECT_TRUE(list.out.startsWith(QStringLiteral("lab  (13 endpoints)"))) << list.out.toStdString();
    const test::CommandResult tested
        = cockpit({QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("lab"), QStringLiteral("--format"),
                   QStringLiteral("json")});
    EXPECT_EQ(tested.exitCode, 0) << tested.out.toStdString() << tested.err.toStdString();
    const QJsonArray checks = parseEndpoints(tested.out);
    ASSERT_EQ(checks.size(), 13);
    EXPECT_TRUE(QJsonDocument::fromJson(tested.out.toUtf8())[QStringLiteral("warnings")].toArray().isEmpty());
    int primaries = 0;
    QStringList components;
    for (const QJsonValue& check : checks) {
        EXPECT_TRUE(check[QStringLiteral("ok")].toBool()) << QJsonDocument(check.toObject()).toJson().toStdString();
        EXPECT_GE(check[QStringLiteral("latency_ms")].toDouble(), 0.0);
        EXPECT_TRUE(check[QStringLiteral("error")].isNull());
        components.append(check[QStringLiteral("component")].toString());
        if (check[QStringLiteral("component")].toString() == QLatin1String("postgres")) {
            EXPECT_GE(check[QStringLiteral("timeline")].toInt(), 1);
            primaries += check[QStringLiteral("accepts_writes")].toBool() ? 1 : 0;
        }
        if (check[QStringLiteral("component")].toString() != QLatin1String("dns")) {
            EXPECT_FALSE(check[QStringLiteral("version")].toString().isEmpty());
        }
    }
    for (const char* component :
         {"postgres", "pgbouncer", "patroni", "etcd", "prometheus", "alertmanager", "docker", "dns"})
        EXPECT_TRUE(components.contains(QString::fromLatin1(component))) << component;
    EXPECT_EQ(primaries, 1);
}

TEST_F(ProfileLabTest, ADeadEndpointFailsTheTestAndSaysWhich)
{
    QJsonObject profile = Lab::get().profile;
    profile[QStringLiteral("name")] = QStringLiteral("lab-with-a-hole");
    QJsonObject prometheus{{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:1")}};
    profile[QStringLiteral("prometheus")] = prometheus;
    const QString file = m_dir.filePath(QStringLiteral("hole.json"));
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(profile).toJson());
    out.close();
    ASSERT_EQ(cockpit({QStringLiteral("profile"), QStringLiteral("import"), file}).exitCode, 0);
    const test::CommandResult tested
        = cockpit({QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("lab-with-a-hole"),
                   QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(tested.exitCode, 1);
    int failed = 0;
    for (const QJsonValue& check : parseEndpoints(tested.out)) {
        if (!check[QStringLiteral("ok")].toBool()) {
            ++failed;
            EXPECT_EQ(check[QStringLiteral("component")].toString(), QStringLiteral("prometheus"));
            EXPECT_TRUE(check[QStringLiteral("error")].toString().contains(QStringLiteral("cannot connect")));
        }
    }
    EXPECT_EQ(failed, 1);
}

TEST_F(ProfileLabTest, BadInputIsRefusedWithItsPath)
{
    const test::CommandResult unknown
        = cockpit({QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("no-such-profile")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("no profile named \"no-such-profile\"")));
    const QString file = m_dir.filePath(QStringLiteral("broken.json"));
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(R"({"name": "x", "prometheus": {"url": 42}})");
    out.close();
    const test::CommandResult broken = cockpit({QStringLiteral("profile"), QStringLiteral("import"), file});
    EXPECT_EQ(broken.exitCode, 2);
    EXPECT_TRUE(broken.err.contains(QStringLiteral("prometheus.url: expected a string, found a number")))
        << broken.err.toStdString();
}

// No lab password in the settings, the store, the lab's logs, or any process's command line.
TEST_F(ProfileLabTest, NoLabPasswordLeaksAnywhere)
{
    importLab();
    const test::CommandResult tested
        = cockpit({QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("lab")});
    ASSERT_EQ(tested.exitCode, 0) << tested.out.toStdString();
    QStringList secrets;
    for (const char* name : {"dpg_cluster", "superuser", "replication", "patroni-api", "monitor"}) {
        const QString secret = Lab::get().secret(QString::fromLatin1(name));
        ASSERT_GE(secret.size(), 16) << name;
        secrets.append(secret);
    }
    const auto containsSecret = [&](const QByteArray& bytes, const QString& where) {
        for (const QString& secret : secrets)
            EXPECT_FALSE(bytes.contains(secret.toUtf8())) << "a lab password appears in " << where.toStdString();
    };
    QFile settings(settingsFile());
    ASSERT_TRUE(settings.open(QIODevice::ReadOnly));
    containsSecret(settings.readAll(), settingsFile());
    containsSecret(tested.out.toUtf8() + tested.err.toUtf8(), QStringLiteral("the command's output"));
    QDirIterator logs(Lab::get().dir + QStringLiteral("/log"), QDir::Files);
    while (logs.hasNext()) {
        QFile log(logs.next());
        if (log.open(QIODevice::ReadOnly))
            containsSecret(log.readAll(), log.fileName());
    }
    QProcess ps;
    ps.start(QStringLiteral("ps"), {QStringLiteral("-eo"), QStringLiteral("args")});
    ASSERT_TRUE(ps.waitForFinished(10000));
    containsSecret(ps.readAllStandardOutput(), QStringLiteral("ps output"));
}
