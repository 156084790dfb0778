#include "Result.h"

#include <QCoreApplication>

namespace cockpit {

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::InvalidInput: return QStringLiteral("invalid-input");
    case ErrorKind::NotFound: return QStringLiteral("not-found");
    case ErrorKind::Io: return QStringLiteral("io");
    case ErrorKind::Storage: return QStringLiteral("storage");
    case ErrorKind::Incompatible: return QStringLiteral("incompatible");
    case ErrorKind::Timeout: return QStringLiteral("timeout");
    case ErrorKind::Network: return QStringLiteral("network");
    case ErrorKind::Tls: return QStringLiteral("tls");
    case ErrorKind::Protocol: return QStringLiteral("protocol");
    case ErrorKind::Server: return QStringLiteral("server");
    case ErrorKind::Auth: return QStringLiteral("auth");
    case ErrorKind::Cancelled: return QStringLiteral("cancelled");
    case ErrorKind::Conflict: return QStringLiteral("conflict");
    case ErrorKind::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

QString Error::toString() const
{
    QString text = where.isEmpty() ? message : where + QStringLiteral(": ") + message;
    for (const QString& line : details)
        text += QStringLiteral("\n  ") + line;
    if (!hint.isEmpty())
        text += QLatin1Char('\n') + hint;
    return text;
}

Error makeError(ErrorKind kind, QString message, QString where, QString hint)
{
    Error error;
    error.kind = kind;
    error.message = std::move(message);
    error.where = std::move(where);
    error.hint = std::move(hint);
    return error;
}

} // namespace cockpit
