#pragma once

#include "Observation.h"
#include "core/ConnectionProfile.h"
#include "core/Result.h"
#include "core/Runbook.h"

#include <QFuture>

namespace cockpit {

class NodePool;

// Runs probes against a profile's cluster: one function per probe kind (the registry is the
// Probe variant: std::visit picks it). Every probe is asynchronous and bounded by its own
// timeout; an answer the probe cannot read is an error, which the runner reports as unknown.
class Prober
{
public:
    // pool: the check role's connections (null when the profile has no PostgreSQL, or when
    // poolError says why there are none: no password in the keychain ...);
    // checkPassword: the check role's password (PgBouncer's admin console).
    Prober(ConnectionProfile profile, NodePool* pool, QString checkPassword, Error poolError = {});

    QFuture<Result<Observation>> run(const Probe& probe, const QList<Parameter>& parameters) const;

    static constexpr std::chrono::milliseconds kTimeout{5000};

private:
    QFuture<Result<Observation>> sql(const SqlProbe& probe, const QList<Parameter>& parameters) const;
    QFuture<Result<Observation>> promql(const PromQlProbe& probe) const;
    QFuture<Result<Observation>> hostSetting(const HostSettingProbe& probe) const;
    QFuture<Result<Observation>> patroni(const PatroniProbe& probe) const;
    QFuture<Result<Observation>> etcd(const EtcdProbe& probe) const;
    QFuture<Result<Observation>> docker(const DockerProbe& probe) const;
    QFuture<Result<Observation>> pgbouncer(const PgBouncerProbe& probe) const;
    QFuture<Result<Observation>> alertmanager(const AlertmanagerProbe& probe) const;
    QFuture<Result<Observation>> prometheus(const PrometheusProbe& probe) const;
    QFuture<Result<Observation>> tcp(const TcpProbe& probe) const;
    QFuture<Result<Observation>> tls(const TlsProbe& probe) const;
    QFuture<Result<Observation>> dns(const DnsProbe& probe) const;
    QFuture<Result<Observation>> http(const HttpProbe& probe) const;
    QFuture<Result<Observation>> command(const CommandProbe& probe) const;

    ConnectionProfile m_profile;
    NodePool* m_pool;
    QString m_checkPassword;
    Error m_poolError;
};

// A parameter's value as a query parameter: a list becomes a text[] literal ({a,"b c"}).
QVariant queryParameter(const Parameter& parameter);

} // namespace cockpit
