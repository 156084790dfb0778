#include "CommandHelp.h"

#include "Console.h"

#include <QCoreApplication>
#include <QDate>

#include <algorithm>

namespace cockpit::cli {
namespace {

const char* const kUsageExit
    = QT_TRANSLATE_NOOP("cockpit::cli::CliText", "64  the command line is wrong (an unknown option, a missing value)");

QString tr(const char* text)
{
    return CliText::tr(text);
}

} // namespace

const std::vector<OptionHelp>& commonOptions()
{
    static const std::vector<OptionHelp> options{
        {"--profile", "NAME",
         QT_TRANSLATE_NOOP("cockpit::cli::CliText", "the connection profile whose cluster to use")},
        {"--store", "PATH",
         QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                           "the SQLite store (default: the profile's team store, else cockpit.sqlite)")},
        {"--runbook", "FILE", QT_TRANSLATE_NOOP("cockpit::cli::CliText", "this runbook instead of the remembered one")},
        {"--settings", "FILE", QT_TRANSLATE_NOOP("cockpit::cli::CliText", "read and write settings in this INI file")},
        {"--as", "NAME",
         QT_TRANSLATE_NOOP("cockpit::cli::CliText", "who is recording this (default: the operating system's user)")},
    };
    return options;
}

const std::vector<CommandHelp>& commandHelps()
{
    static const std::vector<CommandHelp> commands{
        {"runbook",
         QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                           "Check a runbook, or print it (default: the shipped production rollout guide)."),
         "rollout-cockpit runbook validate FILE\n"
         "rollout-cockpit runbook show [--format text|json] [FILE]",
         "validate show",
         {{"--format", "text|json", QT_TRANSLATE_NOOP("cockpit::cli::CliText", "how show prints the runbook")}},
         false,
         QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                           "0   valid (validate) or printed (show)\n"
                           "2   the runbook is invalid: every problem on stderr, each with its JSON path"),
         "rollout-cockpit runbook validate my-rollout.json"},
        {"profile",
         QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                           "Connection profiles: list, show, test every endpoint, import from JSON, remove."),
         "rollout-cockpit profile list [--format text|json]\n"
         "rollout-cockpit profile show NAME\n"
         "rollout-cockpit profile test NAME [--format text|json]\n"
         "rollout-cockpit profile import FILE [--name NAME]\n"
         "rollout-cockpit profile remove NAME",
         "list show test import remove",
         {{"--format", "text|json", QT_TRANSLATE_NOOP("cockpit::cli::CliText", "how list and test print")},
          {"--name", "NAME",
           QT_TRANSLATE_NOOP("cockpit::cli::CliText", "the name of the imported profile (default: the file's)")}},
         true,
         QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                           "0   done; test: every endpoint answered\n"
                           "1   test: an endpoint did not answer\n"
                           "2   the profile or the file is invalid, or the keychain refused"),
         "rollout-cockpit profile test lab"},
        {"check",
         QT_TRANSLATE_NOOP("cockpit::cli::CliText", "Verify the checklist against the live cluster."),
         "rollout-cockpit check [--profile P] [--runbook F] [--section ID]... [--item ID]...\n"
         "                      [--format text|json|junit] [--output FILE]",
         "",
         {{"--section", "ID", QT_TRANSLATE_NOOP("cockpit::cli::CliText", "only this section (repeatable)")},
          {"--item", "ID", QT_TRANSLATE_NOOP("cockpit::cli::CliText", "only this item (repeatable)")},
          {"--format", "text|json|junit", QT_TRANSLATE_NOOP("cockpit::cli::CliText", "how to print the results")},
          {"--output", "FILE",
           QT_TRANSLATE_NOOP("cockpit::cli::CliText", "write the results to this file instead of standard output")}},
         true,
         QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                           "0   every automated item passes, or a person marked it not applicable with a reason\n"
                           "1   an item fails or is unknown\n"
                           "2   a usage or configuration error"),
         "rollout-cockpit check --profile lab --section database --format junit --output checks.xml"},
        {"checklist",
         QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                           "The people's side of the checklist: every item's status, who and when."),
         "rollout-cockpit checklist show [--format text|json]\n"
         "rollout-cockpit checklist set ID --status open|done|not-applicable|blocked\n"
         "                          [--note TEXT] [--evidence TEXT] [--as NAME]",
         "show set",
         {{"--format", "text|json", QT_TRANSLATE_NOOP("cockpit::cli::CliText", "how show prints the checklist")},
          {"--status", "open|done|not-applicable|blocked",
           QT_TRANSLATE_NOOP("cockpit::cli::CliText", "the item's new status")},
          {"--note", "TEXT",
           QT_TRANSLATE_NOOP("cockpit::cli::CliText", "a note for the item (not-applicable needs one as its reason)")},
          {"--evidence", "TEXT",
           QT_TRANSLATE_NOOP("cockpit::cli::CliText", "what shows the item is done (a ticket, a link, an output)")}},
         true,
         QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                           "0   done\n2   an unknown item, a missing reason, or the store refused"),
         "rollout-cockpit checklist set infra.dns --status done --evidence \"dig +short db.example\""},
        {"approvals",
         QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                           "The five sign-offs, the maintenance window and the gate; verify checks the ledger."),
         "rollout-cockpit approvals show [--format text|json]\n"
         "rollout-cockpit approvals sign ROLE --decision approve|reject [--comment TEXT] [--reason TEXT]\n"
         "rollout-cockpit approvals revoke ROLE\n"
         "rollout-cockpit approvals window --start ISO8601 --end ISO8601 [--zone NAME]\n"
         "rollout-cockpit approvals schedule ISO8601 [--zone NAME]\n"
         "rollout-cockpit approvals override --reason TEXT\n"
         "rollout-cockpit approvals confirm-override [RECORD]\n"
         "rollout-cockpit approvals verify [--anchor HEAD[@COUNT]]",
         "show sign revoke window schedule override confirm-override verify",
         {{"--format", "text|json", QT_TRANSLATE_NOOP("cockpit::cli::CliText", "how show prints")},
          {"--decision", "approve|reject", QT_TRANSLATE_NOOP("cockpit::cli::CliText", "the sign-off's decision")},
          {"--comment", "TEXT", QT_TRANSLATE_NOOP("cockpit::cli::CliText", "a comment with an approval")},
          {"--reason", "TEXT",
           QT_TRANSLATE_NOOP("cockpit::cli::CliText", "why: required for a rejection and an override")},
          {"--start", "ISO8601", QT_TRANSLATE_NOOP("cockpit::cli::CliText", "the maintenance window's start")},
          {"--end", "ISO8601", QT_TRANSLATE_NOOP("cockpit::cli::CliText", "the maintenance window's end")},
          {"--zone", "NAME",
           QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                             "the time zone of times given without an offset (Europe/Berlin)")},
          {"--anchor", "HEAD[@COUNT]",
           QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                             "verify: the chain must still hold this head (at this position)")}},
         true,
         QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                           "0   done; verify: the ledger is intact\n"
                           "1   verify: the ledger is broken or shorter than anchored (the first bad record is named)\n"
                           "2   refused: a role signed twice by one person, a missing reason, the store refused"),
         R"(rollout-cockpit approvals sign "Database Lead" --decision approve --comment "reviewed")"},
        {"migrate",
         QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                           "Run the guide's migration phases from where the journal stands; resolve, skip, rehearse."),
         "rollout-cockpit migrate [--phase N] [--dry-run] [--yes] [--format text|json] [--watch-for D]\n"
         "                        [--steps N] [--wait-clear D]\n"
         "rollout-cockpit migrate --status [--format json]\n"
         "rollout-cockpit migrate --rehearse [--from-snapshot LABEL] [--format json]\n"
         "rollout-cockpit migrate --resolve STEP --as done|rerun|rollback [--reason TEXT]\n"
         "rollout-cockpit migrate --skip STEP --reason TEXT\n"
         "rollout-cockpit migrate --override readiness|approvals|data_sources|preflight --reason TEXT",
         "",
         {{"--phase", "N", QT_TRANSLATE_NOOP("cockpit::cli::CliText", "run up to the end of this phase (1, 2 or 3)")},
          {"--dry-run", nullptr, QT_TRANSLATE_NOOP("cockpit::cli::CliText", "say what would run, change nothing")},
          {"--yes", nullptr,
           QT_TRANSLATE_NOOP("cockpit::cli::CliText", "run the steps that change the cluster without asking")},
          {"--format", "text|json",
           QT_TRANSLATE_NOOP("cockpit::cli::CliText", "how to print progress and the summary")},
          {"--watch-for", "D",
           QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                             "shorten the watch steps to this duration (e.g. 30s; for the lab)")},
          {"--steps", "N", QT_TRANSLATE_NOOP("cockpit::cli::CliText", "pause after N steps (exit 0, resumable)")},
          {"--wait-clear", "D",
           QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                             "when the preflight finds a blocker, wait up to D for it to clear")},
          {"--status", nullptr, QT_TRANSLATE_NOOP("cockpit::cli::CliText", "print where the journal stands and exit")},
          {"--rehearse", nullptr,
           QT_TRANSLATE_NOOP("cockpit::cli::CliText", "run phases 1-3 on a restored copy and forecast each phase")},
          {"--from-snapshot", "LABEL",
           QT_TRANSLATE_NOOP("cockpit::cli::CliText", "rehearse on this snapshot instead of the newest verified one")},
          {"--resolve", "STEP", QT_TRANSLATE_NOOP("cockpit::cli::CliText", "decide a step in doubt, with --as")},
          {"--as", "done|rerun|rollback",
           QT_TRANSLATE_NOOP("cockpit::cli::CliText", "the decision on a step in doubt")},
          {"--skip", "STEP", QT_TRANSLATE_NOOP("cockpit::cli::CliText", "skip a step, with --reason")},
          {"--override", "GATE",
           QT_TRANSLATE_NOOP("cockpit::cli::CliText", "open a closed gate once, with --reason (recorded)")},
          {"--reason", "TEXT",
           QT_TRANSLATE_NOOP("cockpit::cli::CliText", "why a step is skipped, resolved or a gate overridden")}},
         true,
         QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                           "0   done (or paused after --steps)\n"
                           "1   a step failed\n"
                           "2   a usage or configuration error\n"
                           "3   a step is in doubt: resolve it with --resolve\n"
                           "4   a gate is closed (readiness, approvals, data sources)\n"
                           "5   the preflight found a blocker; nothing was started"),
         "rollout-cockpit migrate --profile lab --phase 1 --yes"},
        {"rollback",
         QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                           "Run the guide's rollback procedure from where its journal stands."),
         "rollout-cockpit rollback [--dry-run] [--yes] [--status] [--format text|json]",
         "",
         {{"--dry-run", nullptr, QT_TRANSLATE_NOOP("cockpit::cli::CliText", "say what would run, change nothing")},
          {"--yes", nullptr,
           QT_TRANSLATE_NOOP("cockpit::cli::CliText", "run the steps that change the cluster without asking")},
          {"--status", nullptr,
           QT_TRANSLATE_NOOP("cockpit::cli::CliText", "print where the rollback's journal stands and exit")},
          {"--format", "text|json",
           QT_TRANSLATE_NOOP("cockpit::cli::CliText", "how to print progress and the summary")},
          {"--resolve", "STEP", QT_TRANSLATE_NOOP("cockpit::cli::CliText", "decide a step in doubt, with --as")},
          {"--as", "done|rerun", QT_TRANSLATE_NOOP("cockpit::cli::CliText", "the decision on a step in doubt")},
          {"--skip", "STEP", QT_TRANSLATE_NOOP("cockpit::cli::CliText", "skip a step, with --reason")},
          {"--reason", "TEXT", QT_TRANSLATE_NOOP("cockpit::cli::CliText", "why a step is skipped or resolved")},
          {"--override", "GATE",
           QT_TRANSLATE_NOOP("cockpit::cli::CliText", "open a closed gate once, with --reason (recorded)")},
          {"--wait-clear", "D",
           QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                             "when the preflight finds a blocker, wait up to D for it to clear")},
          {"--watch-for", "D", QT_TRANSLATE_NOOP("cockpit::cli::CliText", "shorten the watch steps to this duration")},
          {"--steps", "N", QT_TRANSLATE_NOOP("cockpit::cli::CliText", "pause after N steps (exit 0, resumable)")}},
         true,
         QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                           "0   done\n"
                           "1   a step failed\n"
                           "2   a usage or configuration error\n"
                           "3   a step is in doubt: resolve it with --resolve\n"
                           "5   the preflight found a blocker; nothing was started"),
         "rollout-cockpit rollback --profile lab --dry-run"},
        {"watch",
         QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                           "Every metric's value and state, the rollback triggers and the success criteria."),
         "rollout-cockpit watch [--profile P] [--once] [--for D] [--interval D] [--format text|json]",
         "",
         {{"--once", nullptr, QT_TRANSLATE_NOOP("cockpit::cli::CliText", "one round, then exit")},
          {"--for", "D", QT_TRANSLATE_NOOP("cockpit::cli::CliText", "watch for this long (e.g. 10m), then exit")},
          {"--interval", "D",
           QT_TRANSLATE_NOOP("cockpit::cli::CliText", "time between rounds (default: the runbook's)")},
          {"--format", "text|json", QT_TRANSLATE_NOOP("cockpit::cli::CliText", "how to print each round")}},
         true,
         QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                           "0   no trigger fires and every source answers\n"
                           "1   a rollback trigger fires\n"
                           "3   a trigger cannot be judged (no data, a source down) or is holding"),
         "rollout-cockpit watch --profile lab --once --format json"},
        {"triggers",
         QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                           "The runbook's rollback triggers over recorded samples, transition by transition."),
         "rollout-cockpit triggers replay --input FILE [--format text|json]",
         "replay",
         {{"--input", "FILE",
           QT_TRANSLATE_NOOP("cockpit::cli::CliText", "recorded samples, CSV: timestamp,metric,value")},
          {"--format", "text|json", QT_TRANSLATE_NOOP("cockpit::cli::CliText", "how to print the transitions")}},
         true,
         QT_TRANSLATE_NOOP("cockpit::cli::CliText", "0   replayed\n2   the file or the runbook is invalid"),
         "rollout-cockpit triggers replay --input samples.csv"},
        {"switchover",
         QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                           "A planned switchover through Patroni, recorded so that it never counts as a failover."),
         "rollout-cockpit switchover [--profile P] [--to NODE] --yes",
         "",
         {{"--to", "NODE",
           QT_TRANSLATE_NOOP("cockpit::cli::CliText", "the member to promote (default: Patroni's choice)")},
          {"--yes", nullptr, QT_TRANSLATE_NOOP("cockpit::cli::CliText", "really do it")}},
         true,
         QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                           "0   switched over\n1   Patroni refused or the cluster did not settle\n2   usage"),
         "rollout-cockpit switchover --profile lab --to node2 --yes"},
        {"report",
         QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                           "The rollout report for the record, as PDF, JSON or single-file HTML."),
         "rollout-cockpit report --output FILE [--format pdf|json|html] [--page-size A4|Letter]\n"
         "                       [--from ISO8601] [--to ISO8601]\n"
         "rollout-cockpit report --input REPORT.json --output FILE [--format pdf|html]",
         "",
         {{"--output", "FILE", QT_TRANSLATE_NOOP("cockpit::cli::CliText", "where to write the report")},
          {"--format", "pdf|json|html",
           QT_TRANSLATE_NOOP("cockpit::cli::CliText", "the report's format (default: from the file name, else pdf)")},
          {"--page-size", "A4|Letter", QT_TRANSLATE_NOOP("cockpit::cli::CliText", "the PDF's page size")},
          {"--from", "ISO8601", QT_TRANSLATE_NOOP("cockpit::cli::CliText", "the start of the period reported")},
          {"--to", "ISO8601", QT_TRANSLATE_NOOP("cockpit::cli::CliText", "the end of the period reported")},
          {"--input", "FILE", QT_TRANSLATE_NOOP("cockpit::cli::CliText", "render a report saved as JSON")}},
         true,
         QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                           "0   written\n"
                           "1   written, but the ledger is broken (the cover says so)\n"
                           "2   usage, or the report could not be made"),
         "rollout-cockpit report --profile lab --format pdf --output rollout.pdf"},
        {"store",
         QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                           "The local store's seal key (keychain) for a second machine, and this machine's anchor."),
         "rollout-cockpit store key export\n"
         "rollout-cockpit store key import TOKEN\n"
         "rollout-cockpit store anchor [forget]",
         "key anchor",
         {},
         true,
         QT_TRANSLATE_NOOP("cockpit::cli::CliText", "0   done\n2   the token is invalid or the keychain refused"),
         "rollout-cockpit store key export > seal-key.txt"},
        {"team",
         QT_TRANSLATE_NOOP("cockpit::cli::CliText",
                           "The team store (the profile's team_store): set it up, and who may sign for what."),
         "rollout-cockpit team init|grants --profile P\n"
         "rollout-cockpit team grant|ungrant DATABASE_ROLE APPROVAL_ROLE --profile P\n"
         "rollout-cockpit team import --from PATH --profile P",
         "init grants grant ungrant import",
         {{"--from", "PATH", QT_TRANSLATE_NOOP("cockpit::cli::CliText", "the local store to import")}},
         true,
         QT_TRANSLATE_NOOP("cockpit::cli::CliText", "0   done\n2   the team store refused, or the profile has none"),
         "rollout-cockpit team grant alice \"Security Reviewer\" --profile production"},
        {"help",
         QT_TRANSLATE_NOOP("cockpit::cli::CliText", "Print the usage, or one command's usage."),
         "rollout-cockpit help [COMMAND]\n"
         "rollout-cockpit help --man\n"
         "rollout-cockpit completion bash|zsh",
         "",
         {{"--man", nullptr, QT_TRANSLATE_NOOP("cockpit::cli::CliText", "print the manual page (roff)")}},
         false,
         QT_TRANSLATE_NOOP("cockpit::cli::CliText", "0   printed"),
         "rollout-cockpit help migrate"},
    };
    return commands;
}

