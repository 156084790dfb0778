#include "DockerClient.h"

#include "DockerParser.h"
#include "connectors/http/AnswerChecks.h"
#include "connectors/http/Delay.h"
#include "connectors/http/HttpClient.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace cockpit {

struct DockerClient::State
{
    QString apiVersion;
    QString serverApiVersion;
};

namespace {

template<typename T> QFuture<Result<T>> ready(Result<T> result)
{
    return QtFuture::makeReadyFuture(std::move(result));
}

// The engine explains its errors as {"message": "..."}.
Error dockerError(const HttpRequest& request, const HttpResponse& response)
{
    Error error = httpStatusError(request, response);
    const QString message = docker::errorMessage(response.body);
    if (!message.isEmpty())
        error.message = QStringLiteral("HTTP %1: %2").arg(response.status).arg(message.left(500));
    return error;
}

Result<Done> parseNothing(const QByteArray&, const QString&)
{
    return Done{};
}

QString percent(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

Result<DockerEndpoint> DockerEndpoint::parse(const QString& address, const TlsOptions& tls)
{
    DockerEndpoint endpoint;
    endpoint.tls = tls;
    if (address.startsWith(QLatin1String("unix://"))) {
        endpoint.socketPath = address.mid(7);
        endpoint.baseUrl = QUrl(QStringLiteral("http://localhost"));
        if (endpoint.socketPath.isEmpty())
            return makeError(ErrorKind::InvalidInput, QStringLiteral("unix:// needs a socket path"), address);
        return endpoint;
    }
    if (address.startsWith(QLatin1String("tcp://"))) {
        const QUrl url(address);
        if (!url.isValid() || url.host().isEmpty() || url.port() <= 0)
            return makeError(ErrorKind::InvalidInput, QStringLiteral("expected tcp://HOST:PORT"), address);
        const bool secure = !tls.caFile.isEmpty() || tls.hasClientCertificate();
        if (!secure && !isLoopbackHost(url.host())) {
            return makeError(ErrorKind::InvalidInput,
                             QStringLiteral("a Docker Engine beyond loopback needs TLS (a CA file and a client "
                                            "certificate)"),
                             address);
        }
        endpoint.baseUrl.setScheme(secure ? QStringLiteral("https") : QStringLiteral("http"));
        endpoint.baseUrl.setHost(url.host());
        endpoint.baseUrl.setPort(url.port());
        return endpoint;
    }
    return makeError(ErrorKind::InvalidInput, QStringLiteral("expected unix://PATH or tcp://HOST:PORT"), address);
}

QString DockerEndpoint::describe() const
{
    return socketPath.isEmpty() ? baseUrl.toString() : QStringLiteral("unix://") + socketPath;
}

DockerClient::DockerClient(DockerEndpoint endpoint)
    : m_endpoint(std::move(endpoint)), m_state(std::make_shared<State>())
{ }

HttpRequest DockerClient::request(const QByteArray& method, const QString& path, const QString& apiVersion) const
{
    HttpRequest r;
    r.method = method;
    r.url = m_endpoint.baseUrl;
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    const QString bare = question < 0 ? path : path.left(question);
    r.url.setPath(apiVersion.isEmpty() ? bare : QStringLiteral("/v") + apiVersion + bare);
    if (question >= 0)
        r.url.setQuery(path.mid(question + 1), QUrl::StrictMode);
    r.unixSocket = m_endpoint.socketPath;
    r.tls = m_endpoint.tls;
    r.timeout = m_endpoint.timeout;
    r.maxBytes = qint64{16} * 1024 * 1024;
    r.endpointName = QStringLiteral("Docker Engine");
    if (!r.body.isEmpty() || method == "POST")
        r.addHeader("Content-Type", "application/json");
    return r;
}

QFuture<Result<QString>> DockerClient::apiVersion() const
{
    if (!m_state->apiVersion.isEmpty())
        return ready(Result<QString>(m_state->apiVersion));
    const HttpRequest r = request("GET", QStringLiteral("/_ping"), {});
    const auto state = m_state;
    return HttpClient::send(r).then([r, state](const Result<HttpResponse>& response) -> Result<QString> {
        if (!response)
            return response.error();
        if (response->status != 200)
            return dockerError(r, response.value());
        const QString server = QString::fromLatin1(response->header("Api-Version"));
        if (server.isEmpty())
            return unexpectedAnswer(r.describe(), QStringLiteral("no Api-Version header from /_ping"));
        if (docker::compareApiVersions(server, QString::fromLatin1(kMinApiVersion)) < 0) {
            return makeError(ErrorKind::Incompatible,
                             QStringLiteral("the engine speaks API %1; the cockpit needs %2 or newer")
                                 .arg(server, QString::fromLatin1(kMinApiVersion)),
                             r.describe());
        }
        state->serverApiVersion = server;
        state->apiVersion = docker::compareApiVersions(server, QString::fromLatin1(kMaxApiVersion)) < 0
            ? server
            : QString::fromLatin1(kMaxApiVersion);
        return state->apiVersion;
    });
}

template<typename T>
QFuture<Result<T>> DockerClient::call(const QByteArray& method, const QString& path,
                                      Result<T> (*parse)(const QByteArray&, const QString&),
                                      const QByteArray& body) const
{
    const DockerClient self = *this; // shares the negotiated version
    return apiVersion()
        .then([self, method, path, parse, body](const Result<QString>& version) -> QFuture<Result<T>> {
            if (!version)
                return ready(Result<T>(version.error()));
            HttpRequest r = self.request(method, path, version.value());
            r.body = body;
            return HttpClient::send(r).then([r, parse](const Result<HttpResponse>& response) -> Result<T> {
                if (!response)
                    return response.error();
                if (response->status < 200 || response->status > 299)
                    return dockerError(r, response.value());
                return parse(response->body, r.describe());
            });
        })
        .unwrap();
}

QFuture<Result<DockerVersion>> DockerClient::version() const
{
    const auto state = m_state;
    return call<DockerVersion>("GET", QStringLiteral("/version"), &docker::parseVersion)
        .then([state](Result<DockerVersion> version) -> Result<DockerVersion> {
            if (version) {
                version.value().apiVersion = state->apiVersion;
                version.value().serverApiVersion = state->serverApiVersion;
            }
            return version;
        });
}

QFuture<Result<DockerInfo>> DockerClient::info() const
{
    return call<DockerInfo>("GET", QStringLiteral("/info"), &docker::parseInfo);
}

QFuture<Result<QList<DockerNode>>> DockerClient::nodes() const
{
    return call<QList<DockerNode>>("GET", QStringLiteral("/nodes"), &docker::parseNodes);
}

QFuture<Result<QList<DockerNetwork>>> DockerClient::networks() const
{
    return call<QList<DockerNetwork>>("GET", QStringLiteral("/networks"), &docker::parseNetworks);
}

QFuture<Result<QList<DockerService>>> DockerClient::services() const
{
    return call<QList<DockerService>>("GET", QStringLiteral("/services?status=true"), &docker::parseServices);
}

QFuture<Result<DockerService>> DockerClient::service(const QString& nameOrId) const
{
    return call<DockerService>("GET", QStringLiteral("/services/") + percent(nameOrId), &docker::parseService);
}

QFuture<Result<QList<DockerTask>>> DockerClient::tasks(const QString& service) const
{
    const QByteArray filters
        = QJsonDocument(QJsonObject{{QStringLiteral("service"), QJsonArray{service}}}).toJson(QJsonDocument::Compact);
    return call<QList<DockerTask>>("GET",
                                   QStringLiteral("/tasks?filters=")
                                       + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(filters))),
                                   &docker::parseTasks);
}

