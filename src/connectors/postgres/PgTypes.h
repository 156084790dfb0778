#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <chrono>
#include <utility>

namespace cockpit {

// Where and how to connect. Several hosts make a multi-host connection string; libpq tries
// them in order and keeps the first that matches targetSessionAttrs.
struct PgConnectOptions
{
    struct Host
    {
        QString host;
        int port = 5432;
    };
    QList<Host> hosts;
    QString database;
    QString user;
    QString password; // from the keychain; never logged, never in an error
    QString applicationName = QStringLiteral("rollout-cockpit");
    QString sslMode; // empty: verify-full when any host is beyond loopback, else prefer
    QString sslRootCert;
    QString sslCert;
    QString sslKey;
    QString targetSessionAttrs; // any, read-write, read-only, primary, standby, prefer-standby
    // Server settings for the session, sent at connect time ("-c statement_timeout=5s"): no
    // query can forget them. Values must not hold spaces (libpq splits on them).
    QList<std::pair<QString, QString>> settings;
    std::chrono::milliseconds connectTimeout{5000};

    QString effectiveSslMode() const;
    // "dpg_cluster@127.0.0.1:25432,127.0.0.1:25433/distributed_postgres_cluster"
    QString describe() const;
};

struct PgServerInfo
{
    QString node; // host:port actually connected to
    int serverVersion = 0;
    QString serverVersionText; // "15.20"
    bool ssl = false;
    QString sslProtocol;
    bool inHotStandby = false;
};

struct PgColumn
{
    QString name;
    quint32 typeOid = 0;
};

// Rows come as text (libpq's text format); NULL is an invalid QVariant.
struct PgQueryResult
{
    QList<PgColumn> columns;
    QList<QList<QVariant>> rows;
    QString commandTag; // "INSERT 0 1", "SELECT 3"
    qint64 rowsAffected = 0;
    std::chrono::microseconds elapsed{0};
    QString node;

    int column(QStringView name) const; // -1 if absent
    QVariant value(int row, int column) const;
    QVariant value(int row, QStringView column) const;
};

struct PgQueryOptions
{
    std::chrono::milliseconds timeout{30000}; // then the query is cancelled
    qint64 maxBytes = qint64{64} * 1024 * 1024; // a larger result is cancelled and refused
    // The simple query protocol (no parameters allowed): for PgBouncer's admin console, which
    // speaks nothing else.
    bool simpleProtocol = false;
};

struct PgNotification
{
    QString channel;
    QString payload;
    int pid = 0;
};

} // namespace cockpit

Q_DECLARE_METATYPE(cockpit::PgNotification)
