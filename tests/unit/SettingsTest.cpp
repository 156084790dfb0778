#include "core/Settings.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace cockpit;

TEST(Settings, IdentityDefaultsToTheOsUserAndCanBeSet)
{
    QTemporaryDir dir;
    auto settings = Settings::createAt(dir.filePath(QStringLiteral("s.ini")));
    EXPECT_EQ(settings->identity(), osUserName());
    EXPECT_FALSE(osUserName().isEmpty());
    settings->setValue(Settings::Key::Identity, QStringLiteral("  Dana Release  "));
    EXPECT_EQ(settings->identity(), QStringLiteral("Dana Release"));
    settings->setValue(Settings::Key::Identity, QStringLiteral("   "));
    EXPECT_EQ(settings->identity(), osUserName());
}

TEST(Settings, PersistAcrossInstancesAndKeepRecentRunbooksBounded)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.ini"));
    {
        auto settings = Settings::createAt(path);
        for (int i = 0; i < 12; ++i)
            settings->addRecentRunbook(QStringLiteral("/runbooks/%1.json").arg(i));
        settings->addRecentRunbook(QStringLiteral("/runbooks/5.json"));
        settings->setValue(Settings::Key::CurrentTab, 2);
        settings->sync();
    }
    auto settings = Settings::createAt(path);
    const QStringList recent = settings->value(Settings::Key::RecentRunbooks).toStringList();
    ASSERT_EQ(recent.size(), Settings::kMaxRecentRunbooks);
    EXPECT_EQ(recent.first(), QStringLiteral("/runbooks/5.json"));
    EXPECT_EQ(recent.count(QStringLiteral("/runbooks/5.json")), 1);
    EXPECT_EQ(settings->value(Settings::Key::CurrentTab).toInt(), 2);
    EXPECT_EQ(settings->value(Settings::Key::RunbookPath).toString(), QString());
}
