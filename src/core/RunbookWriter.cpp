#include "RunbookWriter.h"

#include <QJsonArray>

namespace cockpit {
namespace {

QString dur(Duration duration)
{
    return formatDuration(duration);
}

template<typename T, typename Fn> QJsonArray arrayOf(const QList<T>& list, Fn toJson)
{
    QJsonArray array;
    for (const T& element : list)
        array.append(toJson(element));
    return array;
}

void putUnit(QJsonObject& object, Unit unit)
{
    if (unit != Unit::None)
        object[QStringLiteral("unit")] = unitToken(unit);
}

QJsonObject parameterToJson(const Parameter& p)
{
    QJsonObject o{{QStringLiteral("name"), p.name},
                  {QStringLiteral("comparison"), comparisonToken(p.comparison)},
                  {QStringLiteral("value"), p.value}};
    putUnit(o, p.unit);
    return o;
}

void putParameters(QJsonObject& object, const QList<Parameter>& parameters)
{
    if (!parameters.isEmpty())
        object[QStringLiteral("parameters")] = arrayOf(parameters, parameterToJson);
}

QJsonObject criterionToJson(const Criterion& c)
{
    QJsonObject o{{QStringLiteral("id"), c.id},
                  {QStringLiteral("title"), c.title},
                  {QStringLiteral("kind"),
                   c.kind == Criterion::Kind::Metric ? QStringLiteral("metric") : QStringLiteral("manual")}};
    if (!c.metric.isEmpty())
        o[QStringLiteral("metric")] = c.metric;
    if (c.comparison)
        o[QStringLiteral("comparison")] = comparisonToken(*c.comparison);
    if (c.threshold)
        o[QStringLiteral("threshold")] = *c.threshold;
    putUnit(o, c.unit);
    if (c.onNoData != NoDataPolicy::Unknown)
        o[QStringLiteral("on_no_data")] = noDataPolicyToken(c.onNoData);
    return o;
}

QJsonObject actionToJson(const Action& a)
{
    QJsonObject o{{QStringLiteral("kind"), actionKindToken(a.kind)}};
    switch (a.kind) {
    case Action::Kind::Program:
        o[QStringLiteral("program")] = a.program;
        o[QStringLiteral("arguments")] = QJsonArray::fromStringList(a.arguments);
        if (a.timeout.count() > 0)
            o[QStringLiteral("timeout")] = dur(a.timeout);
        break;
    case Action::Kind::Sql:
        o[QStringLiteral("database")] = a.database;
        o[QStringLiteral("user")] = a.user;
        o[QStringLiteral("sql")] = a.sql;
        if (a.everyNode)
            o[QStringLiteral("on")] = QStringLiteral("every_node");
        if (a.lockTimeout.count() > 0)
            o[QStringLiteral("lock_timeout")] = dur(a.lockTimeout);
        break;
    case Action::Kind::DockerServiceScale:
        o[QStringLiteral("service")] = a.service;
        o[QStringLiteral("replicas")] = a.replicas;
        o[QStringLiteral("force")] = a.force;
        o[QStringLiteral("wait")] = a.wait;
        if (a.timeout.count() > 0)
            o[QStringLiteral("timeout")] = dur(a.timeout);
        break;
    case Action::Kind::ReadinessGate:
        o[QStringLiteral("message")] = a.message;
        if (!a.items.isEmpty())
            o[QStringLiteral("items")] = QJsonArray::fromStringList(a.items);
        break;
    case Action::Kind::ApprovalsGate:
    case Action::Kind::Notify: o[QStringLiteral("message")] = a.message; break;
    case Action::Kind::ReadOnly: o[QStringLiteral("on")] = a.on; break;
    case Action::Kind::TerminateBackends: o[QStringLiteral("database")] = a.database; break;
    case Action::Kind::StackDeploy:
        if (!a.composeFile.isEmpty())
            o[QStringLiteral("compose_file")] = a.composeFile;
        if (!a.stack.isEmpty())
            o[QStringLiteral("stack")] = a.stack;
        break;
    case Action::Kind::StackRemove:
        if (!a.stack.isEmpty())
            o[QStringLiteral("stack")] = a.stack;
        break;
    case Action::Kind::Snapshot:
    case Action::Kind::VerifySnapshot:
    case Action::Kind::RestoreTest: o[QStringLiteral("label")] = a.label; break;
    case Action::Kind::Baseline:
        o[QStringLiteral("runs")] = a.runs;
        o[QStringLiteral("database")] = a.database;
        o[QStringLiteral("queries")] = QJsonArray::fromStringList(a.arguments);
        break;
    case Action::Kind::RowCount:
        o[QStringLiteral("table")] = a.table;
        o[QStringLiteral("label")] = a.label;
        break;
    case Action::Kind::WriteProbe: o[QStringLiteral("table")] = a.table; break;
    case Action::Kind::Manual: o[QStringLiteral("instruction")] = a.instruction; break;
    case Action::Kind::Watch:
        o[QStringLiteral("duration")] = dur(a.duration);
        o[QStringLiteral("criteria")] = arrayOf(a.criteria, criterionToJson);
        break;
    }
    return o;
}

QJsonObject stepToJson(const Step& s)
{
    QJsonObject o{{QStringLiteral("id"), s.id},
                  {QStringLiteral("title"), s.title},
                  {QStringLiteral("actions"), arrayOf(s.actions, actionToJson)}};
    if (!s.command.isEmpty())
        o[QStringLiteral("command")] = s.command;
    return o;
}

QJsonObject limitToJson(const Limit& l)
{
    QJsonObject o{{QStringLiteral("comparison"), comparisonToken(l.comparison)}, {QStringLiteral("value"), l.value}};
    putUnit(o, l.unit);
    return o;
}

QJsonObject triggerToJson(const Trigger& t)
{
    QJsonObject o{{QStringLiteral("id"), t.id},
                  {QStringLiteral("title"), t.title},
                  {QStringLiteral("kind"), triggerKindToken(t.kind)}};
    if (t.kind == Trigger::Kind::Manual)
        return o;
    o[QStringLiteral("metric")] = t.metric;
    o[QStringLiteral("comparison")] = comparisonToken(t.comparison);
    o[QStringLiteral("threshold")] = t.threshold;
    putUnit(o, t.unit);
    if (t.kind == Trigger::Kind::Threshold)
        o[QStringLiteral("for")] = dur(t.forDuration);
    if (t.kind == Trigger::Kind::EventCount)
        o[QStringLiteral("window")] = dur(t.window);
    if (t.onNoData != NoDataPolicy::Unknown)
        o[QStringLiteral("on_no_data")] = noDataPolicyToken(t.onNoData);
    return o;
}

QJsonObject checklistToJson(const Runbook& runbook)
{
    return {{QStringLiteral("sections"), arrayOf(runbook.sections, [](const ChecklistSection& s) {
                 return QJsonObject{{QStringLiteral("id"), s.id},
                                    {QStringLiteral("title"), s.title},
                                    {QStringLiteral("items"), arrayOf(s.items, [](const ChecklistItem& i) {
                                         QJsonObject o{
                                             {QStringLiteral("id"), i.id},
                                             {QStringLiteral("title"), i.title},
                                             {QStringLiteral("verification"), verificationToJson(i.verification)}};
                                         putParameters(o, i.parameters);
                                         return o;
                                     })}};
             })}};
}

} // namespace

QJsonObject runbookToJson(const Runbook& runbook)
{
    QJsonObject root;
    root[QStringLiteral("format_version")] = runbook.formatVersion;
    root[QStringLiteral("id")] = runbook.id;
    root[QStringLiteral("title")] = runbook.title;
    if (!runbook.document.isEmpty())
        root[QStringLiteral("document")] = runbook.document;
    if (!runbook.status.isEmpty())
        root[QStringLiteral("status")] = runbook.status;
    if (runbook.timeline.count() > 0)
        root[QStringLiteral("timeline")] = dur(runbook.timeline);
    root[QStringLiteral("risk_level")] = severityToken(runbook.riskLevel);
    root[QStringLiteral("checklist")] = checklistToJson(runbook);
    root[QStringLiteral("migration")]
        = QJsonObject{{QStringLiteral("phases"), arrayOf(runbook.phases, [](const Phase& p) {
                           return QJsonObject{{QStringLiteral("id"), p.id},
                                              {QStringLiteral("title"), p.title},
                                              {QStringLiteral("budget"), dur(p.budget)},
                                              {QStringLiteral("maintenance_window"), p.maintenanceWindow},
                                              {QStringLiteral("steps"), arrayOf(p.steps, stepToJson)}};
                       })}};
    const Rollback& rb = runbook.rollback;
    root[QStringLiteral("rollback")]
        = QJsonObject{{QStringLiteral("window"), dur(rb.window)},
                      {QStringLiteral("triggers"), arrayOf(rb.triggers, triggerToJson)},
                      {QStringLiteral("procedure_budget"), dur(rb.procedureBudget)},
                      {QStringLiteral("procedure"), arrayOf(rb.procedure, stepToJson)},
                      {QStringLiteral("consistency_checks"), arrayOf(rb.consistencyChecks, stepToJson)}};
    QJsonObject monitoring{
        {QStringLiteral("critical_watch"), dur(runbook.monitoring.criticalWatch)},
        {QStringLiteral("metrics"), arrayOf(runbook.monitoring.metrics, [](const MonitoredMetric& m) {
             QJsonObject o{{QStringLiteral("id"), m.id},
                           {QStringLiteral("title"), m.title},
                           {QStringLiteral("interval"), dur(m.interval)}};
             if (m.target)
                 o[QStringLiteral("target")] = limitToJson(*m.target);
             if (m.alert)
                 o[QStringLiteral("alert")] = limitToJson(*m.alert);
             if (m.unit != Unit::None)
                 o[QStringLiteral("unit")] = unitToken(m.unit);
             if (m.counter)
                 o[QStringLiteral("counter")] = true;
             if (!m.response.isEmpty())
                 o[QStringLiteral("response")] = m.response;
             if (!m.contact.isEmpty())
                 o[QStringLiteral("contact")] = m.contact;
             switch (m.source.kind) {
             case MetricSource::Kind::Query: o[QStringLiteral("query")] = m.source.query; break;
             case MetricSource::Kind::Probe:
                 o[QStringLiteral("probe")] = metricProbeToken(m.source.probe);
                 if (!m.source.historyQuery.isEmpty())
                     o[QStringLiteral("history_query")] = m.source.historyQuery;
                 break;
             case MetricSource::Kind::Manual: o[QStringLiteral("manual")] = true; break;
             }
             return o;
         })}};
    if (!runbook.monitoring.dashboard.isEmpty())
        monitoring[QStringLiteral("dashboard")] = runbook.monitoring.dashboard;
    root[QStringLiteral("monitoring")] = monitoring;
    root[QStringLiteral("week1_validations")] = arrayOf(runbook.week1Validations, [](const Week1Validation& d) {
        QJsonObject o{{QStringLiteral("id"), d.id}, {QStringLiteral("title"), d.title}, {QStringLiteral("day"), d.day}};
        putParameters(o, d.parameters);
        return o;
    });
    root[QStringLiteral("response_matrix")] = arrayOf(runbook.responseMatrix, [](const ResponseRow& r) {
        return QJsonObject{{QStringLiteral("id"), r.id},
                           {QStringLiteral("title"), r.title},
                           {QStringLiteral("severity"), severityToken(r.severity)},
                           {QStringLiteral("timeout"), r.timeout ? QJsonValue(dur(*r.timeout)) : QJsonValue()},
                           {QStringLiteral("action"), r.action}};
    });
    root[QStringLiteral("success_window")] = dur(runbook.successWindow);
    root[QStringLiteral("success_criteria")] = arrayOf(runbook.successCriteria, criterionToJson);
    root[QStringLiteral("contacts")] = arrayOf(runbook.contacts, [](const Contact& c) {
        return QJsonObject{{QStringLiteral("id"), c.id},
                           {QStringLiteral("title"), c.title},
                           {QStringLiteral("contact"), c.contact},
                           {QStringLiteral("backup"), c.backup},
                           {QStringLiteral("oncall"), c.oncall}};
    });
    root[QStringLiteral("approvals")]
        = QJsonObject{{QStringLiteral("roles"),
                       arrayOf(runbook.approvals.roles,
                               [](const ApprovalRole& r) {
                                   return QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("title"), r.title}};
                               })},
                      {QStringLiteral("fields"),
                       arrayOf(runbook.approvals.fields,
                               [](const ApprovalField& f) {
                                   return QJsonObject{{QStringLiteral("id"), f.id},
                                                      {QStringLiteral("title"), f.title},
                                                      {QStringLiteral("type"), fieldTypeToken(f.type)}};
                               })},
                      {QStringLiteral("distinct_signers"), runbook.approvals.distinctSigners},
                      {QStringLiteral("valid_for"), formatDuration(runbook.approvals.validFor)},
                      {QStringLiteral("override_needs_second_person"), runbook.approvals.overrideNeedsSecondPerson},
                      {QStringLiteral("requalify_on_change"), runbook.approvals.requalifyOnChange}};
    return root;
}

} // namespace cockpit
