// One main for every GoogleTest binary: a QApplication on the offscreen platform (ctest runs
// without a display, and gtest discovery runs the binary too) and Qt's test paths, so that
// no test touches the real settings or data folders.
#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ::testing::InitGoogleTest(&argc, argv);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RolloutCockpitTests"));
    QCoreApplication::setApplicationName(QStringLiteral("rollout-cockpit-tests"));
    QStandardPaths::setTestModeEnabled(true);
    return RUN_ALL_TESTS();
}
