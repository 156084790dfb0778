// libFuzzer target: the Prometheus text exposition format (/metrics of exporters).
#include "connectors/prometheus/PrometheusParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    (void)cockpit::prometheus::parseText(body, QStringLiteral("fuzz"));
    return 0;
}
