#include "NetProbes.h"

#include <QDnsLookup>
#include <QElapsedTimer>
#include <QPromise>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

#include <memory>

namespace cockpit {
namespace {

// Finishes the promise once; later calls (a timeout after success) do nothing.
template<typename T> class Once
{
public:
    Once() : m_promise(std::make_shared<QPromise<Result<T>>>()) { m_promise->start(); }
    QFuture<Result<T>> future() const { return m_promise->future(); }
    void finish(Result<T> result) const
    {
        if (m_promise->future().isFinished())
            return;
        m_promise->addResult(std::move(result));
        m_promise->finish();
    }

private:
    std::shared_ptr<QPromise<Result<T>>> m_promise;
};

QString addressOf(const QString& host, quint16 port)
{
    return host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(host).arg(port)
                                           : QStringLiteral("%1:%2").arg(host).arg(port);
}

} // namespace

qint64 TlsProbeResult::daysLeft(const QDateTime& now) const
{
    return now.daysTo(notAfter);
}

QFuture<Result<TcpProbeResult>> NetProbes::tcp(const QString& host, quint16 port, std::chrono::milliseconds timeout)
{
    Once<TcpProbeResult> once;
    auto* socket = new QTcpSocket;
    auto clock = std::make_shared<QElapsedTimer>();
    const QString address = addressOf(host, port);
    auto* timer = new QTimer(socket);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, socket, [once, socket, address, timeout] {
        once.finish(makeError(ErrorKind::Timeout, QStringLiteral("no TCP connection within %1 ms").arg(timeout.count()),
                              address));
        socket->deleteLater();
    });
    QObject::connect(socket, &QTcpSocket::connected, socket, [once, socket, address, clock] {
        once.finish(TcpProbeResult{address, std::chrono::microseconds(clock->nsecsElapsed() / 1000)});
        socket->abort();
        socket->deleteLater();
    });
    QObject::connect(socket, &QTcpSocket::errorOccurred, socket, [once, socket, address] {
        once.finish(
            makeError(ErrorKind::Network, QStringLiteral("cannot connect: %1").arg(socket->errorString()), address));
        socket->deleteLater();
    });
    clock->start();
    timer->start(timeout);
    socket->connectToHost(host, port);
    return once.future();
}

QFuture<Result<TlsProbeResult>> NetProbes::tls(const QString& host, quint16 port, const QString& caFile,
                                               std::chrono::milliseconds timeout, TlsStart start)
{
    Once<TlsProbeResult> once;
    const QString address = addressOf(host, port);
    if (!QSslSocket::supportsSsl()) {
        once.finish(makeError(ErrorKind::Tls, QStringLiteral("this Qt has no TLS backend"), address));
        return once.future();
    }
    auto* socket = new QSslSocket;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!caFile.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (cas.isEmpty()) {
            once.finish(makeError(ErrorKind::InvalidInput, QStringLiteral("no certificate in the CA file"), caFile));
            socket->deleteLater();
            return once.future();
        }
        config.addCaCertificates(cas);
    }
    // Look, do not judge: the handshake completes and the problems are reported.
    config.setPeerVerifyMode(QSslSocket::QueryPeer);
    socket->setSslConfiguration(config);
    auto clock = std::make_shared<QElapsedTimer>();
    auto problems = std::make_shared<QList<QSslError>>();
    auto* timer = new QTimer(socket);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, socket, [once, socket, address, timeout] {
        once.finish(makeError(ErrorKind::Timeout, QStringLiteral("no TLS handshake within %1 ms").arg(timeout.count()),
                              address));
        socket->deleteLater();
    });
    QObject::connect(socket, &QSslSocket::sslErrors, socket, [socket, problems](const QList<QSslError>& errors) {
        *problems = errors;
        socket->ignoreSslErrors(errors);
    });
    QObject::connect(socket, &QSslSocket::encrypted, socket, [once, socket, address, clock, problems, host] {
        TlsProbeResult result;
        result.address = address;
        result.latency = std::chrono::microseconds(clock->nsecsElapsed() / 1000);
        const QList<QSslCertificate> chain = socket->peerCertificateChain();
        const QSslCertificate leaf = socket->peerCertificate();
        result.chainLength = static_cast<int>(chain.size());
        result.subject = leaf.subjectDisplayName();
        result.issuer = leaf.issuerDisplayName();
        for (const QString& name : leaf.subjectAlternativeNames().values())
            result.subjectAlternativeNames.append(name);
        result.notBefore = leaf.effectiveDate();
        result.notAfter = leaf.expiryDate();
        result.selfSigned = leaf.isSelfSigned();
        result.hostNameMatches = true;
        result.chainVerified = true;
        for (const QSslError& error : *problems) {
            result.problems.append(error.errorString());
            if (error.error() == QSslError::HostNameMismatch)
                result.hostNameMatches = false;
            else
                result.chainVerified = false;
        }
        Q_UNUSED(host)
        once.finish(result);
        socket->abort();
        socket->deleteLater();
    });
    QObject::connect(socket, &QSslSocket::errorOccurred, socket, [once, socket, address] {
        once.finish(
            makeError(ErrorKind::Tls, QStringLiteral("TLS connection failed: %1").arg(socket->errorString()), address));
        socket->deleteLater();
    });
    clock->start();
    timer->start(timeout);
    if (start == TlsStart::Direct) {
        socket->connectToHostEncrypted(host, port);
        return once.future();
    }
    // PostgreSQL: an SSLRequest (length 8, code 80877103); the server answers one byte, 'S' to
    // go on with TLS or 'N' for none.
    QObject::connect(socket, &QSslSocket::connected, socket, [socket] {
        static const char request[] = {0, 0, 0, 8, 4, static_cast<char>(0xd2), 22, 47};
        socket->write(request, sizeof request);
    });
    auto answered = std::make_shared<bool>(false);
    QObject::connect(socket, &QSslSocket::readyRead, socket, [once, socket, address, answered] {
        if (*answered)
            return;
        *answered = true;
        char reply = 0;
        if (socket->read(&reply, 1) != 1 || reply != 'S') {
            once.finish(makeError(ErrorKind::Tls,
                                  reply == 'N' ? QStringLiteral("the server does not accept TLS (it answered N to SSLRequest)")
                                               : QStringLiteral("the server did not answer the SSLRequest"),
                                  address));
            socket->abort();
            socket->deleteLater();
            return;
        }
        socket->startClientEncryption();
    });
    socket->connectToHost(host, port);
    return once.future();
}

