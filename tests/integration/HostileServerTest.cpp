// Every client against servers that misbehave: each fault must come back as a typed error,
// quickly, with bounded memory; never a crash, a hang or a silent success.
#include "HostileServer.h"
#include "TestSupport.h"

#include "connectors/alertmanager/AlertmanagerClient.h"
#include "connectors/docker/DockerClient.h"
#include "connectors/etcd/EtcdClient.h"
#include "connectors/http/HttpClient.h"
#include "connectors/net/NetProbes.h"
#include "connectors/patroni/PatroniClient.h"
#include "connectors/postgres/PgConnection.h"
#include "connectors/prometheus/PrometheusClient.h"

#include <QElapsedTimer>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTemporaryDir>

#include <functional>

#include <gtest/gtest.h>

using namespace cockpit;
using test::HostileServer;
using Behaviour = HostileServer::Behaviour;
using namespace std::chrono_literals;

namespace {

constexpr auto kTimeout = 1000ms;

// Runs one call of a client against a server and returns its outcome as "error or nothing".
using Call = std::function<QFuture<std::optional<Error>>(const HostileServer&)>;

template<typename T> QFuture<std::optional<Error>> outcome(QFuture<Result<T>> future)
{
    return future.then([](const Result<T>& result) -> std::optional<Error> {
        return result ? std::nullopt : std::optional<Error>(result.error());
    });
}

HttpEndpoint httpEndpoint(const HostileServer& server)
{
    HttpEndpoint e;
    e.name = QStringLiteral("hostile");
    e.baseUrl = server.url();
    e.timeout = kTimeout;
    e.maxBytes = 4 * 1024 * 1024;
    return e;
}

struct Client
{
    const char* name;
    bool unixSocket;
    Call call;
};

const QList<Client>& clients()
{
    static const QList<Client> list{
        {"Patroni", false,
         [](const HostileServer& s) {
             PatroniEndpoint e;
             e.name = QStringLiteral("hostile");
             e.baseUrl = s.url();
             e.timeout = kTimeout;
             return outcome(PatroniClient(e).cluster());
         }},
        {"Prometheus", false,
         [](const HostileServer& s) { return outcome(PrometheusClient(httpEndpoint(s)).query(QStringLiteral("up"))); }},
        {"Alertmanager", false,
         [](const HostileServer& s) { return outcome(AlertmanagerClient(httpEndpoint(s)).alerts()); }},
        {"etcd", false, [](const HostileServer& s) { return outcome(EtcdClient(httpEndpoint(s)).members()); }},
        {"Docker over TCP", false,
         [](const HostileServer& s) {
             auto endpoint = DockerEndpoint::parse(QStringLiteral("tcp://127.0.0.1:%1").arg(s.port())).value();
             endpoint.timeout = kTimeout;
             return outcome(DockerClient(endpoint).info());
         }},
        {"Docker over a unix socket", true,
         [](const HostileServer& s) {
             auto endpoint = DockerEndpoint::parse(QStringLiteral("unix://") + s.socketPath()).value();
             endpoint.timeout = kTimeout;
             return outcome(DockerClient(endpoint).info());
         }},
    };
    return list;
}

bool kindFits(Behaviour behaviour, ErrorKind kind)
{
    switch (behaviour) {
    case Behaviour::GarbageJson:
    case Behaviour::WrongShapeJson:
    case Behaviour::TruncatedBody:
    case Behaviour::Huge:
    case Behaviour::GarbageBytes: return kind == ErrorKind::Protocol;
    case Behaviour::Html500: return kind == ErrorKind::Server;
    case Behaviour::SlowDrip:
    case Behaviour::Silent: return kind == ErrorKind::Timeout;
    case Behaviour::CloseImmediately: return kind == ErrorKind::Protocol || kind == ErrorKind::Network;
    }
    return false;
}

// A TLS server on loopback whose certificate (CN=localhost) signed itself.
struct SelfSignedServer
{
    explicit SelfSignedServer(const QString& dir)
        : files(test::makeSelfSignedCertificate(dir, QStringLiteral("localhost")))
    {
        QFile certFile(files.certificate);
        QFile keyFile(files.key);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
        config.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
        server.setSslConfiguration(config);
        server.listen(QHostAddress::LocalHost, 0);
    }
    bool listening() const { return server.isListening(); }

