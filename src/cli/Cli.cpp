#include "Cli.h"
#include "MigrateCommand.h"

#include "CliSupport.h"
#include "CommandHelp.h"

#include "ApprovalsCommand.h"
#include "CheckCommand.h"
#include "Console.h"
#include "ProfileCommand.h"
#include "ReportCommand.h"
#include "RunbookCommand.h"
#include "StoreCommand.h"
#include "WatchCommand.h"
#include "engine/services/Services.h"

#include <QCoreApplication>

namespace cockpit::cli {
namespace {

// Options of the window (and of Qt itself) that take a value, so that their value is not
// mistaken for a command.
const QStringList kOptionsWithValue{
    QStringLiteral("--store"),
    QStringLiteral("--runbook"),
    QStringLiteral("--settings"),
    QStringLiteral("--profile"),
    QStringLiteral("--as"),
    QStringLiteral("-platform"),
    QStringLiteral("-platformpluginpath"),
    QStringLiteral("-platformtheme"),
    QStringLiteral("-plugin"),
    QStringLiteral("-style"),
    QStringLiteral("-stylesheet"),
    QStringLiteral("-session"),
    QStringLiteral("-display"),
    QStringLiteral("-geometry"),
    QStringLiteral("-qwindowgeometry"),
    QStringLiteral("-qwindowicon"),
    QStringLiteral("-qwindowtitle"),
    QStringLiteral("-title"),
    QStringLiteral("-name"),
    QStringLiteral("-font"),
};

// The index of the first word that is neither an option nor an option's value, or -1.
qsizetype commandIndex(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& word = arguments[i];
        if (kOptionsWithValue.contains(word)) {
            ++i;
            continue;
        }
        if (!word.startsWith(QLatin1Char('-')))
            return i;
    }
    return -1;
}

bool hasFlag(const QStringList& arguments, std::initializer_list<const char*> names)
{
    for (const char* name : names) {
        if (arguments.contains(QString::fromLatin1(name)))
            return true;
    }
    return false;
}

} // namespace

namespace {

int runMigrate(QStringList arguments)
{
    return runMigrateCommand(std::move(arguments), false);
}

int runRollback(QStringList arguments)
{
    return runMigrateCommand(std::move(arguments), true);
}

int runRunbook(QStringList arguments)
{
    return runRunbookCommand(arguments);
}

int runProfile(QStringList arguments)
{
    // Profiles live in the settings: of the common options only --settings means anything here.
    const auto settingsFile = takeSingleOption(arguments, QStringLiteral("--settings"));
    if (!settingsFile)
        return refuse(QStringLiteral("profile"), CliText::tr("--settings needs a value"));
    for (const char* ignored : {"--store", "--runbook", "--profile", "--as"})
        (void)takeOption(arguments, QString::fromLatin1(ignored));
    auto services = Services::create(settingsFile.value(), {}, Services::StoreThread::Caller);
    if (!services) {
        err() << services.error().toString() << '\n';
        return ExitInvalidInput;
    }
    return runProfileCommand(arguments, services.value()->settings());
}

// Where a command wants the options given before its word ("--profile lab check"): none (it
// takes its own words only), before its own arguments, or after its subcommand word.
enum class Placement
{
    Own,
    Before,
    AfterSubcommand,
};

struct CommandEntry
{
    const char* name;
    Placement placement;
    int (*run)(QStringList arguments);
};

// The command line: one row per command. What each says about itself is in CommandHelp.cpp.
const CommandEntry kCommands[] = {
    {"runbook", Placement::Own, runRunbook},
    {"profile", Placement::Before, runProfile},
    {"check", Placement::Before, runCheckCommand},
    {"checklist", Placement::AfterSubcommand, runChecklistCommand},
    {"approvals", Placement::AfterSubcommand, runApprovalsCommand},
    {"migrate", Placement::Before, runMigrate},
    {"rollback", Placement::Before, runRollback},
    {"watch", Placement::Before, runWatchCommand},
    {"triggers", Placement::AfterSubcommand, runTriggersCommand},
    {"switchover", Placement::Before, runSwitchoverCommand},
    {"report", Placement::Before, runReportCommand},
    {"store", Placement::Before, runStoreCommand},
    {"team", Placement::AfterSubcommand, runTeamCommand},
};

const CommandEntry* findCommand(const QString& name)
{
    for (const CommandEntry& entry : kCommands) {
        if (name == QLatin1String(entry.name))
            return &entry;
    }
    return nullptr;
}

// `help`, `help COMMAND`, `help --man`.
int runHelp(const QStringList& arguments)
{
    QStringList words;
    for (const QString& word : arguments) {
        if (word == QLatin1String("--man")) {
            out() << manPage();
            return ExitOk;
        }
        if (!word.startsWith(QLatin1Char('-')))
            words << word;
    }
    if (words.isEmpty()) {
        out() << globalUsage();
        return ExitOk;
    }
    if (words.first() == QLatin1String("completion"))
        words.first() = QStringLiteral("help");
    if (const CommandHelp* help = findCommandHelp(words.first())) {
        out() << commandUsage(*help);
        return ExitOk;
    }
    const QString nearest = nearestWord(words.first(), commandNames());
    return usageError(QStringLiteral("help"),
                      nearest.isEmpty()
                          ? CliText::tr("no command \"%1\"").arg(words.first())
                          : CliText::tr("no command \"%1\"; did you mean %2?").arg(words.first(), nearest));
}

// `completion bash|zsh`: a script made from the same option tables as the help.
int runCompletion(const QStringList& arguments)
{
    const auto script = arguments.size() == 1 ? completionScript(arguments.first()) : std::nullopt;
    if (!script)
        return usageError(QStringLiteral("completion"), CliText::tr("say which shell: completion bash|zsh"));
    out() << script.value();
    return ExitOk;
}

} // namespace

