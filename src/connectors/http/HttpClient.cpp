#include "HttpClient.h"

#include "CurlMulti.h"

namespace cockpit {

QFuture<Result<HttpResponse>> HttpClient::send(HttpRequest request)
{
    return CurlMulti::forCurrentThread().start(std::move(request));
}

QFuture<Result<QJsonDocument>> HttpClient::sendForJson(HttpRequest request)
{
    if (request.headers.isEmpty())
        request.addHeader("Accept", "application/json");
    return send(request).then([request](const Result<HttpResponse>& response) -> Result<QJsonDocument> {
        if (!response)
            return response.error();
        if (response->status < 200 || response->status > 299)
            return httpStatusError(request, response.value());
        return parseJsonBody(response->body, request.describe());
    });
}

} // namespace cockpit
