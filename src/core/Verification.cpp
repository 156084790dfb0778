#include "Verification.h"

#include <QJsonArray>

namespace cockpit {
namespace {

template<typename... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<typename... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

QString sqlTargetToken(SqlProbe::Target target)
{
    switch (target) {
    case SqlProbe::Target::EveryNode: return QStringLiteral("every_node");
    case SqlProbe::Target::Replicas: return QStringLiteral("replicas");
    case SqlProbe::Target::Leader: break;
    }
    return QStringLiteral("leader");
}

QJsonObject probeToJson(const Probe& probe)
{
    QJsonObject o{{QStringLiteral("kind"), probeKindToken(probe)}};
    std::visit(Overloaded{
                   [&](const SqlProbe& p) {
                       o[QStringLiteral("on")] = sqlTargetToken(p.on);
                       o[QStringLiteral("query")] = p.query;
                       if (!p.params.isEmpty())
                           o[QStringLiteral("params")] = QJsonArray::fromStringList(p.params);
                       if (p.repeat > 0)
                           o[QStringLiteral("repeat")] = p.repeat;
                       if (!p.grants.isEmpty())
                           o[QStringLiteral("grants")] = p.grants;
                   },
                   [&](const PromQlProbe& p) { o[QStringLiteral("query")] = p.query; },
                   [&](const HostSettingProbe& p) {
                       o[QStringLiteral("metric")] = p.metric;
                       o[QStringLiteral("max_age")] = formatDuration(p.maxAge);
                   },
                   [&](const PatroniProbe& p) { o[QStringLiteral("endpoint")] = p.endpoint; },
                   [&](const EtcdProbe& p) { o[QStringLiteral("endpoint")] = p.endpoint; },
                   [&](const DockerProbe& p) { o[QStringLiteral("endpoint")] = p.endpoint; },
                   [&](const PgBouncerProbe& p) { o[QStringLiteral("command")] = p.command; },
                   [&](const AlertmanagerProbe& p) { o[QStringLiteral("endpoint")] = p.endpoint; },
                   [&](const PrometheusProbe& p) { o[QStringLiteral("endpoint")] = p.endpoint; },
                   [&](const TcpProbe& p) {
                       o[QStringLiteral("targets")] = p.targets;
                       if (!p.ports.isEmpty()) {
                           QJsonArray ports;
                           for (int port : p.ports)
                               ports.append(port);
                           o[QStringLiteral("ports")] = ports;
                       }
                   },
                   [&](const TlsProbe& p) { o[QStringLiteral("targets")] = p.targets; },
                   [&](const DnsProbe&) {},
                   [&](const HttpProbe& p) { o[QStringLiteral("targets")] = p.targets; },
                   [&](const CommandProbe& p) {
                       o[QStringLiteral("program")] = p.program;
                       if (!p.arguments.isEmpty())
                           o[QStringLiteral("arguments")] = QJsonArray::fromStringList(p.arguments);
                       o[QStringLiteral("timeout")] = formatDuration(p.timeout);
                   },
               },
               probe);
    return o;
}

QJsonObject expectationToJson(const Expectation& e)
{
    QJsonObject o{{QStringLiteral("kind"), expectationKindToken(e.kind)}};
    if (!e.column.isEmpty())
        o[QStringLiteral("column")] = e.column;
    if (!e.parameter.isEmpty())
        o[QStringLiteral("parameter")] = e.parameter;
    if (e.comparison)
        o[QStringLiteral("comparison")] = comparisonToken(*e.comparison);
    if (!e.value.isUndefined() && !e.value.isNull())
        o[QStringLiteral("value")] = e.value;
    if (e.unit != Unit::None)
        o[QStringLiteral("unit")] = unitToken(e.unit);
    if (e.anyRow)
        o[QStringLiteral("rows")] = QStringLiteral("any");
    if (e.kind == Expectation::Kind::Ratio) {
        o[QStringLiteral("relative_to")] = e.relativeTo;
        if (e.parameter.isEmpty()) {
            o[QStringLiteral("min")] = e.min;
            o[QStringLiteral("max")] = e.max;
        }
    }
    if (!e.where.isEmpty()) {
        QJsonObject where;
        for (const auto& [column, value] : e.where)
            where[column] = value;
        o[QStringLiteral("where")] = where;
    }
    if (!e.rule.isEmpty())
        o[QStringLiteral("rule")] = e.rule;
    if (e.warnOnly)
        o[QStringLiteral("severity")] = QStringLiteral("warn");
    if (!e.saveAs.isEmpty())
        o[QStringLiteral("save_as")] = e.saveAs;
    return o;
}

} // namespace

QString probeKindToken(const Probe& probe)
{
    static const QStringList tokens = probeKindTokens();
    return tokens.value(static_cast<qsizetype>(probe.index()));
}

QStringList probeKindTokens()
{
    // In the order of the Probe variant's alternatives.
    return {QStringLiteral("sql"),       QStringLiteral("promql"),       QStringLiteral("host_setting"),
            QStringLiteral("patroni"),   QStringLiteral("etcd"),         QStringLiteral("docker"),
            QStringLiteral("pgbouncer"), QStringLiteral("alertmanager"), QStringLiteral("prometheus"),
            QStringLiteral("tcp"),       QStringLiteral("tls"),          QStringLiteral("dns"),
            QStringLiteral("http"),      QStringLiteral("command")};
}

QString expectationKindToken(Expectation::Kind kind)
{
    return expectationKindTokens().value(static_cast<int>(kind));
}

QStringList expectationKindTokens()
{
    return {QStringLiteral("compare"),  QStringLiteral("count"), QStringLiteral("none"), QStringLiteral("some"),
            QStringLiteral("includes"), QStringLiteral("ratio"), QStringLiteral("rule")};
}

QStringList ruleNames()
{
    return {QStringLiteral("pg_hba_restricted"),
            QStringLiteral("pg_hba_ssl_only"),
            QStringLiteral("no_md5_secrets"),
            QStringLiteral("vector_columns_indexed"),
            QStringLiteral("tls_valid"),
            QStringLiteral("tls_trusted"),
            QStringLiteral("slot_per_replica"),
            QStringLiteral("archiver_healthy"),
            QStringLiteral("one_leader"),
            QStringLiteral("etcd_healthy"),
            QStringLiteral("pgbouncer_routes_to_leader")};
}

QString classificationToken(Classification classification)
{
    switch (classification) {
    case Classification::Automated: return QStringLiteral("automated");
    case Classification::Assisted: return QStringLiteral("assisted");
    case Classification::Manual: break;
    }
    return QStringLiteral("manual");
}

std::optional<Classification> parseClassification(QStringView token)
{
    if (token == QLatin1String("automated"))
        return Classification::Automated;
    if (token == QLatin1String("assisted"))
        return Classification::Assisted;
    if (token == QLatin1String("manual"))
        return Classification::Manual;
    return std::nullopt;
}

QJsonObject verificationToJson(const Verification& verification)
{
    QJsonObject o{{QStringLiteral("kind"), classificationToken(verification.classification)}};
    if (!verification.note.isEmpty())
        o[QStringLiteral("note")] = verification.note;
    if (!verification.checks.isEmpty()) {
        QJsonArray checks;
        for (const Check& check : verification.checks) {
            checks.append(QJsonObject{{QStringLiteral("title"), check.title},
                                      {QStringLiteral("probe"), probeToJson(check.probe)},
                                      {QStringLiteral("expect"), expectationToJson(check.expect)}});
        }
        o[QStringLiteral("checks")] = checks;
    }
    return o;
}

QString describeProbe(const Probe& probe)
{
    return std::visit(
        Overloaded{
            [](const SqlProbe& p) {
                const QString where = p.on == SqlProbe::Target::Leader ? QStringLiteral("the leader")
                    : p.on == SqlProbe::Target::Replicas               ? QStringLiteral("every replica")
                                                                       : QStringLiteral("every node");
                return p.repeat > 0
                    ? QStringLiteral("SQL on %1, timed %2 times: %3").arg(where).arg(p.repeat).arg(p.query)
                    : QStringLiteral("SQL on %1: %2").arg(where, p.query);
            },
            [](const PromQlProbe& p) { return QStringLiteral("PromQL: %1").arg(p.query); },
            [](const HostSettingProbe& p) {
                return QStringLiteral("node_exporter (through Prometheus): %1").arg(p.metric);
            },
            [](const PatroniProbe& p) { return QStringLiteral("Patroni /%1").arg(p.endpoint); },
            [](const EtcdProbe& p) { return QStringLiteral("etcd %1").arg(p.endpoint); },
            [](const DockerProbe& p) { return QStringLiteral("Docker Engine /%1").arg(p.endpoint); },
            [](const PgBouncerProbe& p) { return QStringLiteral("PgBouncer admin console: %1").arg(p.command); },
            [](const AlertmanagerProbe& p) { return QStringLiteral("Alertmanager %1").arg(p.endpoint); },
            [](const PrometheusProbe& p) { return QStringLiteral("Prometheus %1").arg(p.endpoint); },
            [](const TcpProbe& p) {
                QStringList ports;
                for (int port : p.ports)
                    ports.append(QString::number(port));
                return ports.isEmpty() ? QStringLiteral("TCP to the %1 endpoints").arg(p.targets)
                                       : QStringLiteral("TCP to ports %1 of the %2 hosts")
                                             .arg(ports.join(QStringLiteral(", ")), p.targets);
            },
            [](const TlsProbe& p) { return QStringLiteral("TLS handshake with the %1 endpoints").arg(p.targets); },
            [](const DnsProbe&) { return QStringLiteral("DNS: the profile's names"); },
            [](const HttpProbe& p) { return QStringLiteral("HTTP headers of the %1 URLs").arg(p.targets); },
            [](const CommandProbe& p) {
                return QStringLiteral("command: %1 %2").arg(p.program, p.arguments.join(QLatin1Char(' ')));
            },
        },
        probe);
}

} // namespace cockpit
