// scripts/run as a person runs it on a machine without a desktop: it opens the cockpit on the
// lab in a virtual display, with a keyring of the lab's own. While it runs, no lab password may
// be readable in any process's environment or command line (/proc shows both to every user).
#include "Lab.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QThread>
#include <QUuid>

#include <gtest/gtest.h>

#include <csignal>

using namespace cockpit;
using test::Lab;

namespace {

QByteArray readProc(qint64 pid, const char* what)
{
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QString::fromLatin1(what)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<qint64> processes()
{
    QList<qint64> pids;
    for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (ok)
            pids.append(pid);
    }
    return pids;
}

// The processes this test started: they carry its marker in their environment.
QList<qint64> marked(const QByteArray& marker)
{
    QList<qint64> pids;
    for (qint64 pid : processes()) {
        if (readProc(pid, "environ").contains(marker))
            pids.append(pid);
    }
    return pids;
}

} // namespace

TEST(RunScript, OpensTheCockpitOnTheLabWithNoPasswordInAnyEnvironmentOrCommandLine)
{
    const Lab& lab = Lab::get();
    const QByteArray marker = "COCKPIT_RUN_TEST=" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // A machine without a desktop: no session bus, no display.
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.insert(QStringLiteral("COCKPIT_RUN_NO_BUILD"), QStringLiteral("1"));
    environment.insert(QString::fromLatin1(marker.split('=').first()), QString::fromLatin1(marker.split('=').last()));
    QProcess run;
    run.setProcessEnvironment(environment);
    run.setProcessChannelMode(QProcess::MergedChannels);
    run.start(test::sourcePath(QStringLiteral("scripts/run")), {});
    ASSERT_TRUE(run.waitForStarted());

    // Until the cockpit's window runs on the lab's profile.
    const auto cockpitRunning = [&] {
        for (qint64 pid : marked(marker)) {
            const QByteArray cmdline = readProc(pid, "cmdline").replace('\0', ' ');
            if (cmdline.contains("bin/rollout-cockpit --profile lab"))
                return true;
        }
        return false;
    };
    const bool started = test::waitFor(cockpitRunning, 120000);
    QThread::msleep(3000); // let it settle: keychain reads, connections, the first refresh

    // Every password the lab has, and the keyring's.
    QStringList secrets;
    for (const QString& name : QDir(lab.dir + QStringLiteral("/secrets")).entryList(QDir::Files)) {
        const QString secret = lab.secret(name);
        if (secret.size() >= 16 && !name.endsWith(QLatin1String("pgpass")))
            secrets.append(secret);
    }
    QStringList leaks;
    int scanned = 0;
    for (qint64 pid : processes()) {
        const QByteArray environ = readProc(pid, "environ");
        const QByteArray cmdline = readProc(pid, "cmdline");
        ++scanned;
        for (const QString& secret : secrets) {
            if (environ.contains(secret.toUtf8()) || cmdline.contains(secret.toUtf8()))
                leaks.append(QStringLiteral("%1: %2").arg(pid).arg(QString::fromUtf8(QByteArray(cmdline).replace('\0', ' '))));
        }
    }
    // Stop what this test started, by PID (they carry its marker), and only that.
    for (int round = 0; round < 2; ++round) {
        for (qint64 pid : marked(marker))
            ::kill(static_cast<pid_t>(pid), round == 0 ? SIGTERM : SIGKILL);
        if (round == 0)
            test::waitFor([&] { return marked(marker).isEmpty(); }, 5000);
    }
    run.waitForFinished(10000);
    const QString output = QString::fromUtf8(run.readAll());

    ASSERT_TRUE(started) << "the cockpit did not start:\n" << output.toStdString();
    EXPECT_GE(secrets.size(), 4) << "the lab's passwords were found to look for";
    EXPECT_GT(scanned, 10);
    EXPECT_TRUE(leaks.isEmpty()) << leaks.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("Opening the cockpit"))) << output.toStdString();
}
