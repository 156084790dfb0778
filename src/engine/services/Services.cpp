#include "Services.h"

#include "core/Clock.h"
#include "core/Continuation.h"
#include "core/FileInput.h"
#include "core/Ledger.h"
#include "core/RunbookLoader.h"
#include "core/Settings.h"
#include "engine/approvals/ApprovalSession.h"
#include "engine/checklist/ChecklistSession.h"
#include "engine/migration/Blocking.h"
#include "engine/migration/MigrationSession.h"
#include "engine/monitoring/ClusterMonitor.h"
#include "engine/monitoring/MetricsSession.h"
#include "engine/profiles/ProfileClients.h"
#include "engine/readiness/ReadinessSession.h"
#include "store/AsyncStore.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QPromise>
#include <QUuid>

namespace cockpit {
namespace {

class ServicesTr
{
    Q_DECLARE_TR_FUNCTIONS(cockpit::Services)
};

QFuture<Result<int>> failedOpen(Error error)
{
    QPromise<Result<int>> promise;
    promise.start();
    promise.addResult(std::move(error));
    promise.finish();
    return promise.future();
}

} // namespace

Services::Services(Settings& settings, ServiceOptions options, StoreThread storeThread, const Clock& clock)
    : m_settings(settings)
    , m_options(std::move(options))
    , m_storeThread(storeThread)
    , m_clock(clock)
    , m_profiles(settings)
    , m_secrets(makeError(ErrorKind::Incompatible, ServicesTr::tr("the keychain has not answered yet"),
                          QStringLiteral("keychain")))
    , m_exec(m_secrets, clock)
{
    // The record: the file given; else the team store of the chosen profile, when it has one;
    // else the default file. Chosen once: a window or a command records in one place.
    m_storePath = m_options.storePath;
    std::optional<TeamStoreOptions> team;
    if (m_storePath.isEmpty()) {
        if (const QString name = profileName(); !name.isEmpty()) {
            if (const auto loaded = m_profiles.load(name); loaded && loaded->hasTeamStore()) {
                m_teamProfile = name;
                team = profile::teamStoreOptions(loaded.value(), QString());
            }
        }
        if (!team)
            m_storePath = Store::defaultPath();
    }
    // A command asks the keychain directly (where there is none, each read says why); the window
    // probes it first and offers this session's memory instead (connectKeychain).
    if (m_storeThread == StoreThread::Caller)
        m_secrets.setTarget(&m_keychain);
    m_anchors = std::make_shared<AnchorBook>(m_options.anchorFile.isEmpty() ? AnchorBook::defaultFile()
                                                                            : m_options.anchorFile);
    if (m_storeThread == StoreThread::Own) {
        m_asyncStore
            = team ? std::make_unique<AsyncStore>(*team, clock) : std::make_unique<AsyncStore>(m_storePath, clock);
        m_asyncStore->useAnchors(m_anchors);
        m_exec.useStore(m_asyncStore.get());
    }
}

Result<std::unique_ptr<Services>> Services::create(const QString& settingsFile, ServiceOptions options,
                                                   StoreThread storeThread)
{
    std::unique_ptr<Settings> settings;
    if (settingsFile.isEmpty()) {
        settings = Settings::createDefault();
    } else {
        // A FIFO or a device as the settings file would hang the program at its first read.
        if (const auto usable = checkFilePath(settingsFile, ServicesTr::tr("a settings file")); !usable)
            return usable.error();
        settings = Settings::createAt(settingsFile);
    }
    if (!options.storePath.isEmpty()) {
        if (const auto usable = checkFilePath(options.storePath, ServicesTr::tr("the store")); !usable)
            return usable.error();
    }
    auto services = std::make_unique<Services>(*settings, std::move(options), storeThread);
    services->m_ownedSettings = std::move(settings);
    return services;
}

// The members end in reverse order of declaration: sessions (each stops and waits for its threads),
// then the store (it drains what was posted), then the secret stores.
Services::~Services() = default;

QString Services::profileName() const
{
    return m_options.profileName.isEmpty() ? m_settings.value(Settings::Key::CurrentProfile).toString()
                                           : m_options.profileName;
}

Result<ConnectionProfile> Services::profile() const
{
    const QString name = profileName();
    if (name.isEmpty()) {
        return makeError(ErrorKind::InvalidInput, ServicesTr::tr("no connection profile: give --profile NAME"),
                         m_settings.fileName(),
                         ServicesTr::tr("`rollout-cockpit profile list` shows the profiles there are."));
    }
    return m_profiles.load(name);
}

QString Services::runbookPath() const
{
    if (!m_options.runbookPath.isEmpty())
        return m_options.runbookPath;
    const QString remembered = m_settings.value(Settings::Key::RunbookPath).toString();
    return remembered.isEmpty() ? builtinRunbookPath() : remembered;
}

Result<Runbook> Services::loadRunbook() const
{
    return RunbookLoader::loadFile(runbookPath());
}

QFuture<Result<Done>> Services::connectKeychain()
{
    auto promise = std::make_shared<QPromise<Result<Done>>>();
    promise->start();
    QFuture<Result<Done>> future = promise->future();
    onFinished(KeychainSecretStore::probe(), this, [this, promise](const Result<Done>& probe) {
        if (probe)
            m_secrets.setTarget(&m_keychain);
        else
            m_secrets.setUnavailableReason(probe.error());
        promise->addResult(probe);
        promise->finish();
    });
    return future;
}

void Services::useSessionSecrets()
{
    m_secrets.setTarget(&m_sessionSecrets);
}

QString Services::storeLocation() const
{
    if (m_asyncStore)
        return m_asyncStore->path();
    if (m_store)
        return m_store->path();
    if (isTeam()) {
        if (const auto loaded = m_profiles.load(m_teamProfile))
            return profile::teamStoreOptions(loaded.value(), QString()).location();
    }
    return m_storePath;
}

AsyncStore& Services::store()
{
    Q_ASSERT(m_asyncStore);
    return *m_asyncStore;
}

QFuture<Result<int>> Services::openStore()
{
    if (!m_asyncStore)
        return failedOpen(makeError(ErrorKind::Internal, QStringLiteral("the store works on the caller's thread")));
    if (!isTeam()) {
        // The local store: opened, then its seal set up (the key from the keychain) before anyone
        // records in it.
        auto promise = std::make_shared<QPromise<Result<int>>>();
        promise->start();
        QFuture<Result<int>> future = promise->future();
        onFinished(m_asyncStore->open(), this, [this, promise](const Result<int>& opened) {
            if (!opened) {
                promise->addResult(opened);
                promise->finish();
                return;
            }
            sealInBackground(promise, opened.value());
        });
        return future;
    }
    if (m_teamPassword)
        return m_asyncStore->open();
    // The team store's password comes from the keychain, never from a file or the settings.
    auto promise = std::make_shared<QPromise<Result<int>>>();
    promise->start();
    QFuture<Result<int>> future = promise->future();
    onFinished(m_keychain.read(secretKey(m_teamProfile, QStringLiteral("team-store"))), this,
               [this, promise](const Result<QString>& password) {
                   if (!password) {
                       Error error = password.error();
                       error.message
                           = ServicesTr::tr("no password for the team store of profile %1 in the keychain (%2)")
                                 .arg(m_teamProfile, password.error().message);
                       error.hint = ServicesTr::tr(
                           "Import the profile again with its password_file, or start with --store PATH.");
                       promise->addResult(error);
                       promise->finish();
                       return;
                   }
                   m_teamPassword = password.value();
                   m_asyncStore->setTeamPassword(password.value());
                   m_asyncStore->open().then([promise](const Result<int>& opened) {
                       promise->addResult(opened);
                       promise->finish();
                   });
               });
    return future;
}

Result<Store*> Services::storeNow(bool lookOnly)
{
    if (m_store)
        return m_store.get();
    if (m_storeThread != StoreThread::Caller)
        return makeError(ErrorKind::Internal, QStringLiteral("the store works on a thread of its own"));
    Result<std::unique_ptr<Store>> opened = makeError(ErrorKind::Internal, QString());
    if (isTeam()) {
        const auto loaded = m_profiles.load(m_teamProfile);
        if (!loaded)
            return loaded.error();
        const auto password = migration::await(m_keychain.read(secretKey(m_teamProfile, QStringLiteral("team-store"))));
        if (!password) {
            Error error = password.error();
            error.message = ServicesTr::tr("no password for the team store's user %1: %2")
                                .arg(loaded->teamStore.user, error.message);
            return error;
        }
        opened = Store::openTeam(profile::teamStoreOptions(loaded.value(), password.value()), m_clock);
    } else {
        opened = Store::open(m_storePath, m_clock, lookOnly);
    }
    if (!opened)
        return opened.error();
    opened.value()->useAnchors(m_anchors);
    if (!isTeam()) {
        if (const auto sealed = sealNow(*opened.value()); !sealed)
            return sealed.error();
    }
    m_store = std::move(opened).value();
    m_exec.useStore(m_store.get());
    return m_store.get();
}

namespace {

QString keyText(const QByteArray& key)
{
    return QString::fromLatin1(key.toBase64());
}

} // namespace

Result<Done> Services::sealNow(Store& store)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        const auto state = store.seal();
        if (!state)
            return state.error();
        if (!state.value()) {
            if (store.isReadOnly())
                return Done{}; // a look at an unsealed copy: nothing to seal, nothing to check
            // First use: a key of its own, kept by the keychain before the store relies on it.
            const QString storeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QByteArray key = ledger::newSealKey();
            const auto kept = migration::await(m_keychain.write(Store::sealKeyName(storeId), keyText(key)));
            if (!kept) {
                m_sealNotice = ServicesTr::tr("the store is not sealed: the keychain could not keep its key (%1)")
                                   .arg(kept.error().message);
                return Done{};
            }
            const auto started = store.startSealing(storeId, key);
            if (started)
                return Done{};
            if (started.error().kind != ErrorKind::Conflict) {
                m_sealNotice = started.error().message; // verification says what it means
                return Done{};
            }
            continue; // another cockpit sealed it meanwhile: use its key
        }
        const auto key = migration::await(m_keychain.read(Store::sealKeyName(state.value()->storeId)));
        if (!key) {
            m_sealNotice = ServicesTr::tr("the store is sealed (store id %1) and the keychain has no key for it: its "
                                          "records cannot be vouched for here, nor new ones recorded (%2)")
                               .arg(state.value()->storeId, key.error().message);
            return Done{};
        }
        if (const auto used = store.useSealKey(QByteArray::fromBase64(key->toLatin1())); !used)
            m_sealNotice = used.error().message;
        return Done{};
    }
    return Done{};
}

