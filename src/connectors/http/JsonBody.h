#pragma once

#include "HttpTypes.h"
#include "core/Result.h"

#include <QJsonDocument>

// What every parser of a server's answer needs, without the network: no curl here, so the
// parsers build alone (tests/fuzz).
namespace cockpit {

// The error for a non-2xx answer: status, reason, and at most 300 characters of the body
// with HTML tags removed, so an HTML error page reads as its text.
Error httpStatusError(const HttpRequest& request, const HttpResponse& response);
// Parses a JSON body; garbage names the offset and what was wrong.
Result<QJsonDocument> parseJsonBody(const QByteArray& body, const QString& where);

} // namespace cockpit
