// cockpit-lab-app: the lab's application. Concurrent database clients through PgBouncer, as
// many as the dpg_app Swarm service has running tasks (times --clients-per-replica), with
// Prometheus metrics on --metrics. Scaling dpg_app to 0 stops the load, as the guide's
// "Stop application servers" step should.
#include "LabMetrics.h"
#include "ReplicaWatcher.h"
#include "Workload.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <csignal>
#include <memory>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

// Serves GET /metrics; anything else is 404. Requests larger than 8 KiB are dropped.
void serve(QTcpServer& server, const cockpit::lab::LabMetrics& metrics)
{
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server, &metrics] {
        while (QTcpSocket* socket = server.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, &metrics] {
                if (socket->bytesAvailable() > 8192) {
                    socket->abort();
                    return;
                }
                const QByteArray request = socket->peek(8192);
                if (!request.contains("\r\n\r\n"))
                    return;
                const bool isMetrics = request.startsWith("GET /metrics ") || request.startsWith("GET /metrics?");
                const QByteArray body = isMetrics ? metrics.exposition() : QByteArray("not found\n");
                socket->write((isMetrics ? "HTTP/1.1 200 OK\r\n" : "HTTP/1.1 404 Not Found\r\n")
                              + QByteArray("Content-Type: text/plain; version=0.0.4\r\nContent-Length: ")
                              + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
        }
    });
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The lab's application workload"));
    parser.addHelpOption();
    const QCommandLineOption metricsOption(QStringLiteral("metrics"), QStringLiteral("Listen for /metrics here."),
                                           QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:29400"));
    const QCommandLineOption bouncerOption(QStringLiteral("pgbouncer"), QStringLiteral("PgBouncer address."),
                                           QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:26432"));
    const QCommandLineOption databaseOption(QStringLiteral("database"), QStringLiteral("Database."),
                                            QStringLiteral("NAME"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("Role."), QStringLiteral("NAME"));
    const QCommandLineOption passwordOption(
        QStringLiteral("password-file"), QStringLiteral("File holding the role's password."), QStringLiteral("FILE"));
    const QCommandLineOption caOption(QStringLiteral("ca-file"), QStringLiteral("Unused; PgBouncer is on loopback."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption dockerOption(QStringLiteral("docker"), QStringLiteral("Docker Engine (unix://PATH)."),
                                          QStringLiteral("URL"));
    const QCommandLineOption serviceOption(QStringLiteral("service"), QStringLiteral("Swarm service to follow."),
                                           QStringLiteral("NAME"), QStringLiteral("dpg_app"));
    const QCommandLineOption perReplicaOption(QStringLiteral("clients-per-replica"),
                                              QStringLiteral("Database clients per running task."), QStringLiteral("N"),
                                              QStringLiteral("1"));
    parser.addOptions({metricsOption, bouncerOption, databaseOption, userOption, passwordOption, caOption, dockerOption,
                       serviceOption, perReplicaOption});
    parser.process(app);

    QFile passwordFile(parser.value(passwordOption));
    if (!passwordFile.open(QIODevice::ReadOnly)) {
        qCritical("cockpit-lab-app: cannot read the password file: %s", qPrintable(passwordFile.errorString()));
        return 1;
    }
    const QStringList bouncer = parser.value(bouncerOption).split(QLatin1Char(':'));
    const QStringList listen = parser.value(metricsOption).split(QLatin1Char(':'));
    if (bouncer.size() != 2 || listen.size() != 2 || !parser.value(dockerOption).startsWith(QLatin1String("unix://"))) {
        qCritical("cockpit-lab-app: --pgbouncer and --metrics take HOST:PORT, --docker unix://PATH");
        return 64;
    }

    cockpit::lab::LabMetrics metrics;
    cockpit::lab::WorkloadOptions options;
    options.host = bouncer[0].toUtf8();
    options.port = bouncer[1].toUtf8();
    options.database = parser.value(databaseOption).toUtf8();
    options.user = parser.value(userOption).toUtf8();
    options.password = passwordFile.readAll().trimmed();
    cockpit::lab::Workload workload(options, metrics);
    const int perReplica = parser.value(perReplicaOption).toInt();
    cockpit::lab::ReplicaWatcher watcher(parser.value(dockerOption).mid(7).toUtf8(),
                                         parser.value(serviceOption).toUtf8(), [&](int replicas) {
                                             metrics.setServiceReplicas(replicas);
                                             // Unknown (-1): keep the load as it is.
                                             if (replicas >= 0)
                                                 workload.setTargetClients(replicas * perReplica);
                                         });

    QTcpServer server;
    serve(server, metrics);
    if (!server.listen(QHostAddress(listen[0]), static_cast<quint16>(listen[1].toUInt()))) {
        qCritical("cockpit-lab-app: cannot listen on %s: %s", qPrintable(parser.value(metricsOption)),
                  qPrintable(server.errorString()));
        return 1;
    }

    if (::pipe(g_signalPipe) != 0)
        return 1;
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    QSocketNotifier signalNotifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    return QCoreApplication::exec();
}
