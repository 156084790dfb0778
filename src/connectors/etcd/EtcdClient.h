#pragma once

#include "connectors/http/HttpTypes.h"
#include "core/Result.h"

#include <QFuture>
#include <QStringList>

namespace cockpit {

struct EtcdMember
{
    QString id;
    QString name;
    QStringList peerUrls;
    QStringList clientUrls;
};

// etcd v3 through its JSON gateway (etcd 3.4 has the v2 API off).
class EtcdClient
{
public:
    explicit EtcdClient(HttpEndpoint endpoint);

    QFuture<Result<bool>> isHealthy() const; // GET /health
    QFuture<Result<QString>> version() const; // etcdserver version
    QFuture<Result<QList<EtcdMember>>> members() const;

private:
    HttpRequest request(const QByteArray& method, const QString& path) const;

    HttpEndpoint m_endpoint;
};

namespace etcd {
Result<bool> parseHealth(const QByteArray& body, const QString& where);
Result<QString> parseVersion(const QByteArray& body, const QString& where);
Result<QList<EtcdMember>> parseMembers(const QByteArray& body, const QString& where);
} // namespace etcd

} // namespace cockpit
