// libFuzzer target: Patroni REST answers.
#include "connectors/patroni/PatroniParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString where = QStringLiteral("fuzz");
    (void)cockpit::patroni::parseCluster(body, where);
    (void)cockpit::patroni::parseNodeStatus(body, where);
    (void)cockpit::patroni::parseHistory(body, where);
    (void)cockpit::patroni::parseConfig(body, where);
    return 0;
}
