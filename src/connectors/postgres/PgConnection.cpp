#include "PgConnection.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QHostAddress>
#include <QHostInfo>
#include <QSocketNotifier>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace cockpit {

struct PgConnection::Job
{
    QByteArray sql;
    QList<QByteArray> params;
    QList<bool> nulls;
    PgQueryOptions options;
    QPromise<Result<PgQueryResult>> promise;
    PgQueryResult result;
    std::optional<Error> error;
    qint64 bytes = 0;
    bool timedOut = false;
    bool tooLarge = false;
    QElapsedTimer clock;
};

namespace {

using ResultPtr = std::unique_ptr<PGresult, decltype(&PQclear)>;

void deleteNotifierLater(QSocketNotifier* notifier)
{
    if (notifier) {
        notifier->setEnabled(false);
        notifier->deleteLater();
    }
}

// PQcancel opens a connection of its own and waits for it: it runs here, never on the
// connection's thread, and never holds up the global pool that loads runbooks.
QThreadPool* cancelPool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool; // outlives every connection; threads end with the process
        p->setMaxThreadCount(4);
        return p;
    }();
    return pool;
}

QByteArray paramText(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Bool: return value.toBool() ? "true" : "false";
    case QMetaType::QDateTime: return value.toDateTime().toUTC().toString(Qt::ISODateWithMs).toUtf8();
    case QMetaType::QByteArray: return value.toByteArray();
    default: return value.toString().toUtf8();
    }
}

// libpq's message for a failed connection attempt, classified. Never holds the password.
Error connectionError(const QString& target, const QString& message)
{
    const QString text = message.trimmed();
    ErrorKind kind = ErrorKind::Network;
    QString hint = QStringLiteral("Check that the server runs and accepts connections from this machine.");
    if (text.contains(QLatin1String("invalid response"))
        || text.contains(QLatin1String("expected authentication request"))
        || text.contains(QLatin1String("unexpected message")) || text.contains(QLatin1String("invalid message"))) {
        kind = ErrorKind::Protocol;
        hint = QStringLiteral("Something answers at this address, but it does not speak PostgreSQL.");
    } else if (text.contains(QLatin1String("password authentication failed"))
               || text.contains(QLatin1String("no password")) || text.contains(QLatin1String("pg_hba.conf"))) {
        kind = ErrorKind::Auth;
        hint = QStringLiteral("Check the user name and the password stored for this profile.");
    } else if (text.contains(QLatin1String("certificate")) || text.contains(QLatin1String("SSL"))
               || text.contains(QLatin1String("does not match host name"))) {
        kind = ErrorKind::Tls;
        hint = QStringLiteral("Check the CA file and that the server's certificate names this host.");
    } else if (text.contains(QLatin1String("timeout")) || text.contains(QLatin1String("timed out"))) {
        kind = ErrorKind::Timeout;
    } else if (text.contains(QLatin1String("session is read-only")) || text.contains(QLatin1String("not the primary"))
               || text.contains(QLatin1String("server is in hot standby mode"))) {
        kind = ErrorKind::Conflict;
        hint = QStringLiteral("No host matched target_session_attrs; is there a leader?");
    }
    return makeError(kind, text.isEmpty() ? QStringLiteral("connection failed") : text, target, hint);
}

ErrorKind kindOfSqlState(const QString& state)
{
    if (state.startsWith(QLatin1String("28")))
        return ErrorKind::Auth;
    if (state.startsWith(QLatin1String("08")))
        return ErrorKind::Network;
    if (state == QLatin1String("57014"))
        return ErrorKind::Cancelled;
    if (state.startsWith(QLatin1String("42")) || state.startsWith(QLatin1String("22")))
        return ErrorKind::InvalidInput;
    if (state.startsWith(QLatin1String("40")) || state == QLatin1String("25006")
        || state.startsWith(QLatin1String("23")))
        return ErrorKind::Conflict;
    return ErrorKind::Server;
}

} // namespace

PgConnection::PgConnection(QObject* parent) : QObject(parent)
{
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        connectFailed(makeError(ErrorKind::Timeout,
                                QStringLiteral("no connection within %1 ms").arg(m_connectTimer.interval()), m_target,
                                QStringLiteral("The server does not answer; check the address, the port and any "
                                               "firewall in between.")));
    });
    m_queryTimer.setSingleShot(true);
    connect(&m_queryTimer, &QTimer::timeout, this, [this] {
        if (!m_current)
            return;
        m_current->timedOut = true;
        cancel();
        // A server that does not answer the cancel either is treated as gone.
        QTimer::singleShot(std::chrono::seconds(3), this, [this, job = m_current] {
            if (m_current == job)
                fail(makeError(ErrorKind::Timeout, QStringLiteral("the server did not answer the cancel request"),
                               m_node));
        });
    });
}

