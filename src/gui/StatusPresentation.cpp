#include "StatusPresentation.h"

#include <QCoreApplication>

namespace cockpit::gui {

QString statusTitle(ItemStatus status)
{
    switch (status) {
    case ItemStatus::Open: return QCoreApplication::translate("status", "Open");
    case ItemStatus::Done: return QCoreApplication::translate("status", "Done");
    case ItemStatus::NotApplicable: return QCoreApplication::translate("status", "Not applicable");
    case ItemStatus::Blocked: return QCoreApplication::translate("status", "Blocked");
    }
    return {};
}

QIcon statusIcon(ItemStatus status)
{
    switch (status) {
    case ItemStatus::Open: return QIcon(QStringLiteral(":/icons/status-open.svg"));
    case ItemStatus::Done: return QIcon(QStringLiteral(":/icons/status-done.svg"));
    case ItemStatus::NotApplicable: return QIcon(QStringLiteral(":/icons/status-not-applicable.svg"));
    case ItemStatus::Blocked: return QIcon(QStringLiteral(":/icons/status-blocked.svg"));
    }
    return {};
}

QIcon applicationIcon()
{
    return QIcon(QStringLiteral(":/icons/rollout-cockpit.svg"));
}

} // namespace cockpit::gui
