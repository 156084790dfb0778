#pragma once

#include "StoreBackend.h"

#include "core/Clock.h"

#include <memory>

namespace cockpit {

// The local store: one SQLite file (WAL, synchronous=FULL), the user's alone (0600).
// Opening reads before it writes: a file that is not SQLite, a SQLite file of another program,
// or one written by a newer cockpit is refused untouched, and a failure to open says what it
// is (a read-only folder, a full disk, an I/O error, a damaged file). Two cockpits that open a
// new file at once both succeed: the schema is created under the write lock, once.
class SqliteBackend final : public StoreBackend
{
public:
    static constexpr qint32 kApplicationId = 0x52434b50; // "RCKP" in PRAGMA application_id

    enum class Access
    {
        ReadWrite, // created when missing, upgraded when older
        ReadOnlyIfUnwritable, // for looking only: a file this user cannot write is opened read-only
    };
    static Result<std::unique_ptr<SqliteBackend>> open(const QString& path, Access access = Access::ReadWrite);
    ~SqliteBackend() override;
    Q_DISABLE_COPY_MOVE(SqliteBackend)

    Kind kind() const override { return Kind::Sqlite; }
    QString location() const override { return m_path; }
    QString identity() const override { return {}; }
    QSqlDatabase database() const override;
    int schemaVersion() const override;
    bool begin(QSqlError& error) override;
    QString lockRows() const override { return {}; }
    Result<qint64> nextLedgerId() override;
    Error failure(const QString& what, const QSqlError& error) const override;
    bool isRetryable(const Error&) const override { return false; } // the write lock serialises writers
    bool pollExternalChanges() override;

    // The SQLite result code of an error (the primary code: 5 busy, 8 read-only, 10 I/O, 11
    // corrupt, 13 full, 14 cannot open, 26 not a database); -1 when it has none.
    static int resultCode(const QSqlError& error);
    // A SQLite error as a sentence: what it is (read-only, full disk, I/O, damaged, not a database),
    // where, and what the user can do.
    static Error describeFailure(const QString& path, const QString& what, const QSqlError& error);
    bool isReadOnly() const override { return m_readOnly; }

private:
    SqliteBackend(QString path, QString connectionName);
    static Result<Done> refuseForeign(const QString& path);
    Result<Done> classifyAndMigrate();
    Result<Done> checkSchemaObjects();

    QString m_path;
    QString m_connectionName;
    qint64 m_dataVersion = -1;
    bool m_readOnly = false;
};

} // namespace cockpit