void Services::sealInBackground(const std::shared_ptr<QPromise<Result<int>>>& opened, int version)
{
    const auto finish = [opened, version] {
        opened->addResult(Result<int>(version));
        opened->finish();
    };
    onFinished(m_asyncStore->run<std::optional<Store::Seal>>([](Store& store) -> Result<std::optional<Store::Seal>> {
        if (store.isReadOnly())
            return std::optional<Store::Seal>(); // nothing to seal in a look
        return store.seal();
    }),
               this, [this, opened, version, finish](const Result<std::optional<Store::Seal>>& state) {
                   if (!state) {
                       opened->addResult(Result<int>(state.error()));
                       opened->finish();
                       return;
                   }
                   if (state.value()) {
                       const QString storeId = state.value()->storeId;
                       onFinished(m_keychain.read(Store::sealKeyName(storeId)), this,
                                  [this, storeId, finish](const Result<QString>& key) {
                                      if (!key) {
                                          m_sealNotice
                                              = ServicesTr::tr("the store is sealed (store id %1) and the keychain has "
                                                               "no key for it: its records cannot be vouched for here, "
                                                               "nor new ones recorded (%2)")
                                                    .arg(storeId, key.error().message);
                                          finish();
                                          return;
                                      }
                                      const QByteArray bytes = QByteArray::fromBase64(key->toLatin1());
                                      onFinished(m_asyncStore->run<Done>(
                                                     [bytes](Store& store) { return store.useSealKey(bytes); }),
                                                 this, [this, finish](const Result<Done>& used) {
                                                     if (!used)
                                                         m_sealNotice = used.error().message;
                                                     finish();
                                                 });
                                  });
                       return;
                   }
                   // First use: a key of its own, kept by the keychain before the store relies on it.
                   const QString storeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                   const QByteArray key = ledger::newSealKey();
                   onFinished(m_keychain.write(Store::sealKeyName(storeId), keyText(key)), this,
                              [this, opened, version, storeId, key, finish](const Result<Done>& kept) {
                                  if (!kept) {
                                      m_sealNotice = ServicesTr::tr("the store is not sealed: the keychain could not "
                                                                    "keep its key (%1)")
                                                         .arg(kept.error().message);
                                      finish();
                                      return;
                                  }
                                  onFinished(m_asyncStore->run<Done>([storeId, key](Store& store) {
                                      return store.startSealing(storeId, key);
                                  }),
                                             this, [this, opened, version, finish](const Result<Done>& started) {
                                                 if (!started && started.error().kind == ErrorKind::Conflict) {
                                                     sealInBackground(opened, version); // sealed meanwhile
                                                     return;
                                                 }
                                                 if (!started)
                                                     m_sealNotice = started.error().message;
                                                 finish();
                                             });
                              });
               });
}