    test::CertificateFiles files;
    QSslServer server;
};

} // namespace

TEST(HostileServers, EveryHttpClientTurnsEveryFaultIntoATypedError)
{
    for (const Client& client : clients()) {
        for (Behaviour behaviour : HostileServer::httpFaults()) {
            SCOPED_TRACE(std::string(client.name) + " vs " + HostileServer::name(behaviour).toStdString());
            HostileServer server(behaviour, client.unixSocket);
            QElapsedTimer clock;
            clock.start();
            const auto result = test::await(client.call(server), 10000);
            ASSERT_TRUE(result.has_value()) << "hung";
            ASSERT_TRUE(result->has_value()) << "a fault was taken for success";
            const Error& error = **result;
            EXPECT_TRUE(kindFits(behaviour, error.kind))
                << "kind " << errorKindName(error.kind).toStdString() << ": " << error.toString().toStdString();
            EXPECT_FALSE(error.message.isEmpty());
            EXPECT_FALSE(error.where.isEmpty()) << "the error must name the endpoint";
            EXPECT_LT(clock.elapsed(), 4000) << "bounded by the 1 s timeout";
            if (behaviour == Behaviour::Html500) {
                EXPECT_TRUE(error.message.contains(QStringLiteral("Internal Server Error")))
                    << error.message.toStdString();
                EXPECT_FALSE(error.message.contains(QLatin1Char('<'))) << "HTML tags are stripped";
            }
            if (behaviour == Behaviour::Huge) {
                EXPECT_TRUE(error.message.contains(QStringLiteral("larger than"))) << error.message.toStdString();
                // The client stopped reading near its 4 MiB limit, far from the 100 MiB offered.
                EXPECT_LT(server.bytesSent(), 40LL * 1024 * 1024);
            }
        }
    }
}

TEST(HostileServers, ARefusedConnectionIsANetworkError)
{
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    PatroniEndpoint endpoint;
    endpoint.name = QStringLiteral("gone");
    endpoint.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    const auto result = test::await(PatroniClient(endpoint).cluster());
    ASSERT_TRUE(result.has_value());
    ASSERT_FALSE(result->ok());
    EXPECT_EQ(result->error().kind, ErrorKind::Network);
    EXPECT_TRUE(result->error().where.contains(QStringLiteral("127.0.0.1:%1").arg(port)));
}

// A TLS server whose certificate signed itself: the client must refuse it (verification is on
// by default) and say it is a TLS problem.
TEST(HostileServers, ACertificateThatDoesNotVerifyIsATlsError)
{
    QTemporaryDir dir;
    SelfSignedServer tls(dir.path());
    ASSERT_TRUE(tls.listening());
    QSslServer& server = tls.server;

    HttpEndpoint endpoint;
    endpoint.name = QStringLiteral("self-signed");
    endpoint.baseUrl = QUrl(QStringLiteral("https://localhost:%1").arg(server.serverPort()));
    endpoint.timeout = 3000ms;
    const auto result = test::await(PrometheusClient(endpoint).version());
    ASSERT_TRUE(result.has_value());
    ASSERT_FALSE(result->ok());
    EXPECT_EQ(result->error().kind, ErrorKind::Tls) << result->error().toString().toStdString();

    // Switching verification off is refused outside loopback, before any traffic.
    HttpRequest request;
    request.url = QUrl(QStringLiteral("https://192.0.2.1/"));
    request.tls.verify = false;
    const auto refused = test::await(HttpClient::send(request));
    ASSERT_TRUE(refused.has_value());
    ASSERT_FALSE(refused->ok());
    EXPECT_EQ(refused->error().kind, ErrorKind::InvalidInput);
}