QFuture<Result<DockerService>> DockerClient::scale(const QString& service, int replicas, bool forceUpdate) const
{
    if (replicas < 0)
        return ready(Result<DockerService>(
            makeError(ErrorKind::InvalidInput, QStringLiteral("replicas must not be negative"), service)));
    return scaleAttempt(service, replicas, forceUpdate, 1);
}

QFuture<Result<DockerService>> DockerClient::scaleAttempt(const QString& service, int replicas, bool force,
                                                          int attempt) const
{
    const DockerClient self = *this;
    return this->service(service)
        .then([self, service, replicas, force,
               attempt](const Result<DockerService>& current) -> QFuture<Result<DockerService>> {
            if (!current)
                return ready(current);
            if (current->mode != QLatin1String("replicated")) {
                return ready(Result<DockerService>(
                    makeError(ErrorKind::InvalidInput,
                              QStringLiteral("service %1 is not replicated; it cannot be scaled").arg(service),
                              self.m_endpoint.describe())));
            }
            QJsonObject spec = current->spec;
            QJsonObject mode = spec.value(QStringLiteral("Mode")).toObject();
            QJsonObject replicated = mode.value(QStringLiteral("Replicated")).toObject();
            replicated[QStringLiteral("Replicas")] = replicas;
            mode[QStringLiteral("Replicated")] = replicated;
            spec[QStringLiteral("Mode")] = mode;
            if (force) {
                // What `docker service update --force` does: a new ForceUpdate value.
                QJsonObject task = spec.value(QStringLiteral("TaskTemplate")).toObject();
                task[QStringLiteral("ForceUpdate")] = task.value(QStringLiteral("ForceUpdate")).toInt() + 1;
                spec[QStringLiteral("TaskTemplate")] = task;
            }
            const QString path
                = QStringLiteral("/services/%1/update?version=%2").arg(current->id).arg(current->version);
            const QString id = current->id;
            return self.call<Done>("POST", path, &parseNothing, QJsonDocument(spec).toJson(QJsonDocument::Compact))
                .then([self, service, replicas, force, attempt,
                       id](const Result<Done>& updated) -> QFuture<Result<DockerService>> {
                    if (!updated) {
                        if (attempt < 3 && updated.error().message.contains(QLatin1String("update out of sequence")))
                            return self.scaleAttempt(service, replicas, force, attempt + 1);
                        return ready(Result<DockerService>(updated.error()));
                    }
                    return self.service(id);
                })
                .unwrap();
        })
        .unwrap();
}

