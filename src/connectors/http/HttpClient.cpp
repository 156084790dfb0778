#include "HttpClient.h"

#include "CurlMulti.h"

namespace cockpit {

QFuture<Result<HttpResponse>> HttpClient::send(HttpRequest request)
{
    return CurlMulti::forCurrentThread().start(std::move(request));
}

} // namespace cockpit
