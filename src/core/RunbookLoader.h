#pragma once

#include "Result.h"
#include "Runbook.h"

#include <QByteArray>
#include <QString>

namespace cockpit {

// Reads and validates a runbook. Every problem is reported with the file name and the JSON
// path it concerns ("checklist.sections[2].items[4].title: missing required key"); the
// error's details list all of them, not only the first.
class RunbookLoader
{
public:
    static Result<Runbook> loadFile(const QString& path);
    // sourceName names the document in messages (a file name, "<stdin>" ...).
    static Result<Runbook> loadJson(const QByteArray& json, const QString& sourceName);

    // A file larger than this is refused before parsing; the guide's runbook is ~60 KiB.
    static constexpr qint64 kMaxFileSize = qint64{16} * 1024 * 1024;
};

} // namespace cockpit
