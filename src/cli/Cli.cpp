#include "Cli.h"
#include "MigrateCommand.h"

#include "CliSupport.h"

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
    const char* usage; // its lines of the usage text, translated when shown
};

// The command line: one row per command. The usage text is made from it, in this order.
const CommandEntry kCommands[] = {
    {"runbook", Placement::Own, runRunbook,
     QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                       "  rollout-cockpit runbook validate FILE\n"
                       "      Check a runbook; exit 0 when valid, 2 with every problem on stderr.\n"
                       "  rollout-cockpit runbook show [--format text|json] [FILE]\n"
                       "      Print a runbook (default: the shipped production rollout guide).\n")},
    {"profile", Placement::Before, runProfile,
     QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                       "  rollout-cockpit profile list [--format text|json]\n"
                       "  rollout-cockpit profile show NAME\n"
                       "  rollout-cockpit profile test NAME [--format text|json]\n"
                       "      Reach every endpoint of a connection profile; exit 0 when all answer, 1 otherwise.\n"
                       "  rollout-cockpit profile import FILE [--name NAME]\n"
                       "      Add a profile from JSON; its password_file entries go to the keychain.\n"
                       "  rollout-cockpit profile remove NAME\n")},
    {"check", Placement::Before, runCheckCommand,
     QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                       "  rollout-cockpit check [--profile P] [--runbook F] [--section ID]... [--item ID]...\n"
                       "                        [--format text|json|junit] [--output FILE]\n"
                       "      Verify the checklist against the live cluster. Exit 0 when every automated item\n"
                       "      passes (or a person marked it not applicable with a reason), 1 when any fails\n"
                       "      or is unknown, 2 on a usage or configuration error.\n")},
    {"checklist", Placement::AfterSubcommand, runChecklistCommand,
     QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                       "  rollout-cockpit checklist show [--format text|json]\n"
                       "  rollout-cockpit checklist set ID --status open|done|not-applicable|blocked\n"
                       "                        [--note TEXT] [--evidence TEXT] [--as NAME]\n"
                       "      The people's side of the checklist: every item's status, who and when.\n")},
    {"approvals", Placement::AfterSubcommand, runApprovalsCommand,
     QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                       "  rollout-cockpit approvals show [--format text|json]\n"
                       "  rollout-cockpit approvals sign ROLE --decision approve|reject [--comment TEXT] [--reason "
                       "TEXT]\n"
                       "  rollout-cockpit approvals revoke ROLE\n"
                       "  rollout-cockpit approvals window --start ISO8601 --end ISO8601 [--zone NAME]\n"
                       "  rollout-cockpit approvals schedule ISO8601 [--zone NAME]\n"
                       "  rollout-cockpit approvals override --reason TEXT\n"
                       "  rollout-cockpit approvals confirm-override [RECORD]\n"
                       "  rollout-cockpit approvals verify [--anchor HEAD[@COUNT]]\n"
                       "      The five sign-offs and the gate; verify exits 0 when the ledger is intact, 1 when\n"
                       "      it is broken (naming the first bad record).\n")},
    {"migrate", Placement::Before, runMigrate,
     QT_TRANSLATE_NOOP(
         "cockpit::cli::CliText",
         "  rollout-cockpit migrate [--phase N] [--dry-run] [--yes] [--format text|json] [--watch-for "
         "D] [--steps N] [--wait-clear D]\n"
         "  rollout-cockpit migrate --status [--format json]\n"
         "  rollout-cockpit migrate --rehearse [--from-snapshot LABEL] [--format json]\n"
         "  rollout-cockpit migrate --resolve STEP --as done|rerun|rollback [--reason TEXT]\n"
         "  rollout-cockpit migrate --skip STEP --reason TEXT\n"
         "  rollout-cockpit migrate --override readiness|approvals|data_sources|preflight --reason TEXT\n")},
    {"rollback", Placement::Before, runRollback,
     QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                       "  rollout-cockpit rollback [--dry-run] [--yes] [--status] [--format text|json]\n"
                       "      migrate and rollback run the guide's phases (or the rollback) from where the journal\n"
                       "      stands. Exit 0 done, 1 a step failed, 2 usage or configuration, 3 a step is in\n"
                       "      doubt, 4 a gate is closed, 5 the preflight found a blocker (nothing started).\n")},
    {"watch", Placement::Before, runWatchCommand,
     QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                       "  rollout-cockpit watch [--profile P] [--once] [--for D] [--interval D] [--format text|json]\n"
                       "      Every metric's value and state, the rollback triggers (history from Prometheus),\n"
                       "      the success criteria; exit 1 when a trigger fires, 3 when one cannot be judged,\n"
                       "      0 otherwise.\n")},
    {"triggers", Placement::AfterSubcommand, runTriggersCommand,
     QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                       "  rollout-cockpit triggers replay --input FILE [--format text|json]\n"
                       "      The runbook's triggers over recorded samples (CSV timestamp,metric,value):\n"
                       "      every state transition, as Prometheus's alerting rules would make them.\n")},
    {"switchover", Placement::Before, runSwitchoverCommand,
     QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                       "  rollout-cockpit switchover [--profile P] [--to NODE] --yes\n"
                       "      A planned switchover through Patroni, recorded so it never counts as a failover.\n")},
    {"report", Placement::Before, runReportCommand,
     QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                       "  rollout-cockpit report --output FILE [--format pdf|json|html] [--page-size A4|Letter]\n"
                       "                         [--from ISO8601] [--to ISO8601]\n"
                       "  rollout-cockpit report --input REPORT.json --output FILE [--format pdf|html]\n"
                       "      The rollout report for the record: approvals, the ledger's head, readiness, the\n"
                       "      journal, metrics, triggers, success criteria. Exit 0 written, 1 written but the\n"
                       "      ledger is broken (the cover says so), 2 usage or it could not be made.\n")},
    {"store", Placement::Before, runStoreCommand,
     QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                       "  rollout-cockpit store key export\n"
                       "  rollout-cockpit store key import TOKEN\n"
                       "  rollout-cockpit store anchor [forget]\n"
                       "      The local store's seal key (in the keychain), for a second machine that is to verify\n"
                       "      and record in a copy of the store.\n")},
    {"team", Placement::AfterSubcommand, runTeamCommand,
     QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                       "  rollout-cockpit team init|grants --profile P\n"
                       "  rollout-cockpit team grant|ungrant DATABASE_ROLE APPROVAL_ROLE --profile P\n"
                       "  rollout-cockpit team import --from PATH --profile P\n"
                       "      The team store (the profile's team_store): set it up, and who may sign for what.\n")},
};