QFuture<Result<DockerService>> DockerClient::waitForConvergence(const QString& service, int replicas,
                                                                std::chrono::milliseconds timeout) const
{
    // Tasks that failed before this wait began (an earlier deployment's) do not count.
    const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-1);
    return poll(service, replicas, QDateTime::currentMSecsSinceEpoch() + timeout.count(), since);
}

QFuture<Result<DockerService>> DockerClient::poll(const QString& service, int replicas, qint64 deadlineMs,
                                                  const QDateTime& since) const
{
    const DockerClient self = *this;
    return tasks(service)
        .then([self, service, replicas, deadlineMs,
               since](const Result<QList<DockerTask>>& tasks) -> QFuture<Result<DockerService>> {
            if (!tasks)
                return ready(Result<DockerService>(tasks.error()));
            int running = 0;
            int starting = 0;
            for (const DockerTask& task : tasks.value()) {
                if (task.state == QLatin1String("running"))
                    ++running;
                else if (task.desiredState == QLatin1String("running"))
                    ++starting;
                const bool broken = task.state == QLatin1String("rejected") || task.state == QLatin1String("failed");
                if (broken && !task.error.isEmpty() && task.timestamp >= since) {
                    return ready(Result<DockerService>(makeError(
                        ErrorKind::Server,
                        QStringLiteral("a task of %1 was %2: %3").arg(service, task.state, task.error.left(300)),
                        self.m_endpoint.describe(),
                        QStringLiteral("Fix the service (image, resources) and scale again."))));
                }
            }
            if (running == replicas && starting == 0)
                return self.service(service);
            if (QDateTime::currentMSecsSinceEpoch() >= deadlineMs) {
                return ready(Result<DockerService>(makeError(
                    ErrorKind::Timeout,
                    QStringLiteral("%1 did not converge to %2 running tasks in time (%3 running, %4 starting)")
                        .arg(service)
                        .arg(replicas)
                        .arg(running)
                        .arg(starting),
                    self.m_endpoint.describe())));
            }
            return delay(std::chrono::milliseconds(250))
                .then([self, service, replicas, deadlineMs, since] {
                    return self.poll(service, replicas, deadlineMs, since);
                })
                .unwrap();
        })
        .unwrap();
}

} // namespace cockpit
