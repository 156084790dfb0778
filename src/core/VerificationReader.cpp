#include "VerificationReader.h"

#include <QSet>

namespace cockpit {
namespace {

const QStringList kScalarComparisons{QStringLiteral("eq"), QStringLiteral("ne"), QStringLiteral("lt"),
                                     QStringLiteral("le"), QStringLiteral("gt"), QStringLiteral("ge")};
const QStringList kUnits{QStringLiteral("none"),       QStringLiteral("ms"),     QStringLiteral("s"),
                         QStringLiteral("percent"),    QStringLiteral("count"),  QStringLiteral("bytes"),
                         QStringLiteral("multiplier"), QStringLiteral("version")};

Probe readProbe(JsonObjectReader& r, const QList<Parameter>& parameters)
{
    const QString kind = r.requiredToken(QStringLiteral("kind"), probeKindTokens());
    if (kind == QLatin1String("sql")) {
        SqlProbe p;
        const QString on = r.requiredToken(
            QStringLiteral("on"), {QStringLiteral("leader"), QStringLiteral("every_node"), QStringLiteral("replicas")});
        p.on = on == QLatin1String("every_node") ? SqlProbe::Target::EveryNode
            : on == QLatin1String("replicas")    ? SqlProbe::Target::Replicas
                                                 : SqlProbe::Target::Leader;
        p.query = r.requiredString(QStringLiteral("query"));
        p.params = r.optionalStringList(QStringLiteral("params"));
        for (qsizetype i = 0; i < p.params.size(); ++i) {
            const bool known = std::any_of(parameters.begin(), parameters.end(),
                                           [&](const Parameter& parameter) { return parameter.name == p.params[i]; });
            if (!known)
                r.problems().add(jsonIndexPath(r.pathOf(QStringLiteral("params")), i),
                                 QStringLiteral("the item has no parameter \"%1\"").arg(p.params[i]));
        }
        if (r.has(QStringLiteral("repeat")))
            p.repeat = r.requiredInt(QStringLiteral("repeat"), 1, 1000).value_or(0);
        p.grants = r.optionalString(QStringLiteral("grants"));
        return p;
    }
    if (kind == QLatin1String("promql"))
        return PromQlProbe{r.requiredString(QStringLiteral("query"))};
    if (kind == QLatin1String("host_setting")) {
        HostSettingProbe p;
        p.metric = r.requiredString(QStringLiteral("metric"));
        if (!p.metric.isEmpty() && !isValidMetricName(p.metric))
            r.problems().add(r.pathOf(QStringLiteral("metric")),
                             QStringLiteral("bad metric name \"%1\"").arg(p.metric));
        p.maxAge = r.optionalDuration(QStringLiteral("max_age")).value_or(p.maxAge);
        return p;
    }
    const auto endpoint
        = [&](const QStringList& allowed) { return r.requiredToken(QStringLiteral("endpoint"), allowed); };
    if (kind == QLatin1String("patroni"))
        return PatroniProbe{endpoint({QStringLiteral("cluster"), QStringLiteral("members"), QStringLiteral("config"),
                                      QStringLiteral("history")})};
    if (kind == QLatin1String("etcd"))
        return EtcdProbe{endpoint({QStringLiteral("members"), QStringLiteral("health")})};
    if (kind == QLatin1String("docker")) {
        return DockerProbe{endpoint({QStringLiteral("version"), QStringLiteral("info"), QStringLiteral("nodes"),
                                     QStringLiteral("networks"), QStringLiteral("services")})};
    }
    if (kind == QLatin1String("pgbouncer")) {
        return PgBouncerProbe{r.requiredToken(
            QStringLiteral("command"),
            {QStringLiteral("SHOW POOLS"), QStringLiteral("SHOW CONFIG"), QStringLiteral("SHOW DATABASES")})};
    }
    if (kind == QLatin1String("alertmanager"))
        return AlertmanagerProbe{endpoint({QStringLiteral("receivers")})};
    if (kind == QLatin1String("prometheus"))
        return PrometheusProbe{endpoint({QStringLiteral("targets"), QStringLiteral("rules")})};
    if (kind == QLatin1String("tcp")) {
        TcpProbe p;
        p.targets = r.requiredToken(QStringLiteral("targets"),
                                    {QStringLiteral("postgres"), QStringLiteral("pgbouncer"), QStringLiteral("hosts")});
        if (const auto ports = r.optionalArray(QStringLiteral("ports"))) {
            for (qsizetype i = 0; i < ports->size(); ++i) {
                const int port = ports->at(i).toInt(-1);
                if (!ports->at(i).isDouble() || port < 1 || port > 65535)
                    r.problems().add(jsonIndexPath(r.pathOf(QStringLiteral("ports")), i),
                                     QStringLiteral("expected a port number from 1 to 65535"));
                else
                    p.ports.append(port);
            }
        }
        return p;
    }
    if (kind == QLatin1String("tls")) {
        return TlsProbe{r.requiredToken(QStringLiteral("targets"),
                                        {QStringLiteral("postgres"), QStringLiteral("https"), QStringLiteral("all")})};
    }
    if (kind == QLatin1String("dns"))
        return DnsProbe{};
    if (kind == QLatin1String("http"))
        return HttpProbe{r.requiredToken(QStringLiteral("targets"), {QStringLiteral("application")})};
    if (kind == QLatin1String("command")) {
        CommandProbe p;
        p.program = r.requiredString(QStringLiteral("program"));
        p.arguments = r.optionalStringList(QStringLiteral("arguments"));
        p.timeout = r.optionalDuration(QStringLiteral("timeout")).value_or(p.timeout);
        return p;
    }
    r.skipRest(); // an unknown kind: its other keys cannot be judged
    return DnsProbe{};
}

Expectation readExpectation(JsonObjectReader& r, const QList<Parameter>& parameters, const QSet<QString>& saved)
{
    Expectation e;
    const QString kind = r.requiredToken(QStringLiteral("kind"), expectationKindTokens());
    const qsizetype index = expectationKindTokens().indexOf(kind);
    if (index < 0) {
        r.skipRest();
        return e;
    }
    e.kind = static_cast<Expectation::Kind>(index);
    e.column = r.optionalString(QStringLiteral("column"));
    e.saveAs = r.optionalString(QStringLiteral("save_as"));
    if (r.has(QStringLiteral("where"))) {
        if (const auto where = r.requiredObject(QStringLiteral("where"))) {
            for (auto it = where->begin(); it != where->end(); ++it) {
                if (it->isObject() || it->isArray() || it->isNull())
                    r.problems().add(r.pathOf(QStringLiteral("where")) + QLatin1Char('.') + it.key(),
                                     QStringLiteral("expected a string, number or boolean"));
                else
                    e.where.append({it.key(), it.value()});
            }
        }
    }
    const auto parameterOrValue = [&](bool listAllowed) {
        if (r.has(QStringLiteral("parameter"))) {
            e.parameter = r.requiredString(QStringLiteral("parameter"));
            const bool known = std::any_of(parameters.begin(), parameters.end(),
                                           [&](const Parameter& p) { return p.name == e.parameter; });
            if (!e.parameter.isEmpty() && !known) {
                QStringList names;
                for (const Parameter& p : parameters)
                    names.append(p.name);
                r.problems().add(r.pathOf(QStringLiteral("parameter")),
                                 QStringLiteral("the item has no parameter \"%1\"%2")
                                     .arg(e.parameter,
                                          names.isEmpty()
                                              ? QString()
                                              : QStringLiteral(" (it has: %1)").arg(names.join(QStringLiteral(", ")))));
            }
            return;
        }
        const QString token = r.requiredToken(QStringLiteral("comparison"),
                                              listAllowed ? kScalarComparisons + QStringList{QStringLiteral("includes")}
                                                          : kScalarComparisons);
        e.comparison = parseComparison(token);
        if (const auto value = r.requiredValue(QStringLiteral("value")))
            e.value = *value;
        e.unit
            = parseUnit(r.optionalToken(QStringLiteral("unit"), kUnits, QStringLiteral("none"))).value_or(Unit::None);
    };
    switch (e.kind) {
    case Expectation::Kind::Compare:
        parameterOrValue(false);
        e.anyRow = r.optionalToken(QStringLiteral("rows"), {QStringLiteral("every"), QStringLiteral("any")},
                                   QStringLiteral("every"))
            == QLatin1String("any");
        break;
    case Expectation::Kind::Count: parameterOrValue(false); break;
    case Expectation::Kind::Includes: parameterOrValue(true); break;
    case Expectation::Kind::None:
        e.warnOnly = r.optionalToken(QStringLiteral("severity"), {QStringLiteral("fail"), QStringLiteral("warn")},
                                     QStringLiteral("fail"))
            == QLatin1String("warn");
        break;
    case Expectation::Kind::Some: break;
    case Expectation::Kind::Ratio:
        e.relativeTo = r.requiredString(QStringLiteral("relative_to"));
        if (!e.relativeTo.isEmpty() && !saved.contains(e.relativeTo)) {
            r.problems().add(r.pathOf(QStringLiteral("relative_to")),
                             QStringLiteral("no earlier check of this item saves \"%1\" (save_as)").arg(e.relativeTo));
        }
        if (r.has(QStringLiteral("parameter"))) {
            parameterOrValue(false);
            break;
        }
        e.min = r.requiredNumber(QStringLiteral("min")).value_or(0);
        e.max = r.requiredNumber(QStringLiteral("max")).value_or(0);
        if (e.max < e.min)
            r.problems().add(r.pathOf(QStringLiteral("max")), QStringLiteral("must not be below min"));
        break;
    case Expectation::Kind::Rule: e.rule = r.requiredToken(QStringLiteral("rule"), ruleNames()); break;
    }
    return e;
}

} // namespace

Verification readVerification(JsonObjectReader& v, const QList<Parameter>& parameters)
{
    Verification verification;
    const auto classification = parseClassification(v.requiredToken(
        QStringLiteral("kind"), {QStringLiteral("automated"), QStringLiteral("assisted"), QStringLiteral("manual")}));
    verification.classification = classification.value_or(Classification::Manual);
    verification.note = v.optionalString(QStringLiteral("note"));
    const bool manual = verification.classification == Classification::Manual;
    if (manual) {
        if (v.has(QStringLiteral("checks")))
            v.problems().add(v.pathOf(QStringLiteral("checks")), QStringLiteral("a manual item has no checks"));
        v.skipRest();
        return verification;
    }
    const auto checks = v.requiredArray(QStringLiteral("checks"));
    if (!checks)
        return verification;
    QSet<QString> saved;
    for (qsizetype i = 0; i < checks->size(); ++i) {
        const QString path = jsonIndexPath(v.pathOf(QStringLiteral("checks")), i);
        if (!checks->at(i).isObject()) {
            v.problems().add(path, QStringLiteral("expected an object, found ") + jsonTypeName(checks->at(i)));
            continue;
        }
        JsonObjectReader c(checks->at(i).toObject(), path, v.problems());
        Check check;
        check.title = c.requiredString(QStringLiteral("title"));
        if (const auto probe = c.requiredObject(QStringLiteral("probe"))) {
            JsonObjectReader p(*probe, c.pathOf(QStringLiteral("probe")), v.problems());
            check.probe = readProbe(p, parameters);
            p.finish();
        }
        if (const auto expect = c.requiredObject(QStringLiteral("expect"))) {
            JsonObjectReader e(*expect, c.pathOf(QStringLiteral("expect")), v.problems());
            check.expect = readExpectation(e, parameters, saved);
            e.finish();
            if (!check.expect.saveAs.isEmpty())
                saved.insert(check.expect.saveAs);
        }
        c.finish();
        verification.checks.append(check);
    }
    return verification;
}

} // namespace cockpit
