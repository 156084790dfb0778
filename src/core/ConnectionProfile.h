#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cockpit {

class Settings;

// Where the cluster's services are, for one environment (the lab, staging, production).
// Holds no secret: passwords live in the keychain under secretKey(name, credential).
struct ConnectionProfile
{
    struct PgNode
    {
        QString name;
        QString host;
        int port = 5432;
    };
    struct Tls
    {
        QString caFile;
        QString certFile;
        QString keyFile;
    };

    QString name;
    QString description;

    QList<PgNode> pgNodes;
    QString pgDatabase;
    QString pgUser;
    QString pgSslMode; // empty: verify-full beyond loopback, prefer on loopback
    Tls pgTls;
    // The least-privilege role the readiness checks connect as (PostgreSQL and PgBouncer's
    // admin console); empty: pgUser. Its password is the credential "postgres-check".
    QString pgCheckUser;

    QString pgbouncerHost;
    int pgbouncerPort = 0;
    QString pgbouncerSslMode;

    QStringList patroniUrls;
    QString patroniUser; // basic auth for Patroni's unsafe methods
    Tls patroniTls;

    QStringList etcdUrls;
    Tls etcdTls;
    QString prometheusUrl;
    Tls prometheusTls;
    QString alertmanagerUrl;
    Tls alertmanagerTls;

    // The team store (PostgreSQL) that several cockpits share for this environment; empty
    // database: the local SQLite store. Hosts and ports default to the cluster's nodes (the
    // one that takes writes). Its password is the credential "team-store".
    struct TeamStore
    {
        QString host; // one host or several, comma-separated
        QString port; // one port or one per host
        QString database;
        QString user;
        QString sslMode;
        QString caFile;
    };
    TeamStore teamStore;
    bool hasTeamStore() const { return !teamStore.database.isEmpty(); }

    QString dockerEndpoint; // unix:///var/run/docker.sock or tcp://host:2376
    QString dockerService; // the application's Swarm service (dpg_app)
    Tls dockerTls;

    QString dnsServer; // empty: the system's resolver
    QStringList dnsNames;

    QStringList applicationUrls; // the application's HTTP endpoints (security headers)
    QString backupMountpoint; // the file system that holds the backups (node_exporter's mountpoint)
    QString backupDirectory; // where the migration's snapshots go (a folder on this machine)
    QString backupUser; // a role with REPLICATION for pg_basebackup; its password is the credential "backup"
    QString deployStack; // the stack the migration deploys (docker stack deploy ... STACK)
    QString deployDirectory; // where the runbook's compose files are (a folder on this machine)

    // The role the readiness checks use, and the credential that holds its password.
    QString checkUser() const { return pgCheckUser.isEmpty() ? pgUser : pgCheckUser; }
    QString checkCredential() const
    {
        return pgCheckUser.isEmpty() ? QStringLiteral("postgres") : QStringLiteral("postgres-check");
    }

    // The credentials this profile needs from the keychain: "postgres", "postgres-check", "patroni".
    QStringList credentials() const;
    bool hasPostgres() const { return !pgNodes.isEmpty(); }

    QJsonObject toJson() const;
    // Validates like the runbook loader: unknown keys, wrong types and missing fields are
    // errors naming the JSON path. allowPasswordFiles accepts "password_file" keys (import);
    // their paths are returned in passwordFiles by credential.
    static Result<ConnectionProfile> fromJson(const QJsonObject& json, const QString& source,
                                              QHash<QString, QString>* passwordFiles = nullptr);
};

// Profiles in the settings, one JSON document each, by name.
class ProfileStore
{
public:
    explicit ProfileStore(Settings& settings);

    QStringList names() const;
    Result<ConnectionProfile> load(const QString& name) const;
    void save(const ConnectionProfile& profile);
    void remove(const QString& name);

private:
    Settings& m_settings;
};

bool isValidProfileName(const QString& name);

} // namespace cockpit
