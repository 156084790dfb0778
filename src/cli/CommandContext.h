#pragma once

#include "core/ConnectionProfile.h"
#include "core/Records.h"
#include "core/Result.h"
#include "core/Runbook.h"
#include "engine/migration/Executors.h"

#include <QStringList>

#include <memory>

namespace cockpit {
class Services;
class Settings;
class Store;
} // namespace cockpit

namespace cockpit::cli {

// A command's side of the services the window uses too (engine/services/Services): the same
// options (--settings, --runbook, --profile, --store, --as), the same defaults, the same store
// choice and the same ExecContext. The store works on the command's own thread.
class CommandContext
{
public:
    // Takes its options out of the arguments. A bad option value is an Error (exit 2).
    static Result<std::unique_ptr<CommandContext>> create(QStringList& arguments);
    ~CommandContext();
    Q_DISABLE_COPY_MOVE(CommandContext)

    Services& services() { return *m_services; }
    Settings& settings();
    Result<Runbook> runbook() const;
    Result<ConnectionProfile> profile() const;
    // The store, opened on first use (lookOnly: see Services::storeNow).
    Result<Store*> store(bool lookOnly = false);
    QString identity() const;

    // The runbook, the store and the runbook's rollout in it, opened together: what every
    // command on the record starts with. lookOnly: nothing is created (a rollout not yet made has
    // id 0) and an unwritable store file is opened read-only.
    struct Rollout
    {
        Runbook runbook;
        Store* store = nullptr;
        RolloutInfo info;
    };
    Result<Rollout> openRollout(bool lookOnly = false);

    // What a command that acts on the cluster starts from: the rollout, the profile, the user
    // and the store in an ExecContext; the passwords are loaded separately (loadCredentials),
    // only when the command will use them.
    Result<migration::ExecContext> execContext();
    // The profile's passwords from the keychain into the context; the names of those missing.
    QStringList loadCredentials(migration::ExecContext& exec);

private:
    CommandContext() = default;

    std::unique_ptr<Services> m_services;
};

} // namespace cockpit::cli
