// Benchmark: the full readiness check of the lab (every automated and assisted item of the
// shipped runbook), as the cockpit runs it (every probe at once on the event loop, at most two
// connections per node), against a plain shell script doing the same probes one after another
// with psql, curl and openssl, as the guide's production-readiness-check.sh would. Both run in
// this process's run, in turn; the figures are wall-clock medians and their ratio.
//   build/bin/cockpit-bench-readiness [--runs N] [--script FILE]
// --script also keeps the generated shell script for reading.
//
// The script is generated from the same runbook and profile: one psql per SQL probe and node
// (the leader found first, once), one curl per HTTP endpoint or PromQL query, one openssl per
// TLS endpoint, bash's /dev/tcp per TCP port. It only gathers; judging what it gathered would
// cost it a little more. A DNS probe needs dig; without it the script skips DNS, which only
// makes the baseline faster.
#include "Lab.h"

#include "connectors/secrets/SecretStore.h"
#include "core/ConnectionProfile.h"
#include "core/Continuation.h"
#include "core/RunbookLoader.h"
#include "engine/readiness/ReadinessRunner.h"

#include <QCoreApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <cstdio>

using namespace cockpit;

namespace {

QString sh(const QString& word) // one word, single-quoted for the shell
{
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString sqlLiteral(const QJsonValue& value)
{
    const auto text = [](QString s) -> QString { return QLatin1Char('\'') + s.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\''); };
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isArray()) {
        QStringList elements;
        for (const QJsonValue& element : value.toArray())
            elements.append(text(element.isDouble() ? QString::number(element.toDouble()) : element.toString()));
        return QStringLiteral("ARRAY[%1]::text[]").arg(elements.join(QLatin1Char(',')));
    }
    return text(value.toString());
}

struct ScriptWriter
{
    const ConnectionProfile& profile;
    QString pgpass;
    QStringList lines;
    int commands = 0;
    bool haveDig = !QStandardPaths::findExecutable(QStringLiteral("dig")).isEmpty();

