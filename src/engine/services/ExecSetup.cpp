#include "ExecSetup.h"

#include "connectors/secrets/SecretStore.h"
#include "core/Clock.h"
#include "engine/migration/Blocking.h"
#include "store/AsyncStore.h"
#include "store/Store.h"

#include <QPromise>

#include <memory>

namespace cockpit {

ExecSetup::ExecSetup(SecretStore& secrets, const Clock& clock) : m_secrets(secrets), m_clock(clock)
{
    m_withStore = [](const std::function<void(Store&)>&) {};
}

void ExecSetup::useStore(AsyncStore* store)
{
    // Called on a session's worker thread: the job runs on the store's thread, this one waits.
    m_withStore = [store](const std::function<void(Store&)>& job) {
        (void)migration::await(store->run<int>([job](Store& s) {
            job(s);
            return Result<int>(0);
        }));
    };
}

void ExecSetup::useStore(Store* store)
{
    m_withStore = [store](const std::function<void(Store&)>& job) { job(*store); };
}

QFuture<Credentials> ExecSetup::credentials(const ConnectionProfile& profile) const
{
    auto promise = std::make_shared<QPromise<Credentials>>();
    promise->start();
    QFuture<Credentials> future = promise->future();
    const QStringList names = profile.credentials();
    if (names.isEmpty()) {
        promise->addResult(Credentials{});
        promise->finish();
        return future;
    }
    auto collected = std::make_shared<Credentials>();
    auto pending = std::make_shared<qsizetype>(names.size());
    const auto settle = [promise, collected, pending](const QString& name, const Result<QString>& password) {
        if (password)
            collected->passwords.insert(name, password.value());
        else
            collected->missing.append(name);
        if (--*pending == 0) {
            collected->missing.sort();
            promise->addResult(*collected);
            promise->finish();
        }
    };
    for (const QString& name : names) {
        // A reader that dies unanswered counts as "missing", never as a hang or a crash.
        QFuture<Result<QString>> read = m_secrets.read(secretKey(profile.name, name));
        read.then([settle, name](const Result<QString>& password) { settle(name, password); })
            .onCanceled([settle, name] { settle(name, makeError(ErrorKind::Cancelled, QString())); });
    }
    return future;
}

namespace {

migration::ExecContext makeContext(const ExecScope& scope, const QHash<QString, QString>& passwords, const Clock& clock,
                                   const std::function<void(const std::function<void(Store&)>&)>& withStore)
{
    migration::ExecContext context;
    context.runbook = scope.runbook;
    context.profile = scope.profile;
    context.credentials = passwords;
    context.rolloutId = scope.rolloutId;
    context.actor = scope.actor;
    context.clock = &clock;
    context.withStore = withStore;
    return context;
}

} // namespace

migration::ExecContext ExecSetup::context(const ExecScope& scope, const QHash<QString, QString>& passwords) const
{
    return makeContext(scope, passwords, m_clock, m_withStore);
}

QFuture<std::pair<migration::ExecContext, QStringList>> ExecSetup::prepare(const ExecScope& scope) const
{
    // Copies, not this: the answer may come after whoever asked is gone.
    return credentials(scope.profile)
        .then([scope, clock = &m_clock, withStore = m_withStore](const Credentials& found) {
            return std::pair(makeContext(scope, found.passwords, *clock, withStore), found.missing);
        });
}

} // namespace cockpit
