#pragma once

#include "HttpTypes.h"
#include "core/Result.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPromise>
#include <QTimer>

#include <curl/curl.h>

#include <memory>

class QSocketNotifier;

namespace cockpit {

// libcurl's multi interface driven by the Qt event loop of one thread: curl tells which
// sockets to watch and when to wake up; QSocketNotifier and a QTimer do the watching. No
// transfer ever blocks the thread. One instance per thread, created on first use.
class CurlMulti final : public QObject
{
    Q_OBJECT

public:
    static CurlMulti& forCurrentThread();
    ~CurlMulti() override;
    Q_DISABLE_COPY_MOVE(CurlMulti)

    QFuture<Result<HttpResponse>> start(HttpRequest request);

    struct Transfer; // one exchange; public only for libcurl's C callbacks

private:
    struct SocketWatch;

    CurlMulti();
    static int onSocket(CURL* easy, curl_socket_t socket, int what, void* self, void* socketData);
    static int onTimer(CURLM* multi, long timeoutMs, void* self);
    void watch(curl_socket_t socket, int what);
    void act(curl_socket_t socket, int flags);
    void collectFinished();
    void finish(Transfer* transfer, CURLcode code);

    std::unique_ptr<CURLM, decltype(&curl_multi_cleanup)> m_multi;
    QTimer m_timer;
    QHash<curl_socket_t, SocketWatch*> m_sockets;
    QHash<CURL*, Transfer*> m_transfers;
};

} // namespace cockpit