PgConnection::~PgConnection()
{
    fail(makeError(ErrorKind::Cancelled, QStringLiteral("the connection was closed"), m_node));
}

QFuture<Result<PgServerInfo>> PgConnection::open(const PgConnectOptions& options)
{
    close();
    m_connectPromise = std::make_unique<QPromise<Result<PgServerInfo>>>();
    QFuture<Result<PgServerInfo>> future = m_connectPromise->future();
    m_connectPromise->start();
    m_target = options.describe();
    if (options.hosts.isEmpty()) {
        connectFailed(makeError(ErrorKind::InvalidInput, QStringLiteral("no host to connect to"), m_target));
        return future;
    }
    m_state = State::Connecting;
    m_connectTimer.start(options.connectTimeout); // name resolution included
    resolveAndConnect(options);
    return future;
}

void PgConnection::resolveAndConnect(const PgConnectOptions& options)
{
    QStringList names; // IP addresses and unix socket folders need no resolution
    for (const auto& h : options.hosts) {
        if (!h.host.startsWith(QLatin1Char('/')) && QHostAddress(h.host).isNull() && !names.contains(h.host))
            names.append(h.host);
    }
    auto resolved = std::make_shared<QHash<QString, QList<QHostAddress>>>();
    auto remaining = std::make_shared<qsizetype>(names.size());
    const auto connectResolved = [this, options, resolved] {
        // Every address of a name becomes an entry of its own, with the name kept as `host`
        // (libpq checks certificates against it) and the address as `hostaddr`.
        QList<std::pair<QString, QString>> entries;
        for (const auto& h : options.hosts) {
            const QString port = QString::number(h.port);
            if (resolved->contains(h.host)) {
                for (const QHostAddress& address : resolved->value(h.host))
                    entries.append({h.host, address.toString() + QLatin1Char('|') + port});
            } else {
                const bool path = h.host.startsWith(QLatin1Char('/'));
                entries.append({h.host, (path ? QString() : h.host) + QLatin1Char('|') + port});
            }
        }
        startConnect(options, entries);
    };
    if (names.isEmpty()) {
        connectResolved();
        return;
    }
    for (const QString& name : names) {
        const int id = QHostInfo::lookupHost(
            name, this, [this, name, resolved, remaining, connectResolved](const QHostInfo& info) {
                m_lookups.removeAll(info.lookupId());
                if (m_state != State::Connecting)
                    return;
                if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
                    connectFailed(
                        makeError(ErrorKind::Network,
                                  QStringLiteral("cannot resolve the host name %1: %2").arg(name, info.errorString()),
                                  m_target, QStringLiteral("Check the name, and the DNS servers of this machine.")));
                    return;
                }
                resolved->insert(name, info.addresses());
                if (--*remaining == 0)
                    connectResolved();
            });
        m_lookups.append(id);
    }
}

void PgConnection::startConnect(const PgConnectOptions& options,
                                const QList<std::pair<QString, QString>>& hostAddresses)
{
    QStringList hosts;
    QStringList addresses;
    QStringList ports;
    for (const auto& [host, addressAndPort] : hostAddresses) {
        hosts.append(host);
        addresses.append(addressAndPort.section(QLatin1Char('|'), 0, 0));
        ports.append(addressAndPort.section(QLatin1Char('|'), 1, 1));
    }
    QList<std::pair<QByteArray, QByteArray>> params{
        {"host", hosts.join(QLatin1Char(',')).toUtf8()},
        {"hostaddr", addresses.join(QLatin1Char(',')).toUtf8()},
        {"port", ports.join(QLatin1Char(',')).toUtf8()},
        {"dbname", options.database.toUtf8()},
        {"user", options.user.toUtf8()},
        {"application_name", options.applicationName.toUtf8()},
        {"sslmode", options.effectiveSslMode().toUtf8()},
        {"client_encoding", "UTF8"},
    };
    if (!options.password.isEmpty())
        params.append({"password", options.password.toUtf8()});
    if (!options.sslRootCert.isEmpty())
        params.append({"sslrootcert", options.sslRootCert.toUtf8()});
    if (!options.sslCert.isEmpty()) {
        params.append({"sslcert", options.sslCert.toUtf8()});
        params.append({"sslkey", options.sslKey.toUtf8()});
    }
    if (!options.targetSessionAttrs.isEmpty())
        params.append({"target_session_attrs", options.targetSessionAttrs.toUtf8()});
    if (!options.settings.isEmpty()) {
        QStringList settings;
        for (const auto& [name, value] : options.settings)
            settings.append(QStringLiteral("-c %1=%2").arg(name, value));
        params.append({"options", settings.join(QLatin1Char(' ')).toUtf8()});
    }
    QList<const char*> keys;
    QList<const char*> values;
    for (const auto& [key, value] : params) {
        keys.append(key.constData());
        values.append(value.constData());
    }
    keys.append(nullptr);
    values.append(nullptr);

    m_conn.reset(PQconnectStartParams(keys.constData(), values.constData(), 0));
    if (!m_conn || PQstatus(m_conn.get()) == CONNECTION_BAD) {
        connectFailed(connectionError(
            m_target, m_conn ? QString::fromUtf8(PQerrorMessage(m_conn.get())) : QStringLiteral("out of memory")));
        return;
    }
    watchSocket(false, true); // as if PQconnectPoll had said PGRES_POLLING_WRITING
}

