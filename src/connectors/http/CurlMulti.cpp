#include "CurlMulti.h"

#include <QSocketNotifier>
#include <QThread>

#include <mutex>
#include <vector>

namespace cockpit {

struct CurlMulti::SocketWatch
{
    std::unique_ptr<QSocketNotifier, void (*)(QSocketNotifier*)> read{nullptr, nullptr};
    std::unique_ptr<QSocketNotifier, void (*)(QSocketNotifier*)> write{nullptr, nullptr};
};

struct CurlMulti::Transfer
{
    HttpRequest request;
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> easy{curl_easy_init(), &curl_easy_cleanup};
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> headerList{nullptr, &curl_slist_free_all};
    QPromise<Result<HttpResponse>> promise;
    HttpResponse response;
    QElapsedTimer clock;
    char errorText[CURL_ERROR_SIZE] = {};
    bool tooLarge = false;
};

namespace {

// Notifiers are deleted later: curl may drop a socket from inside that socket's own signal.
void deleteNotifierLater(QSocketNotifier* notifier)
{
    if (notifier) {
        notifier->setEnabled(false);
        notifier->deleteLater();
    }
}

size_t onBody(char* data, size_t size, size_t count, void* user)
{
    auto* transfer = static_cast<CurlMulti::Transfer*>(user);
    const qint64 bytes = static_cast<qint64>(size) * static_cast<qint64>(count);
    if (transfer->response.body.size() + bytes > transfer->request.maxBytes) {
        transfer->tooLarge = true;
        return 0; // makes curl stop with CURLE_WRITE_ERROR
    }
    transfer->response.body.append(data, bytes);
    return size * count;
}

size_t onHeader(char* data, size_t size, size_t count, void* user)
{
    auto* transfer = static_cast<CurlMulti::Transfer*>(user);
    const QByteArray line = QByteArray(data, static_cast<qsizetype>(size * count)).trimmed();
    if (line.startsWith("HTTP/")) {
        transfer->response.headers.clear(); // a new response (after 100 Continue)
    } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
        if (transfer->response.headers.size() < 200)
            transfer->response.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return size * count;
}

Error transferError(const HttpRequest& request, CURLcode code, const char* detail, bool tooLarge, long osErrno)
{
    const QString where = request.describe();
    QString curlText = QString::fromUtf8(*detail ? detail : curl_easy_strerror(code));
    // libcurl 7.88 says "Couldn't connect to server" for a refused connection as for any
    // other; the system's own reason tells them apart.
    if (osErrno != 0 && code == CURLE_COULDNT_CONNECT)
        curlText += QStringLiteral(" (%1)").arg(qt_error_string(static_cast<int>(osErrno)));
    Error error;
    error.where = where;
    error.code = QStringLiteral("curl:%1").arg(static_cast<int>(code));
    switch (code) {
    case CURLE_COULDNT_CONNECT:
        error = makeError(ErrorKind::Network, QStringLiteral("cannot connect: %1").arg(curlText), where,
                          QStringLiteral("Check that the service runs and listens at this address."));
        break;
    case CURLE_COULDNT_RESOLVE_HOST:
        error = makeError(ErrorKind::Network, QStringLiteral("cannot resolve the host name: %1").arg(curlText), where);
        break;
    case CURLE_OPERATION_TIMEDOUT:
        error = makeError(
            ErrorKind::Timeout,
            QStringLiteral("no complete answer within %1 ms (%2)").arg(request.timeout.count()).arg(curlText), where,
            QStringLiteral("The service is slow or hung; try again, or raise the timeout."));
        break;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_ISSUER_ERROR:
        error = makeError(ErrorKind::Tls, QStringLiteral("TLS failed: %1").arg(curlText), where,
                          QStringLiteral("Check the CA file, the client certificate and that the server's certificate "
                                         "names this host."));
        break;
    case CURLE_WRITE_ERROR:
        error = tooLarge
            ? makeError(ErrorKind::Protocol,
                        QStringLiteral("the answer is larger than %1 bytes; stopped reading it").arg(request.maxBytes),
                        where)
            : makeError(ErrorKind::Internal, curlText, where);
        break;
    case CURLE_PARTIAL_FILE:
        error = makeError(ErrorKind::Protocol, QStringLiteral("the answer was cut short: %1").arg(curlText), where);
        break;
    case CURLE_GOT_NOTHING:
        error = makeError(ErrorKind::Protocol, QStringLiteral("the server closed the connection without answering"),
                          where);
        break;
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_BAD_CONTENT_ENCODING:
        error = makeError(ErrorKind::Protocol, QStringLiteral("not a valid HTTP answer: %1").arg(curlText), where);
        break;
    default: error = makeError(ErrorKind::Network, curlText, where); break;
    }
    error.code = QStringLiteral("curl:%1").arg(static_cast<int>(code));
    return error;
}

} // namespace

CurlMulti& CurlMulti::forCurrentThread()
{
    static std::once_flag initialised;
    std::call_once(initialised, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    // One per thread; deleted when its thread finishes. The main thread's lives until exit.
    thread_local CurlMulti* instance = nullptr;
    if (!instance) {
        instance = new CurlMulti;
        QThread* thread = QThread::currentThread();
        CurlMulti** slot = &instance;
        QObject::connect(
            thread, &QThread::finished, instance,
            [slot] {
                CurlMulti* dying = std::exchange(*slot, nullptr); // none may find it while it dies
                delete dying;
            },
            Qt::DirectConnection);
    }
    return *instance;
}

CurlMulti::CurlMulti() : m_multi(curl_multi_init(), &curl_multi_cleanup)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { act(CURL_SOCKET_TIMEOUT, 0); });
    curl_multi_setopt(m_multi.get(), CURLMOPT_SOCKETFUNCTION, &CurlMulti::onSocket);
    curl_multi_setopt(m_multi.get(), CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(m_multi.get(), CURLMOPT_TIMERFUNCTION, &CurlMulti::onTimer);
    curl_multi_setopt(m_multi.get(), CURLMOPT_TIMERDATA, this);
}

CurlMulti::~CurlMulti()
{
    // curl must not call back into a half-destroyed object, and the waiters hear last.
    curl_multi_setopt(m_multi.get(), CURLMOPT_SOCKETFUNCTION, nullptr);
    curl_multi_setopt(m_multi.get(), CURLMOPT_TIMERFUNCTION, nullptr);
    m_timer.stop();
    std::vector<std::unique_ptr<Transfer>> abandoned;
    for (Transfer* transfer : std::exchange(m_transfers, {})) {
        curl_multi_remove_handle(m_multi.get(), transfer->easy.get());
        abandoned.emplace_back(transfer);
    }
    m_multi.reset();
    qDeleteAll(std::exchange(m_sockets, {}));
    for (const auto& transfer : abandoned) {
        transfer->promise.addResult(
            makeError(ErrorKind::Cancelled, QStringLiteral("the request was abandoned"), transfer->request.describe()));
        transfer->promise.finish();
    }
}

QFuture<Result<HttpResponse>> CurlMulti::start(HttpRequest request)
{
    auto* transfer = new Transfer;
    transfer->request = std::move(request);
    const HttpRequest& r = transfer->request;
    QFuture<Result<HttpResponse>> future = transfer->promise.future();
    transfer->promise.start();

    const QString scheme = r.url.scheme();
    QString refusal;
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        refusal = QStringLiteral("only http and https URLs are supported");
    else if (!r.tls.verify && r.unixSocket.isEmpty() && !isLoopbackHost(r.url.host()))
        refusal = QStringLiteral("TLS verification may only be switched off for loopback hosts");
    else if (!transfer->easy)
        refusal = QStringLiteral("libcurl could not create a transfer");
    if (!refusal.isEmpty()) {
        transfer->promise.addResult(makeError(ErrorKind::InvalidInput, refusal, r.describe()));
        transfer->promise.finish();
        delete transfer;
        return future;
    }

    CURL* easy = transfer->easy.get();
    const QByteArray url = r.url.toEncoded();
    curl_easy_setopt(easy, CURLOPT_URL, url.constData()); // copied by curl
    curl_easy_setopt(easy, CURLOPT_PRIVATE, transfer);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_PROXY, ""); // never a proxy from the environment
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, static_cast<long>(r.timeout.count()));
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(r.connectTimeout.count()));
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, transfer->errorText);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &onBody);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, transfer);
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, &onHeader);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, transfer);
    if (r.maxBytes > 0)
        curl_easy_setopt(easy, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(r.maxBytes));
    if (!r.unixSocket.isEmpty())
        curl_easy_setopt(easy, CURLOPT_UNIX_SOCKET_PATH, r.unixSocket.toLocal8Bit().constData());
    if (r.method != "GET") {
        curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, r.method.constData());
        if (r.method != "DELETE" || !r.body.isEmpty()) {
            curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(r.body.size()));
            curl_easy_setopt(easy, CURLOPT_COPYPOSTFIELDS, r.body.constData());
        }
    }
    curl_slist* headers = curl_slist_append(nullptr, "Expect:"); // no 100-continue round trip
    for (const auto& [name, value] : r.headers)
        headers = curl_slist_append(headers, QByteArray(name + ": " + value).constData());
    transfer->headerList.reset(headers);
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, r.tls.verify ? 1L : 0L);
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, r.tls.verify ? 2L : 0L);
    if (!r.tls.caFile.isEmpty())
        curl_easy_setopt(easy, CURLOPT_CAINFO, r.tls.caFile.toLocal8Bit().constData());
    if (!r.tls.certFile.isEmpty()) {
        curl_easy_setopt(easy, CURLOPT_SSLCERT, r.tls.certFile.toLocal8Bit().constData());
        curl_easy_setopt(easy, CURLOPT_SSLKEY, r.tls.keyFile.toLocal8Bit().constData());
    }
    if (!r.user.isEmpty()) {
        curl_easy_setopt(easy, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
        curl_easy_setopt(easy, CURLOPT_USERNAME, r.user.toUtf8().constData());
        curl_easy_setopt(easy, CURLOPT_PASSWORD, r.password.toUtf8().constData());
    }
    transfer->clock.start();
    m_transfers.insert(easy, transfer);
    const CURLMcode added = curl_multi_add_handle(m_multi.get(), easy);
    if (added != CURLM_OK) {
        m_transfers.remove(easy);
        transfer->promise.addResult(
            makeError(ErrorKind::Internal, QString::fromUtf8(curl_multi_strerror(added)), r.describe()));
        transfer->promise.finish();
        delete transfer;
    }
    return future;
}