const CommandHelp* findCommandHelp(const QString& name)
{
    const auto& commands = commandHelps();
    const auto found = std::find_if(commands.begin(), commands.end(),
                                    [&](const CommandHelp& command) { return name == QLatin1String(command.name); });
    return found == commands.end() ? nullptr : &*found;
}

std::vector<OptionHelp> optionsOf(const CommandHelp& command)
{
    std::vector<OptionHelp> options = command.options;
    if (command.commonOptions) {
        for (const OptionHelp& common : commonOptions()) {
            const bool own = std::any_of(options.begin(), options.end(), [&](const OptionHelp& option) {
                return qstrcmp(option.name, common.name) == 0;
            });
            if (!own)
                options.push_back(common);
        }
    }
    options.push_back({"--help", nullptr, QT_TRANSLATE_NOOP("cockpit::cli::CliText", "print this help")});
    return options;
}

QString optionLabel(const OptionHelp& option)
{
    QString label = QString::fromLatin1(option.name);
    if (option.value)
        label += QLatin1Char(' ') + QString::fromLatin1(option.value);
    return label;
}

QString usageExitLine()
{
    return tr(kUsageExit);
}

QStringList commandNames()
{
    QStringList names;
    for (const CommandHelp& command : commandHelps())
        names << QString::fromLatin1(command.name);
    return names;
}

