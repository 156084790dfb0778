#include "CommandContext.h"

#include "CliSupport.h"
#include "Console.h"
#include "engine/migration/Blocking.h"
#include "engine/services/Services.h"
#include "store/Store.h"

#include <algorithm>

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
        const QString option = QString::fromLatin1(name);
        const auto values = takeOption(arguments, option);
        // Given but empty ("--store ''", an unset shell variable) is a mistake, never the default.
        if (!values || (!values->isEmpty() && values->last().trimmed().isEmpty()))
            return makeError(ErrorKind::InvalidInput, CliText::tr("%1 needs a value").arg(option));
        if (!values->isEmpty())
            *target = values->last();
    }
    // A name goes into every record it signs: one line, no control characters.
    if (std::any_of(options.identity.cbegin(), options.identity.cend(), [](QChar c) {
            return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
        }))
        return makeError(ErrorKind::InvalidInput,
                         CliText::tr("--as takes a name of one line, without control characters"));
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

Result<Store*> CommandContext::store(bool lookOnly)
{
    return m_services->storeNow(lookOnly);
}

QString CommandContext::identity() const
{
    return m_services->identity();
}

Result<CommandContext::Rollout> CommandContext::openRollout(bool lookOnly)
{
    auto runbook = this->runbook();
    if (!runbook)
        return runbook.error();
    const auto opened = store(lookOnly);
    if (!opened)
        return opened.error();
    if (lookOnly) {
        const auto found = opened.value()->findRollout(runbook->id);
        if (!found)
            return found.error();
        RolloutInfo info = found->value_or(RolloutInfo{});
        info.runbookId = runbook->id;
        return Rollout{std::move(runbook).value(), opened.value(), info};
    }
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
