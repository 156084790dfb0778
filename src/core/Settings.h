#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace cockpit {

// Typed facade over QSettings (after KeePassXC's Config): every key with its name and
// default in one table. Settings never hold a secret; passwords live in the OS keychain.
class Settings
{
public:
    enum class Key
    {
        RunbookPath,
        RecentRunbooks,
        Identity,
        MainWindowGeometry,
        MainWindowState,
        CurrentTab,
        ChecklistSplitter,
        ChecklistHeader,
        ChecklistSelectedItem,
        CurrentProfile,
        Language, // "" follows the system; "en", "de" (takes effect at the next start)
        Appearance, // "system", "light", "dark"
    };

    explicit Settings(std::unique_ptr<QSettings> settings);
    ~Settings();
    Q_DISABLE_COPY_MOVE(Settings)

    // The platform's usual place (~/.config/RolloutCockpit/rollout-cockpit.conf on Linux).
    static std::unique_ptr<Settings> createDefault();
    // An INI file at the given path; tests and --settings use it.
    static std::unique_ptr<Settings> createAt(const QString& iniPath);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    void remove(Key key);
    void sync();
    QString fileName() const;

    // Keys outside the table, for collections such as profiles ("profiles/<name>").
    QVariant rawValue(const QString& key) const;
    void setRawValue(const QString& key, const QVariant& value);
    void removeRaw(const QString& key);
    QStringList childKeys(const QString& group) const;

    // Who signs changes: the configured identity, else the OS user name.
    QString identity() const;
    void addRecentRunbook(const QString& path);

    static constexpr int kMaxRecentRunbooks = 8;

private:
    std::unique_ptr<QSettings> m_settings;
};

// The login name of the OS user running the cockpit ("unknown" if the OS tells nothing).
QString osUserName();

} // namespace cockpit