const CommandEntry* findCommand(const QString& name)
{
    for (const CommandEntry& entry : kCommands) {
        if (name == QLatin1String(entry.name))
            return &entry;
    }
    return nullptr;
}

} // namespace

QString usageText()
{
    QString text = CliText::tr("Usage:\n"
                               "  rollout-cockpit [--store PATH] [--runbook FILE] [--settings FILE] [--profile NAME]\n"
                               "      Open the cockpit window.\n");
    for (const CommandEntry& entry : kCommands)
        text += CliText::tr(entry.usage);
    text += CliText::tr("  rollout-cockpit --version | --help\n"
                        "\n"
                        "Options:\n"
                        "  --store PATH     the SQLite store (default: the profile's team store if it has one, else\n"
                        "                   cockpit.sqlite in the application data folder)\n"
                        "  --runbook FILE   open this runbook instead of the remembered one\n"
                        "  --settings FILE  read and write settings in this INI file\n"
                        "  --profile NAME   watch this connection profile's cluster\n"
                        "\n"
                        "Exit codes: 0 success, 1 failure, 2 invalid input, 64 bad command line.\n");
    return text;
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
        if (const CommandEntry* entry = findCommand(command)) {
            switch (entry->placement) {
            case Placement::Own: code = entry->run(rest); break;
            case Placement::Before: code = entry->run(before + rest); break;
            case Placement::AfterSubcommand: code = entry->run(rest.mid(0, 1) + before + rest.mid(1)); break;
            }
        } else {
            err() << CliText::tr("rollout-cockpit: unknown command \"%1\"\n").arg(command) << usageText();
            code = ExitUsage;
        }
    }
    out().flush();
    err().flush();
    return code;
}

} // namespace cockpit::cli
