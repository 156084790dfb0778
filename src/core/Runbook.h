#pragma once

#include "Comparison.h"
#include "Duration.h"
#include "Unit.h"
#include "Verification.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The runbook: *what* a rollout is (docs/runbook-format.md). Plain values, no behaviour
// beyond look-ups; the loader guarantees every invariant documented on the fields.
namespace cockpit {

// A typed reading of the guide's wording: "vm.swappiness=10" is {vm.swappiness, eq, 10}.
struct Parameter
{
    QString name;
    Comparison comparison = Comparison::Equal;
    QJsonValue value; // number or string; an array for includes / one_of
    Unit unit = Unit::None;
};

struct ChecklistItem
{
    QString id; // unique across the whole checklist
    QString title;
    QList<Parameter> parameters;
    Verification verification;
};

struct ChecklistSection
{
    QString id;
    QString title;
    QList<ChecklistItem> items;
};

// What a trigger or a criterion does while its metric gives no data (no sample in the
// lookback, or its source fails): says "unknown" (never silently calm), fires (counts as
// violated), or holds its last state and says it is holding.
enum class NoDataPolicy
{
    Unknown,
    Fire,
    Hold,
};
QString noDataPolicyToken(NoDataPolicy policy); // "unknown", "fire", "hold"
QStringList noDataPolicyTokens();
std::optional<NoDataPolicy> parseNoDataPolicy(QStringView token);

// A condition on a metric (success criteria, watch criteria), or one that people judge.
struct Criterion
{
    enum class Kind
    {
        Metric,
        Manual,
    };
    QString id;
    QString title;
    Kind kind = Kind::Manual;
    QString metric; // may be set on manual criteria too, to name what is judged
    std::optional<Comparison> comparison;
    std::optional<double> threshold;
    Unit unit = Unit::None;
    NoDataPolicy onNoData = NoDataPolicy::Unknown;
};

// One thing a step does. Which fields are set depends on kind (see runbook-format.md).
struct Action
{
    enum class Kind
    {
        Program, // program + arguments, run without a shell
        Sql, // sql on database as user, on the leader (or every node)
        DockerServiceScale, // service, replicas, force, wait
        ReadinessGate, // the readiness checklist (or the listed items) must pass; message when it does not
        Manual, // instruction a person carries out and confirms
        Notify, // message sent to stakeholders
        Watch, // duration + criteria held while watching
        ReadOnly, // the whole cluster read-only on or off (Patroni's dynamic configuration)
        TerminateBackends, // end the application's sessions on database
        StackDeploy, // docker stack deploy -c compose_file stack
        StackRemove, // docker stack rm stack
        Snapshot, // a labelled base backup of the leader, with a manifest and row counts
        VerifySnapshot, // pg_verifybackup of the labelled snapshot
        RestoreTest, // the snapshot started on a throwaway server, its row counts compared
        ApprovalsGate, // the five sign-offs and the maintenance window: the approval gate
        Baseline, // timed queries (a similarity query among them): p50, p95, p99
        RowCount, // the table's rows now against those recorded in a snapshot (no data lost)
        WriteProbe, // a test row written and read back
    };
    Kind kind = Kind::Manual;
    QString program;
    QStringList arguments;
    QString database;
    QString user;
    QString sql;
    bool everyNode = false; // sql: on every node, not only the leader
    QString service;
    int replicas = 0;
    bool force = false;
    bool wait = true;
    QString instruction;
    QString message;
    Duration duration{0};
    QList<Criterion> criteria;
    bool on = true; // read_only
    QString stack; // stack_deploy, stack_remove: empty means the profile's deploy.stack
    QString composeFile; // stack_deploy: empty means the profile's deploy.compose_file
    QString label; // snapshot, verify_snapshot, restore_test, row_count
    QStringList items; // readiness_gate: these items only (empty: every automated item)
    int runs = 0; // baseline
    QString table; // row_count, write_probe
    Duration timeout{0}; // program, docker_service_scale, snapshot: 0 means the kind's default
    Duration lockTimeout{0}; // sql: PostgreSQL's lock_timeout for its statements; 0 means 5 s

