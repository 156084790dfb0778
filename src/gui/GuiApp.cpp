#include "GuiApp.h"

#include "MainWindow.h"
#include "StatusPresentation.h"

#include "core/FileInput.h"
#include "core/Settings.h"
#include "store/Store.h"

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

    // A settings file or store that is not a regular file (a FIFO) would hang the window.
    for (const auto& [option, what] : {std::pair(&settingsOption, QStringLiteral("a settings file")),
                                       std::pair(&storeOption, QStringLiteral("the store"))}) {
        if (!parser.isSet(*option))
            continue;
        if (const auto usable = checkFilePath(parser.value(*option), what); !usable) {
            std::fprintf(stderr, "rollout-cockpit: %s\n", usable.error().toString().toLocal8Bit().constData());
            return 2;
        }
    }
    const std::unique_ptr<Settings> settings
        = parser.isSet(settingsOption) ? Settings::createAt(parser.value(settingsOption)) : Settings::createDefault();
    // Empty: the window chooses (the profile's team store, or the default file).
    const QString storePath = parser.isSet(storeOption) ? parser.value(storeOption) : QString();
    app.setWindowIcon(applicationIcon());
    MainWindow window(*settings, storePath, parser.value(runbookOption), nullptr, parser.value(profileOption));
    window.show();
    return QApplication::exec();
}

} // namespace cockpit::gui
