#include "CommandContext.h"

#include "CliSupport.h"
#include "Console.h"
#include "core/FileInput.h"
#include "core/RunbookLoader.h"
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
    for (const auto& [name, target] : {std::pair("--runbook", &context->m_runbookPath),
                                       std::pair("--profile", &context->m_profileName),
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
                         m_settings->fileName(), CliText::tr("`rollout-cockpit profile list` shows the profiles there are."));
    }
    return ProfileStore(*m_settings).load(name);
}

Result<Store*> CommandContext::store()
{
    if (!m_store) {
        auto opened = Store::open(m_storePath);
        if (!opened)
            return opened.error();
        m_store = std::move(opened).value();
    }
    return m_store.get();
}

QString CommandContext::identity() const
{
    return m_identity.trimmed().isEmpty() ? m_settings->identity() : m_identity.trimmed();
}

} // namespace cockpit::cli
