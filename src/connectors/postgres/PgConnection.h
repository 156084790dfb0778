#pragma once

#include "PgTypes.h"
#include "core/Result.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QQueue>
#include <QTimer>

#include <libpq-fe.h>

#include <memory>
#include <utility>

class QSocketNotifier;

namespace cockpit {

// One PostgreSQL connection, non-blocking from end to end: PQconnectStartParams and
// PQconnectPoll to connect, PQsendQueryParams with single-row mode to query, the socket
// watched by QSocketNotifier. Queries queue and run one at a time. Parameters travel
// separately from the SQL, never spliced in. A query past its timeout or size limit is
// cancelled on the server. Lives on the thread that created it.
class PgConnection final : public QObject
{
    Q_OBJECT

public:
    explicit PgConnection(QObject* parent = nullptr);
    ~PgConnection() override; // fails what is queued (Cancelled) and closes
    Q_DISABLE_COPY_MOVE(PgConnection)

    QFuture<Result<PgServerInfo>> open(const PgConnectOptions& options);
    QFuture<Result<PgQueryResult>> query(const QString& sql, const QVariantList& params = {},
                                         const PgQueryOptions& options = {});
    // LISTEN on a channel (the name is quoted as an identifier); notified() then reports.
    QFuture<Result<PgQueryResult>> listen(const QString& channel);
    // Asks the server to cancel the running query (the network round trip runs off-thread).
    void cancel();
    void close();

    bool isOpen() const { return m_state == State::Idle || m_state == State::Busy; }
    QString node() const { return m_node; }
    const PgServerInfo& serverInfo() const { return m_info; }

Q_SIGNALS:
    void notified(const cockpit::PgNotification& notification);
    void connectionLost(const cockpit::Error& error);

private:
    enum class State
    {
        Closed,
        Connecting,
        Idle,
        Busy,
    };
    struct Job;

    // Resolves host names off the GUI thread (libpq would call getaddrinfo, which blocks),
    // then starts libpq with the addresses.
    void resolveAndConnect(const PgConnectOptions& options);
    void startConnect(const PgConnectOptions& options, const QList<std::pair<QString, QString>>& hostAddresses);
    void watchSocket(bool read, bool write);
    void onSocketReady();
    void pollConnect();
    void connectFailed(Error error);
    void startNext();
    void readResults();
    void finishJob();
    void fail(Error error); // the connection is gone: every job fails with this
    void deliverNotifications();
    Error queryError(PGresult* result) const;

    std::unique_ptr<PGconn, decltype(&PQfinish)> m_conn{nullptr, &PQfinish};
    State m_state = State::Closed;
    QString m_node;
    QString m_target; // what open() was asked to reach, for messages
    PgServerInfo m_info;
    // Deleted later: libpq may drop a socket from inside that socket's own signal.
    using NotifierPtr = std::unique_ptr<QSocketNotifier, void (*)(QSocketNotifier*)>;
    NotifierPtr m_readNotifier{nullptr, nullptr};
    NotifierPtr m_writeNotifier{nullptr, nullptr};
    QList<int> m_lookups; // host name lookups in flight
    bool m_cancelInFlight = false; // the next query waits: a late cancel must not hit it
    int m_socket = -1;
    QTimer m_connectTimer;
    std::unique_ptr<QPromise<Result<PgServerInfo>>> m_connectPromise;
    QQueue<std::shared_ptr<Job>> m_jobs;
    std::shared_ptr<Job> m_current;
    QTimer m_queryTimer;
};

} // namespace cockpit
