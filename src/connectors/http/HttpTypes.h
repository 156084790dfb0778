#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <chrono>
#include <utility>

namespace cockpit {

// TLS for one endpoint. Verification is on unless switched off, which only a loopback
// endpoint may do (HttpClient refuses it for any other host).
struct TlsOptions
{
    QString caFile; // PEM bundle the server must chain to; empty: the system's trust store
    QString certFile; // client certificate (PEM), for mutual TLS
    QString keyFile; // its private key (PEM)
    bool verify = true;

    bool hasClientCertificate() const { return !certFile.isEmpty(); }
};

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url; // through a unix socket: http://localhost/path
    QString unixSocket;
    HttpHeaders headers;
    QByteArray body;
    std::chrono::milliseconds timeout{10000}; // the whole exchange, however slowly it drips
    std::chrono::milliseconds connectTimeout{3000};
    qint64 maxBytes = qint64{16} * 1024 * 1024; // a larger answer is cut off with an error
    TlsOptions tls;
    QString user; // basic authentication; the password is never logged or shown
    QString password;
    QString endpointName; // for messages: "Patroni pg1", "Prometheus"

    void addHeader(const QByteArray& name, const QByteArray& value) { headers.append(std::pair(name, value)); }
    // "Patroni pg1 (GET http://127.0.0.1:8008/cluster)", with no credentials.
    QString describe() const;
};

struct HttpResponse
{
    int status = 0;
    HttpHeaders headers;
    QByteArray body;
    std::chrono::microseconds elapsed{0};

    QByteArray header(QByteArrayView name) const; // first value, case-insensitive; empty if absent
};

// A JSON-over-HTTP service (Prometheus, Alertmanager, etcd ...) as a profile describes it.
struct HttpEndpoint
{
    QString name; // for messages: "Prometheus", "Alertmanager", "etcd 1"
    QUrl baseUrl;
    TlsOptions tls;
    std::chrono::milliseconds timeout{10000};
    qint64 maxBytes = qint64{32} * 1024 * 1024;

    // A request to a path below baseUrl, with this endpoint's TLS, timeout and size limit;
    // named after the endpoint, or fallbackName when it has none.
    HttpRequest request(const QByteArray& method, const QString& path, const QString& fallbackName) const;
};

bool isLoopbackHost(const QString& host);

} // namespace cockpit
