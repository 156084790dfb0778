// The Docker Engine client against the lab's dockerd (Swarm, service dpg_app), over the unix
// socket and over TCP with TLS client certificates.
#include "Lab.h"
#include "TestSupport.h"

#include "connectors/docker/DockerClient.h"
#include "connectors/http/HttpClient.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace cockpit;
using test::Lab;
using namespace std::chrono_literals;

namespace {

DockerClient unixClient()
{
    return DockerClient(DockerEndpoint::parse(QStringLiteral("unix://") + Lab::get().dockerSocket()).value());
}

TlsOptions labClientTls(bool withCertificate)
{
    TlsOptions tls;
    tls.caFile = Lab::get().caFile();
    if (withCertificate) {
        tls.certFile = Lab::get().dir + QStringLiteral("/tls/client.crt");
        tls.keyFile = Lab::get().dir + QStringLiteral("/tls/client.key");
    }
    return tls;
}

} // namespace

TEST(DockerLab, NegotiatesApiVersionDownToWhatTheEngineSpeaks)
{
    const auto version = test::resultOf(unixClient().version());
    ASSERT_TRUE(version.ok()) << version.error().toString().toStdString();
    EXPECT_EQ(version->apiVersion, QStringLiteral("1.41"));
    EXPECT_EQ(version->serverApiVersion, QStringLiteral("1.41"));
    EXPECT_TRUE(version->engineVersion.startsWith(QStringLiteral("20.10")));
}

TEST(DockerLab, SwarmInfoNodesAndServices)
{
    const DockerClient docker = unixClient();
    const auto info = test::resultOf(docker.info());
    ASSERT_TRUE(info.ok()) << info.error().toString().toStdString();
    EXPECT_EQ(info->swarmState, QStringLiteral("active"));
    EXPECT_TRUE(info->controlAvailable);
    EXPECT_EQ(info->managers, 1);
    const auto nodes = test::resultOf(docker.nodes());
    ASSERT_TRUE(nodes.ok());
    ASSERT_EQ(nodes->size(), 1);
    EXPECT_TRUE(nodes->first().leader);
    EXPECT_EQ(nodes->first().state, QStringLiteral("ready"));
    const auto services = test::resultOf(docker.services());
    ASSERT_TRUE(services.ok());
    bool found = false;
    for (const DockerService& service : services.value()) {
        if (service.name == QLatin1String("dpg_app")) {
            found = true;
            EXPECT_EQ(service.mode, QStringLiteral("replicated"));
            EXPECT_TRUE(service.runningTasks.has_value());
        }
    }
    EXPECT_TRUE(found);
}

TEST(DockerLab, ScalesAServiceAndWaitsForConvergence)
{
    const DockerClient docker = unixClient();
    const auto before = test::resultOf(docker.service(QStringLiteral("dpg_app")));
    ASSERT_TRUE(before.ok()) << before.error().toString().toStdString();
    const int original = before->replicas.value_or(3);

    const auto scaled = test::resultOf(docker.scale(QStringLiteral("dpg_app"), 1));
    ASSERT_TRUE(scaled.ok()) << scaled.error().toString().toStdString();
    EXPECT_EQ(scaled->replicas, 1);
    EXPECT_GT(scaled->version, before->version);
    const auto converged = test::resultOf(docker.waitForConvergence(QStringLiteral("dpg_app"), 1, 20s));
    EXPECT_TRUE(converged.ok()) << converged.error().toString().toStdString();
    const auto tasks = test::resultOf(docker.tasks(QStringLiteral("dpg_app")));
    ASSERT_TRUE(tasks.ok());
    int running = 0;
    for (const DockerTask& task : tasks.value())
        running += task.state == QLatin1String("running") ? 1 : 0;
    EXPECT_EQ(running, 1);

    ASSERT_TRUE(test::resultOf(docker.scale(QStringLiteral("dpg_app"), original)).ok());
    const auto restored = test::resultOf(docker.waitForConvergence(QStringLiteral("dpg_app"), original, 20s));
    EXPECT_TRUE(restored.ok()) << restored.error().toString().toStdString();
}

