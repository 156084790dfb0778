#pragma once

#include "HttpTypes.h"
#include "JsonBody.h"
#include "core/Result.h"

#include <QFuture>
#include <QJsonDocument>

namespace cockpit {

// Asynchronous HTTP on the calling thread's event loop (libcurl underneath). The future
// finishes on the same thread; every failure is a typed Error naming the endpoint.
class HttpClient
{
public:
    static QFuture<Result<HttpResponse>> send(HttpRequest request);
};

// Sends the request and hands the body of a 2xx answer to a parser. With bodyCarriesErrors,
// a JSON body is parsed whatever the status (APIs that explain their 4xx/5xx in JSON).
template<typename T>
QFuture<Result<T>> sendParsed(const HttpRequest& request, Result<T> (*parse)(const QByteArray&, const QString&),
                              bool bodyCarriesErrors = false);

template<typename T>
QFuture<Result<T>> sendParsed(const HttpRequest& request, Result<T> (*parse)(const QByteArray&, const QString&),
                              bool bodyCarriesErrors)
{
    return HttpClient::send(request).then(
        [request, parse, bodyCarriesErrors](const Result<HttpResponse>& response) -> Result<T> {
            if (!response)
                return response.error();
            const bool ok = response->status >= 200 && response->status <= 299;
            const bool json = response->header("Content-Type").startsWith("application/json");
            if (!ok && !(bodyCarriesErrors && json))
                return httpStatusError(request, response.value());
            return parse(response->body, request.describe());
        });
}

} // namespace cockpit