    // Changes the cluster (or its data) in a way a person should confirm by name in the window.
    bool isDestructive() const;
    // Doing it twice leaves the same state as doing it once.
    bool isIdempotent() const;
    // Only looks (a watch, a gate, a check, row counts, a baseline, a snapshot verified, a
    // statement that only reads): one interrupted by a crash is simply run again.
    bool onlyObserves() const;
};

struct Step
{
    QString id;
    QString title;
    QString command; // the guide's command text, verbatim (may be empty)
    QList<Action> actions;
};

struct Phase
{
    QString id;
    QString title;
    Duration budget{0};
    bool maintenanceWindow = false;
    QList<Step> steps;
};

struct Trigger
{
    enum class Kind
    {
        Threshold, // metric compared for a duration ("for", as Prometheus alerting's for:)
        Event, // any occurrence of an event counter going past threshold
        EventCount, // count of events in a sliding window
        Manual, // declared by a person
    };
    QString id;
    QString title;
    Kind kind = Kind::Manual;
    QString metric;
    Comparison comparison = Comparison::Greater;
    double threshold = 0;
    Unit unit = Unit::None;
    Duration forDuration{0}; // Threshold
    Duration window{0}; // EventCount
    NoDataPolicy onNoData = NoDataPolicy::Unknown;
};

struct Rollback
{
    Duration window{0};
    QList<Trigger> triggers;
    Duration procedureBudget{0};
    QList<Step> procedure;
    QList<Step> consistencyChecks;
};

struct Limit
{
    Comparison comparison = Comparison::Less;
    double value = 0;
    Unit unit = Unit::None;
};

// How a metric is measured: a PromQL instant query, a direct probe of the cluster, or a value
// a person enters (cost). Exactly one per metric; the loader checks it.
enum class MetricProbe
{
    ReplicationLagMs, // the leader's pg_stat_replication: the largest replay_lag, in ms
    ReplicationLagBytes, // the largest replay distance in bytes
    ConnectionsPercent, // pg_stat_activity against max_connections on the leader, in %
    UnplannedFailovers, // Patroni /history entries the cockpit did not start, a running count
};

struct MetricSource
{
    enum class Kind
    {
        Query,
        Probe,
        Manual,
    };
    Kind kind = Kind::Manual;
    QString query; // Query: PromQL returning one number (the largest series when several)
    MetricProbe probe = MetricProbe::ReplicationLagMs;
    // Probe: where Prometheus keeps the same measurement, to draw its past (may be empty).
    QString historyQuery;
};

struct MonitoredMetric
{
    QString id;
    QString title;
    std::optional<Limit> target; // the guide's monitoring table; absent on the metrics it does not list
    std::optional<Limit> alert;
    Duration interval{0};
    Unit unit = Unit::None; // what the source returns
    MetricSource source;
    QString response; // the response-matrix row an alert on this metric follows (may be empty)
    QString contact; // the contact escalated to (may be empty)
    bool counter = false; // a running count (failovers, OOM kills): triggers look at its increase
};

struct Monitoring
{
    QString dashboard;
    Duration criticalWatch{0};
    QList<MonitoredMetric> metrics;
};

struct Week1Validation
{
    QString id;
    QString title;
    int day = 0;
    QList<Parameter> parameters;
};

enum class Severity
{
    Critical,
    High,
    Medium,
    Low,
    Info,
};

struct ResponseRow
{
    QString id;
    QString title;
    Severity severity = Severity::Medium;
    std::optional<Duration> timeout; // nothing: no limit
    QString action;
};

struct Contact
{
    QString id;
    QString title; // the role, e.g. "Database Lead"
    QString contact;
    QString backup;
    QString oncall;
};

struct ApprovalRole
{
    QString id;
    QString title;
};

struct ApprovalField
{
    enum class Type
    {
        Date,
        DateTime,
        DateTimeRange,
        Text,
    };
    QString id;
    QString title;
    Type type = Type::Text;
};

struct Approvals
{
    QList<ApprovalRole> roles;
    QList<ApprovalField> fields;
    // Four eyes (docs/runbook-format.md): one person holds one role's approval at a time, and an
    // approval older than validFor no longer counts (0: approvals do not expire).
    bool distinctSigners = true;
    Duration validFor{std::chrono::hours(24 * 7), std::chrono::hours(24)};
    // On a team store an emergency override holds only when a second person confirms it.
    bool overrideNeedsSecondPerson = true;
    // An approval whose approved state has since regressed no longer counts.
    bool requalifyOnChange = true;
};

struct Runbook
{
    static constexpr int kFormatVersion = 1;

    int formatVersion = kFormatVersion;
    QString id;
    QString title;
    QString document;
    QString status;
    Duration timeline{0};
    Severity riskLevel = Severity::Medium;
    QList<ChecklistSection> sections;
    QList<Phase> phases;
    Rollback rollback;
    Monitoring monitoring;
    QList<Week1Validation> week1Validations;
    QList<ResponseRow> responseMatrix;
    Duration successWindow{0};
    QList<Criterion> successCriteria;
    QList<Contact> contacts;
    Approvals approvals;

    // Where it was loaded from (a path or a Qt resource); not part of the format.
    QString source;
    // What the loader found suspicious but valid ("two sections with the same title"), each
    // with its JSON path; not part of the format.
    QStringList warnings;

    int itemCount() const;
    const MonitoredMetric* findMetric(const QString& metricId) const;
    const ResponseRow* findResponse(const QString& rowId) const;
    const Contact* findContact(const QString& contactId) const;
    const ChecklistItem* findItem(const QString& itemId) const;
    // Index of the section holding the item, or -1.
    int sectionOfItem(const QString& itemId) const;
};

std::optional<Severity> parseSeverity(QStringView token);
QString severityToken(Severity severity);
QString actionKindToken(Action::Kind kind);
QStringList actionKindTokens(); // every kind, in the format's order
QStringList severityTokens();
QStringList metricProbeTokens();
std::optional<Action::Kind> parseActionKind(QStringView token);
QString triggerKindToken(Trigger::Kind kind);
std::optional<Trigger::Kind> parseTriggerKind(QStringView token);
QString metricProbeToken(MetricProbe probe);
std::optional<MetricProbe> parseMetricProbe(QStringView token);
QString fieldTypeToken(ApprovalField::Type type);
std::optional<ApprovalField::Type> parseFieldType(QStringView token);

// The runbook shipped inside the binary (the guide in shared/reference).
QString builtinRunbookPath();

} // namespace cockpit
