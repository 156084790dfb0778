#pragma once

#include "core/ItemStatus.h"

#include <QIcon>
#include <QString>

namespace cockpit::gui {

QString statusTitle(ItemStatus status); // "Done", "Not applicable" ...
QIcon statusIcon(ItemStatus status);
QIcon applicationIcon();

} // namespace cockpit::gui
