// The executable only chooses between the headless commands and the window.
#include "cli/Cli.h"
#include "gui/GuiApp.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

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
    if (cockpit::cli::isCliInvocation(argumentsOf(argc, argv))) {
        QCoreApplication app(argc, argv);
        setApplicationNames();
        installTranslations(app);
        return cockpit::cli::run(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    setApplicationNames();
    installTranslations(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Rollout Cockpit"));
    return cockpit::gui::runGui(app);
}
