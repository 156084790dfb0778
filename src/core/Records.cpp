#include "Records.h"

#include "Clock.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cockpit {

QString changeOriginToken(ChangeOrigin origin)
{
    switch (origin) {
    case ChangeOrigin::Undo: return QStringLiteral("undo");
    case ChangeOrigin::Redo: return QStringLiteral("redo");
    case ChangeOrigin::Edit: break;
    }
    return QStringLiteral("edit");
}

ChangeOrigin parseChangeOrigin(const QString& token)
{
    if (token == QLatin1String("undo"))
        return ChangeOrigin::Undo;
    if (token == QLatin1String("redo"))
        return ChangeOrigin::Redo;
    return ChangeOrigin::Edit;
}

std::optional<Error> checkItemState(const ItemState& state)
{
    if ((state.status == ItemStatus::NotApplicable || state.status == ItemStatus::Blocked)
        && state.note.trimmed().isEmpty()) {
        return makeError(ErrorKind::InvalidInput,
                         QStringLiteral("marking an item %1 needs a reason in its note")
                             .arg(state.status == ItemStatus::Blocked ? QStringLiteral("blocked")
                                                                      : QStringLiteral("not applicable")),
                         state.itemId, QStringLiteral("Write why in the note, then set the status."));
    }
    return std::nullopt;
}

QString approvalDecisionToken(ApprovalDecision decision)
{
    switch (decision) {
    case ApprovalDecision::Reject: return QStringLiteral("reject");
    case ApprovalDecision::Revoke: return QStringLiteral("revoke");
    case ApprovalDecision::Approve: break;
    }
    return QStringLiteral("approve");
}

std::optional<ApprovalDecision> parseApprovalDecision(const QString& token)
{
    if (token == QLatin1String("approve"))
        return ApprovalDecision::Approve;
    if (token == QLatin1String("reject"))
        return ApprovalDecision::Reject;
    if (token == QLatin1String("revoke"))
        return ApprovalDecision::Revoke;
    return std::nullopt;
}

QString MaintenanceWindow::toJson() const
{
    const QJsonObject object{{QStringLiteral("start"), toIsoUtc(start)},
                             {QStringLiteral("end"), toIsoUtc(end)},
                             {QStringLiteral("zone"), zone}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<MaintenanceWindow> MaintenanceWindow::fromJson(const QString& text)
{
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    MaintenanceWindow window;
    window.start = fromIsoUtc(object.value(QStringLiteral("start")).toString());
    window.end = fromIsoUtc(object.value(QStringLiteral("end")).toString());
    window.zone = object.value(QStringLiteral("zone")).toString();
    if (!window.isSet())
        return std::nullopt;
    return window;
}

QTimeZone MaintenanceWindow::timeZone() const
{
    const QTimeZone named(zone.toUtf8());
    return named.isValid() ? named : QTimeZone::utc();
}

} // namespace cockpit
