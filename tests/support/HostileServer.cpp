#include "HostileServer.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

namespace cockpit::test {
namespace {

constexpr qint64 kHugeBytes = 100LL * 1024 * 1024;

void closeDevice(QIODevice* device)
{
    if (auto* tcp = qobject_cast<QTcpSocket*>(device))
        tcp->disconnectFromHost();
    else if (auto* local = qobject_cast<QLocalSocket*>(device))
        local->disconnectFromServer();
}

QByteArray headers(const QByteArray& status, const QByteArray& type, qint64 length)
{
    return "HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: " + QByteArray::number(length)
        + "\r\nConnection: close\r\n\r\n";
}

} // namespace

QString HostileServer::name(Behaviour behaviour)
{
    switch (behaviour) {
    case Behaviour::GarbageJson: return QStringLiteral("GarbageJson");
    case Behaviour::WrongShapeJson: return QStringLiteral("WrongShapeJson");
    case Behaviour::TruncatedBody: return QStringLiteral("TruncatedBody");
    case Behaviour::Html500: return QStringLiteral("Html500");
    case Behaviour::SlowDrip: return QStringLiteral("SlowDrip");
    case Behaviour::Huge: return QStringLiteral("Huge");
    case Behaviour::CloseImmediately: return QStringLiteral("CloseImmediately");
    case Behaviour::Silent: return QStringLiteral("Silent");
    case Behaviour::GarbageBytes: return QStringLiteral("GarbageBytes");
    }
    return {};
}

QList<HostileServer::Behaviour> HostileServer::httpFaults()
{
    return {Behaviour::GarbageJson,      Behaviour::WrongShapeJson, Behaviour::TruncatedBody,
            Behaviour::Html500,          Behaviour::SlowDrip,       Behaviour::Huge,
            Behaviour::CloseImmediately, Behaviour::Silent,         Behaviour::GarbageBytes};
}

HostileServer::HostileServer(Behaviour behaviour, bool unixSocket, QObject* parent)
    : QObject(parent), m_behaviour(behaviour)
{
    if (unixSocket) {
        m_local = std::make_unique<QLocalServer>();
        m_socketPath = QDir::tempPath() + QStringLiteral("/cockpit-hostile-")
            + QUuid::createUuid().toString(QUuid::Id128).left(12) + QStringLiteral(".sock");
        m_local->listen(m_socketPath);
        connect(m_local.get(), &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket* socket = m_local->nextPendingConnection())
                accept(socket);
        });
    } else {
        m_tcp = std::make_unique<QTcpServer>();
        m_tcp->listen(QHostAddress::LocalHost, 0);
        connect(m_tcp.get(), &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_tcp->nextPendingConnection())
                accept(socket);
        });
    }
}

HostileServer::~HostileServer()
{
    if (m_local)
        QLocalServer::removeServer(m_socketPath);
}

quint16 HostileServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QString HostileServer::socketPath() const
{
    return m_socketPath;
}

QUrl HostileServer::url() const
{
    return m_tcp ? QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port())) : QUrl(QStringLiteral("http://localhost"));
}

void HostileServer::send(QIODevice* socket, const QByteArray& bytes)
{
    m_bytesSent += socket->write(bytes);
}

void HostileServer::accept(QIODevice* socket)
{
    connect(socket, &QIODevice::aboutToClose, socket, &QObject::deleteLater);
    if (auto* tcp = qobject_cast<QTcpSocket*>(socket))
        connect(tcp, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (auto* local = qobject_cast<QLocalSocket*>(socket))
        connect(local, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    switch (m_behaviour) {
    case Behaviour::CloseImmediately: closeDevice(socket); return;
    case Behaviour::Silent: return;
    case Behaviour::GarbageBytes: {
        QByteArray noise(512, Qt::Uninitialized);
        for (char& byte : noise)
            byte = static_cast<char>(QRandomGenerator::global()->bounded(256));
        noise[0] = 'Z'; // neither "HTTP/" nor a PostgreSQL message type that libpq expects here
        send(socket, noise);
        closeDevice(socket);
        return;
    }
    default: break;
    }
    auto* request = new QByteArray;
    connect(socket, &QObject::destroyed, socket, [request] { delete request; });
    connect(socket, &QIODevice::readyRead, socket, [this, socket, request] {
        request->append(socket->readAll());
        if (request->contains("\r\n\r\n") && !request->isNull()) {
            *request = QByteArray(); // respond once
            respond(socket);
        }
    });
}

void HostileServer::respond(QIODevice* socket)
{
    switch (m_behaviour) {
    case Behaviour::GarbageJson: {
        const QByteArray body = "{\"status\": \"success\", \"data\": [1, 2,";
        send(socket, headers("200 OK", "application/json", body.size()) + body);
        closeDevice(socket);
        break;
    }
    case Behaviour::WrongShapeJson: {
        const QByteArray body = "{\"members\": \"none\", \"status\": 7, \"data\": \"x\", \"ServerVersion\": []}";
        send(socket, headers("200 OK", "application/json", body.size()) + body);
        closeDevice(socket);
        break;
    }
    case Behaviour::TruncatedBody:
        send(socket, headers("200 OK", "application/json", 1000) + QByteArray(100, '['));
        closeDevice(socket);
        break;
    case Behaviour::Html500: {
        const QByteArray body = "<html><head><title>500 Internal Server Error</title></head><body><h1>Internal "
                                "Server Error</h1><p>The upstream is on fire.</p></body></html>";
        send(socket, headers("500 Internal Server Error", "text/html", body.size()) + body);
        closeDevice(socket);
        break;
    }
    case Behaviour::SlowDrip: {
        send(socket, headers("200 OK", "application/json", 100000));
        auto* timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, [this, socket] { send(socket, "["); });
        timer->start(100);
        break;
    }
    case Behaviour::Huge: {
        // No Content-Length: the body runs until the connection closes, so only the
        // client's own byte count can stop it.
        send(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n");
        auto* written = new qint64(0);
        connect(socket, &QObject::destroyed, socket, [written] { delete written; });
        const auto pump = [this, socket, written] {
            // Keep at most 1 MiB in flight: the server's memory stays small too.
            while (*written < kHugeBytes && socket->bytesToWrite() < 1024 * 1024) {
                const QByteArray chunk(256 * 1024, ' ');
                send(socket, chunk);
                *written += chunk.size();
            }
        };
        connect(socket, &QIODevice::bytesWritten, socket, pump);
        pump();
        break;
    }
    default: break;
    }
}

} // namespace cockpit::test
