#pragma once

#include <QStringList>

namespace cockpit::cli {

// Exit codes shared by every subcommand.
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1, // the command ran and found a failure (an endpoint down ...)
    ExitInvalidInput = 2, // the input is invalid (a runbook that does not validate ...)
    ExitUsage = 64, // the command line itself is wrong (EX_USAGE)
};

// True when the arguments ask for a headless subcommand (or --help / --version) rather than
// the window. An unknown word in command position counts as a (mistyped) command, so that
// it gets an error instead of silently opening the window.
bool isCliInvocation(const QStringList& arguments);

// Runs the subcommand; arguments[0] is the program name. Needs a QCoreApplication.
int run(const QStringList& arguments);

QString usageText();

} // namespace cockpit::cli
