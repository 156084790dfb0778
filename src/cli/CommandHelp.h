#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cockpit::cli {

// One option of a command: its name, the placeholder of its value (nullptr: a flag) and what it
// does (translated when shown).
struct OptionHelp
{
    const char* name;
    const char* value;
    const char* text;
};

// Everything the command line says about one command: the usage text, `COMMAND --help`,
// `help COMMAND`, the man page, shell completion and the check for unknown options are all made
// from these rows, so that they cannot disagree.
struct CommandHelp
{
    const char* name;
    const char* summary; // one line (translated)
    const char* synopsis; // the forms of the command, one per line (syntax: not translated)
    const char* subcommands; // words that may follow the command, space-separated (completion)
    std::vector<OptionHelp> options; // its own options
    bool commonOptions; // whether --store, --runbook, --settings, --profile and --as apply
    const char* exitCodes; // lines "N  meaning" (translated)
    const char* example; // one command line (syntax: not translated)
};

const std::vector<CommandHelp>& commandHelps();
const CommandHelp* findCommandHelp(const QString& name);
// The options every command that opens a rollout understands.
const std::vector<OptionHelp>& commonOptions();

// Every command's name, in the order of the usage text.
QStringList commandNames();
// A command's options with the common ones it takes and --help.
std::vector<OptionHelp> optionsOf(const CommandHelp& command);
// "--name VALUE".
QString optionLabel(const OptionHelp& option);
// "64  the command line is wrong …": the exit code every command shares (translated).
QString usageExitLine();

// `rollout-cockpit --help`: every command's forms with its one-line summary under it.
QString globalUsage();
// `rollout-cockpit COMMAND --help`: forms, summary, every option, exit codes, an example.
QString commandUsage(const CommandHelp& command);
// The usage of the command of that name (a command's own mistakes print its usage, not all of them).
QString usageOf(const char* name);
// A man page (roff, section 1) made from the same rows.
QString manPage();
// A completion script for "bash" or "zsh"; nullopt for another shell.
std::optional<QString> completionScript(const QString& shell);

// Whether the arguments ask for the command's help (--help or -h), not counting option values
// ("--note -h" is a note).
bool asksForHelp(const CommandHelp& command, const QStringList& arguments);
// The first option in the arguments that the command does not know, as a message that suggests
// the nearest one ("unknown option \"--dyr-run\"; did you mean --dry-run?"); nullopt when all are
// known. Values of options that take one are skipped.
std::optional<QString> unknownOption(const CommandHelp& command, const QStringList& arguments);
// The candidate nearest to the word (edit distance at most a third of its length, or a prefix);
// empty when none is near.
QString nearestWord(const QString& word, const QStringList& candidates);

} // namespace cockpit::cli
