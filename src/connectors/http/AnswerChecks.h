#pragma once

#include "core/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>
#include <optional>

// Small checks shared by the parsers of server answers. Servers add fields freely, so
// unknown keys are ignored; a missing or mistyped field that matters is a Protocol error.
namespace cockpit {

inline Error unexpectedAnswer(const QString& where, const QString& what)
{
    return makeError(ErrorKind::Protocol, QStringLiteral("unexpected answer: ") + what, where);
}

// A JSON number or numeric string as a 64-bit integer (Patroni mixes both); nothing otherwise.
inline std::optional<qint64> jsonInteger(const QJsonValue& value)
{
    if (value.isDouble()) {
        // A double beyond qint64's range cannot be converted (undefined behaviour): refuse it.
        const double number = value.toDouble();
        if (!std::isfinite(number) || number < -9.2e18 || number > 9.2e18)
            return std::nullopt;
        return static_cast<qint64>(number);
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().toLongLong(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

} // namespace cockpit