int CurlMulti::onSocket(CURL*, curl_socket_t socket, int what, void* self, void*)
{
    static_cast<CurlMulti*>(self)->watch(socket, what);
    return 0;
}

int CurlMulti::onTimer(CURLM*, long timeoutMs, void* self)
{
    auto* multi = static_cast<CurlMulti*>(self);
    if (timeoutMs < 0)
        multi->m_timer.stop();
    else
        multi->m_timer.start(static_cast<int>(timeoutMs)); // curl must not be re-entered from here
    return 0;
}

void CurlMulti::watch(curl_socket_t socket, int what)
{
    if (what == CURL_POLL_REMOVE) {
        delete m_sockets.take(socket);
        return;
    }
    SocketWatch*& watch = m_sockets[socket];
    if (!watch)
        watch = new SocketWatch;
    const auto ensure = [this, socket](auto& notifier, QSocketNotifier::Type type, int flag) {
        if (!notifier) {
            notifier = {new QSocketNotifier(static_cast<qintptr>(socket), type), &deleteNotifierLater};
            connect(notifier.get(), &QSocketNotifier::activated, this, [this, socket, flag] { act(socket, flag); });
        }
    };
    const bool wantRead = what == CURL_POLL_IN || what == CURL_POLL_INOUT;
    const bool wantWrite = what == CURL_POLL_OUT || what == CURL_POLL_INOUT;
    if (wantRead)
        ensure(watch->read, QSocketNotifier::Read, CURL_CSELECT_IN);
    if (wantWrite)
        ensure(watch->write, QSocketNotifier::Write, CURL_CSELECT_OUT);
    if (watch->read)
        watch->read->setEnabled(wantRead);
    if (watch->write)
        watch->write->setEnabled(wantWrite);
}

