#include "FailureText.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace cockpit {
namespace {

class FailureTr
{
    Q_DECLARE_TR_FUNCTIONS(cockpit::FailureText)
};

} // namespace

QString shortReason(const QString& message)
{
    // The well-known causes first, whatever wraps them.
    static const QList<std::pair<const char*, const char*>> known{
        {"Connection refused", "connection refused"},
        {"No route to host", "no route to host"},
        {"Network is unreachable", "the network is unreachable"},
        {"Connection reset", "the connection was reset"},
        {"Name or service not known", "the host name does not resolve"},
        {"could not translate host name", "the host name does not resolve"},
        {"Could not resolve host", "the host name does not resolve"},
        {"No such file or directory", "no such socket"},
        {"Permission denied", "permission denied"},
    };
    for (const auto& [needle, reason] : known) {
        if (message.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return QString::fromLatin1(reason);
    }
    QString text = message.section(QLatin1Char('\n'), 0, 0).trimmed();
    const qsizetype colon = text.lastIndexOf(QStringLiteral(": "));
    if (colon >= 0 && colon + 2 < text.size())
        text = text.mid(colon + 2);
    if (!text.isEmpty() && text.size() > 1 && text[0].isUpper() && text[1].isLower())
        text[0] = text[0].toLower();
    return text;
}

QString addressOf(const QString& urlOrAddress)
{
    const QUrl url(urlOrAddress);
    if (url.isValid() && !url.host().isEmpty())
        return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
    if (url.scheme() == QLatin1String("unix"))
        return url.path();
    return urlOrAddress;
}

QString failureSentence(const QString& service, const QString& address, const Error& error)
{
    const QString who = address.isEmpty() ? service : FailureTr::tr("%1 at %2").arg(service, address);
    switch (error.kind) {
    case ErrorKind::Network: return FailureTr::tr("%1 does not answer: %2").arg(who, shortReason(error.message));
    case ErrorKind::Timeout: return FailureTr::tr("%1 did not answer in time").arg(who);
    case ErrorKind::Tls: return FailureTr::tr("%1 failed the TLS check: %2").arg(who, shortReason(error.message));
    case ErrorKind::Auth: return FailureTr::tr("%1 refused the credentials").arg(who);
    case ErrorKind::Protocol:
        return FailureTr::tr("%1 answered something unreadable: %2").arg(who, shortReason(error.message));
    case ErrorKind::Server: return FailureTr::tr("%1 answered with an error: %2").arg(who, shortReason(error.message));
    case ErrorKind::Cancelled: return FailureTr::tr("%1 was not asked to the end (cancelled)").arg(who);
    case ErrorKind::NotFound:
    case ErrorKind::InvalidInput:
    case ErrorKind::Incompatible: return FailureTr::tr("%1 cannot be asked: %2").arg(who, error.message);
    default: return FailureTr::tr("%1 failed: %2").arg(who, shortReason(error.message));
    }
}

} // namespace cockpit