void PgConnection::watchSocket(bool read, bool write)
{
    const int socket = m_conn ? PQsocket(m_conn.get()) : -1;
    if (socket != m_socket) {
        // libpq opens a new socket per host it tries: watch the current one.
        m_readNotifier.reset();
        m_writeNotifier.reset();
        m_socket = socket;
        if (socket >= 0) {
            m_readNotifier = NotifierPtr(new QSocketNotifier(socket, QSocketNotifier::Read), &deleteNotifierLater);
            m_writeNotifier = NotifierPtr(new QSocketNotifier(socket, QSocketNotifier::Write), &deleteNotifierLater);
            connect(m_readNotifier.get(), &QSocketNotifier::activated, this, &PgConnection::onSocketReady);
            connect(m_writeNotifier.get(), &QSocketNotifier::activated, this, &PgConnection::onSocketReady);
        }
    }
    if (m_readNotifier)
        m_readNotifier->setEnabled(read);
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(write);
}

void PgConnection::onSocketReady()
{
    if (m_state == State::Connecting)
        pollConnect();
    else if (m_state == State::Idle || m_state == State::Busy)
        readResults();
}

void PgConnection::pollConnect()
{
    switch (PQconnectPoll(m_conn.get())) {
    case PGRES_POLLING_READING: watchSocket(true, false); return;
    case PGRES_POLLING_WRITING: watchSocket(false, true); return;
    case PGRES_POLLING_FAILED:
        connectFailed(connectionError(m_target, QString::fromUtf8(PQerrorMessage(m_conn.get()))));
        return;
    case PGRES_POLLING_OK: break;
    default: return;
    }
    m_connectTimer.stop();
    PQsetnonblocking(m_conn.get(), 1);
    m_node
        = QStringLiteral("%1:%2").arg(QString::fromUtf8(PQhost(m_conn.get())), QString::fromUtf8(PQport(m_conn.get())));
    m_info = {};
    m_info.node = m_node;
    m_info.serverVersion = PQserverVersion(m_conn.get());
    m_info.serverVersionText
        = QStringLiteral("%1.%2").arg(m_info.serverVersion / 10000).arg(m_info.serverVersion % 10000);
    m_info.ssl = PQsslInUse(m_conn.get()) == 1;
    m_info.sslProtocol = QString::fromUtf8(PQsslAttribute(m_conn.get(), "protocol"));
    m_info.inHotStandby = QByteArray(PQparameterStatus(m_conn.get(), "in_hot_standby")) == "on";
    m_state = State::Idle;
    watchSocket(true, false); // idle: notifications, and noticing a dropped connection
    auto promise = std::move(m_connectPromise);
    QMetaObject::invokeMethod(this, &PgConnection::startNext, Qt::QueuedConnection);
    // Last: a continuation may destroy this connection.
    promise->addResult(m_info);
    promise->finish();
}

void PgConnection::connectFailed(Error error)
{
    m_connectTimer.stop();
    fail(error); // the connect promise, and queries queued before the connection came up
}

QFuture<Result<PgQueryResult>> PgConnection::query(const QString& sql, const QVariantList& params,
                                                   const PgQueryOptions& options)
{
    auto job = std::make_shared<Job>();
    job->sql = sql.toUtf8();
    for (const QVariant& param : params) {
        job->nulls.append(!param.isValid() || param.isNull());
        job->params.append(paramText(param));
    }
    job->options = options;
    job->result.node = m_node;
    QFuture<Result<PgQueryResult>> future = job->promise.future();
    job->promise.start();
    if (m_state == State::Closed) {
        job->promise.addResult(makeError(ErrorKind::Network, QStringLiteral("not connected"), m_target));
        job->promise.finish();
        return future;
    }
    m_jobs.enqueue(job);
    startNext();
    return future;
}

