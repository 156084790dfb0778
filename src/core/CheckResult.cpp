#include "CheckResult.h"

#include <QJsonObject>

namespace cockpit {
namespace {

int rank(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return 0;
    case CheckStatus::Manual: return 1;
    case CheckStatus::Warn: return 2;
    case CheckStatus::Unknown: return 3;
    case CheckStatus::Fail: return 4;
    }
    return 4;
}

QString joined(const QList<CheckEvidence>& checks, QString CheckEvidence::*field)
{
    QStringList parts;
    for (const CheckEvidence& check : checks) {
        if (!(check.*field).isEmpty())
            parts.append(checks.size() > 1 ? QStringLiteral("%1: %2").arg(check.title, check.*field) : check.*field);
    }
    return parts.join(QStringLiteral(" | "));
}

} // namespace

QString checkStatusToken(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return QStringLiteral("pass");
    case CheckStatus::Warn: return QStringLiteral("warn");
    case CheckStatus::Fail: return QStringLiteral("fail");
    case CheckStatus::Unknown: return QStringLiteral("unknown");
    case CheckStatus::Manual: return QStringLiteral("manual");
    }
    return QStringLiteral("unknown");
}

std::optional<CheckStatus> parseCheckStatus(QStringView token)
{
    for (CheckStatus status :
         {CheckStatus::Pass, CheckStatus::Warn, CheckStatus::Fail, CheckStatus::Unknown, CheckStatus::Manual}) {
        if (token == checkStatusToken(status))
            return status;
    }
    return std::nullopt;
}

CheckStatus worstOf(CheckStatus a, CheckStatus b)
{
    return rank(a) >= rank(b) ? a : b;
}

QString ItemCheckResult::observed() const
{
    return joined(checks, &CheckEvidence::observed);
}

QString ItemCheckResult::expected() const
{
    return joined(checks, &CheckEvidence::expected);
}

QString ItemCheckResult::source() const
{
    return joined(checks, &CheckEvidence::source);
}

QString ItemCheckResult::summary() const
{
    for (const CheckEvidence& check : checks) {
        if (check.status == CheckStatus::Fail || check.status == CheckStatus::Unknown)
            return check.observed;
    }
    return checks.isEmpty() ? QString() : checks.first().observed;
}

QJsonArray evidenceToJson(const QList<CheckEvidence>& checks)
{
    QJsonArray array;
    for (const CheckEvidence& check : checks) {
        array.append(QJsonObject{{QStringLiteral("title"), check.title},
                                 {QStringLiteral("status"), checkStatusToken(check.status)},
                                 {QStringLiteral("observed"), check.observed},
                                 {QStringLiteral("expected"), check.expected},
                                 {QStringLiteral("source"), check.source},
                                 {QStringLiteral("details"), QJsonArray::fromStringList(check.details)},
                                 {QStringLiteral("duration_ms"), check.durationMs}});
    }
    return array;
}

QList<CheckEvidence> evidenceFromJson(const QJsonArray& array)
{
    QList<CheckEvidence> checks;
    for (const QJsonValue value : array) {
        const QJsonObject o = value.toObject();
        CheckEvidence check;
        check.title = o.value(QStringLiteral("title")).toString();
        check.status = parseCheckStatus(o.value(QStringLiteral("status")).toString()).value_or(CheckStatus::Unknown);
        check.observed = o.value(QStringLiteral("observed")).toString();
        check.expected = o.value(QStringLiteral("expected")).toString();
        check.source = o.value(QStringLiteral("source")).toString();
        for (const QJsonValue line : o.value(QStringLiteral("details")).toArray())
            check.details.append(line.toString());
        check.durationMs = o.value(QStringLiteral("duration_ms")).toInteger();
        checks.append(check);
    }
    return checks;
}

} // namespace cockpit
