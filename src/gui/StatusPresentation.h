#pragma once

#include "core/CheckResult.h"
#include "core/ItemStatus.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace cockpit::gui {

QString statusTitle(ItemStatus status); // "Done", "Not applicable" ...
QIcon statusIcon(ItemStatus status);
QIcon applicationIcon();
QColor checkStatusColour(CheckStatus status); // green pass, amber warn, red fail, purple unknown
QString checkStatusTitle(CheckStatus status); // "Pass", "Fail", "Unknown" ...

} // namespace cockpit::gui
