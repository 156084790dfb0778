#include "SecretStore.h"

#include <QPromise>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace cockpit {
namespace {

constexpr const char* kProbeKey = "cockpit-availability-probe";
constexpr std::chrono::seconds kKeychainTimeout{30};

template<typename T> QFuture<Result<T>> ready(Result<T> result)
{
    return QtFuture::makeReadyFuture(std::move(result));
}

Error keychainError(const QKeychain::Job& job, const QString& key)
{
    const QString where = QStringLiteral("keychain (%1)").arg(key);
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return makeError(ErrorKind::NotFound, QStringLiteral("no secret stored under this name"), where);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return makeError(ErrorKind::Auth,
                         QStringLiteral("access to the keychain was denied: %1").arg(job.errorString()), where,
                         QStringLiteral("Unlock the keychain and try again."));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return makeError(ErrorKind::Incompatible, QStringLiteral("no keychain is available: %1").arg(job.errorString()),
                         where);
    default:
        // With no session bus, the Secret Service backend lands here ("Cannot autolaunch D-Bus ...").
        return makeError(ErrorKind::Incompatible,
                         QStringLiteral("the keychain did not answer: %1").arg(job.errorString()), where,
                         QStringLiteral("Start a keychain (GNOME Keyring, KWallet) in this session, or hold the "
                                        "secrets for this session only."));
    }
}

// Starts a job and turns its finished() into a future; the job deletes itself.
template<typename T, typename Job, typename Extract>
QFuture<Result<T>> run(Job* job, const QString& key, Extract extract)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    QFuture<Result<T>> future = promise->future();
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [promise, job, key, extract](QKeychain::Job*) {
        if (promise->future().isFinished())
            return; // it timed out already
        promise->addResult(job->error() == QKeychain::NoError ? Result<T>(extract(*job))
                                                              : Result<T>(keychainError(*job, key)));
        promise->finish();
    });
    // A locked keyring whose unlock prompt nobody answers would otherwise never answer.
    QTimer::singleShot(kKeychainTimeout, job, [promise, key] {
        if (promise->future().isFinished())
            return;
        promise->addResult(makeError(ErrorKind::Timeout, QStringLiteral("the keychain did not answer (is it locked?)"),
                                     QStringLiteral("keychain (%1)").arg(key),
                                     QStringLiteral("Unlock the keychain and try again.")));
        promise->finish();
    });
    job->start();
    return future;
}

} // namespace

QString secretKey(const QString& profile, const QString& credential)
{
    return QStringLiteral("profile/%1/%2").arg(profile, credential);
}

KeychainSecretStore::KeychainSecretStore(QString service) : m_service(std::move(service))
{ }

QFuture<Result<QString>> KeychainSecretStore::read(const QString& key)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    return run<QString>(job, key,
                        [](QKeychain::Job& j) { return static_cast<QKeychain::ReadPasswordJob&>(j).textData(); });
}

QFuture<Result<Done>> KeychainSecretStore::write(const QString& key, const QString& secret)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(secret);
    return run<Done>(job, key, [](QKeychain::Job&) { return Done{}; });
}

QFuture<Result<Done>> KeychainSecretStore::remove(const QString& key)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    return run<Done>(job, key, [](QKeychain::Job&) { return Done{}; });
}

QString KeychainSecretStore::backendName() const
{
    return QStringLiteral("system keychain");
}

QFuture<Result<Done>> KeychainSecretStore::probe(const QString& service)
{
    return KeychainSecretStore(service)
        .read(QString::fromLatin1(kProbeKey))
        .then([](const Result<QString>& read) -> Result<Done> {
            if (read || read.error().kind == ErrorKind::NotFound)
                return Done{};
            return read.error();
        });
}

QFuture<Result<QString>> SessionSecretStore::read(const QString& key)
{
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd())
        return ready(Result<QString>(makeError(ErrorKind::NotFound, QStringLiteral("no secret stored under this name"),
                                               QStringLiteral("session secrets (%1)").arg(key))));
    return ready(Result<QString>(it.value()));
}

QFuture<Result<Done>> SessionSecretStore::write(const QString& key, const QString& secret)
{
    m_secrets.insert(key, secret);
    return ready(Result<Done>(Done{}));
}

QFuture<Result<Done>> SessionSecretStore::remove(const QString& key)
{
    m_secrets.remove(key);
    return ready(Result<Done>(Done{}));
}

QString SessionSecretStore::backendName() const
{
    return QStringLiteral("this session only (no keychain)");
}

SecretStoreSwitch::SecretStoreSwitch(Error unavailable) : m_unavailable(std::move(unavailable))
{ }

QFuture<Result<QString>> SecretStoreSwitch::read(const QString& key)
{
    return m_target ? m_target->read(key) : ready(Result<QString>(m_unavailable));
}

QFuture<Result<Done>> SecretStoreSwitch::write(const QString& key, const QString& secret)
{
    return m_target ? m_target->write(key, secret) : ready(Result<Done>(m_unavailable));
}

QFuture<Result<Done>> SecretStoreSwitch::remove(const QString& key)
{
    return m_target ? m_target->remove(key) : ready(Result<Done>(m_unavailable));
}

QString SecretStoreSwitch::backendName() const
{
    return m_target ? m_target->backendName() : QStringLiteral("no keychain");
}

} // namespace cockpit