namespace {

QString indented(const QString& lines, int spaces)
{
    const QString pad(spaces, QLatin1Char(' '));
    QString text;
    for (const QString& line : lines.split(QLatin1Char('\n')))
        text += pad + line + QLatin1Char('\n');
    return text;
}

QString formatOptions(const std::vector<OptionHelp>& options)
{
    qsizetype width = 0;
    for (const OptionHelp& option : options)
        width = std::max(width, optionLabel(option).size());
    width = std::min<qsizetype>(width, 30);
    QString text;
    for (const OptionHelp& option : options) {
        const QString label = optionLabel(option);
        if (label.size() > width)
            text += QStringLiteral("  %1\n  %2  %3\n").arg(label, QString(width, QLatin1Char(' ')), tr(option.text));
        else
            text += QStringLiteral("  %1  %2\n").arg(label.leftJustified(width), tr(option.text));
    }
    return text;
}

int editDistance(const QString& a, const QString& b)
{
    std::vector<int> row(static_cast<size_t>(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[static_cast<size_t>(j)];
            const int substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
            row[static_cast<size_t>(j)] = std::min({above + 1, row[static_cast<size_t>(j - 1)] + 1, substitution});
            diagonal = above;
        }
    }
    return row.back();
}

} // namespace

QString globalUsage()
{
    QString text = CliText::tr("Usage:\n"
                               "  rollout-cockpit [--store PATH] [--runbook FILE] [--settings FILE] [--profile NAME]\n"
                               "      Open the cockpit window.\n");
    for (const CommandHelp& command : commandHelps()) {
        text += indented(QString::fromLatin1(command.synopsis), 2);
        text += QStringLiteral("      ") + tr(command.summary) + QLatin1Char('\n');
    }
    text += CliText::tr("  rollout-cockpit --version | --help\n"
                        "\n"
                        "Options:\n");
    text += formatOptions(commonOptions());
    text += CliText::tr("\n"
                        "\"rollout-cockpit COMMAND --help\" or \"rollout-cockpit help COMMAND\" prints a command's\n"
                        "options, exit codes and an example.\n"
                        "Exit codes: 0 success, 1 failure, 2 invalid input, 64 bad command line.\n");
    return text;
}

