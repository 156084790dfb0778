#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QIODevice;
class QLocalServer;
class QTcpServer;

namespace cockpit::test {

// A local server that misbehaves on purpose, for the faults real servers cannot be made to
// produce. It runs on the test's own event loop, on loopback TCP or a unix socket.
class HostileServer final : public QObject
{
    Q_OBJECT

public:
    enum class Behaviour
    {
        GarbageJson, // 200, application/json, "{not json"
        WrongShapeJson, // 200, valid JSON of the wrong shape
        TruncatedBody, // Content-Length 1000, 100 bytes, then close
        Html500, // 500 with an HTML error page
        SlowDrip, // headers, then a byte every 100 ms, forever
        Huge, // 100 MiB of body, written as fast as it is read
        CloseImmediately, // accepts and closes at once
        Silent, // accepts and never says a word
        GarbageBytes, // sends random bytes at once (not HTTP, not PostgreSQL)
    };
    static QString name(Behaviour behaviour);
    static QList<Behaviour> httpFaults();

    explicit HostileServer(Behaviour behaviour, bool unixSocket = false, QObject* parent = nullptr);
    ~HostileServer() override;

    quint16 port() const;
    QString socketPath() const;
    QUrl url() const; // http://127.0.0.1:PORT, or http://localhost for a unix socket
    qint64 bytesSent() const { return m_bytesSent; }

private:
    void accept(QIODevice* socket);
    void respond(QIODevice* socket);
    void send(QIODevice* socket, const QByteArray& bytes);

    Behaviour m_behaviour;
    std::unique_ptr<QTcpServer> m_tcp;
    std::unique_ptr<QLocalServer> m_local;
    QString m_socketPath;
    qint64 m_bytesSent = 0;
};

} // namespace cockpit::test
