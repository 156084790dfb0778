#include "Lab.h"

#include "connectors/patroni/PatroniClient.h"
#include "connectors/postgres/PgConnection.h"
#include "connectors/secrets/SecretStore.h"
#include "core/ConnectionProfile.h"
#include "engine/profiles/ProfileImporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include <csignal>

namespace cockpit::test {
namespace {

QString labDir()
{
    const QString dir = qEnvironmentVariable("COCKPIT_LAB_DIR");
    return dir.isEmpty() ? QStringLiteral("/tmp/cockpit-lab") : dir;
}

} // namespace

bool Lab::isUp()
{
    return QFile::exists(labDir() + QStringLiteral("/profile.json"));
}

const Lab& Lab::get()
{
    static Lab lab = [] {
        Lab l;
        l.dir = labDir();
        QFile file(l.dir + QStringLiteral("/profile.json"));
        if (file.open(QIODevice::ReadOnly))
            l.profile = QJsonDocument::fromJson(file.readAll()).object();
        return l;
    }();
    if (lab.profile.isEmpty())
        ADD_FAILURE() << "the lab is not up (no " << lab.dir.toStdString() << "/profile.json): run scripts/lab up";
    return lab;
}

QString Lab::caFile() const
{
    return dir + QStringLiteral("/tls/ca.crt");
}

QString Lab::secret(const QString& name) const
{
    QFile file(dir + QStringLiteral("/secrets/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

QStringList Lab::patroniUrls() const
{
    QStringList urls;
    for (const QJsonValue& url : profile[QStringLiteral("patroni")][QStringLiteral("urls")].toArray())
        urls.append(url.toString());
    return urls;
}

QList<int> Lab::pgPorts() const
{
    QList<int> ports;
    for (const QJsonValue& node : profile[QStringLiteral("postgres")][QStringLiteral("nodes")].toArray())
        ports.append(node[QStringLiteral("port")].toInt());
    return ports;
}

QString Lab::dockerSocket() const
{
    return profile[QStringLiteral("docker")][QStringLiteral("endpoint")].toString().mid(7);
}

PgConnectOptions Lab::postgresOptions(QList<int> ports, const QString& host) const
{
    PgConnectOptions options;
    for (int port : ports.isEmpty() ? pgPorts() : ports)
        options.hosts.append({host, port});
    options.database = QStringLiteral("distributed_postgres_cluster");
    options.user = QStringLiteral("dpg_cluster");
    options.password = secret(QStringLiteral("dpg_cluster"));
    options.sslMode = QStringLiteral("verify-full");
    options.sslRootCert = caFile();
    return options;
}

QUrl Lab::prometheusUrl() const
{
    return QUrl(profile[QStringLiteral("prometheus")][QStringLiteral("url")].toString());
}

QUrl Lab::alertmanagerUrl() const
{
    return QUrl(profile[QStringLiteral("alertmanager")][QStringLiteral("url")].toString());
}

QUrl Lab::etcdUrl() const
{
    return QUrl(profile[QStringLiteral("etcd")][QStringLiteral("urls")].toArray().first().toString());
}

QStringList Lab::nodeNames() const
{
    QStringList names;
    for (const QJsonValue& node : profile[QStringLiteral("postgres")][QStringLiteral("nodes")].toArray())
        names.append(node[QStringLiteral("name")].toString());
    return names;
}

namespace {

bool commandLineContains(qint64 pid, const QString& expect)
{
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!cmdline.open(QIODevice::ReadOnly))
        return false;
    QByteArray text = cmdline.readAll();
    text.replace('\0', ' ');
    return text.contains(expect.toUtf8());
}

qint64 pidInFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    bool ok = false;
    const qint64 pid = QString::fromLatin1(file.readLine()).trimmed().toLongLong(&ok);
    return ok ? pid : 0;
}

} // namespace

qint64 Lab::pidOf(const QString& name, const QString& expect) const
{
    const qint64 pid = pidInFile(dir + QStringLiteral("/run/%1.pid").arg(name));
    return pid > 0 && commandLineContains(pid, expect) ? pid : 0;
}

bool Lab::signal(const QString& name, const QString& expect, int sig) const
{
    const qint64 pid = pidOf(name, expect);
    return pid > 0 && ::kill(static_cast<pid_t>(pid), sig) == 0;
}

qint64 Lab::postmasterPid(const QString& node) const
{
    const QString data = dir + QStringLiteral("/data/") + node;
    const qint64 pid = pidInFile(data + QStringLiteral("/postmaster.pid"));
    return pid > 0 && commandLineContains(pid, data) ? pid : 0;
}

ConnectionProfile Lab::connectionProfile() const
{
    QHash<QString, QString> passwordFiles;
    const auto parsed = ConnectionProfile::fromJson(profile, dir + QStringLiteral("/profile.json"), &passwordFiles);
    if (!parsed) {
        ADD_FAILURE() << parsed.error().toString().toStdString();
        return {};
    }
    return parsed.value();
}

void Lab::storePasswords(SessionSecretStore& secrets) const
{
    const QString name = profile[QStringLiteral("name")].toString();
    (void)secrets.write(secretKey(name, QStringLiteral("postgres")), secret(QStringLiteral("dpg_cluster")));
    (void)secrets.write(secretKey(name, QStringLiteral("postgres-check")), secret(QStringLiteral("rollout_check")));
    (void)secrets.write(secretKey(name, QStringLiteral("patroni")), secret(QStringLiteral("patroni-api")));
}

QStringList Lab::superuserSql(const QString& sql, QList<int> ports, const QString& database) const
{
    QStringList errors;
    for (int port : ports.isEmpty() ? pgPorts() : ports) {
        PgConnectOptions options = postgresOptions({port}, QStringLiteral("127.0.0.1"));
        options.user = QStringLiteral("postgres");
        options.password = secret(QStringLiteral("superuser"));
        options.database = database;
        PgConnection connection;
        const auto opened = resultOf(connection.open(options), 20000);
        if (!opened) {
            errors.append(QStringLiteral("%1: %2").arg(port).arg(opened.error().toString()));
            continue;
        }
        PgQueryOptions simple;
        simple.simpleProtocol = true; // several statements in one string
        const auto done = resultOf(connection.query(sql, {}, simple), 60000);
        if (!done)
            errors.append(QStringLiteral("%1: %2").arg(port).arg(done.error().toString()));
    }
    return errors;
}

int Lab::leaderPort() const
{
    for (int port : pgPorts()) {
        PgConnectOptions options = postgresOptions({port}, QStringLiteral("127.0.0.1"));
        PgConnection connection;
        if (!resultOf(connection.open(options), 10000))
            continue;
        const auto answer = resultOf(connection.query(QStringLiteral("SELECT pg_is_in_recovery()")), 10000);
        if (answer && answer->value(0, 0).toString() == QLatin1String("f"))
            return port;
    }
    return 0;
}

QString Lab::dataDir(const QString& node) const
{
    return dir + QStringLiteral("/data/") + node;
}

QString Lab::switchover(const QString& from, const QString& to) const
{
    const qsizetype index = nodeNames().indexOf(from);
    if (index < 0)
        return QStringLiteral("no member ") + from;
    PatroniEndpoint endpoint;
    endpoint.name = from;
    endpoint.baseUrl = QUrl(patroniUrls().value(index));
    endpoint.timeout = std::chrono::seconds(30);
    endpoint.user = profile[QStringLiteral("patroni")][QStringLiteral("user")].toString();
    endpoint.password = secret(QStringLiteral("patroni-api"));
    const auto moved = resultOf(PatroniClient(endpoint).switchover(from, to), 40000);
    return moved ? QString() : moved.error().toString();
}

CommandResult Lab::setPatroniPaused(bool paused) const
{
    // The password through curl's config on stdin, never on its command line.
    const QString auth = QStringLiteral("patroni:") + secret(QStringLiteral("patroni-api"));
    return test::runCommand(
        QStringLiteral("sh"),
        {QStringLiteral("-c"),
         QStringLiteral("printf 'user = \"%s\"\\n' \"$1\" | curl -fsS -K - -X PATCH -d '{\"pause\": %1}' %2/config")
             .arg(paused ? QStringLiteral("true") : QStringLiteral("false"), patroniUrls().first()),
         QStringLiteral("pause"), auth});
}

QString Lab::importProfile(Settings& settings)
{
    ProfileStore profiles(settings);
    KeychainSecretStore keychain;
    const auto imported = await(ProfileImporter::import(get().dir + QStringLiteral("/profile.json"),
                                                        QStringLiteral("lab"), keychain, profiles));
    if (!imported)
        return QStringLiteral("the import timed out");
    return imported->ok() ? QString() : imported->error().toString();
}

CommandResult Lab::up() const
{
    return runCommand(sourcePath(QStringLiteral("scripts/lab")), {QStringLiteral("up")}, 240000);
}

} // namespace cockpit::test