QString Services::identity() const
{
    if (m_asyncStore && m_asyncStore->isTeam())
        return m_asyncStore->identity(); // empty until connected: nothing can be signed before
    if (m_store && m_store->isTeam())
        return m_store->identity();
    const QString given = m_options.identity.trimmed();
    return given.isEmpty() ? m_settings.identity() : given;
}

ClusterMonitor& Services::monitor()
{
    if (!m_monitor)
        m_monitor = std::make_unique<ClusterMonitor>(m_secrets);
    return *m_monitor;
}

ReadinessSession& Services::readiness()
{
    if (!m_readiness)
        m_readiness = std::make_unique<ReadinessSession>(store(), m_secrets);
    return *m_readiness;
}

migration::MigrationSession& Services::migration()
{
    if (!m_migration)
        m_migration = std::make_unique<migration::MigrationSession>(store(), m_exec);
    return *m_migration;
}

monitoring::MetricsSession& Services::metrics()
{
    if (!m_metrics)
        m_metrics = std::make_unique<monitoring::MetricsSession>(store(), m_exec);
    return *m_metrics;
}

ChecklistSession& Services::startChecklist(const Runbook& runbook)
{
    m_checklist.reset();
    m_checklist = std::make_unique<ChecklistSession>(runbook, store());
    return *m_checklist;
}

ApprovalSession& Services::startApprovals(const Runbook& runbook)
{
    m_approvals.reset();
    m_approvals = std::make_unique<ApprovalSession>(runbook, store(), m_clock);
    return *m_approvals;
}

} // namespace cockpit
