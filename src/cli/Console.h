#pragma once

#include <QCoreApplication>
#include <QTextStream>

namespace cockpit::cli {

// stdout and stderr as UTF-8 text streams, flushed at exit.
QTextStream& out();
QTextStream& err();

// The translation context of everything the command line prints.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(cockpit::cli::CliText)
};

} // namespace cockpit::cli
