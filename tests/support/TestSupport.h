#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFuture>
#include <QMutex>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace cockpit {
class Store;
}

namespace cockpit::test {

// A local store as another cockpit on this machine opens it: its seal's key from the keychain.
Result<std::unique_ptr<Store>> openAsCockpit(const QString& path);

// Paths of the checked-in test data and of the source tree.
QString dataPath(const QString& relative);
QString sourcePath(const QString& relative);

// A file's bytes (empty if it cannot be read).
QByteArray readFile(const QString& path);

// A path below which nothing can be created (its parent is a plain file).
QString unwritablePath(const QString& tempDir, const QString& fileName);

// Runs a program to its end (as a script would) and collects what it printed.
struct CommandResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
CommandResult runCommand(const QString& program, const QStringList& arguments, int timeoutMs = 60000);

// The text of a rollout report's PDF (pdftotext -raw: in drawing order) without the header and
// footer every page repeats, and with no whitespace at all: a table row split across two pages
// reads as one, and a title wrapped inside its cell as typed. Empty when pdftotext fails.
QString reportBodyText(const QString& pdf);
// Whether text (as reportBodyText gives it) holds phrase, allowing other text where the phrase may
// wrap (a space, after "/", "-" or ","): a table row split across two pages interleaves its cells.
bool holdsWrapped(const QString& text, const QString& phrase);

// Statements on a SQLite file behind the cockpit's back, as any SQLite tool could run them; the
// first failing statement and its error, or empty.
QString sqliteExec(const QString& path, const QStringList& statements);

// A small tmpfs mounted on dir (root only, as the lab's tests run), unmounted when the returned
// object goes; null when the mount failed.
class TmpfsMount
{
public:
    explicit TmpfsMount(QString dir) : m_dir(std::move(dir)) { }
    ~TmpfsMount();
    TmpfsMount(const TmpfsMount&) = delete;
    TmpfsMount& operator=(const TmpfsMount&) = delete;

private:
    QString m_dir;
};
std::unique_ptr<TmpfsMount> mountTmpfs(const QString& dir, const QString& size);

// A self-signed certificate and its key (PEM) made with openssl in dir; empty on failure.
struct CertificateFiles
{
    QString certificate;
    QString key;
};
CertificateFiles makeSelfSignedCertificate(const QString& dir, const QString& commonName);

// Runs the event loop until the predicate holds or the timeout passes; returns the predicate.
bool waitFor(const std::function<bool()>& predicate, int timeoutMs = 10000);

// Waits for a future while running the event loop (continuations need it); nullopt on timeout.
template<typename T> std::optional<T> await(QFuture<T> future, int timeoutMs = 10000)
{
    if (!waitFor([&] { return future.isFinished(); }, timeoutMs))
        return std::nullopt;
    return future.result();
}

// Like await(), for futures of Result: a time-out becomes an Error too.
template<typename T> Result<T> resultOf(QFuture<Result<T>> future, int timeoutMs = 30000)
{
    auto result = await(std::move(future), timeoutMs);
    if (!result)
        return makeError(ErrorKind::Timeout, QStringLiteral("the test waited in vain (%1 ms)").arg(timeoutMs));
    return *result;
}

// A clock the test sets; safe to read from the store's worker thread.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 11, 27), QTime(9, 30), Qt::UTC))
        : m_now(std::move(start))
    { }
    QDateTime nowUtc() const override
    {
        QMutexLocker lock(&m_mutex);
        return m_now;
    }
    void advance(qint64 ms)
    {
        QMutexLocker lock(&m_mutex);
        m_now = m_now.addMSecs(ms);
    }

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

} // namespace cockpit::test
