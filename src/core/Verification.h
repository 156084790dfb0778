#pragma once

#include "Comparison.h"
#include "Duration.h"
#include "Unit.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

// How a checklist item is verified against the live cluster (docs/runbook-format.md,
// docs/readiness-checks.md): a classification, and for automated and assisted items the checks
// that gather evidence. A check is a probe (where to look) and an expectation (how to judge
// what it saw), with expected values taken from the item's own parameters.
namespace cockpit {

enum class Classification
{
    Automated, // the checks decide: pass, fail, warn or unknown
    Assisted, // the checks gather evidence; a person decides
    Manual, // nothing the cockpit can look at; a person decides
};

// --- probes: one alternative per kind ---------------------------------------------------

struct SqlProbe
{
    enum class Target
    {
        Leader, // the one node that accepts writes
        EveryNode,
        Replicas,
    };
    Target on = Target::Leader;
    QString query;
    QStringList params; // the item's parameters bound as $1, $2 ... (lists as text arrays), never spliced
    int repeat = 0; // > 0: run it this many times and observe the timings (p50, p95, p99, ms)
    QString grants; // what the check role needs, named when the server refuses ("GRANT ...")
};

struct PromQlProbe
{
    // An instant vector: one row per series, its labels and "value". ${backup_mountpoint}
    // stands for the profile's value (quoted for PromQL).
    QString query;
};

// A host setting from node_exporter, through Prometheus: as fresh as the last scrape, and
// refused as stale when that scrape is older than maxAge.
struct HostSettingProbe
{
    QString metric; // node_sysctl_vm_swappiness
    Duration maxAge{std::chrono::minutes(2)};
};

struct PatroniProbe
{
    QString endpoint; // cluster, members (every member's own /patroni), config, history
};

struct EtcdProbe
{
    QString endpoint; // members, health
};

struct DockerProbe
{
    QString endpoint; // version, info, nodes, networks, services
};

struct PgBouncerProbe
{
    QString command; // SHOW POOLS, SHOW CONFIG, SHOW DATABASES
};

struct AlertmanagerProbe
{
    QString endpoint; // receivers
};

struct PrometheusProbe
{
    QString endpoint; // targets, rules
};

struct TcpProbe
{
    QString targets; // which hosts of the profile: postgres, pgbouncer, ...
    QList<int> ports; // the ports to try on each host; empty: the endpoints' own
};

struct TlsProbe
{
    QString targets; // postgres (STARTTLS), https (every https URL of the profile), all
};

struct DnsProbe
{
};

struct HttpProbe
{
    QString targets; // application (the profile's application URLs)
};

struct CommandProbe
{
    QString program;
    QStringList arguments; // no shell
    Duration timeout{std::chrono::seconds(10)};
};

using Probe = std::variant<SqlProbe, PromQlProbe, HostSettingProbe, PatroniProbe, EtcdProbe, DockerProbe,
                           PgBouncerProbe, AlertmanagerProbe, PrometheusProbe, TcpProbe, TlsProbe, DnsProbe, HttpProbe,
                           CommandProbe>;

QString probeKindToken(const Probe& probe); // "sql", "promql", ...
QStringList probeKindTokens();

// --- expectations -------------------------------------------------------------------------

struct Expectation
{
    enum class Kind
    {
        Compare, // a column of every (or any) row against the parameter or a value
        Count, // the number of rows against the parameter or a value
        None, // no row at all: every row is an offender
        Some, // at least one row
        Includes, // the column's values include every value of the parameter's list
        Ratio, // a column divided by a value saved earlier: between min and max, or against the parameter
        Rule, // a named judgement implemented in C++ (pg_hba, secrets, vector indexes, TLS)
    };
    Kind kind = Kind::Compare;
    QString column; // empty: the first column
    QString parameter; // the item's parameter that gives comparison, value and unit
    std::optional<Comparison> comparison; // or these, when no parameter is named
    QJsonValue value;
    Unit unit = Unit::None;
    bool anyRow = false; // Compare: one row suffices
    QString relativeTo; // Ratio: a saved value's name
    double min = 0;
    double max = 0;
    QString rule; // Rule: its name
    bool warnOnly = false; // None: offenders make a warning, not a failure
    QString saveAs; // keep the first row's column under this name for later checks of the item
    // Only the rows whose columns hold these values are judged ({"driver": "overlay"}).
    QList<std::pair<QString, QJsonValue>> where;
};

QString expectationKindToken(Expectation::Kind kind);
QStringList expectationKindTokens();
QStringList ruleNames(); // the rules Expectation::Kind::Rule may name

struct Check
{
    QString title; // "max_connections on every node"
    Probe probe;
    Expectation expect;
};

struct Verification
{
    Classification classification = Classification::Manual;
    QString note; // manual: why the cockpit cannot tell; assisted: what a person confirms
    QList<Check> checks;

    bool isManual() const { return classification == Classification::Manual; }
};

QString classificationToken(Classification classification); // "automated", "assisted", "manual"
std::optional<Classification> parseClassification(QStringView token);

QJsonObject verificationToJson(const Verification& verification);
// "SQL on every node: SELECT …", "PromQL: node_sysctl_vm_swappiness", "Patroni /cluster"
QString describeProbe(const Probe& probe);

} // namespace cockpit