QFuture<Result<DnsProbeResult>> NetProbes::dns(const QString& name, const QHostAddress& server,
                                               std::chrono::milliseconds timeout)
{
    Once<DnsProbeResult> once;
    auto result = std::make_shared<DnsProbeResult>();
    result->name = name;
    auto clock = std::make_shared<QElapsedTimer>();
    auto pending = std::make_shared<int>(1);
    auto hops = std::make_shared<int>(0);
    auto* owner = new QObject;
    const QString where = server.isNull() ? QStringLiteral("DNS %1").arg(name)
                                          : QStringLiteral("DNS %1 @%2").arg(name, server.toString());
    auto start = std::make_shared<std::function<void(QDnsLookup::Type, const QString&)>>();
    auto* timer = new QTimer(owner);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, owner, [once, owner, where, timeout, start] {
        once.finish(
            makeError(ErrorKind::Timeout, QStringLiteral("no DNS answer within %1 ms").arg(timeout.count()), where));
        owner->deleteLater();
        *start = nullptr;
    });
    const auto finished = [once, result, clock, pending, hops, owner, where, start](QDnsLookup* lookup) {
        // Following a CNAME: a target without an address (NODATA, which Qt 6.4 reports as an
        // invalid reply, or NXDOMAIN) means the name does not resolve; it is not a failed lookup.
        const bool following = *hops > 0;
        const bool empty = lookup->error() == QDnsLookup::NotFoundError
            || (following && lookup->error() == QDnsLookup::InvalidReplyError);
        if (lookup->error() != QDnsLookup::NoError && !empty) {
            once.finish(makeError(ErrorKind::Network,
                                  QStringLiteral("DNS lookup failed: %1").arg(lookup->errorString()), where));
            owner->deleteLater();
            *start = nullptr;
            return;
        }
        for (const QDnsHostAddressRecord& record : lookup->hostAddressRecords())
            result->addresses.append(record.value().toString());
        for (const QDnsDomainNameRecord& record : lookup->canonicalNameRecords())
            result->cnames.append(record.value());
        if (--*pending > 0)
            return;
        // Both lookups may carry the same CNAME (an A answer includes the chain).
        result->addresses.removeDuplicates();
        result->cnames.removeDuplicates();
        // A name that is only a CNAME resolves when its target does: follow the chain (a few
        // hops) at the same server, as a client's resolver would.
        if (result->addresses.isEmpty() && !result->cnames.isEmpty() && *hops < 4 && *start) {
            ++*hops;
            *pending = 1;
            (*start)(QDnsLookup::A, result->cnames.last());
            return;
        }
        result->latency = std::chrono::microseconds(clock->nsecsElapsed() / 1000);
        if (result->addresses.isEmpty() && result->cnames.isEmpty())
            once.finish(makeError(ErrorKind::NotFound, QStringLiteral("no A or CNAME record"), where));
        else
            once.finish(*result);
        owner->deleteLater();
        *start = nullptr; // breaks the cycle through the captured function
    };
    *start = [owner, server, finished](QDnsLookup::Type type, const QString& lookupName) {
        auto* lookup = new QDnsLookup(type, lookupName, owner);
        if (!server.isNull())
            lookup->setNameserver(server);
        QObject::connect(lookup, &QDnsLookup::finished, owner, [finished, lookup] { finished(lookup); });
        lookup->lookup();
    };
    clock->start();
    timer->start(timeout);
    // One A query: its answer carries the CNAME chain too (a separate CNAME query of a plain
    // name draws a NODATA answer that Qt cannot tell from garbage).
    const auto begin = *start;
    begin(QDnsLookup::A, name);
    return once.future();
}

} // namespace cockpit
