#include "CommandContext.h"

#include "CliSupport.h"
#include "Console.h"
#include "connectors/secrets/SecretStore.h"
#include "core/FileInput.h"
#include "core/RunbookLoader.h"
#include "engine/profiles/ProfileClients.h"
#include "store/Store.h"

namespace cockpit::cli {

CommandContext::~CommandContext() = default;

Result<std::unique_ptr<CommandContext>> CommandContext::create(QStringList& arguments)
{
    std::unique_ptr<CommandContext> context(new CommandContext);
    const auto take = [&](const char* name) -> Result<QString> {
        const auto value = takeSingleOption(arguments, QString::fromLatin1(name));
        if (!value)
            return makeError(ErrorKind::InvalidInput, CliText::tr("%1 needs a value").arg(QString::fromLatin1(name)));
        return value.value();
    };
    for (const auto& [name, target] :
         {std::pair("--runbook", &context->m_runbookPath), std::pair("--profile", &context->m_profileName),
          std::pair("--store", &context->m_storePath), std::pair("--as", &context->m_identity)}) {
        const auto value = take(name);
        if (!value)
            return value.error();
        *target = value.value();
    }
    const auto settingsFile = take("--settings");
    if (!settingsFile)
        return settingsFile.error();
    if (!settingsFile->isEmpty()) {
        if (const auto usable = checkFilePath(settingsFile.value(), CliText::tr("a settings file")); !usable)
            return usable.error();
        context->m_settings = Settings::createAt(settingsFile.value());
    } else {
        context->m_settings = Settings::createDefault();
    }
    context->m_explicitStore = !context->m_storePath.isEmpty();
    if (context->m_storePath.isEmpty())
        context->m_storePath = Store::defaultPath();
    return context;
}

Result<Runbook> CommandContext::runbook() const
{
    QString path = m_runbookPath;
    if (path.isEmpty())
        path = m_settings->value(Settings::Key::RunbookPath).toString();
    return RunbookLoader::loadFile(path.isEmpty() ? builtinRunbookPath() : path);
}

Result<ConnectionProfile> CommandContext::profile() const
{
    const QString name
        = m_profileName.isEmpty() ? m_settings->value(Settings::Key::CurrentProfile).toString() : m_profileName;
    if (name.isEmpty()) {
        return makeError(ErrorKind::InvalidInput, CliText::tr("no connection profile: give --profile NAME"),
                         m_settings->fileName(),
                         CliText::tr("`rollout-cockpit profile list` shows the profiles there are."));
    }
    return ProfileStore(*m_settings).load(name);
}

Result<Store*> CommandContext::store()
{
    if (m_store)
        return m_store.get();
    if (!m_explicitStore) {
        // A profile with a team store means the team's record, as in the window.
        const QString name
            = m_profileName.isEmpty() ? m_settings->value(Settings::Key::CurrentProfile).toString() : m_profileName;
        if (!name.isEmpty()) {
            const auto profile = ProfileStore(*m_settings).load(name);
            if (profile && profile->hasTeamStore()) {
                KeychainSecretStore keychain;
                const auto password = waitFor(keychain.read(secretKey(profile->name, QStringLiteral("team-store"))));
                if (!password) {
                    Error error = password.error();
                    error.message = CliText::tr("no password for the team store's user %1: %2")
                                        .arg(profile->teamStore.user, error.message);
                    return error;
                }
                auto opened = Store::openTeam(profile::teamStoreOptions(profile.value(), password.value()));
                if (!opened)
                    return opened.error();
                m_store = std::move(opened).value();
                return m_store.get();
            }
        }
    }
    auto opened = Store::open(m_storePath);
    if (!opened)
        return opened.error();
    m_store = std::move(opened).value();
    return m_store.get();
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

QString CommandContext::identity() const
{
    if (m_store && m_store->isTeam())
        return m_store->identity();
    return m_identity.trimmed().isEmpty() ? m_settings->identity() : m_identity.trimmed();
}

} // namespace cockpit::cli
