// libFuzzer target: Docker Engine API answers.
#include "connectors/docker/DockerParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString where = QStringLiteral("fuzz");
    (void)cockpit::docker::parseVersion(body, where);
    (void)cockpit::docker::parseInfo(body, where);
    (void)cockpit::docker::parseNodes(body, where);
    (void)cockpit::docker::parseServices(body, where);
    (void)cockpit::docker::parseService(body, where);
    (void)cockpit::docker::parseTasks(body, where);
    (void)cockpit::docker::errorMessage(body);
    return 0;
}
