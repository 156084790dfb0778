#include "ExecSetup.h"

#include "CliSupport.h"
#include "connectors/secrets/SecretStore.h"
#include "core/Clock.h"
#include "store/Store.h"

namespace cockpit::cli {

Result<migration::ExecContext> execContextFor(CommandContext& context)
{
    const auto rollout = context.openRollout();
    if (!rollout)
        return rollout.error();
    const auto profile = context.profile();
    if (!profile)
        return profile.error();
    migration::ExecContext exec;
    exec.runbook = rollout->runbook;
    exec.profile = profile.value();
    exec.rolloutId = rollout->info.id;
    exec.actor = context.identity();
    exec.clock = &Clock::system();
    Store* store = rollout->store;
    exec.withStore = [store](const std::function<void(Store&)>& job) { job(*store); };
    return exec;
}

QStringList loadCredentials(migration::ExecContext& exec)
{
    QStringList missing;
    KeychainSecretStore keychain;
    for (const QString& credential : exec.profile.credentials()) {
        const auto password = waitFor(keychain.read(secretKey(exec.profile.name, credential)));
        if (password)
            exec.credentials.insert(credential, password.value());
        else
            missing.append(credential);
    }
    return missing;
}

} // namespace cockpit::cli
