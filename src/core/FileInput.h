#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace cockpit {

// Reads a file a user named (a runbook, a profile, a password file), refusing what would hang
// or flood the program: anything that is not a regular file (a FIFO, a device, a folder) and
// anything larger than maxBytes, each with a clear error naming the file. Never blocks on
// open: a FIFO is opened without waiting for a writer, then refused.
//   what  names the file's role in messages ("a runbook", "a profile")
Result<QByteArray> readInputFile(const QString& path, qint64 maxBytes, const QString& what);

// Whether an existing path may be used as a file the program opens itself (a settings file, a
// store): missing is fine (it will be created); a FIFO, a device or a folder is not.
Result<Done> checkFilePath(const QString& path, const QString& what);

// A command-line argument whose bytes do not survive the round trip through the local 8-bit
// encoding (a file name that is not valid UTF-8): Qt would map two different such names to
// one. Empty when the argument is exact, else why not.
QString inexactArgument(const char* argument);

} // namespace cockpit
