#pragma once

#include "core/ConnectionProfile.h"
#include "core/Result.h"
#include "core/Runbook.h"
#include "engine/migration/Executors.h"

#include <QFuture>
#include <QHash>
#include <QStringList>

#include <functional>

namespace cockpit {

class AsyncStore;
class Clock;
class SecretStore;
class Store;

// What a session or a command acts for: the rollout's runbook, the cluster's profile, the
// rollout's record and who acts.
struct ExecScope
{
    Runbook runbook;
    ConnectionProfile profile;
    qint64 rolloutId = 0;
    QString actor;
};

// A profile's passwords as the secret store gave them, and the credentials it had none for.
struct Credentials
{
    QHash<QString, QString> passwords; // credential -> password; in memory only
    QStringList missing;
};

// How every session of the window and every command builds the context it acts with: the
// passwords from the secret store, the store reached the way this front end reaches it (the
// window's store works on a thread of its own and is waited for off the window's thread; a
// command's works on the command's thread), the clock. One place, so that a headless command
// runs exactly what the window runs.
class ExecSetup
{
public:
    ExecSetup(SecretStore& secrets, const Clock& clock);
    Q_DISABLE_COPY_MOVE(ExecSetup)

    // Where the store's jobs go; the store must outlive every context made after this call.
    void useStore(AsyncStore* store);
    void useStore(Store* store);

    // Every credential the profile names, asked concurrently; answered on the calling thread.
    QFuture<Credentials> credentials(const ConnectionProfile& profile) const;
    // The context with these passwords (none: for what asks no password, a dry run's resolve).
    migration::ExecContext context(const ExecScope& scope, const QHash<QString, QString>& passwords = {}) const;
    // The passwords first, then the context; the credentials that had none are in missing.
    QFuture<std::pair<migration::ExecContext, QStringList>> prepare(const ExecScope& scope) const;

private:
    SecretStore& m_secrets;
    const Clock& m_clock;
    std::function<void(const std::function<void(Store&)>&)> m_withStore;
};

} // namespace cockpit