QString usageText()
{
    return globalUsage();
}

bool isCliInvocation(const QStringList& arguments)
{
    if (hasFlag(arguments, {"--help", "-h", "--version", "-v"}))
        return true;
    return commandIndex(arguments) >= 0;
}

int run(const QStringList& arguments)
{
    const qsizetype index = commandIndex(arguments);
    int code = ExitOk;
    if (index < 0 && hasFlag(arguments, {"--version", "-v"})) {
        out() << QCoreApplication::applicationName() << ' ' << QStringLiteral(COCKPIT_VERSION) << '\n';
    } else if (index < 0) {
        out() << usageText();
    } else {
        const QString& command = arguments[index];
        const QStringList before = arguments.mid(1, index - 1); // options given before the command
        const QStringList rest = arguments.mid(index + 1);
        if (command == QLatin1String("help")) {
            code = runHelp(before + rest);
        } else if (command == QLatin1String("completion")) {
            code = runCompletion(rest);
        } else if (const CommandEntry* entry = findCommand(command)) {
            const CommandHelp* help = findCommandHelp(command);
            const QStringList given = entry->placement == Placement::Own ? rest : before + rest;
            if (help && asksForHelp(*help, given)) {
                out() << commandUsage(*help);
            } else if (const auto unknown = help ? unknownOption(*help, given) : std::nullopt) {
                code = usageError(command, unknown.value());
            } else {
                switch (entry->placement) {
                case Placement::Own: code = entry->run(rest); break;
                case Placement::Before: code = entry->run(before + rest); break;
                case Placement::AfterSubcommand: code = entry->run(rest.mid(0, 1) + before + rest.mid(1)); break;
                }
            }
        } else {
            const QString nearest = nearestWord(command, commandNames());
            err() << (nearest.isEmpty() ? CliText::tr("rollout-cockpit: unknown command \"%1\"\n").arg(command)
                                        : CliText::tr("rollout-cockpit: unknown command \"%1\"; did you mean %2?\n")
                                              .arg(command, nearest))
                  << usageText();
            code = ExitUsage;
        }
    }
    out().flush();
    err().flush();
    return code;
}

} // namespace cockpit::cli
