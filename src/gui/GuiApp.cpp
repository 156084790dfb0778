#include "GuiApp.h"

#include "MainWindow.h"
#include "StatusPresentation.h"

#include "core/Settings.h"
#include "store/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

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

    const std::unique_ptr<Settings> settings
        = parser.isSet(settingsOption) ? Settings::createAt(parser.value(settingsOption)) : Settings::createDefault();
    const QString storePath = parser.isSet(storeOption) ? parser.value(storeOption) : Store::defaultPath();
    app.setWindowIcon(applicationIcon());
    MainWindow window(*settings, storePath, parser.value(runbookOption), nullptr, parser.value(profileOption));
    window.show();
    return QApplication::exec();
}

} // namespace cockpit::gui
