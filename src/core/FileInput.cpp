#include "FileInput.h"

#include <QFile>
#include <QFileInfo>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace cockpit {
namespace {

QString kindOfFile([[maybe_unused]] unsigned mode)
{
#if defined(Q_OS_UNIX)
    if (S_ISFIFO(mode))
        return QStringLiteral("a FIFO (named pipe)");
    if (S_ISDIR(mode))
        return QStringLiteral("a folder");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QStringLiteral("a device");
    if (S_ISSOCK(mode))
        return QStringLiteral("a socket");
#endif
    return QStringLiteral("not a regular file");
}

Error notRegular(const QString& path, const QString& what, const QString& kind)
{
    return makeError(ErrorKind::InvalidInput,
                     QStringLiteral("this is %1, not a file; %2 must be a regular file").arg(kind, what), path,
                     QStringLiteral("Give the path of a regular file."));
}

Error tooLarge(const QString& path, const QString& what, qint64 size, qint64 maxBytes)
{
    return makeError(
        ErrorKind::InvalidInput,
        QStringLiteral("the file is %1 bytes; %2 may be at most %3 bytes").arg(size).arg(what).arg(maxBytes), path);
}

} // namespace

Result<QByteArray> readInputFile(const QString& path, qint64 maxBytes, const QString& what)
{
    if (path.startsWith(QLatin1Char(':'))) { // a Qt resource, built into the program
        QFile resource(path);
        if (!resource.open(QIODevice::ReadOnly))
            return makeError(ErrorKind::NotFound, QStringLiteral("no such resource"), path);
        return resource.readAll();
    }
#if defined(Q_OS_UNIX)
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const int error = errno;
        if (error == ENOENT)
            return makeError(ErrorKind::NotFound, QStringLiteral("no such file"), path);
        return makeError(ErrorKind::Io, QStringLiteral("cannot open the file: %1").arg(qt_error_string(error)), path);
    }
    struct stat info = {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        const unsigned mode = info.st_mode;
        ::close(fd);
        return notRegular(path, what, kindOfFile(mode));
    }
    if (info.st_size > maxBytes) {
        ::close(fd);
        return tooLarge(path, what, info.st_size, maxBytes);
    }
    // A regular file never blocks; back to blocking reads so that QFile reads it whole.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return makeError(ErrorKind::Io, QStringLiteral("cannot read the file: ") + file.errorString(), path);
    }
#else
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorKind::NotFound, QStringLiteral("no such file"), path);
    if (!QFileInfo(path).isFile())
        return notRegular(path, what, kindOfFile(0));
    if (file.size() > maxBytes)
        return tooLarge(path, what, file.size(), maxBytes);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, QStringLiteral("cannot read the file: ") + file.errorString(), path);
#endif
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) // it grew while being read
        return tooLarge(path, what, bytes.size(), maxBytes);
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorKind::Io, QStringLiteral("cannot read the file: ") + file.errorString(), path);
    return bytes;
}

Result<Done> checkFilePath(const QString& path, const QString& what)
{
#if defined(Q_OS_UNIX)
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return Done{}; // missing (or unreachable): the program's own open reports it
    if (!S_ISREG(info.st_mode))
        return notRegular(path, what, kindOfFile(info.st_mode));
#else
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return notRegular(path, what, kindOfFile(0));
#endif
    return Done{};
}

QString inexactArgument(const char* argument)
{
    const QByteArray raw(argument);
    if (QFile::encodeName(QFile::decodeName(raw)) == raw)
        return {};
    return QStringLiteral("\"%1\" is not valid in the system's encoding (a file name that is not UTF-8?); the cockpit "
                          "could not tell it from other such names. Rename the file, or use a link with a valid name.")
        .arg(QFile::decodeName(raw));
}

} // namespace cockpit
