// libFuzzer target: the runbook loader (user input, not a server's, but just as untrusted).
#include "core/RunbookLoader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    (void)cockpit::RunbookLoader::loadJson(json, QStringLiteral("fuzz"));
    return 0;
}
