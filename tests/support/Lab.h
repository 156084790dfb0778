#pragma once

#include "TestSupport.h"
#include "connectors/postgres/PgTypes.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace cockpit {
class SessionSecretStore;
class Settings;
struct ConnectionProfile;
} // namespace cockpit

namespace cockpit::test {

// The running lab as scripts/lab describes it in <lab dir>/profile.json. Tests that need
// the lab fail (they do not skip) when it is not up: scripts/test starts it.
struct Lab
{
    QString dir;
    QJsonObject profile;

    static const Lab& get(); // fails the calling test (ADD_FAILURE) if the lab is not up
    static bool isUp();

    QString caFile() const;
    QString secret(const QString& name) const; // a lab password file's content
    QStringList patroniUrls() const;
    QList<int> pgPorts() const;
    QString dockerSocket() const;
    // dpg_cluster on the given ports (default: all three nodes), verify-full against the lab CA.
    PgConnectOptions postgresOptions(QList<int> ports = {}, const QString& host = QStringLiteral("localhost")) const;
    QUrl prometheusUrl() const;
    QUrl alertmanagerUrl() const;
    QUrl etcdUrl() const;
    QStringList nodeNames() const; // pg1, pg2, pg3

    // Breaking the lab on purpose, and putting it back. Only the lab's own processes, found by
    // their PID files with the command line checked first (never by name).
    qint64 pidOf(const QString& name, const QString& expect) const; // 0 if not running
    bool signal(const QString& name, const QString& expect, int signal) const;
    // The postmaster of a node's data folder (it outlives a Patroni killed hard); 0 if none.
    qint64 postmasterPid(const QString& node) const;
    // scripts/lab up: starts what is not running, re-points PgBouncer, heals stuck replicas.
    CommandResult up() const;
    // Patroni's switchover from one member to another; empty on success, else why not.
    QString switchover(const QString& from, const QString& to) const;
    // Patroni's maintenance mode on or off (Patroni undoes a replay pause unless it is on).
    CommandResult setPatroniPaused(bool paused) const;

    // The lab's connection profile as the cockpit reads it, and its passwords in a session store.
    ConnectionProfile connectionProfile() const;
    void storePasswords(SessionSecretStore& secrets) const;
    // SQL as the superuser on the given nodes' ports (default: every node); each node's error or
    // nothing. Only for tests that change the lab on purpose and put it back.
    QStringList superuserSql(const QString& sql, QList<int> ports = {},
                             const QString& database = QStringLiteral("distributed_postgres_cluster")) const;
    int leaderPort() const; // the node that accepts writes; 0 if none
    QString dataDir(const QString& node) const;

    // Imports the lab's profile as "lab" into these settings, its passwords into the keychain
    // (the session's: scripts/test provides one). Empty on success, else why not.
    static QString importProfile(Settings& settings);
};

} // namespace cockpit::test
