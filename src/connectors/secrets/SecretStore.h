#pragma once

#include "core/Result.h"

#include <QFuture>
#include <QHash>
#include <QString>

#include <memory>

namespace cockpit {

// Where passwords live. The system keychain by default; where the system has none, the user
// may choose to hold secrets for this session only (in memory, gone at exit). There is no
// third place: never a settings file, never a plaintext fallback.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    // Fails with NotFound when there is no such secret.
    virtual QFuture<Result<QString>> read(const QString& key) = 0;
    virtual QFuture<Result<Done>> write(const QString& key, const QString& secret) = 0;
    virtual QFuture<Result<Done>> remove(const QString& key) = 0;
    virtual QString backendName() const = 0;
    virtual bool isPersistent() const = 0;
};

// QtKeychain: Secret Service (GNOME Keyring, KWallet) on Linux, Keychain on macOS,
// Credential Manager on Windows. Jobs are asynchronous; answers come on the calling thread.
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("rollout-cockpit"));

    QFuture<Result<QString>> read(const QString& key) override;
    QFuture<Result<Done>> write(const QString& key, const QString& secret) override;
    QFuture<Result<Done>> remove(const QString& key) override;
    QString backendName() const override;
    bool isPersistent() const override { return true; }

    // Whether a keychain answers here (reads a key nobody writes). No keychain (no session
    // bus, no Secret Service) is an Incompatible error carrying the system's own words.
    static QFuture<Result<Done>> probe(const QString& service = QStringLiteral("rollout-cockpit"));

private:
    QString m_service;
};

// Secrets in memory for this session only, for systems without a keychain, chosen by the
// user knowingly. Gone when the cockpit exits.
class SessionSecretStore final : public SecretStore
{
public:
    QFuture<Result<QString>> read(const QString& key) override;
    QFuture<Result<Done>> write(const QString& key, const QString& secret) override;
    QFuture<Result<Done>> remove(const QString& key) override;
    QString backendName() const override;
    bool isPersistent() const override { return false; }

private:
    QHash<QString, QString> m_secrets;
};

// Passes every call to a chosen store: the keychain once it answered, the session store
// when the user chose it, or none (every call fails with why there is no keychain).
class SecretStoreSwitch final : public SecretStore
{
public:
    explicit SecretStoreSwitch(Error unavailable);

    void setTarget(SecretStore* target) { m_target = target; } // not owned; nullptr: none
    SecretStore* target() const { return m_target; }
    void setUnavailableReason(Error reason) { m_unavailable = std::move(reason); }
    const Error& unavailableReason() const { return m_unavailable; }

    QFuture<Result<QString>> read(const QString& key) override;
    QFuture<Result<Done>> write(const QString& key, const QString& secret) override;
    QFuture<Result<Done>> remove(const QString& key) override;
    QString backendName() const override;
    bool isPersistent() const override { return m_target && m_target->isPersistent(); }

private:
    SecretStore* m_target = nullptr;
    Error m_unavailable;
};

// The key of one credential of one profile: "profile/<name>/<credential>".
QString secretKey(const QString& profile, const QString& credential);

} // namespace cockpit
