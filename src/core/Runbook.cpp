#include "Runbook.h"

#include "TokenTable.h"

namespace cockpit {
namespace {

constexpr TokenTable<Severity, 5> kSeverities{{
    {Severity::Critical, u"critical"},
    {Severity::High, u"high"},
    {Severity::Medium, u"medium"},
    {Severity::Low, u"low"},
    {Severity::Info, u"info"},
}};

constexpr TokenTable<Action::Kind, 7> kActionKinds{{
    {Action::Kind::Program, u"program"},
    {Action::Kind::Sql, u"sql"},
    {Action::Kind::DockerServiceScale, u"docker_service_scale"},
    {Action::Kind::ReadinessGate, u"readiness_gate"},
    {Action::Kind::Manual, u"manual"},
    {Action::Kind::Notify, u"notify"},
    {Action::Kind::Watch, u"watch"},
}};

constexpr TokenTable<Trigger::Kind, 4> kTriggerKinds{{
    {Trigger::Kind::Threshold, u"threshold"},
    {Trigger::Kind::Event, u"event"},
    {Trigger::Kind::EventCount, u"event_count"},
    {Trigger::Kind::Manual, u"manual"},
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

} // namespace cockpit
