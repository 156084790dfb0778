#pragma once

#include "PatroniTypes.h"
#include "connectors/http/HttpTypes.h"
#include "core/Result.h"

#include <QFuture>
#include <QJsonObject>
#include <QUrl>

#include <chrono>

namespace cockpit {

// A member's REST API (name: the member's, baseUrl: http://127.0.0.1:8008).
struct PatroniEndpoint : HttpEndpoint
{
    QString user; // basic auth for POST/PATCH/DELETE (Patroni leaves GET open)
    QString password;
};

// Patroni's REST API on one member. Every call is asynchronous and bounded by the
// endpoint's timeout; answers come back as typed values or typed errors.
class PatroniClient
{
public:
    explicit PatroniClient(PatroniEndpoint endpoint);

    const PatroniEndpoint& endpoint() const { return m_endpoint; }

    QFuture<Result<PatroniCluster>> cluster() const;
    QFuture<Result<PatroniNodeStatus>> status() const; // GET /patroni
    QFuture<Result<QList<PatroniHistoryEntry>>> history() const;
    QFuture<Result<QJsonObject>> config() const;
    // Health checks: true on 200, false on 503 (the answer Patroni gives for "no").
    QFuture<Result<bool>> isHealthy() const; // /health
    QFuture<Result<bool>> isLeader() const; // /leader
    QFuture<Result<bool>> isReplica() const; // /replica

    QFuture<Result<QJsonObject>> patchConfig(const QJsonObject& patch) const;
    // The unsafe operations answer with Patroni's message ("Successfully switched over to ...").
    QFuture<Result<QString>> switchover(const QString& leader, const QString& candidate = {}) const;
    QFuture<Result<QString>> failover(const QString& candidate) const;
    QFuture<Result<QString>> restart() const;
    QFuture<Result<QString>> reload() const;

private:
    HttpRequest request(const QByteArray& method, const QString& path) const;
    QFuture<Result<bool>> check(const QString& path) const;
    QFuture<Result<QString>> post(const QString& path, const QJsonObject& body) const;

    PatroniEndpoint m_endpoint;
};

} // namespace cockpit