QFuture<Result<PgQueryResult>> PgConnection::listen(const QString& channel)
{
    if (!isOpen())
        return query(QString()); // fails with "not connected"
    const QByteArray name = channel.toUtf8();
    std::unique_ptr<char, decltype(&PQfreemem)> quoted(PQescapeIdentifier(m_conn.get(), name.constData(), name.size()),
                                                       &PQfreemem);
    if (!quoted) {
        auto promise = std::make_shared<QPromise<Result<PgQueryResult>>>();
        promise->start();
        promise->addResult(makeError(ErrorKind::InvalidInput, QStringLiteral("bad channel name"), m_node));
        promise->finish();
        return promise->future();
    }
    return query(QStringLiteral("LISTEN ") + QString::fromUtf8(quoted.get()));
}

void PgConnection::startNext()
{
    // libpq's connection, its socket notifiers and timers belong to this object's thread alone;
    // anything else is a data race on the connection (checked in release builds too).
    if (QThread::currentThread() != thread())
        qFatal("PgConnection: a query started on a thread that does not own the connection");
    if (m_state != State::Idle || m_jobs.isEmpty() || m_cancelInFlight)
        return;
    m_current = m_jobs.dequeue();
    Job& job = *m_current;
    QList<const char*> values;
    for (int i = 0; i < job.params.size(); ++i)
        values.append(job.nulls[i] ? nullptr : job.params[i].constData());
    job.clock.start();
    const bool sent = job.options.simpleProtocol && values.isEmpty()
        ? PQsendQuery(m_conn.get(), job.sql.constData())
        : PQsendQueryParams(m_conn.get(), job.sql.constData(), static_cast<int>(values.size()), nullptr,
                            values.constData(), nullptr, nullptr, 0);
    if (!sent) {
        fail(connectionError(m_node, QString::fromUtf8(PQerrorMessage(m_conn.get()))));
        return;
    }
    PQsetSingleRowMode(m_conn.get()); // rows arrive one by one: memory stays bounded
    m_state = State::Busy;
    m_queryTimer.start(job.options.timeout);
    const int flushed = PQflush(m_conn.get());
    watchSocket(true, flushed == 1);
}

void PgConnection::readResults()
{
    if (m_state == State::Busy) {
        const int flushed = PQflush(m_conn.get());
        if (flushed == 1) {
            watchSocket(true, true);
            return;
        }
        watchSocket(true, false); // everything sent: stop asking to write
    }
    if (!PQconsumeInput(m_conn.get())) {
        fail(connectionError(m_node, QString::fromUtf8(PQerrorMessage(m_conn.get()))));
        return;
    }
    deliverNotifications();
    while (m_current && !PQisBusy(m_conn.get())) {
        ResultPtr result(PQgetResult(m_conn.get()), &PQclear);
        if (!result) {
            finishJob();
            return;
        }
        Job& job = *m_current;
        const ExecStatusType status = PQresultStatus(result.get());
        if (job.result.columns.isEmpty() && (status == PGRES_SINGLE_TUPLE || status == PGRES_TUPLES_OK)) {
            for (int c = 0; c < PQnfields(result.get()); ++c)
                job.result.columns.append({QString::fromUtf8(PQfname(result.get(), c)), PQftype(result.get(), c)});
        }
        if (status == PGRES_SINGLE_TUPLE && !job.tooLarge) {
            QList<QVariant> row;
            row.reserve(PQnfields(result.get()));
            for (int c = 0; c < PQnfields(result.get()); ++c) {
                job.bytes += PQgetlength(result.get(), 0, c);
                row.append(PQgetisnull(result.get(), 0, c)
                               ? QVariant()
                               : QVariant(QString::fromUtf8(PQgetvalue(result.get(), 0, c))));
            }
            job.result.rows.append(row);
            if (job.bytes > job.options.maxBytes) {
                job.tooLarge = true;
                job.result.rows.clear();
                cancel();
            }
        } else if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK) {
            job.result.commandTag = QString::fromUtf8(PQcmdStatus(result.get()));
            job.result.rowsAffected = QByteArray(PQcmdTuples(result.get())).toLongLong();
        } else if (status != PGRES_SINGLE_TUPLE && !job.error) {
            job.error = queryError(result.get());
        }
    }
    if (m_conn)
        deliverNotifications(); // a NOTIFY may have come right after the results
    if (m_state == State::Idle)
        watchSocket(true, false);
}

