#include "Settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <array>

#if defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#endif

namespace cockpit {
namespace {

struct KeyInfo
{
    Settings::Key key;
    const char* name;
    QVariant defaultValue;
};

const std::array<KeyInfo, 12>& keyTable()
{
    static const std::array<KeyInfo, 12> table{{
        {Settings::Key::RunbookPath, "runbook/path", QVariant(QString())},
        {Settings::Key::RecentRunbooks, "runbook/recent", QVariant(QStringList())},
        {Settings::Key::Identity, "identity/name", QVariant(QString())},
        {Settings::Key::MainWindowGeometry, "gui/mainWindowGeometry", QVariant(QByteArray())},
        {Settings::Key::MainWindowState, "gui/mainWindowState", QVariant(QByteArray())},
        {Settings::Key::CurrentTab, "gui/currentTab", QVariant(0)},
        {Settings::Key::ChecklistSplitter, "gui/checklistSplitter", QVariant(QByteArray())},
        {Settings::Key::ChecklistHeader, "gui/checklistHeader", QVariant(QByteArray())},
        {Settings::Key::ChecklistSelectedItem, "gui/checklistSelectedItem", QVariant(QString())},
        {Settings::Key::CurrentProfile, "connection/currentProfile", QVariant(QString())},
        {Settings::Key::Language, "gui/language", QVariant(QString())},
        {Settings::Key::Appearance, "gui/appearance", QVariant(QStringLiteral("system"))},
    }};
    return table;
}

const KeyInfo& info(Settings::Key key)
{
    for (const KeyInfo& entry : keyTable()) {
        if (entry.key == key)
            return entry;
    }
    return keyTable()[0];
}

QString nameOf(Settings::Key key)
{
    return QString::fromLatin1(info(key).name);
}

} // namespace

Settings::Settings(std::unique_ptr<QSettings> settings) : m_settings(std::move(settings))
{ }

Settings::~Settings() = default;

namespace {

// The settings file is its user's alone: created 0600 before QSettings writes it (QSettings
// keeps an existing file's permissions), in a folder of the cockpit's own made 0700.
void prepareFile(const QString& fileName, bool ownFolder)
{
    const QFileInfo info(fileName);
    const QString folder = info.absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder))
            return; // QSettings reports what it cannot write
        ownFolder = true;
    }
    if (ownFolder)
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!info.exists()) {
        QFile file(fileName);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
}

} // namespace

std::unique_ptr<Settings> Settings::createDefault()
{
    auto settings = std::make_unique<QSettings>();
    prepareFile(settings->fileName(), true);
    return std::make_unique<Settings>(std::move(settings));
}

std::unique_ptr<Settings> Settings::createAt(const QString& iniPath)
{
    prepareFile(iniPath, false);
    return std::make_unique<Settings>(std::make_unique<QSettings>(iniPath, QSettings::IniFormat));
}

QVariant Settings::value(Key key) const
{
    return m_settings->value(nameOf(key), info(key).defaultValue);
}

void Settings::setValue(Key key, const QVariant& value)
{
    m_settings->setValue(nameOf(key), value);
}

void Settings::remove(Key key)
{
    m_settings->remove(nameOf(key));
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

QVariant Settings::rawValue(const QString& key) const
{
    return m_settings->value(key);
}

void Settings::setRawValue(const QString& key, const QVariant& value)
{
    m_settings->setValue(key, value);
}

void Settings::removeRaw(const QString& key)
{
    m_settings->remove(key);
}

QStringList Settings::childKeys(const QString& group) const
{
    m_settings->beginGroup(group);
    QStringList keys = m_settings->childKeys();
    m_settings->endGroup();
    return keys;
}

QString Settings::identity() const
{
    const QString configured = value(Key::Identity).toString().trimmed();
    return configured.isEmpty() ? osUserName() : configured;
}

void Settings::addRecentRunbook(const QString& path)
{
    QStringList recent = value(Key::RecentRunbooks).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecentRunbooks)
        recent.removeLast();
    setValue(Key::RecentRunbooks, recent);
}

QString osUserName()
{
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"}) {
        QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
#if defined(Q_OS_UNIX)
    // Services and containers often run without USER set; the account database still knows.
    passwd entry{};
    passwd* found = nullptr;
    char buffer[4096];
    if (getpwuid_r(geteuid(), &entry, buffer, sizeof buffer, &found) == 0 && found && found->pw_name && *found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
#endif
    return QStringLiteral("unknown");
}

} // namespace cockpit