void CurlMulti::act(curl_socket_t socket, int flags)
{
    int running = 0;
    curl_multi_socket_action(m_multi.get(), socket, flags, &running);
    collectFinished();
}

void CurlMulti::collectFinished()
{
    // Collect first, finish after: a continuation may start new transfers.
    QList<std::pair<Transfer*, CURLcode>> done;
    int pending = 0;
    while (CURLMsg* message = curl_multi_info_read(m_multi.get(), &pending)) {
        if (message->msg != CURLMSG_DONE)
            continue;
        Transfer* transfer = m_transfers.take(message->easy_handle);
        const CURLcode code = message->data.result;
        curl_multi_remove_handle(m_multi.get(), message->easy_handle);
        if (transfer)
            done.append({transfer, code});
    }
    for (const auto& [transfer, code] : done)
        finish(transfer, code);
}

void CurlMulti::finish(Transfer* transfer, CURLcode code)
{
    std::unique_ptr<Transfer> owned(transfer);
    transfer->response.elapsed = std::chrono::microseconds(transfer->clock.nsecsElapsed() / 1000);
    if (code == CURLE_OK) {
        long status = 0;
        curl_easy_getinfo(transfer->easy.get(), CURLINFO_RESPONSE_CODE, &status);
        transfer->response.status = static_cast<int>(status);
        transfer->promise.addResult(std::move(transfer->response));
    } else {
        const bool tooLarge = transfer->tooLarge || code == CURLE_FILESIZE_EXCEEDED;
        long osErrno = 0;
        curl_easy_getinfo(transfer->easy.get(), CURLINFO_OS_ERRNO, &osErrno);
        transfer->promise.addResult(transferError(transfer->request,
                                                  code == CURLE_FILESIZE_EXCEEDED ? CURLE_WRITE_ERROR : code,
                                                  transfer->errorText, tooLarge, osErrno));
    }
    transfer->promise.finish();
}

} // namespace cockpit
