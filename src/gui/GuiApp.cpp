#include "GuiApp.h"

#include "Appearance.h"
#include "MainWindow.h"
#include "StatusPresentation.h"

#include "core/Settings.h"
#include "engine/services/Services.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

namespace cockpit::gui {

int runGui(QApplication& app)
{
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
    // The language and the appearance the person chose in Preferences (default: the system's).
    Settings& settings = services.value()->settings();
    installLanguage(app, settings.value(Settings::Key::Language).toString());
    applyAppearance(settings.value(Settings::Key::Appearance).toString());
    app.setWindowIcon(applicationIcon());
    MainWindow window(*services.value());
    window.show();
    return QApplication::exec();
}

} // namespace cockpit::gui
