#pragma once

#include "connectors/http/HttpTypes.h"
#include "core/Result.h"

#include <QDateTime>
#include <QFuture>
#include <QHostAddress>
#include <QStringList>

#include <chrono>

namespace cockpit {

struct TcpProbeResult
{
    QString address; // host:port
    std::chrono::microseconds latency{0};
};

struct TlsProbeResult
{
    QString address;
    QString subject;
    QString issuer;
    QStringList subjectAlternativeNames;
    QDateTime notBefore;
    QDateTime notAfter;
    int chainLength = 0;
    bool selfSigned = false; // the leaf signed itself
    bool hostNameMatches = false; // the certificate names the host we asked for
    bool chainVerified = false; // chains to the trusted CAs (system, or the given CA file)
    QStringList problems; // what did not verify, in words
    std::chrono::microseconds latency{0};

    qint64 daysLeft(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
};

struct DnsProbeResult
{
    QString name;
    QStringList addresses; // A records, of the name or of the end of its CNAME chain
    QStringList cnames; // CNAME targets
    std::chrono::microseconds latency{0};
};

// Probes of the network path to a service. Asynchronous, bounded by their timeout.
class NetProbes
{
public:
    static QFuture<Result<TcpProbeResult>> tcp(const QString& host, quint16 port,
                                               std::chrono::milliseconds timeout = std::chrono::seconds(3));
    enum class TlsStart
    {
        Direct, // TLS from the first byte (HTTPS, dockerd)
        PostgresSslRequest, // PostgreSQL's SSLRequest first, then TLS on the same connection
    };
    // Completes a TLS handshake whatever the certificate, then reports what verifies and what
    // does not; only a failed connection or handshake is an error.
    static QFuture<Result<TlsProbeResult>> tls(const QString& host, quint16 port, const QString& caFile = {},
                                               std::chrono::milliseconds timeout = std::chrono::seconds(5),
                                               TlsStart start = TlsStart::Direct);
    // A and CNAME records of a name, from the given DNS server (default: the system's).
    static QFuture<Result<DnsProbeResult>> dns(const QString& name, const QHostAddress& server = {},
                                               std::chrono::milliseconds timeout = std::chrono::seconds(3));
};

} // namespace cockpit