    QString conninfo(const QString& host, int port, const QString& database, const QString& user) const
    {
        return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 sslmode=verify-full sslrootcert=%5 "
                              "application_name=readiness-sh connect_timeout=5 options=-cstatement_timeout=5000")
            .arg(host)
            .arg(port)
            .arg(database, user, profile.pgTls.caFile);
    }
    void add(const QString& line)
    {
        lines.append(line + QStringLiteral(" >/dev/null || failed=$((failed+1))"));
        ++commands;
    }
    // conn: the connection string as one shell word, already quoted.
    void psql(const QString& conn, const QString& sql, int repeat = 1)
    {
        QString command = QStringLiteral("psql -XAtq %1").arg(conn);
        for (int i = 0; i < std::max(repeat, 1); ++i)
            command += QStringLiteral(" -c %1").arg(sh(sql));
        add(command);
    }
    void curl(const QString& url, const QString& extra = QString())
    {
        add(QStringLiteral("curl -fsS --max-time 5 %1%2").arg(extra.isEmpty() ? QString() : extra + QLatin1Char(' '), sh(url)));
    }
    void promql(const QString& query)
    {
        curl(profile.prometheusUrl + QStringLiteral("/api/v1/query"), QStringLiteral("-G --data-urlencode %1").arg(sh(QStringLiteral("query=") + query)));
    }

    void write(const Check& check, const QList<Parameter>& parameters)
    {
        std::visit([&](const auto& probe) { gather(probe, parameters); }, check.probe);
    }

    void gather(const SqlProbe& probe, const QList<Parameter>& parameters)
    {
        QString sql = probe.query;
        for (int i = static_cast<int>(probe.params.size()); i >= 1; --i) { // $10 before $1
            const auto it = std::find_if(parameters.begin(), parameters.end(),
                                         [&](const Parameter& p) { return p.name == probe.params[i - 1]; });
            sql.replace(QStringLiteral("$%1").arg(i), it != parameters.end() ? sqlLiteral(it->value) : QStringLiteral("NULL"));
        }
        if (probe.on == SqlProbe::Target::Leader) {
            // Double quotes: the shell puts in the leader the script found.
            psql(QStringLiteral("\"host=$leader_host port=$leader_port dbname=%1 user=%2 sslmode=verify-full sslrootcert=%3 "
                                "application_name=readiness-sh connect_timeout=5 options=-cstatement_timeout=5000\"")
                     .arg(profile.pgDatabase, profile.checkUser(), profile.pgTls.caFile),
                 sql, probe.repeat);
            return;
        }
        for (const ConnectionProfile::PgNode& node : profile.pgNodes) {
            if (probe.on == SqlProbe::Target::Replicas)
                lines.append(QStringLiteral("if [ \"%1:%2\" != \"$leader_host:$leader_port\" ]; then").arg(node.host).arg(node.port));
            psql(sh(conninfo(node.host, node.port, profile.pgDatabase, profile.checkUser())), sql);
            if (probe.on == SqlProbe::Target::Replicas)
                lines.append(QStringLiteral("fi"));
        }
    }
    void gather(const PromQlProbe& probe, const QList<Parameter>&)
    {
        QString query = probe.query;
        query.replace(QStringLiteral("${backup_mountpoint}"), QLatin1Char('"') + profile.backupMountpoint + QLatin1Char('"'));
        promql(query);
    }
    void gather(const HostSettingProbe& probe, const QList<Parameter>&)
    {
        promql(probe.metric);
        promql(QStringLiteral("timestamp(%1)").arg(probe.metric));
    }
    void gather(const PatroniProbe& probe, const QList<Parameter>&)
    {
        curl(profile.patroniUrls.value(0) + QLatin1Char('/') + probe.endpoint);
    }
    void gather(const EtcdProbe& probe, const QList<Parameter>&)
    {
        for (const QString& url : profile.etcdUrls) {
            if (probe.endpoint == QLatin1String("members"))
                curl(url + QStringLiteral("/v3/cluster/member/list"), QStringLiteral("-X POST -d '{}'"));
            else
                curl(url + QStringLiteral("/health"));
        }
    }
    void gather(const DockerProbe& probe, const QList<Parameter>&)
    {
        const QUrl endpoint(profile.dockerEndpoint);
        curl(QStringLiteral("http://localhost/v1.41/%1").arg(probe.endpoint),
             QStringLiteral("--unix-socket %1").arg(sh(endpoint.path())));
    }
    void gather(const PgBouncerProbe& probe, const QList<Parameter>&)
    {
        // The admin console takes no options, and PgBouncer speaks TLS only when the profile says so.
        const QString conn = QStringLiteral("host=%1 port=%2 dbname=pgbouncer user=%3 sslmode=%4 connect_timeout=5")
                                 .arg(profile.pgbouncerHost)
                                 .arg(profile.pgbouncerPort)
                                 .arg(profile.checkUser(),
                                      profile.pgbouncerSslMode.isEmpty() ? QStringLiteral("prefer") : profile.pgbouncerSslMode);
        psql(sh(conn), probe.command);
    }
    void gather(const AlertmanagerProbe&, const QList<Parameter>&) { curl(profile.alertmanagerUrl + QStringLiteral("/api/v2/status")); }
    void gather(const PrometheusProbe& probe, const QList<Parameter>&)
    {
        curl(profile.prometheusUrl + QStringLiteral("/api/v1/") + probe.endpoint);
    }
    void gather(const TcpProbe& probe, const QList<Parameter>&)
    {
        QList<std::pair<QString, int>> endpoints;
        if (probe.targets == QLatin1String("pgbouncer")) {
            endpoints.append({profile.pgbouncerHost, profile.pgbouncerPort});
        } else {
            QStringList hosts;
            for (const ConnectionProfile::PgNode& node : profile.pgNodes) {
                if (probe.ports.isEmpty())
                    endpoints.append({node.host, node.port});
                else if (!hosts.contains(node.host))
                    hosts.append(node.host);
            }
            for (const QString& host : hosts)
                for (int port : probe.ports)
                    endpoints.append({host, port});
        }
        for (const auto& [host, port] : endpoints) {
            // A closed port is an answer too: the script records it and goes on.
            lines.append(QStringLiteral("timeout 2 bash -c 'exec 3<>/dev/tcp/%1/%2' 2>/dev/null || true").arg(host).arg(port));
            ++commands;
        }
    }
    void gather(const TlsProbe& probe, const QList<Parameter>&)
    {
        const auto openssl = [&](const QString& host, int port, const QString& ca, bool postgres) {
            add(QStringLiteral("openssl s_client %1-connect %2:%3 -servername %2 -verify_return_error %4 </dev/null 2>/dev/null")
                    .arg(postgres ? QStringLiteral("-starttls postgres ") : QString(), host)
                    .arg(port)
                    .arg(ca.isEmpty() ? QString() : QStringLiteral("-CAfile ") + sh(ca)));
        };
        const bool all = probe.targets == QLatin1String("all");
        if (all || probe.targets == QLatin1String("postgres")) {
            for (const ConnectionProfile::PgNode& node : profile.pgNodes)
                openssl(node.host, node.port, profile.pgTls.caFile, true);
        }
        if (all || probe.targets == QLatin1String("https")) {
            QStringList urls = profile.patroniUrls + profile.etcdUrls + profile.applicationUrls;
            urls << profile.prometheusUrl << profile.alertmanagerUrl;
            for (const QString& url : urls) {
                const QUrl u(url);
                if (u.scheme() == QLatin1String("https"))
                    openssl(u.host(), u.port(443), QString(), false);
            }
            const QUrl docker(profile.dockerEndpoint);
            if (docker.scheme() == QLatin1String("tcp"))
                openssl(docker.host(), docker.port(2376), profile.dockerTls.caFile, false);
        }
    }
    void gather(const DnsProbe&, const QList<Parameter>&)
    {
        if (!haveDig) {
            lines.append(QStringLiteral("# DNS skipped: no dig on this machine"));
            return;
        }
        for (const QString& name : profile.dnsNames)
            add(QStringLiteral("dig +short +time=2 @%1 %2 A %2 CNAME").arg(profile.dnsServer, sh(name)));
    }
    void gather(const HttpProbe&, const QList<Parameter>&)
    {
        for (const QString& url : profile.applicationUrls)
            add(QStringLiteral("curl -sS --max-time 5 -o /dev/null -D - %1").arg(sh(url))); // any status: the headers count
    }
    void gather(const CommandProbe& probe, const QList<Parameter>&)
    {
        QStringList words{sh(probe.program)};
        for (const QString& argument : probe.arguments)
            words.append(sh(argument));
        add(QStringLiteral("timeout 10 ") + words.join(QLatin1Char(' ')));
    }

    QString script(const Runbook& runbook)
    {
        lines = {QStringLiteral("#!/bin/bash"), QStringLiteral("# Generated by cockpit-bench-readiness: the readiness probes one by one."),
                 QStringLiteral("export PGPASSFILE=%1").arg(sh(pgpass)), QStringLiteral("failed=0")};
        // The leader first, as such a script does: ask each node until one is not in recovery.
        QStringList nodes;
        for (const ConnectionProfile::PgNode& node : profile.pgNodes)
            nodes.append(QStringLiteral("%1:%2").arg(node.host).arg(node.port));
        lines.append(QStringLiteral("for node in %1; do").arg(nodes.join(QLatin1Char(' '))));
        lines.append(QStringLiteral("  leader_host=${node%:*}; leader_port=${node##*:}"));
        lines.append(QStringLiteral("  [ \"$(psql -XAtq \"host=$leader_host port=$leader_port dbname=%1 user=%2 sslmode=verify-full "
                                    "sslrootcert=%3 connect_timeout=5\" -c 'SELECT pg_is_in_recovery()')\" = f ] && break")
                         .arg(profile.pgDatabase, profile.checkUser(), profile.pgTls.caFile));
        lines.append(QStringLiteral("done"));
        commands += static_cast<int>(profile.pgNodes.size());
        for (const ChecklistSection& section : runbook.sections) {
            for (const ChecklistItem& item : section.items) {
                if (item.verification.isManual())
                    continue;
                lines.append(QStringLiteral("# %1").arg(item.id));
                for (const Check& check : item.verification.checks)
                    write(check, item.parameters);
            }
        }
        lines.append(QStringLiteral("echo \"$failed\" >&2"));
        lines.append(QStringLiteral("exit 0"));
        return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timed runs of each (median reported)."), QStringLiteral("N"),
                      QStringLiteral("5")});
    parser.addOption({QStringLiteral("script"), QStringLiteral("Keep the generated shell script here."), QStringLiteral("FILE")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    if (!test::Lab::isUp()) {
        std::fprintf(stderr, "the lab is not up: run scripts/lab up\n");
        return 2;
    }
    const test::Lab& lab = test::Lab::get();
    const auto runbook = RunbookLoader::loadFile(builtinRunbookPath());
    if (!runbook) {
        std::fprintf(stderr, "%s\n", qPrintable(runbook.error().toString()));
        return 2;
    }
    const ConnectionProfile profile = lab.connectionProfile();
    SessionSecretStore secrets;
    lab.storePasswords(secrets);

    // The script's passwords in a pgpass file of its own (0600), never on a command line.
    QTemporaryDir dir;
    ScriptWriter writer{profile, dir.filePath(QStringLiteral("pgpass")), {}};
    {
        QFile pgpass(writer.pgpass);
        if (!pgpass.open(QIODevice::WriteOnly) || !pgpass.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(writer.pgpass));
            return 2;
        }
        pgpass.write(QStringLiteral("*:*:*:%1:%2\n").arg(profile.checkUser(), lab.secret(QStringLiteral("rollout_check"))).toUtf8());
    }
    const QString scriptPath = parser.isSet(QStringLiteral("script")) ? parser.value(QStringLiteral("script"))
                                                                      : dir.filePath(QStringLiteral("readiness.sh"));
    {
        QFile script(scriptPath);
        if (!script.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(scriptPath));
            return 2;
        }
        script.write(writer.script(runbook.value()).toUtf8());
    }

    int checked = 0;
    int undecided = 0;
    const auto cockpitRun = [&]() -> double {
        ReadinessRunner runner(runbook.value(), profile, secrets);
        QElapsedTimer clock;
        clock.start();
        const ReadinessReport report = test::await(runner.run(), 60000).value_or(ReadinessReport{});
        const double ms = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        checked = static_cast<int>(report.items.size());
        undecided = report.summary().value(CheckStatus::Unknown);
        return ms;
    };
    int scriptFailures = 0;
    const auto scriptRun = [&]() -> double {
        QElapsedTimer clock;
        clock.start();
        QProcess bash;
        bash.start(QStringLiteral("/bin/bash"), {scriptPath});
        bash.waitForFinished(300000);
        const double ms = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        scriptFailures = QString::fromUtf8(bash.readAllStandardError()).trimmed().section(QLatin1Char('\n'), -1).toInt();
        return ms;
    };

    cockpitRun(); // warm-up: the TLS session cache, the server's plans, the page cache
    scriptRun();
    QList<double> cockpit;
    QList<double> script;
    for (int i = 0; i < runs; ++i) { // in turn, so that a drift of the machine hits both
        cockpit.append(cockpitRun());
        script.append(scriptRun());
    }
    const double a = median(cockpit);
    const double b = median(script);
    std::printf("readiness check of the lab: %d items (%d unknown), %d runs each, in turn\n", checked, undecided, runs);
    std::printf("%-34s %10s %10s %10s\n", "", "min ms", "median ms", "max ms");
    std::printf("%-34s %10.0f %10.0f %10.0f\n", "cockpit (concurrent, event loop)", *std::min_element(cockpit.begin(), cockpit.end()),
                a, *std::max_element(cockpit.begin(), cockpit.end()));
    std::printf("%-34s %10.0f %10.0f %10.0f\n", qPrintable(QStringLiteral("shell script (%1 commands)").arg(writer.commands)),
                *std::min_element(script.begin(), script.end()), b, *std::max_element(script.begin(), script.end()));
    std::printf("ratio (script / cockpit medians): %.1fx\n", a > 0 ? b / a : 0.0);
    if (scriptFailures > 0)
        std::printf("note: %d command(s) of the script failed (what they probe fails on the lab too)\n", scriptFailures);
    if (!writer.haveDig)
        std::printf("note: no dig here: the script skips DNS (the baseline is a little faster for it)\n");
    return checked == 0 ? 1 : 0;
}