TEST(DockerLab, AnUnknownServiceIsNotFound)
{
    const auto service = test::resultOf(unixClient().scale(QStringLiteral("no-such-service"), 2));
    ASSERT_FALSE(service.ok());
    EXPECT_EQ(service.error().kind, ErrorKind::NotFound);
    EXPECT_TRUE(service.error().message.contains(QStringLiteral("not found"))) << service.error().message.toStdString();
}

// A service whose image does not exist: the engine rejects its tasks ("No such image"), and
// waiting for it must say so at once rather than time out.
TEST(DockerLab, ARejectedTaskFailsTheWaitWithTheEnginesReason)
{
    const QString socket = Lab::get().dockerSocket();
    HttpRequest create;
    create.method = "POST";
    create.unixSocket = socket;
    create.url = QUrl(QStringLiteral("http://localhost/v1.41/services/create"));
    create.addHeader("Content-Type", "application/json");
    create.body
        = QJsonDocument(
              QJsonObject{{QStringLiteral("Name"), QStringLiteral("cockpit-test-missing-image")},
                          {QStringLiteral("TaskTemplate"),
                           QJsonObject{{QStringLiteral("ContainerSpec"),
                                        QJsonObject{{QStringLiteral("Image"), QStringLiteral("no-such-image:1")}}}}},
                          {QStringLiteral("Mode"),
                           QJsonObject{{QStringLiteral("Replicated"), QJsonObject{{QStringLiteral("Replicas"), 1}}}}}})
              .toJson();
    const auto created = test::resultOf(HttpClient::send(create));
    ASSERT_TRUE(created.ok());
    ASSERT_EQ(created->status, 201) << created->body.toStdString();

    const auto waited
        = test::resultOf(unixClient().waitForConvergence(QStringLiteral("cockpit-test-missing-image"), 1, 20s));
    ASSERT_FALSE(waited.ok());
    EXPECT_EQ(waited.error().kind, ErrorKind::Server) << waited.error().toString().toStdString();
    EXPECT_TRUE(waited.error().message.contains(QStringLiteral("No such image")))
        << waited.error().toString().toStdString();

    HttpRequest remove;
    remove.method = "DELETE";
    remove.unixSocket = socket;
    remove.url = QUrl(QStringLiteral("http://localhost/v1.41/services/cockpit-test-missing-image"));
    EXPECT_EQ(test::resultOf(HttpClient::send(remove))->status, 200);
}

TEST(DockerLab, TcpWithTlsClientCertificates)
{
    const QString address
        = Lab::get()
              .profile[QStringLiteral("lab")][QStringLiteral("docker_tls")][QStringLiteral("endpoint")]
              .toString();
    const auto endpoint = DockerEndpoint::parse(address, labClientTls(true));
    ASSERT_TRUE(endpoint.ok());
    EXPECT_EQ(endpoint->baseUrl.scheme(), QStringLiteral("https"));
    const auto version = test::resultOf(DockerClient(endpoint.value()).version());
    ASSERT_TRUE(version.ok()) << version.error().toString().toStdString();
    EXPECT_EQ(version->apiVersion, QStringLiteral("1.41"));

    // The engine demands a client certificate.
    const auto refused
        = test::resultOf(DockerClient(DockerEndpoint::parse(address, labClientTls(false)).value()).version());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().kind == ErrorKind::Tls || refused.error().kind == ErrorKind::Network)
        << refused.error().toString().toStdString();
}

TEST(DockerLab, PlainTcpBeyondLoopbackIsRefused)
{
    const auto endpoint = DockerEndpoint::parse(QStringLiteral("tcp://192.0.2.10:2375"));
    ASSERT_FALSE(endpoint.ok());
    EXPECT_TRUE(endpoint.error().message.contains(QStringLiteral("needs TLS")));
}