QString usageOf(const char* name)
{
    const CommandHelp* command = findCommandHelp(QString::fromLatin1(name));
    return command ? commandUsage(*command) : globalUsage();
}

QString commandUsage(const CommandHelp& command)
{
    QString text = CliText::tr("Usage:\n") + indented(QString::fromLatin1(command.synopsis), 2);
    text += QLatin1Char('\n') + tr(command.summary) + QLatin1Char('\n');
    text += CliText::tr("\nOptions:\n") + formatOptions(optionsOf(command));
    text += CliText::tr("\nExit codes:\n") + indented(tr(command.exitCodes) + QLatin1Char('\n') + usageExitLine(), 2);
    text += CliText::tr("\nExample:\n") + indented(QString::fromLatin1(command.example), 2);
    return text;
}

QString nearestWord(const QString& word, const QStringList& candidates)
{
    QString best;
    int bestDistance = std::max<int>(2, static_cast<int>(word.size()) / 3) + 1;
    for (const QString& candidate : candidates) {
        if (candidate.startsWith(word) && word.size() >= 4)
            return candidate;
        const int distance = editDistance(word, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

namespace {

// The option words of the arguments, in order, without their "=value"; the value of an option
// that takes one is skipped whatever it looks like ("--note -h" is a note, "--reason --x" a reason).
QStringList optionWords(const std::vector<OptionHelp>& options, const QStringList& arguments)
{
    QStringList words;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& word = arguments[i];
        if (!word.startsWith(QLatin1Char('-')) || word == QLatin1String("--"))
            continue;
        const qsizetype equals = word.indexOf(QLatin1Char('='));
        const QString name = equals < 0 ? word : word.left(equals);
        words << name;
        const auto known = std::find_if(options.begin(), options.end(),
                                        [&](const OptionHelp& option) { return name == QLatin1String(option.name); });
        if (known != options.end() && known->value && equals < 0)
            ++i;
    }
    return words;
}

} // namespace

bool asksForHelp(const CommandHelp& command, const QStringList& arguments)
{
    const QStringList words = optionWords(optionsOf(command), arguments);
    return words.contains(QLatin1String("--help")) || words.contains(QLatin1String("-h"));
}

std::optional<QString> unknownOption(const CommandHelp& command, const QStringList& arguments)
{
    QStringList names;
    for (const OptionHelp& option : optionsOf(command))
        names << QString::fromLatin1(option.name);
    for (const QString& name : optionWords(optionsOf(command), arguments)) {
        if (!name.startsWith(QLatin1String("--")) || names.contains(name))
            continue;
        const QString nearest = nearestWord(name, names);
        // NOLINTNEXTLINE(modernize-raw-string-literal): lupdate reads plain literals
        return nearest.isEmpty() ? CliText::tr("unknown option \"%1\" (\"rollout-cockpit %2 --help\" lists them)")
                                       .arg(name, QString::fromLatin1(command.name))
                                 : CliText::tr("unknown option \"%1\"; did you mean %2?").arg(name, nearest);
    }
    return std::nullopt;
}

} // namespace cockpit::cli
