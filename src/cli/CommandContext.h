#pragma once

#include "core/ConnectionProfile.h"
#include "core/Records.h"
#include "core/Result.h"
#include "core/Runbook.h"
#include "core/Settings.h"

#include <QStringList>

#include <memory>

namespace cockpit {
class Store;
}

namespace cockpit::cli {

// What the headless commands share with the window: the settings (profiles, the remembered
// runbook and profile), the runbook, the store and the user's identity, resolved from the
// same options (--settings, --runbook, --profile, --store) and the same defaults.
class CommandContext
{
public:
    // Takes its options out of the arguments. A bad option value is an Error (exit 2).
    static Result<std::unique_ptr<CommandContext>> create(QStringList& arguments);
    ~CommandContext();
    Q_DISABLE_COPY_MOVE(CommandContext)

    Settings& settings() { return *m_settings; }
    // --runbook, else the runbook the window remembers, else the built-in guide.
    Result<Runbook> runbook() const;
    // --profile, else the profile the window watches.
    Result<ConnectionProfile> profile() const;
    // The store, opened on first use: --store PATH; else the team store of --profile's (or the
    // watched) profile when it has one; else the default SQLite file.
    Result<Store*> store();
    // The team store's database role when the store is the team's; else --as, else the
    // settings' identity.
    QString identity() const;
    QString storePath() const { return m_storePath; }

    // The runbook, the store and the runbook's rollout in it, opened together: what every
    // command on the record starts with.
    struct Rollout
    {
        Runbook runbook;
        Store* store = nullptr;
        RolloutInfo info;
    };
    Result<Rollout> openRollout();

private:
    CommandContext() = default;

    std::unique_ptr<Settings> m_settings;
    QString m_runbookPath;
    QString m_profileName;
    QString m_storePath;
    bool m_explicitStore = false;
    QString m_identity;
    std::unique_ptr<Store> m_store;
};

} // namespace cockpit::cli
