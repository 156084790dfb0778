#pragma once

#include <QCoreApplication>
#include <QTextStream>

namespace cockpit::cli {

// stdout and stderr as UTF-8 text streams, flushed at exit.
QTextStream& out();
QTextStream& err();

// Text from the record (titles, notes, evidence, names) as it may be printed: on a terminal, control
// characters (ESC sequences, a bidirectional override, a line break) are shown escaped as \x1b,
// \u202e, \n, so that a note cannot rewrite or fake what the screen shows; into a pipe or a file
// the text stays as recorded.
QString terminalSafe(const QString& text);
// The same, whatever standard output is (for tests).
QString escapeControls(const QString& text);

// The translation context of everything the command line prints.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(cockpit::cli::CliText)
};

} // namespace cockpit::cli
