// libFuzzer target: Prometheus HTTP API answers.
#include "connectors/prometheus/PrometheusParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString where = QStringLiteral("fuzz");
    if (const auto query = cockpit::prometheus::parseQuery(body, where); query.ok()) {
        (void)query->isEmpty();
        (void)query->single();
    }
    (void)cockpit::prometheus::parseTargets(body, where);
    (void)cockpit::prometheus::parseRules(body, where);
    (void)cockpit::prometheus::parseAlerts(body, where);
    (void)cockpit::prometheus::parseBuildVersion(body, where);
    return 0;
}
