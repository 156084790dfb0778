#include "ProfileCommand.h"
#include "CommandHelp.h"

#include "CliSupport.h"

#include "Cli.h"
#include "Console.h"
#include "connectors/secrets/SecretStore.h"
#include "core/ConnectionProfile.h"
#include "core/Settings.h"
#include "engine/profiles/ProfileImporter.h"
#include "engine/profiles/ProfileTester.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace cockpit::cli {
namespace {

int usage(const QString& message)
{
    err() << QStringLiteral("rollout-cockpit profile: ") << message << '\n' << usageOf("profile");
    return ExitUsage;
}

int list(QStringList arguments, Settings& settings)
{
    const auto chosen = takeFormat(arguments);
    if (!chosen || !arguments.isEmpty())
        return usage(CliText::tr("list takes only --format text|json"));
    const QString& format = chosen.value();
    ProfileStore store(settings);
    QJsonArray json;
    for (const QString& name : store.names()) {
        const auto profile = store.load(name);
        if (format == QLatin1String("json")) {
            json.append(profile ? profile->toJson()
                                : QJsonObject{{QStringLiteral("name"), name},
                                              {QStringLiteral("error"), profile.error().toString()}});
        } else if (profile) {
            out() << name << QStringLiteral("  (%1 endpoints)").arg(ProfileTester::endpoints(profile.value()).size())
                  << (profile->description.isEmpty() ? QString() : QStringLiteral("  ") + profile->description) << '\n';
        } else {
            out() << name << CliText::tr("  (unreadable: %1)").arg(profile.error().message) << '\n';
        }
    }
    if (format == QLatin1String("json"))
        out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    else if (store.names().isEmpty())
        out() << CliText::tr("No profiles yet. Import one with: rollout-cockpit profile import FILE\n");
    return ExitOk;
}

int show(const QStringList& arguments, Settings& settings)
{
    if (arguments.size() != 1)
        return usage(CliText::tr("show takes one profile name"));
    const auto profile = ProfileStore(settings).load(arguments.first());
    if (!profile) {
        err() << profile.error().toString() << '\n';
        return ExitInvalidInput;
    }
    out() << QString::fromUtf8(QJsonDocument(profile->toJson()).toJson(QJsonDocument::Indented));
    return ExitOk;
}

QJsonObject checkToJson(const EndpointCheck& check)
{
    QJsonObject o{{QStringLiteral("component"), check.endpoint.component},
                  {QStringLiteral("name"), check.endpoint.name},
                  {QStringLiteral("address"), check.endpoint.address},
                  {QStringLiteral("ok"), check.ok},
                  {QStringLiteral("latency_ms"), std::round(check.latencyMs * 100) / 100},
                  {QStringLiteral("version"), check.version},
                  {QStringLiteral("detail"), check.detail},
                  {QStringLiteral("error"), check.ok ? QJsonValue() : QJsonValue(check.error.toString())}};
    if (check.node && check.node->reachable) {
        o[QStringLiteral("role")] = check.node->inRecovery ? QStringLiteral("standby") : QStringLiteral("primary");
        o[QStringLiteral("accepts_writes")] = check.node->acceptsWrites();
        o[QStringLiteral("timeline")] = check.node->timeline ? QJsonValue(*check.node->timeline) : QJsonValue();
        o[QStringLiteral("lsn")] = check.node->lsn;
    }
    if (!check.ok && !check.error.code.isEmpty())
        o[QStringLiteral("error_code")] = check.error.code;
    return o;
}

int test(QStringList arguments, Settings& settings)
{
    const auto chosen = takeFormat(arguments);
    if (!chosen || arguments.size() != 1)
        return usage(CliText::tr("test takes one profile name and --format text|json"));
    const QString& format = chosen.value();
    const auto profile = ProfileStore(settings).load(arguments.first());
    if (!profile) {
        err() << profile.error().toString() << '\n';
        return ExitInvalidInput;
    }
    auto secrets = std::make_shared<KeychainSecretStore>();
    auto tester = std::make_shared<ProfileTester>(profile.value(), *secrets);
    const QString name = profile->name;
    return runAsync(tester->checkAll().then([secrets, tester, format, name](const QList<EndpointCheck>& checks) {
        const bool allOk = std::all_of(checks.begin(), checks.end(), [](const EndpointCheck& c) { return c.ok; });
        const QStringList warnings = ProfileTester::warnings(checks);
        if (format == QLatin1String("json")) {
            QJsonArray endpoints;
            for (const EndpointCheck& check : checks)
                endpoints.append(checkToJson(check));
            const QJsonObject json{{QStringLiteral("profile"), name},
                                   {QStringLiteral("ok"), allOk && warnings.isEmpty()},
                                   {QStringLiteral("endpoints"), endpoints},
                                   {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
            out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        } else {
            for (const QString& warning : warnings)
                out() << CliText::tr("WARNING  %1").arg(warning) << '\n';
            if (!warnings.isEmpty())
                out() << '\n';
            for (const EndpointCheck& check : checks) {
                out() << QStringLiteral("%1  %2 %3  %4")
                             .arg(check.ok ? QStringLiteral("ok  ") : QStringLiteral("FAIL"),
                                  check.endpoint.component.leftJustified(12), check.endpoint.name.leftJustified(18),
                                  check.endpoint.address)
                      << '\n';
                if (check.ok) {
                    QStringList facts{check.version, check.detail};
                    facts.removeAll(QString());
                    out() << QStringLiteral("      %1 ms  %2\n")
                                 .arg(check.latencyMs, 0, 'f', 1)
                                 .arg(facts.join(QStringLiteral(", ")));
                } else {
                    out() << QStringLiteral("      ")
                          << check.error.toString().replace(QLatin1Char('\n'), QStringLiteral("\n      ")) << '\n';
                }
            }
            out() << CliText::tr("%1 of %2 endpoints answered\n")
                         .arg(std::count_if(checks.begin(), checks.end(), [](const EndpointCheck& c) { return c.ok; }))
                         .arg(checks.size());
            if (!warnings.isEmpty())
                out() << CliText::tr("%n warning(s): see above\n", nullptr, static_cast<int>(warnings.size()));
        }
        out().flush();
        return allOk && warnings.isEmpty() ? int(ExitOk) : int(ExitFailure);
    }));
}

// `profile import FILE [--name NAME]`: the profile goes to the settings, the passwords named
// by "password_file" keys go to the keychain. Nothing secret is written anywhere else.
int import(QStringList arguments, Settings& settings)
{
    QString name;
    const qsizetype nameAt = arguments.indexOf(QStringLiteral("--name"));
    if (nameAt >= 0) {
        if (nameAt + 1 >= arguments.size())
            return usage(CliText::tr("--name needs a value"));
        name = arguments[nameAt + 1];
        arguments.remove(nameAt, 2);
    }
    if (arguments.size() != 1)
        return usage(CliText::tr("import takes one FILE"));
    auto secrets = std::make_shared<KeychainSecretStore>();
    auto profiles = std::make_shared<ProfileStore>(settings);
    return runAsync(
        ProfileImporter::import(arguments.first(), name, *secrets, *profiles)
            .then([secrets, profiles](const Result<ConnectionProfile>& imported) {
                if (!imported) {
                    err() << CliText::tr("The profile was not imported: ") << imported.error().toString() << '\n';
                    return imported.error().kind == ErrorKind::InvalidInput ? int(ExitInvalidInput) : int(ExitFailure);
                }
                out() << CliText::tr("Imported profile \"%1\" (%2 endpoints; passwords in the %3)\n")
                             .arg(imported->name)
                             .arg(ProfileTester::endpoints(imported.value()).size())
                             .arg(secrets->backendName());
                return int(ExitOk);
            }));
}

int remove(const QStringList& arguments, Settings& settings)
{
    if (arguments.size() != 1)
        return usage(CliText::tr("remove takes one profile name"));
    auto secrets = std::make_shared<KeychainSecretStore>();
    auto profiles = std::make_shared<ProfileStore>(settings);
    if (!profiles->names().contains(arguments.first())) {
        err() << CliText::tr("no profile named \"%1\"\n").arg(arguments.first());
        return ExitInvalidInput;
    }
    const QString& name = arguments.first();
    return runAsync(
        ProfileImporter::remove(name, *secrets, *profiles).then([secrets, profiles, name](const Result<Done>&) {
            out() << CliText::tr("Removed profile \"%1\" and its passwords\n").arg(name);
            return int(ExitOk);
        }));
}

} // namespace

int runProfileCommand(const QStringList& arguments, Settings& settings)
{
    if (arguments.isEmpty())
        return usage(CliText::tr("missing subcommand (list, show, test, import or remove)"));
    const QString& sub = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (sub == QLatin1String("list"))
        return list(rest, settings);
    if (sub == QLatin1String("show"))
        return show(rest, settings);
    if (sub == QLatin1String("test"))
        return test(rest, settings);
    if (sub == QLatin1String("import"))
        return import(rest, settings);
    if (sub == QLatin1String("remove"))
        return remove(rest, settings);
    return usage(CliText::tr("unknown subcommand \"%1\"").arg(sub));
}

} // namespace cockpit::cli