namespace {

Result<PgServerInfo> connectPg(quint16 port, const QString& sslMode)
{
    PgConnectOptions options;
    options.hosts.append({QStringLiteral("127.0.0.1"), port});
    options.database = QStringLiteral("db");
    options.user = QStringLiteral("user");
    options.sslMode = sslMode;
    options.connectTimeout = 800ms;
    PgConnection connection;
    const auto result = test::await(connection.open(options), 10000);
    if (!result)
        return makeError(ErrorKind::Internal, QStringLiteral("hung"));
    return *result;
}

} // namespace

TEST(HostileServers, LibpqTurnsEveryFaultIntoATypedError)
{
    const QList<std::pair<Behaviour, ErrorKind>> cases{
        {Behaviour::Silent, ErrorKind::Timeout},
        {Behaviour::GarbageBytes, ErrorKind::Protocol},
        {Behaviour::CloseImmediately, ErrorKind::Network},
    };
    for (const QString& sslMode : {QStringLiteral("disable"), QStringLiteral("prefer")}) {
        for (const auto& [behaviour, kind] : cases) {
            SCOPED_TRACE(HostileServer::name(behaviour).toStdString() + " sslmode=" + sslMode.toStdString());
            HostileServer server(behaviour);
            QElapsedTimer clock;
            clock.start();
            const auto result = connectPg(server.port(), sslMode);
            ASSERT_FALSE(result.ok());
            EXPECT_EQ(result.error().kind, kind) << result.error().toString().toStdString();
            EXPECT_TRUE(result.error().where.contains(QStringLiteral("127.0.0.1:%1").arg(server.port())));
            EXPECT_LT(clock.elapsed(), 3000);
        }
    }
}

TEST(NetProbes, TcpMeasuresLatencyAndReportsARefusal)
{
    QTcpServer server;
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    const auto reached = test::resultOf(NetProbes::tcp(QStringLiteral("127.0.0.1"), server.serverPort()));
    ASSERT_TRUE(reached.ok()) << reached.error().toString().toStdString();
    EXPECT_GT(reached->latency.count(), 0);
    const quint16 port = server.serverPort();
    server.close();
    const auto refused = test::resultOf(NetProbes::tcp(QStringLiteral("127.0.0.1"), port));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Network);
}

// The TLS probe completes the handshake whatever the certificate and reports what it found:
// a self-signed certificate does not chain to the system's CAs, but does to itself.
TEST(NetProbes, TlsReportsChainExpiryHostNameAndSelfSigned)
{
    QTemporaryDir dir;
    SelfSignedServer tls(dir.path());
    ASSERT_TRUE(tls.listening());
    QSslServer& server = tls.server;
    const test::CertificateFiles& files = tls.files;

    const auto untrusted = test::resultOf(NetProbes::tls(QStringLiteral("localhost"), server.serverPort()));
    ASSERT_TRUE(untrusted.ok()) << untrusted.error().toString().toStdString();
    EXPECT_TRUE(untrusted->selfSigned);
    EXPECT_FALSE(untrusted->chainVerified);
    EXPECT_TRUE(untrusted->hostNameMatches);
    EXPECT_FALSE(untrusted->problems.isEmpty());
    EXPECT_EQ(untrusted->subject, QStringLiteral("localhost"));
    EXPECT_EQ(untrusted->daysLeft(), 1);

    const auto trusted
        = test::resultOf(NetProbes::tls(QStringLiteral("localhost"), server.serverPort(), files.certificate));
    ASSERT_TRUE(trusted.ok());
    EXPECT_TRUE(trusted->chainVerified) << trusted->problems.join(QStringLiteral("; ")).toStdString();

    const auto wrongName
        = test::resultOf(NetProbes::tls(QStringLiteral("127.0.0.1"), server.serverPort(), files.certificate));
    ASSERT_TRUE(wrongName.ok());
    EXPECT_FALSE(wrongName->hostNameMatches);
}
