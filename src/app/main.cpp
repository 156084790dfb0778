// The executable only chooses between the headless commands and the window.
#include "cli/Cli.h"
#include "core/FileInput.h"
#include "gui/GuiApp.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#endif

namespace {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("RolloutCockpit"));
    QCoreApplication::setApplicationName(QStringLiteral("rollout-cockpit"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COCKPIT_VERSION));
}

// The translations are compiled into the executable (qt_add_translations); English carries
// the plural forms, so it is loaded too.
void installTranslations(QCoreApplication& app)
{
    auto* translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("rollout-cockpit"), QStringLiteral("_"),
                         QStringLiteral(":/translations"))
        || translator->load(QStringLiteral(":/translations/rollout-cockpit_en.qm")))
        QCoreApplication::installTranslator(translator);
}

QStringList argumentsOf(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

} // namespace

int main(int argc, char** argv)
{
#if defined(Q_OS_UNIX)
    // Everything the cockpit creates (store, settings, reports) is its user's alone.
    ::umask(077);
#endif
    // A file name Qt cannot represent exactly would silently become another one.
    for (int i = 1; i < argc; ++i) {
        const QString problem = cockpit::inexactArgument(argv[i]);
        if (!problem.isEmpty()) {
            std::fprintf(stderr, "rollout-cockpit: argument %d: %s\n", i, problem.toLocal8Bit().constData());
            return cockpit::cli::ExitInvalidInput;
        }
    }
    const QStringList arguments = argumentsOf(argc, argv);
    if (cockpit::cli::isCliInvocation(arguments) && arguments.contains(QStringLiteral("report"))) {
        // The report paints (fonts, QPdfWriter): a QGuiApplication, on the offscreen platform when
        // there is no display. It never needs a window.
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        setApplicationNames();
        installTranslations(app);
        return cockpit::cli::run(QCoreApplication::arguments());
    }
    if (cockpit::cli::isCliInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        setApplicationNames();
        installTranslations(app);
        return cockpit::cli::run(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    setApplicationNames();
    // The window installs its translations itself: the language may be chosen in Preferences.
    QApplication::setApplicationDisplayName(QStringLiteral("Rollout Cockpit"));
    return cockpit::gui::runGui(app);
}
