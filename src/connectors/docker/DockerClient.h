#pragma once

#include "DockerTypes.h"
#include "core/Result.h"

#include <QFuture>

#include <chrono>
#include <memory>

namespace cockpit {

// The Docker Engine API over a unix socket or TCP with TLS client certificates. The API
// version is negotiated once through /_ping: the lower of the engine's and 1.41, the newest
// this client speaks (an engine 20.10 refuses /v1.43 with 400 "client version is too new").
class DockerClient
{
public:
    static constexpr const char* kMaxApiVersion = "1.41";
    static constexpr const char* kMinApiVersion = "1.30"; // Swarm services with status

    explicit DockerClient(DockerEndpoint endpoint);

    const DockerEndpoint& endpoint() const { return m_endpoint; }

    QFuture<Result<DockerVersion>> version() const; // negotiates, then GET /version
    QFuture<Result<DockerInfo>> info() const;
    QFuture<Result<QList<DockerNode>>> nodes() const;
    QFuture<Result<QList<DockerNetwork>>> networks() const;
    QFuture<Result<QList<DockerService>>> services() const; // with running/desired task counts
    QFuture<Result<DockerService>> service(const QString& nameOrId) const;
    QFuture<Result<QList<DockerTask>>> tasks(const QString& service) const;

    // Sets the replicas of a replicated service (the full spec goes back with its version
    // index; a concurrent change answers "update out of sequence": re-read and retry, 3 times).
    QFuture<Result<DockerService>> scale(const QString& service, int replicas, bool forceUpdate = false) const;
    // Polls until exactly `replicas` tasks run; a task the engine rejects (no such image ...)
    // fails it at once with the engine's reason; after `timeout` it fails with a Timeout.
    QFuture<Result<DockerService>> waitForConvergence(const QString& service, int replicas,
                                                      std::chrono::milliseconds timeout) const;

private:
    struct State;

    HttpRequest request(const QByteArray& method, const QString& path, const QString& apiVersion) const;
    QFuture<Result<QString>> apiVersion() const;
    template<typename T>
    QFuture<Result<T>> call(const QByteArray& method, const QString& path,
                            Result<T> (*parse)(const QByteArray&, const QString&), const QByteArray& body = {}) const;
    QFuture<Result<DockerService>> scaleAttempt(const QString& service, int replicas, bool force, int attempt) const;
    QFuture<Result<DockerService>> poll(const QString& service, int replicas, qint64 deadlineMs,
                                        const QDateTime& since) const;

    DockerEndpoint m_endpoint;
    std::shared_ptr<State> m_state;
};

} // namespace cockpit
