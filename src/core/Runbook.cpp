#include "Runbook.h"

#include "TokenTable.h"

#include <algorithm>

namespace cockpit {
namespace {

constexpr TokenTable<Severity, 5> kSeverities{{
    {Severity::Critical, u"critical"},
    {Severity::High, u"high"},
    {Severity::Medium, u"medium"},
    {Severity::Low, u"low"},
    {Severity::Info, u"info"},
}};

constexpr TokenTable<Action::Kind, 18> kActionKinds{{
    {Action::Kind::Program, u"program"},
    {Action::Kind::Sql, u"sql"},
    {Action::Kind::DockerServiceScale, u"docker_service_scale"},
    {Action::Kind::ReadinessGate, u"readiness_gate"},
    {Action::Kind::Manual, u"manual"},
    {Action::Kind::Notify, u"notify"},
    {Action::Kind::Watch, u"watch"},
    {Action::Kind::ReadOnly, u"read_only"},
    {Action::Kind::TerminateBackends, u"terminate_backends"},
    {Action::Kind::StackDeploy, u"stack_deploy"},
    {Action::Kind::StackRemove, u"stack_remove"},
    {Action::Kind::Snapshot, u"snapshot"},
    {Action::Kind::VerifySnapshot, u"verify_snapshot"},
    {Action::Kind::RestoreTest, u"restore_test"},
    {Action::Kind::ApprovalsGate, u"approvals_gate"},
    {Action::Kind::Baseline, u"baseline"},
    {Action::Kind::RowCount, u"row_count"},
    {Action::Kind::WriteProbe, u"write_probe"},
}};

constexpr TokenTable<Trigger::Kind, 4> kTriggerKinds{{
    {Trigger::Kind::Threshold, u"threshold"},
    {Trigger::Kind::Event, u"event"},
    {Trigger::Kind::EventCount, u"event_count"},
    {Trigger::Kind::Manual, u"manual"},
}};

constexpr TokenTable<MetricProbe, 4> kMetricProbes{{
    {MetricProbe::ReplicationLagMs, u"replication_lag_ms"},
    {MetricProbe::ReplicationLagBytes, u"replication_lag_bytes"},
    {MetricProbe::ConnectionsPercent, u"connections_percent"},
    {MetricProbe::UnplannedFailovers, u"unplanned_failovers"},
}};

constexpr TokenTable<ApprovalField::Type, 4> kFieldTypes{{
    {ApprovalField::Type::Date, u"date"},
    {ApprovalField::Type::DateTime, u"datetime"},
    {ApprovalField::Type::DateTimeRange, u"datetime_range"},
    {ApprovalField::Type::Text, u"text"},
}};

} // namespace

int Runbook::itemCount() const
{
    int count = 0;
    for (const ChecklistSection& section : sections)
        count += static_cast<int>(section.items.size());
    return count;
}

namespace {
template<typename T> const T* findById(const QList<T>& list, const QString& id)
{
    const auto it = std::find_if(list.begin(), list.end(), [&](const T& x) { return x.id == id; });
    return it == list.end() ? nullptr : &*it;
}
} // namespace

const MonitoredMetric* Runbook::findMetric(const QString& metricId) const
{
    return findById(monitoring.metrics, metricId);
}

const ResponseRow* Runbook::findResponse(const QString& rowId) const
{
    return findById(responseMatrix, rowId);
}

const Contact* Runbook::findContact(const QString& contactId) const
{
    return findById(contacts, contactId);
}

const ChecklistItem* Runbook::findItem(const QString& itemId) const
{
    for (const ChecklistSection& section : sections) {
        for (const ChecklistItem& item : section.items) {
            if (item.id == itemId)
                return &item;
        }
    }
    return nullptr;
}

int Runbook::sectionOfItem(const QString& itemId) const
{
    for (qsizetype s = 0; s < sections.size(); ++s) {
        for (const ChecklistItem& item : sections[s].items) {
            if (item.id == itemId)
                return static_cast<int>(s);
        }
    }
    return -1;
}

std::optional<Severity> parseSeverity(QStringView token)
{
    return enumFromToken(kSeverities, token);
}
QString severityToken(Severity severity)
{
    return tokenFromEnum(kSeverities, severity);
}
std::optional<Action::Kind> parseActionKind(QStringView token)
{
    return enumFromToken(kActionKinds, token);
}
QStringList actionKindTokens()
{
    return tokensOf(kActionKinds);
}

QStringList severityTokens()
{
    return tokensOf(kSeverities);
}

QStringList metricProbeTokens()
{
    return tokensOf(kMetricProbes);
}

QString actionKindToken(Action::Kind kind)
{
    return tokenFromEnum(kActionKinds, kind);
}
std::optional<Trigger::Kind> parseTriggerKind(QStringView token)
{
    return enumFromToken(kTriggerKinds, token);
}
QString triggerKindToken(Trigger::Kind kind)
{
    return tokenFromEnum(kTriggerKinds, kind);
}
std::optional<MetricProbe> parseMetricProbe(QStringView token)
{
    return enumFromToken(kMetricProbes, token);
}
QString metricProbeToken(MetricProbe probe)
{
    return tokenFromEnum(kMetricProbes, probe);
}
std::optional<ApprovalField::Type> parseFieldType(QStringView token)
{
    return enumFromToken(kFieldTypes, token);
}
QString fieldTypeToken(ApprovalField::Type type)
{
    return tokenFromEnum(kFieldTypes, type);
}

QString builtinRunbookPath()
{
    return QStringLiteral(":/runbooks/production-rollout.json");
}

bool Action::isDestructive() const
{
    switch (kind) {
    case Kind::ReadOnly:
    case Kind::TerminateBackends:
    case Kind::DockerServiceScale:
    case Kind::StackDeploy:
    case Kind::StackRemove:
    case Kind::Program:
    case Kind::WriteProbe: return true;
    case Kind::Sql: {
        // A statement that only reads is not.
        const QString head = sql.trimmed().section(QLatin1Char(' '), 0, 0).toLower();
        return head != QLatin1String("select") && head != QLatin1String("show") && head != QLatin1String("with");
    }
    default: return false;
    }
}

bool Action::isIdempotent() const
{
    switch (kind) {
    case Kind::ReadOnly:
    case Kind::DockerServiceScale:
    case Kind::StackDeploy:
    case Kind::StackRemove:
    case Kind::VerifySnapshot:
    case Kind::RestoreTest:
    case Kind::ReadinessGate:
    case Kind::ApprovalsGate:
    case Kind::Baseline:
    case Kind::RowCount:
    case Kind::Watch:
    case Kind::TerminateBackends: return true;
    default: return false; // a snapshot twice is two snapshots; a program, a statement, a row written twice
    }
}

QString noDataPolicyToken(NoDataPolicy policy)
{
    switch (policy) {
    case NoDataPolicy::Fire: return QStringLiteral("fire");
    case NoDataPolicy::Hold: return QStringLiteral("hold");
    case NoDataPolicy::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QStringList noDataPolicyTokens()
{
    return {QStringLiteral("unknown"), QStringLiteral("fire"), QStringLiteral("hold")};
}

std::optional<NoDataPolicy> parseNoDataPolicy(QStringView token)
{
    if (token == u"unknown")
        return NoDataPolicy::Unknown;
    if (token == u"fire")
        return NoDataPolicy::Fire;
    if (token == u"hold")
        return NoDataPolicy::Hold;
    return std::nullopt;
}

bool Action::onlyObserves() const
{
    switch (kind) {
    case Kind::Watch:
    case Kind::ReadinessGate:
    case Kind::ApprovalsGate:
    case Kind::Baseline:
    case Kind::RowCount:
    case Kind::VerifySnapshot: return true;
    case Kind::Sql: return !isDestructive();
    default: return false;
    }
}

} // namespace cockpit
