#pragma once

#include "Result.h"

#include <QString>

namespace cockpit {

// An error as one sentence a person reads first: "Prometheus at 127.0.0.1:29090 does not
// answer: connection refused". The library's own wording stays in the Error (for the
// details on demand); this only says what happened to which service.
QString failureSentence(const QString& service, const QString& address, const Error& error);

// The short reason inside a library's message: "Connection refused" out of curl's "Failed to
// connect to 127.0.0.1 port 29090 after 0 ms: Connection refused", in lower case.
QString shortReason(const QString& message);

// "127.0.0.1:29090" out of "http://127.0.0.1:29090/" (a URL), or the text as it is.
QString addressOf(const QString& urlOrAddress);

} // namespace cockpit
