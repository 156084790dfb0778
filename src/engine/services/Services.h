#pragma once

#include "ExecSetup.h"
#include "connectors/secrets/SecretStore.h"
#include "core/Clock.h"
#include "core/ConnectionProfile.h"
#include "core/Result.h"
#include "core/Runbook.h"
#include "store/Anchors.h"

#include <QFuture>
#include <QObject>
#include <QPromise>

#include <memory>
#include <optional>

namespace cockpit {

class ApprovalSession;
class AsyncStore;
class ChecklistSession;
class ClusterMonitor;
class ReadinessSession;
class Settings;
class Store;
namespace migration {
class MigrationSession;
}
namespace monitoring {
class MetricsSession;
}

// What the user chose where the window and the commands start: --store, --runbook, --profile
// and --as. Empty means the remembered choice, then the default.
struct ServiceOptions
{
    QString storePath; // a SQLite file; empty: the profile's team store if it has one, else the default file
    QString runbookPath; // empty: the remembered runbook, else the built-in guide
    QString profileName; // empty: the remembered profile, if any
    QString identity; // who a local store's records name; empty: the settings' identity
    QString anchorFile; // what this machine verified of each ledger; empty: AnchorBook::defaultFile()
};

// The composition root: built once by the executable and handed to the window or to a command,
// so that both run the same engine the same way (after qBittorrent's IGUIApplication). It
// chooses and opens the store (the team store's password from the keychain), holds the secret
// stores and the profiles, builds every ExecContext, and owns the sessions the window shows.
// Members are declared in teardown order: sessions end before the store they ask, the store
// before the secrets.
class Services final : public QObject
{
    Q_OBJECT

public:
    // Where the store works: on a thread of its own (the window, which never waits) or on the
    // caller's (a command, which may).
    enum class StoreThread
    {
        Own,
        Caller,
    };

    Services(Settings& settings, ServiceOptions options, StoreThread storeThread, const Clock& clock = Clock::system());
    // Opens the settings (file empty: the platform's usual place; else that file, which must be
    // a regular file or not exist yet) and keeps them.
    static Result<std::unique_ptr<Services>> create(const QString& settingsFile, ServiceOptions options,
                                                    StoreThread storeThread);
    ~Services() override;
    Q_DISABLE_COPY_MOVE(Services)

    Settings& settings() const { return m_settings; }
    const ServiceOptions& options() const { return m_options; }
    ProfileStore& profiles() { return m_profiles; }

    // --profile, else the profile the window last watched; empty: none.
    QString profileName() const;
    // That profile, or why there is none.
    Result<ConnectionProfile> profile() const;
    // --runbook, else the remembered runbook, else the built-in guide.
    QString runbookPath() const;
    // Reads and validates a file: never on the window's thread.
    Result<Runbook> loadRunbook() const;

    // The passwords: the keychain once it answered, or this session's memory when the user
    // chose it; until then every read fails saying why.
    SecretStoreSwitch& secrets() { return m_secrets; }
    QFuture<Result<Done>> connectKeychain();
    void useSessionSecrets();

    // The store: --store PATH, else the chosen profile's team store, else the default file.
    bool isTeam() const { return !m_teamProfile.isEmpty(); }
    QString teamProfile() const { return m_teamProfile; }
    QString storeLocation() const; // the file, or "role@host:port/database"
    AsyncStore& store(); // StoreThread::Own
    // Own: the team store's password from the keychain first, then the store opens on its thread.
    QFuture<Result<int>> openStore();
    // Caller: opened on first use; waits (a command may). lookOnly: for commands that only read,
    // a store file this user cannot write is opened read-only.
    Result<Store*> storeNow(bool lookOnly = false);
    // Who records: the team store's database role, else --as, else the settings' identity.
    QString identity() const;
    // The local store's seal (docs/store.md): sealed at first use with a key the keychain keeps;
    // empty when it is sealed and its key at hand, else why not (no keychain, no key here).
    QString sealNotice() const { return m_sealNotice; }
    // What this machine verified of each store's ledger; every store opened here verifies against it.
    AnchorBook& anchors() { return *m_anchors; }

    ExecSetup& exec() { return m_exec; }

    // The window's sessions, made on first use on the calling thread.
    ClusterMonitor& monitor();
    ReadinessSession& readiness();
    migration::MigrationSession& migration();
    monitoring::MetricsSession& metrics();
    // The rollout's sessions of one runbook; the previous ones end first.
    ChecklistSession& startChecklist(const Runbook& runbook);
    ApprovalSession& startApprovals(const Runbook& runbook);
    ChecklistSession* checklist() const { return m_checklist.get(); }
    ApprovalSession* approvals() const { return m_approvals.get(); }

private:
    Result<Done> sealNow(Store& store); // a command's store: waits for the keychain
    void sealInBackground(const std::shared_ptr<QPromise<Result<int>>>& opened, int version);

    std::unique_ptr<Settings> m_ownedSettings; // when create() opened them
    Settings& m_settings;
    const ServiceOptions m_options;
    const StoreThread m_storeThread;
    const Clock& m_clock;
    ProfileStore m_profiles;
    KeychainSecretStore m_keychain;
    SessionSecretStore m_sessionSecrets;
    SecretStoreSwitch m_secrets;
    QString m_teamProfile; // the profile whose team store records; empty: a SQLite file
    QString m_storePath; // the SQLite file when not the team's
    std::optional<QString> m_teamPassword; // in memory only, once the keychain gave it
    QString m_sealNotice;
    std::shared_ptr<AnchorBook> m_anchors; // shared with the store, which uses it on its thread
    std::unique_ptr<AsyncStore> m_asyncStore;
    std::unique_ptr<Store> m_store;
    ExecSetup m_exec;
    std::unique_ptr<ClusterMonitor> m_monitor;
    std::unique_ptr<ReadinessSession> m_readiness;
    std::unique_ptr<migration::MigrationSession> m_migration;
    std::unique_ptr<monitoring::MetricsSession> m_metrics;
    std::unique_ptr<ChecklistSession> m_checklist;
    std::unique_ptr<ApprovalSession> m_approvals;
};

} // namespace cockpit