void PgConnection::finishJob()
{
    m_queryTimer.stop();
    std::shared_ptr<Job> job = std::move(m_current);
    m_state = State::Idle;
    watchSocket(true, false);
    job->result.elapsed = std::chrono::microseconds(job->clock.nsecsElapsed() / 1000);
    QMetaObject::invokeMethod(this, &PgConnection::startNext, Qt::QueuedConnection);
    // Last: a continuation may destroy this connection.
    if (job->tooLarge) {
        job->promise.addResult(makeError(
            ErrorKind::Protocol,
            QStringLiteral("the result is larger than %1 bytes; the query was cancelled").arg(job->options.maxBytes),
            m_node, QStringLiteral("Ask for fewer rows or columns (LIMIT).")));
    } else if (job->timedOut) {
        Error error = makeError(
            ErrorKind::Timeout,
            QStringLiteral("the query did not finish within %1 ms and was cancelled").arg(job->options.timeout.count()),
            m_node);
        error.code = QStringLiteral("57014");
        job->promise.addResult(error);
    } else if (job->error) {
        job->promise.addResult(*job->error);
    } else {
        job->promise.addResult(std::move(job->result));
    }
    job->promise.finish();
}

void PgConnection::fail(Error error)
{
    const bool wasOpen = isOpen();
    m_queryTimer.stop();
    m_connectTimer.stop();
    // Take every promise first and settle the connection's state; answer them last, because
    // whoever waits may destroy this connection from inside its continuation.
    QList<std::shared_ptr<Job>> jobs;
    if (m_current)
        jobs.append(std::exchange(m_current, nullptr));
    while (!m_jobs.isEmpty())
        jobs.append(m_jobs.dequeue());
    std::unique_ptr<QPromise<Result<PgServerInfo>>> connectPromise = std::move(m_connectPromise);
    for (int lookup : std::exchange(m_lookups, {}))
        QHostInfo::abortHostLookup(lookup);
    m_readNotifier.reset();
    m_writeNotifier.reset();
    m_socket = -1;
    m_conn.reset();
    m_state = State::Closed;
    if (wasOpen && error.kind != ErrorKind::Cancelled)
        Q_EMIT connectionLost(error);
    if (connectPromise) {
        connectPromise->addResult(error);
        connectPromise->finish();
    }
    for (const auto& job : jobs) {
        job->promise.addResult(error);
        job->promise.finish();
    }
}

void PgConnection::cancel()
{
    if (!m_conn || m_state != State::Busy || m_cancelInFlight)
        return;
    PGcancel* handle = PQgetCancel(m_conn.get());
    if (!handle)
        return;
    m_cancelInFlight = true;
    // The answer comes back on this connection's thread (a migration's, a sampler's, a probe's),
    // never the application's: the next query touches libpq, the notifiers and the timers. The
    // watcher is this connection's child, so a connection gone meanwhile hears nothing.
    auto* watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_cancelInFlight = false;
        startNext();
    });
    watcher->setFuture(QtConcurrent::run(cancelPool(), [handle] {
        std::unique_ptr<PGcancel, decltype(&PQfreeCancel)> owned(handle, &PQfreeCancel);
        char message[256] = {};
        PQcancel(owned.get(), message, sizeof message);
    }));
}

void PgConnection::close()
{
    if (m_state != State::Closed)
        fail(makeError(ErrorKind::Cancelled, QStringLiteral("the connection was closed"), m_node));
}

void PgConnection::deliverNotifications()
{
    while (PGnotify* raw = PQnotifies(m_conn.get())) {
        std::unique_ptr<PGnotify, decltype(&PQfreemem)> n(raw, &PQfreemem);
        Q_EMIT notified({QString::fromUtf8(n->relname), QString::fromUtf8(n->extra), n->be_pid});
    }
}

Error PgConnection::queryError(PGresult* result) const
{
    const auto field = [result](int code) { return QString::fromUtf8(PQresultErrorField(result, code)); };
    const QString state = field(PG_DIAG_SQLSTATE);
    Error error
        = makeError(kindOfSqlState(state),
                    field(PG_DIAG_MESSAGE_PRIMARY).isEmpty() ? QString::fromUtf8(PQresultErrorMessage(result)).trimmed()
                                                             : field(PG_DIAG_MESSAGE_PRIMARY),
                    m_node, field(PG_DIAG_MESSAGE_HINT));
    error.code = state;
    if (!field(PG_DIAG_MESSAGE_DETAIL).isEmpty())
        error.details.append(field(PG_DIAG_MESSAGE_DETAIL));
    return error;
}

} // namespace cockpit
