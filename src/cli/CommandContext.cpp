#include "CommandContext.h"

#include "CliSupport.h"
#include "Console.h"
#include "engine/migration/Blocking.h"
#include "engine/services/Services.h"
#include "store/Store.h"

namespace cockpit::cli {

CommandContext::~CommandContext() = default;

Result<std::unique_ptr<CommandContext>> CommandContext::create(QStringList& arguments)
{
    ServiceOptions options;
    QString settingsFile;
    for (const auto& [name, target] :
         {std::pair("--runbook", &options.runbookPath), std::pair("--profile", &options.profileName),
          std::pair("--store", &options.storePath), std::pair("--as", &options.identity),
          std::pair("--settings", &settingsFile)}) {
        const auto value = takeSingleOption(arguments, QString::fromLatin1(name));
        if (!value)
            return makeError(ErrorKind::InvalidInput, CliText::tr("%1 needs a value").arg(QString::fromLatin1(name)));
        *target = value.value();
    }
    auto services = Services::create(settingsFile, std::move(options), Services::StoreThread::Caller);
    if (!services)
        return services.error();
    std::unique_ptr<CommandContext> context(new CommandContext);
    context->m_services = std::move(services).value();
    return context;
}

Settings& CommandContext::settings()
{
    return m_services->settings();
}

Result<Runbook> CommandContext::runbook() const
{
    return m_services->loadRunbook();
}

Result<ConnectionProfile> CommandContext::profile() const
{
    return m_services->profile();
}

Result<Store*> CommandContext::store()
{
    return m_services->storeNow();
}

QString CommandContext::identity() const
{
    return m_services->identity();
}

Result<CommandContext::Rollout> CommandContext::openRollout()
{
    auto runbook = this->runbook();
    if (!runbook)
        return runbook.error();
    const auto opened = store();
    if (!opened)
        return opened.error();
    const auto info = opened.value()->ensureRollout(runbook->id, runbook->title, identity());
    if (!info)
        return info.error();
    return Rollout{std::move(runbook).value(), opened.value(), info.value()};
}

Result<migration::ExecContext> CommandContext::execContext()
{
    const auto rollout = openRollout();
    if (!rollout)
        return rollout.error();
    const auto profile = this->profile();
    if (!profile)
        return profile.error();
    return m_services->exec().context({rollout->runbook, profile.value(), rollout->info.id, identity()});
}

QStringList CommandContext::loadCredentials(migration::ExecContext& exec)
{
    const std::optional<Credentials> found = migration::awaitValue(m_services->exec().credentials(exec.profile));
    if (!found)
        return exec.profile.credentials(); // the keychain never answered: every one is missing
    exec.credentials = found->passwords;
    return found->missing;
}

} // namespace cockpit::cli
