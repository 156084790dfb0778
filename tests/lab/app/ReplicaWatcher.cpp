#include "ReplicaWatcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <curl/curl.h>

#include <chrono>
#include <memory>

namespace cockpit::lab {
namespace {

size_t collect(char* data, size_t size, size_t count, void* user)
{
    auto* body = static_cast<QByteArray*>(user);
    if (body->size() > 4 * 1024 * 1024)
        return 0; // refuse absurd answers
    body->append(data, static_cast<qsizetype>(size * count));
    return size * count;
}

} // namespace

ReplicaWatcher::ReplicaWatcher(QByteArray socketPath, QByteArray service, std::function<void(int)> onReplicas)
    : m_socketPath(std::move(socketPath)), m_service(std::move(service)), m_onReplicas(std::move(onReplicas))
{
    m_thread = std::thread([this] {
        while (!m_stop) {
            m_onReplicas(runningTasks());
            for (int i = 0; i < 20 && !m_stop; ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    });
}

ReplicaWatcher::~ReplicaWatcher()
{
    m_stop = true;
    m_thread.join();
}

int ReplicaWatcher::runningTasks() const
{
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
    if (!curl)
        return -1;
    const QByteArray filter = "{\"service\":[\"" + m_service + "\"],\"desired-state\":[\"running\"]}";
    const QByteArray filters = filter.toPercentEncoding();
    const QByteArray url = "http://localhost/v1.41/tasks?filters=" + filters;
    QByteArray body;
    curl_easy_setopt(curl.get(), CURLOPT_UNIX_SOCKET_PATH, m_socketPath.constData());
    curl_easy_setopt(curl.get(), CURLOPT_URL, url.constData());
    curl_easy_setopt(curl.get(), CURLOPT_TIMEOUT_MS, 3000L);
    curl_easy_setopt(curl.get(), CURLOPT_WRITEFUNCTION, &collect);
    curl_easy_setopt(curl.get(), CURLOPT_WRITEDATA, &body);
    long status = 0;
    if (curl_easy_perform(curl.get()) != CURLE_OK)
        return -1;
    curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &status);
    if (status != 200)
        return -1;
    int running = 0;
    for (const QJsonValue& task : QJsonDocument::fromJson(body).array()) {
        if (task[QStringLiteral("Status")][QStringLiteral("State")].toString() == QLatin1String("running"))
            ++running;
    }
    return running;
}

} // namespace cockpit::lab
