#pragma once

#include "StoreBackend.h"

#include <QObject>

#include <memory>

namespace cockpit {

struct TeamStoreOptions;

// The team store: a schema "rollout_cockpit" in a PostgreSQL database (13+), shared by every
// cockpit of the team. The user's identity is the database role the cockpit connects as. The
// database itself enforces what the cockpit promises: a role signs only for the approval roles
// granted to it (approval_grants, which the schema's owner manages), nobody writes a record in
// another's name, past records cannot be updated or deleted (row-level security, privileges
// and triggers), and every commit is announced (NOTIFY rollout_cockpit_changes), so that every
// open cockpit shows it within a second. The schema is created and migrated by the cockpit
// when it connects as the database's owner; other roles use it as it is.
class PostgresBackend final : public StoreBackend
{
public:
    static constexpr const char* kSchema = "rollout_cockpit";
    static constexpr const char* kChannel = "rollout_cockpit_changes";

    static Result<std::unique_ptr<PostgresBackend>> open(const TeamStoreOptions& options);
    ~PostgresBackend() override;
    Q_DISABLE_COPY_MOVE(PostgresBackend)

    static int latestVersion();

    Kind kind() const override { return Kind::Postgres; }
    QString location() const override { return m_location; }
    QString identity() const override { return m_identity; }
    QSqlDatabase database() const override;
    int schemaVersion() const override { return m_version; }
    bool begin(QSqlError& error) override;
    bool commit(QSqlError& error) override;
    void rollback() override;
    QString lockRows() const override { return QStringLiteral(" FOR UPDATE"); }
    Result<qint64> nextLedgerId() override;
    Error failure(const QString& what, const QSqlError& error) const override;
    bool isRetryable(const Error& error) const override;
    bool pollExternalChanges() override;

    // Who may sign for which approval role: the schema owner's to change.
    Result<QList<std::pair<QString, QString>>> grants();
    Result<Done> grant(const QString& databaseRole, const QString& approvalRole);
    Result<Done> ungrant(const QString& databaseRole, const QString& approvalRole);

private:
    explicit PostgresBackend(QString location);
    Result<Done> connect();
    Result<Done> prepareSchema();
    bool isConnectionLoss(const QSqlError& error) const;

    QString m_location;
    QString m_connectionName;
    QString m_connectOptions; // without the password
    QString m_user;
    QString m_password;
    QString m_database;
    QString m_identity;
    int m_version = 0;
    mutable bool m_broken = false;
    mutable bool m_inTransaction = false;
    std::unique_ptr<QObject> m_listener; // receives the driver's notifications
};

} // namespace cockpit
