#pragma once

#include "PrometheusTypes.h"
#include "core/Result.h"

#include <QByteArray>

// Pure functions from Prometheus answers to values; fuzzed by tests/fuzz. An answer with
// "status": "error" becomes a Server error whose code is Prometheus's errorType.
namespace cockpit::prometheus {

Result<PromQueryResult> parseQuery(const QByteArray& body, const QString& where);
Result<QList<PromTarget>> parseTargets(const QByteArray& body, const QString& where);
Result<QList<PromRule>> parseRules(const QByteArray& body, const QString& where);
Result<QList<PromAlert>> parseAlerts(const QByteArray& body, const QString& where);
Result<QString> parseBuildVersion(const QByteArray& body, const QString& where);
// "NaN", "+Inf", "-Inf" and decimal numbers; nothing for anything else.
std::optional<double> parseSampleValue(QStringView text);

// The text exposition format, version 0.0.4. Errors name the line.
Result<QList<PromTextSample>> parseText(const QByteArray& body, const QString& where);

} // namespace cockpit::prometheus
