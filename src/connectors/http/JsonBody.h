#pragma once

#include "HttpTypes.h"
#include "core/Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

// What every parser of a server's answer needs, without the network: no curl here, so the
// parsers build alone (tests/fuzz).
namespace cockpit {

// The error for a non-2xx answer: status, reason, and at most 300 characters of the body
// with HTML tags removed, so an HTML error page reads as its text.
Error httpStatusError(const HttpRequest& request, const HttpResponse& response);
// Parses a JSON body; garbage names the offset and what was wrong.
Result<QJsonDocument> parseJsonBody(const QByteArray& body, const QString& where);

// A body that must be a JSON object (or array); anything else names what it found.
Result<QJsonObject> objectAnswer(const QByteArray& body, const QString& where);
Result<QJsonArray> arrayAnswer(const QByteArray& body, const QString& where);
// {"a": "x", "b": "y"} as a map of strings; [..] as a list of strings; ISO 8601 as a time.
QMap<QString, QString> stringMap(const QJsonValue& value);
QStringList stringList(const QJsonValue& value);
QDateTime isoTime(const QJsonValue& value);

} // namespace cockpit
