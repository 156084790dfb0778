// libFuzzer target: etcd v3 gateway and Alertmanager v2 answers.
#include "connectors/alertmanager/AlertmanagerClient.h"
#include "connectors/etcd/EtcdClient.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString where = QStringLiteral("fuzz");
    (void)cockpit::etcd::parseHealth(body, where);
    (void)cockpit::etcd::parseVersion(body, where);
    (void)cockpit::etcd::parseMembers(body, where);
    (void)cockpit::alertmanager::parseAlerts(body, where);
    (void)cockpit::alertmanager::parseSilences(body, where);
    return 0;
}
