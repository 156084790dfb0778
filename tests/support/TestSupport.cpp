#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QThread>

namespace cockpit::test {

QString dataPath(const QString& relative)
{
    return QStringLiteral(COCKPIT_TEST_DATA_DIR "/") + relative;
}

QString sourcePath(const QString& relative)
{
    return QStringLiteral(COCKPIT_SOURCE_DIR "/") + relative;
}

QString unwritablePath(const QString& tempDir, const QString& fileName)
{
    const QString blocker = tempDir + QStringLiteral("/not-a-folder");
    QFile file(blocker);
    if (file.open(QIODevice::WriteOnly))
        file.close();
    return blocker + QStringLiteral("/sub/") + fileName;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

CommandResult runCommand(const QString& program, const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, QString::fromUtf8(process.readAllStandardOutput()), QStringLiteral("timed out")};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

CertificateFiles makeSelfSignedCertificate(const QString& dir, const QString& commonName)
{
    CertificateFiles files{dir + QStringLiteral("/") + commonName + QStringLiteral(".crt"),
                           dir + QStringLiteral("/") + commonName + QStringLiteral(".key")};
    QProcess openssl;
    openssl.setStandardOutputFile(QProcess::nullDevice());
    openssl.setStandardErrorFile(QProcess::nullDevice());
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName, QStringLiteral("-keyout"), files.key,
                   QStringLiteral("-out"), files.certificate});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        return {};
    return files;
}

bool waitFor(const std::function<bool()>& predicate, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!predicate()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
    return true;
}

} // namespace cockpit::test
