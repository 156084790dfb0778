#include "HttpTypes.h"

#include <QHostAddress>

namespace cockpit {

QString HttpRequest::describe() const
{
    QUrl shown = url;
    shown.setUserInfo({});
    QString text = QString::fromLatin1(method) + QLatin1Char(' ') + shown.toString();
    if (!unixSocket.isEmpty())
        text = QString::fromLatin1(method) + QLatin1Char(' ') + unixSocket + shown.path();
    return endpointName.isEmpty() ? text : endpointName + QStringLiteral(" (") + text + QLatin1Char(')');
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpRequest HttpEndpoint::request(const QByteArray& method, const QString& path, const QString& fallbackName) const
{
    HttpRequest r;
    r.method = method;
    r.url = baseUrl;
    r.url.setPath(baseUrl.path() + path);
    r.tls = tls;
    r.timeout = timeout;
    r.maxBytes = maxBytes;
    r.endpointName = name.isEmpty() ? fallbackName : name;
    return r;
}

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QString bare = host;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    const QHostAddress address(bare);
    return !address.isNull() && address.isLoopback();
}

} // namespace cockpit
