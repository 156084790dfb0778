#pragma once

#include "PrometheusTypes.h"
#include "connectors/http/HttpTypes.h"
#include "core/Result.h"

#include <QDateTime>
#include <QFuture>
#include <QUrl>

#include <chrono>

namespace cockpit {

// Prometheus's HTTP API v1.
class PrometheusClient
{
public:
    explicit PrometheusClient(HttpEndpoint endpoint);

    QFuture<Result<PromQueryResult>> query(const QString& promql, const QDateTime& at = {}) const;
    QFuture<Result<PromQueryResult>> queryRange(const QString& promql, const QDateTime& start, const QDateTime& end,
                                                std::chrono::milliseconds step) const;
    QFuture<Result<QList<PromTarget>>> targets() const;
    QFuture<Result<QList<PromRule>>> rules() const;
    QFuture<Result<QList<PromAlert>>> alerts() const;
    QFuture<Result<QString>> version() const;

private:
    HttpRequest request(const QString& path, const QList<std::pair<QString, QString>>& query = {}) const;

    HttpEndpoint m_endpoint;
};

} // namespace cockpit
