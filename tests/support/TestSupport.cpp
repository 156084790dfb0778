#include "TestSupport.h"

#include <QFile>
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
