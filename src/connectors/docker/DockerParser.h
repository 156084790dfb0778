#pragma once

#include "DockerTypes.h"
#include "core/Result.h"

// Pure functions from Docker Engine answers to values; fuzzed by tests/fuzz.
namespace cockpit::docker {

Result<DockerVersion> parseVersion(const QByteArray& body, const QString& where);
Result<DockerInfo> parseInfo(const QByteArray& body, const QString& where);
Result<QList<DockerNode>> parseNodes(const QByteArray& body, const QString& where);
Result<QList<DockerNetwork>> parseNetworks(const QByteArray& body, const QString& where);
Result<QList<DockerService>> parseServices(const QByteArray& body, const QString& where);
Result<DockerService> parseService(const QByteArray& body, const QString& where);
Result<QList<DockerTask>> parseTasks(const QByteArray& body, const QString& where);
// The engine's {"message": "..."} on errors; empty if the body is not that.
QString errorMessage(const QByteArray& body);
// "1.41" < "1.43": numeric comparison of API versions.
int compareApiVersions(const QString& left, const QString& right);

} // namespace cockpit::docker
