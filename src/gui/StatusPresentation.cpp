#include "StatusPresentation.h"
#include "gui/Appearance.h"

#include <QCoreApplication>
#include <QLocale>

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

QString localDateTime(const QDateTime& time)
{
    const QDateTime local = time.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
        + local.time().toString(QStringLiteral("HH:mm:ss"));
}

QIcon applicationIcon()
{
    return QIcon(QStringLiteral(":/icons/rollout-cockpit.svg"));
}

QColor checkStatusColour(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return toneColour(Tone::Good);
    case CheckStatus::Warn: return toneColour(Tone::Warning);
    case CheckStatus::Fail: return toneColour(Tone::Bad);
    case CheckStatus::Unknown: return toneColour(Tone::Unknown);
    case CheckStatus::Manual: break;
    }
    return toneColour(Tone::Neutral);
}

QString checkStatusTitle(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return QCoreApplication::translate("StatusPresentation", "Pass");
    case CheckStatus::Warn: return QCoreApplication::translate("StatusPresentation", "Warning");
    case CheckStatus::Fail: return QCoreApplication::translate("StatusPresentation", "Fail");
    case CheckStatus::Unknown: return QCoreApplication::translate("StatusPresentation", "Unknown");
    case CheckStatus::Manual: break;
    }
    return QCoreApplication::translate("StatusPresentation", "A person decides");
}

QString checkStatusWord(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return QCoreApplication::translate("StatusPresentation", "pass");
    case CheckStatus::Warn: return QCoreApplication::translate("StatusPresentation", "warn");
    case CheckStatus::Fail: return QCoreApplication::translate("StatusPresentation", "fail");
    case CheckStatus::Unknown: return QCoreApplication::translate("StatusPresentation", "unknown");
    case CheckStatus::Manual: break;
    }
    return QCoreApplication::translate("StatusPresentation", "manual");
}

} // namespace cockpit::gui
