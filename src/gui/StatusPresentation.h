#pragma once

#include "core/CheckResult.h"
#include "core/ItemStatus.h"

#include <QColor>
#include <QDateTime>
#include <QIcon>
#include <QString>

namespace cockpit::gui {

QString statusTitle(ItemStatus status); // "Done", "Not applicable" ...
QIcon statusIcon(ItemStatus status);
QIcon applicationIcon();
QColor checkStatusColour(CheckStatus status); // green pass, amber warn, red fail, purple unknown
QString checkStatusTitle(CheckStatus status); // "Pass", "Fail", "Unknown" ...
// The short word of the check column ("pass", "fail"; in German "bestanden" ...). The machine
// token (checkStatusToken) stays for files and the command line.
QString checkStatusWord(CheckStatus status);
// A local time to the second, its date in the locale's short format ("04.12.26 14:02:07").
QString localDateTime(const QDateTime& time);

} // namespace cockpit::gui
