#include "GuiApp.h"

#include "MainWindow.h"
#include "StatusPresentation.h"

#include "engine/services/Services.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

namespace cockpit::gui {

int runGui(QApplication& app)
{
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    QCommandLineParser parser;
    const QCommandLineOption storeOption(QStringLiteral("store"), QApplication::translate("gui", "The SQLite store."),
                                         QStringLiteral("PATH"));
    const QCommandLineOption runbookOption(
        QStringLiteral("runbook"), QApplication::translate("gui", "The runbook to open."), QStringLiteral("FILE"));
    const QCommandLineOption settingsOption(
        QStringLiteral("settings"), QApplication::translate("gui", "The settings file (INI)."), QStringLiteral("FILE"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           QApplication::translate("gui", "The connection profile to watch."),
                                           QStringLiteral("NAME"));
    parser.addOptions({storeOption, runbookOption, settingsOption, profileOption});
    parser.process(app);

    ServiceOptions options;
    options.storePath = parser.value(storeOption); // empty: the profile's team store, or the default file
    options.runbookPath = parser.value(runbookOption);
    options.profileName = parser.value(profileOption);
    // A settings file or store that is not a regular file (a FIFO) would hang the window.
    auto services = Services::create(parser.value(settingsOption), std::move(options), Services::StoreThread::Own);
    if (!services) {
        std::fprintf(stderr, "rollout-cockpit: %s\n", services.error().toString().toLocal8Bit().constData());
        return 2;
    }
    app.setWindowIcon(applicationIcon());
    MainWindow window(*services.value());
    window.show();
    return QApplication::exec();
}

} // namespace cockpit::gui
