#include "Lab.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

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

} // namespace cockpit::test
