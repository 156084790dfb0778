#include "RunbookLoader.h"

#include "FileInput.h"
#include "JsonDuplicates.h"
#include "JsonReader.h"
#include "RunbookReferences.h"
#include "VerificationReader.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace cockpit {
namespace {

bool isVersionText(const QString& text)
{
    static const QRegularExpression version(QStringLiteral("^[0-9]+(\\.[0-9]+){0,3}$"));
    return version.match(text).hasMatch();
}

// Two entries of one list with the same title are allowed but suspicious (a copy-paste left
// unedited); the loader warns about them.
void warnDuplicateTitles(const QStringList& titles, const QString& listPath, const QString& what, QStringList& warnings)
{
    QHash<QString, qsizetype> first;
    for (qsizetype i = 0; i < titles.size(); ++i) {
        const auto it = first.constFind(titles[i]);
        if (it == first.constEnd()) {
            first.insert(titles[i], i);
            continue;
        }
        warnings.append(QStringLiteral("%1.title: %2 has the same title as %3 (\"%4\")")
                            .arg(jsonIndexPath(listPath, i), what, jsonIndexPath(listPath, it.value()), titles[i]));
    }
}

QStringList titlesOf(const auto& list)
{
    QStringList titles;
    for (const auto& entry : list)
        titles.append(entry.title);
    return titles;
}

// Ids must be unique within a scope (the checklist, the migration steps, the triggers ...).
class IdScope
{
public:
    explicit IdScope(JsonProblems& problems) : m_problems(problems) { }
    void claim(const QString& id, const QString& path)
    {
        if (id.isEmpty())
            return;
        const auto it = m_first.constFind(id);
        if (it != m_first.constEnd()) {
            m_problems.add(path, QStringLiteral("duplicate id \"%1\" (first used at %2)").arg(id, it.value()));
            return;
        }
        m_first.insert(id, path);
    }

private:
    JsonProblems& m_problems;
    QHash<QString, QString> m_first;
};

class Reader
{
public:
    explicit Reader(JsonProblems& problems) : m_problems(problems) { }

    Runbook readRunbook(const QJsonObject& root);

private:
    // Calls read(reader, index) for each element of an array of objects.
    template<typename Fn> void forEachObject(const QJsonArray& array, const QString& path, Fn read)
    {
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString elementPath = jsonIndexPath(path, i);
            if (!array[i].isObject()) {
                m_problems.add(elementPath, QStringLiteral("expected an object, found ") + jsonTypeName(array[i]));
                continue;
            }
            JsonObjectReader reader(array[i].toObject(), elementPath, m_problems);
            read(reader);
            reader.finish();
        }
    }

    Unit readUnit(JsonObjectReader& r)
    {
        const QString token = r.optionalToken(QStringLiteral("unit"), unitTokens(), QStringLiteral("none"));
        return parseUnit(token).value_or(Unit::None);
    }

    void checkThreshold(JsonObjectReader& r, const QString& key, double value, Unit unit)
    {
        if (!std::isfinite(value))
            r.problems().add(r.pathOf(key), QStringLiteral("must be a finite number"));
        else if (unit == Unit::Percent && (value < 0 || value > 100))
            r.problems().add(r.pathOf(key),
                             QStringLiteral("a percentage must be between 0 and 100, found %1").arg(value));
        else if (value < 0 && unit != Unit::None)
            r.problems().add(r.pathOf(key), QStringLiteral("must not be negative, found %1").arg(value));
    }

    QString readMetric(JsonObjectReader& r, bool required)
    {
        QString metric
            = required ? r.requiredString(QStringLiteral("metric")) : r.optionalString(QStringLiteral("metric"));
        if (!metric.isEmpty() && !isValidMetricName(metric)) {
            r.problems().add(
                r.pathOf(QStringLiteral("metric")),
                QStringLiteral("bad metric name \"%1\" (use lower-case letters, digits and '_')").arg(metric));
        }
        return metric;
    }

    Parameter readParameter(JsonObjectReader& r);
    QList<Parameter> readParameters(JsonObjectReader& r);
    Criterion readCriterion(JsonObjectReader& r);
    Action readAction(JsonObjectReader& r);
    Step readStep(JsonObjectReader& r, IdScope& ids);
    QList<Step> readSteps(JsonObjectReader& parent, const QString& key, IdScope& ids);
    Limit readLimit(JsonObjectReader& parent, const QString& key);
    std::optional<Limit> readOptionalLimit(JsonObjectReader& parent, const QString& key);
    void readChecklist(JsonObjectReader& r, Runbook& runbook);
    void readMigration(JsonObjectReader& r, Runbook& runbook);
    void readRollback(JsonObjectReader& r, Runbook& runbook);
    void readMonitoring(JsonObjectReader& r, Runbook& runbook);
    void readApprovals(JsonObjectReader& r, Runbook& runbook);

    JsonProblems& m_problems;
};

Parameter Reader::readParameter(JsonObjectReader& r)
{
    Parameter parameter;
    parameter.name = r.requiredString(QStringLiteral("name"));
    const QString token = r.requiredToken(QStringLiteral("comparison"), comparisonTokens());
    parameter.comparison = parseComparison(token).value_or(Comparison::Equal);
    parameter.unit = readUnit(r);
    const auto value = r.requiredValue(QStringLiteral("value"));
    if (!value || token.isEmpty())
        return parameter;
    parameter.value = *value;
    const QString valuePath = r.pathOf(QStringLiteral("value"));
    if (parameter.comparison == Comparison::Stable) {
        r.problems().add(r.pathOf(QStringLiteral("comparison")),
                         QStringLiteral("\"stable\" describes a trend and takes no value; use it in criteria"));
    } else if (isListComparison(parameter.comparison)) {
        if (!value->isArray() || value->toArray().isEmpty()) {
            r.problems().add(
                valuePath, QStringLiteral("\"%1\" needs a non-empty array, found %2").arg(token, jsonTypeName(*value)));
        } else {
            const QJsonArray list = value->toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (!list[i].isString() && !list[i].isDouble())
                    r.problems().add(jsonIndexPath(valuePath, i),
                                     QStringLiteral("expected a string or number, found ") + jsonTypeName(list[i]));
            }
        }
    } else if (value->isDouble()) {
        checkThreshold(r, QStringLiteral("value"), value->toDouble(), parameter.unit);
    } else if (!value->isString()) {
        r.problems().add(valuePath, QStringLiteral("expected a number or string, found ") + jsonTypeName(*value));
    } else if (parameter.unit == Unit::Version && !isVersionText(value->toString())) {
        r.problems().add(
            valuePath,
            QStringLiteral("bad version \"%1\" (expected numbers and dots, e.g. 15 or 20.10)").arg(value->toString()));
    }
    return parameter;
}

QList<Parameter> Reader::readParameters(JsonObjectReader& r)
{
    QList<Parameter> parameters;
    if (const auto array = r.optionalArray(QStringLiteral("parameters"))) {
        forEachObject(*array, r.pathOf(QStringLiteral("parameters")),
                      [&](JsonObjectReader& p) { parameters.append(readParameter(p)); });
    }
    return parameters;
}

Criterion Reader::readCriterion(JsonObjectReader& r)
{
    Criterion criterion;
    criterion.id = r.requiredId();
    criterion.title = r.requiredString(QStringLiteral("title"));
    const QString kind = r.requiredToken(QStringLiteral("kind"), {QStringLiteral("metric"), QStringLiteral("manual")});
    criterion.kind = kind == QLatin1String("metric") ? Criterion::Kind::Metric : Criterion::Kind::Manual;
    const bool isMetric = criterion.kind == Criterion::Kind::Metric;
    criterion.metric = readMetric(r, isMetric);
    criterion.unit = readUnit(r);
    if (isMetric)
        criterion.onNoData = parseNoDataPolicy(r.optionalToken(QStringLiteral("on_no_data"), noDataPolicyTokens(),
                                                               QStringLiteral("unknown")))
                                 .value_or(NoDataPolicy::Unknown);
    if (isMetric || r.has(QStringLiteral("comparison"))) {
        const QString token = r.requiredToken(QStringLiteral("comparison"), comparisonTokens());
        criterion.comparison = parseComparison(token);
    }
    if (criterion.comparison && *criterion.comparison != Comparison::Stable) {
        if (isListComparison(*criterion.comparison))
            r.problems().add(r.pathOf(QStringLiteral("comparison")), QStringLiteral("a criterion compares one value"));
        criterion.threshold = r.requiredNumber(QStringLiteral("threshold"));
        if (criterion.threshold)
            checkThreshold(r, QStringLiteral("threshold"), *criterion.threshold, criterion.unit);
    } else {
        criterion.threshold = r.optionalNumber(QStringLiteral("threshold"));
        if (criterion.threshold)
            r.problems().add(r.pathOf(QStringLiteral("threshold")),
                             QStringLiteral("takes no threshold without a scalar comparison"));
    }
    return criterion;
}

Action Reader::readAction(JsonObjectReader& r)
{
    Action action;
    const QStringList kinds = actionKindTokens();
    const auto kind = parseActionKind(r.requiredToken(QStringLiteral("kind"), kinds));
    if (!kind) {
        r.skipRest(); // the other keys cannot be judged without a kind
        return action;
    }
    action.kind = *kind;
    switch (action.kind) {
    case Action::Kind::Program:
        action.program = r.requiredString(QStringLiteral("program"));
        action.arguments = r.optionalStringList(QStringLiteral("arguments"));
        action.timeout = r.optionalDuration(QStringLiteral("timeout")).value_or(Duration(0));
        break;
    case Action::Kind::Sql:
        action.database = r.requiredString(QStringLiteral("database"));
        action.user = r.requiredString(QStringLiteral("user"));
        action.sql = r.requiredString(QStringLiteral("sql"));
        action.everyNode
            = r.optionalToken(QStringLiteral("on"), {QStringLiteral("leader"), QStringLiteral("every_node")},
                              QStringLiteral("leader"))
            == QLatin1String("every_node");
        action.lockTimeout = r.optionalDuration(QStringLiteral("lock_timeout")).value_or(Duration(0));
        break;
    case Action::Kind::ReadOnly: action.on = r.requiredBool(QStringLiteral("on")).value_or(true); break;
    case Action::Kind::TerminateBackends: action.database = r.requiredString(QStringLiteral("database")); break;
    case Action::Kind::StackDeploy:
        action.composeFile = r.optionalString(QStringLiteral("compose_file"));
        action.stack = r.optionalString(QStringLiteral("stack"));
        break;
    case Action::Kind::StackRemove: action.stack = r.optionalString(QStringLiteral("stack")); break;
    case Action::Kind::Snapshot:
    case Action::Kind::VerifySnapshot:
    case Action::Kind::RestoreTest:
        action.label = r.requiredString(QStringLiteral("label"));
        if (!action.label.isEmpty()
            && !QRegularExpression(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")).match(action.label).hasMatch())
            r.problems().add(r.pathOf(QStringLiteral("label")),
                             QStringLiteral("use letters, digits, '.', '_' and '-' (at most 64)"));
        break;
    case Action::Kind::ApprovalsGate: action.message = r.requiredString(QStringLiteral("message")); break;
    case Action::Kind::Baseline:
        action.runs = r.requiredInt(QStringLiteral("runs"), 1, 10000).value_or(20);
        action.database = r.requiredString(QStringLiteral("database"));
        action.arguments = r.optionalStringList(QStringLiteral("queries"));
        if (action.arguments.isEmpty())
            r.problems().add(r.pathOf(QStringLiteral("queries")), QStringLiteral("give at least one query to time"));
        break;
    case Action::Kind::RowCount:
        action.table = r.requiredString(QStringLiteral("table"));
        action.label = r.requiredString(QStringLiteral("label"));
        break;
    case Action::Kind::WriteProbe: action.table = r.requiredString(QStringLiteral("table")); break;
    case Action::Kind::DockerServiceScale:
        action.service = r.requiredString(QStringLiteral("service"));
        action.replicas = r.requiredInt(QStringLiteral("replicas"), 0, 10000).value_or(0);
        action.force = r.optionalBool(QStringLiteral("force"), false);
        action.wait = r.optionalBool(QStringLiteral("wait"), true);
        action.timeout = r.optionalDuration(QStringLiteral("timeout")).value_or(Duration(0));
        break;
    case Action::Kind::ReadinessGate:
        action.message = r.requiredString(QStringLiteral("message"));
        action.items = r.optionalStringList(QStringLiteral("items"));
        break;
    case Action::Kind::Manual: action.instruction = r.requiredString(QStringLiteral("instruction")); break;
    case Action::Kind::Notify: action.message = r.requiredString(QStringLiteral("message")); break;
    case Action::Kind::Watch: {
        action.duration = r.requiredDuration(QStringLiteral("duration")).value_or(Duration(0));
        IdScope ids(m_problems);
        if (const auto array = r.requiredArray(QStringLiteral("criteria"))) {
            forEachObject(*array, r.pathOf(QStringLiteral("criteria")), [&](JsonObjectReader& c) {
                action.criteria.append(readCriterion(c));
                ids.claim(action.criteria.last().id, c.pathOf(QStringLiteral("id")));
            });
        }
        break;
    }
    }
    return action;
}

Step Reader::readStep(JsonObjectReader& r, IdScope& ids)
{
    Step step;
    step.id = r.requiredId();
    ids.claim(step.id, r.pathOf(QStringLiteral("id")));
    step.title = r.requiredString(QStringLiteral("title"));
    step.command = r.optionalString(QStringLiteral("command"));
    if (const auto array = r.requiredArray(QStringLiteral("actions"))) {
        forEachObject(*array, r.pathOf(QStringLiteral("actions")),
                      [&](JsonObjectReader& a) { step.actions.append(readAction(a)); });
    }
    return step;
}

QList<Step> Reader::readSteps(JsonObjectReader& parent, const QString& key, IdScope& ids)
{
    QList<Step> steps;
    if (const auto array = parent.requiredArray(key)) {
        forEachObject(*array, parent.pathOf(key), [&](JsonObjectReader& s) { steps.append(readStep(s, ids)); });
    }
    return steps;
}

Limit Reader::readLimit(JsonObjectReader& parent, const QString& key)
{
    Limit limit;
    const auto object = parent.requiredObject(key);
    if (!object)
        return limit;
    JsonObjectReader r(*object, parent.pathOf(key), m_problems);
    limit.comparison = parseComparison(r.requiredToken(QStringLiteral("comparison"), scalarComparisonTokens()))
                           .value_or(Comparison::Less);
    limit.unit = readUnit(r);
    limit.value = r.requiredNumber(QStringLiteral("value")).value_or(0);
    checkThreshold(r, QStringLiteral("value"), limit.value, limit.unit);
    r.finish();
    return limit;
}

std::optional<Limit> Reader::readOptionalLimit(JsonObjectReader& parent, const QString& key)
{
    if (!parent.has(key))
        return std::nullopt;
    return readLimit(parent, key);
}

void Reader::readChecklist(JsonObjectReader& parent, Runbook& runbook)
{
    const auto object = parent.requiredObject(QStringLiteral("checklist"));
    if (!object)
        return;
    JsonObjectReader r(*object, parent.pathOf(QStringLiteral("checklist")), m_problems);
    IdScope sectionIds(m_problems);
    IdScope itemIds(m_problems);
    if (const auto sections = r.requiredArray(QStringLiteral("sections"))) {
        forEachObject(*sections, r.pathOf(QStringLiteral("sections")), [&](JsonObjectReader& s) {
            ChecklistSection section;
            section.id = s.requiredId();
            sectionIds.claim(section.id, s.pathOf(QStringLiteral("id")));
            section.title = s.requiredString(QStringLiteral("title"));
            if (const auto items = s.requiredArray(QStringLiteral("items"))) {
                forEachObject(*items, s.pathOf(QStringLiteral("items")), [&](JsonObjectReader& i) {
                    ChecklistItem item;
                    item.id = i.requiredId();
                    itemIds.claim(item.id, i.pathOf(QStringLiteral("id")));
                    item.title = i.requiredString(QStringLiteral("title"));
                    item.parameters = readParameters(i);
                    if (const auto verification = i.requiredObject(QStringLiteral("verification"))) {
                        JsonObjectReader v(*verification, i.pathOf(QStringLiteral("verification")), m_problems);
                        item.verification = readVerification(v, item.parameters);
                        v.finish();
                    }
                    section.items.append(item);
                });
            }
            runbook.sections.append(section);
        });
    }
    r.finish();
}

void Reader::readMigration(JsonObjectReader& parent, Runbook& runbook)
{
    const auto object = parent.requiredObject(QStringLiteral("migration"));
    if (!object)
        return;
    JsonObjectReader r(*object, parent.pathOf(QStringLiteral("migration")), m_problems);
    IdScope phaseIds(m_problems);
    IdScope stepIds(m_problems); // step ids key the migration journal, so they are unique across phases
    if (const auto phases = r.requiredArray(QStringLiteral("phases"))) {
        forEachObject(*phases, r.pathOf(QStringLiteral("phases")), [&](JsonObjectReader& p) {
            Phase phase;
            phase.id = p.requiredId();
            phaseIds.claim(phase.id, p.pathOf(QStringLiteral("id")));
            phase.title = p.requiredString(QStringLiteral("title"));
            phase.budget = p.requiredDuration(QStringLiteral("budget")).value_or(Duration(0));
            phase.maintenanceWindow = p.optionalBool(QStringLiteral("maintenance_window"), false);
            phase.steps = readSteps(p, QStringLiteral("steps"), stepIds);
            runbook.phases.append(phase);
        });
    }
    r.finish();
}

void Reader::readRollback(JsonObjectReader& parent, Runbook& runbook)
{
    const auto object = parent.requiredObject(QStringLiteral("rollback"));
    if (!object)
        return;
    JsonObjectReader r(*object, parent.pathOf(QStringLiteral("rollback")), m_problems);
    Rollback& rollback = runbook.rollback;
    rollback.window = r.requiredDuration(QStringLiteral("window")).value_or(Duration(0));
    IdScope triggerIds(m_problems);
    if (const auto triggers = r.requiredArray(QStringLiteral("triggers"))) {
        const QStringList kinds{QStringLiteral("threshold"), QStringLiteral("event"), QStringLiteral("event_count"),
                                QStringLiteral("manual")};
        forEachObject(*triggers, r.pathOf(QStringLiteral("triggers")), [&](JsonObjectReader& t) {
            Trigger trigger;
            trigger.id = t.requiredId();
            triggerIds.claim(trigger.id, t.pathOf(QStringLiteral("id")));
            trigger.title = t.requiredString(QStringLiteral("title"));
            const auto kind = parseTriggerKind(t.requiredToken(QStringLiteral("kind"), kinds));
            trigger.kind = kind.value_or(Trigger::Kind::Manual);
            if (!kind)
                t.skipRest();
            else if (*kind != Trigger::Kind::Manual) {
                trigger.metric = readMetric(t, true);
                trigger.comparison
                    = parseComparison(t.requiredToken(QStringLiteral("comparison"), scalarComparisonTokens()))
                          .value_or(Comparison::Greater);
                trigger.unit = readUnit(t);
                trigger.threshold = t.requiredNumber(QStringLiteral("threshold")).value_or(0);
                checkThreshold(t, QStringLiteral("threshold"), trigger.threshold, trigger.unit);
                if (*kind == Trigger::Kind::Threshold)
                    trigger.forDuration = t.requiredDuration(QStringLiteral("for")).value_or(Duration(0));
                if (*kind == Trigger::Kind::EventCount)
                    trigger.window = t.requiredDuration(QStringLiteral("window")).value_or(Duration(0));
                trigger.onNoData = parseNoDataPolicy(t.optionalToken(QStringLiteral("on_no_data"), noDataPolicyTokens(),
                                                                     QStringLiteral("unknown")))
                                       .value_or(NoDataPolicy::Unknown);
            }
            rollback.triggers.append(trigger);
        });
    }
    rollback.procedureBudget = r.requiredDuration(QStringLiteral("procedure_budget")).value_or(Duration(0));
    IdScope procedureIds(m_problems);
    rollback.procedure = readSteps(r, QStringLiteral("procedure"), procedureIds);
    IdScope checkIds(m_problems);
    rollback.consistencyChecks = readSteps(r, QStringLiteral("consistency_checks"), checkIds);
    r.finish();
}

void Reader::readMonitoring(JsonObjectReader& parent, Runbook& runbook)
{
    const auto object = parent.requiredObject(QStringLiteral("monitoring"));
    if (!object)
        return;
    JsonObjectReader r(*object, parent.pathOf(QStringLiteral("monitoring")), m_problems);
    runbook.monitoring.dashboard = r.optionalString(QStringLiteral("dashboard"));
    runbook.monitoring.criticalWatch = r.requiredDuration(QStringLiteral("critical_watch")).value_or(Duration(0));
    IdScope metricIds(m_problems);
    if (const auto metrics = r.requiredArray(QStringLiteral("metrics"))) {
        forEachObject(*metrics, r.pathOf(QStringLiteral("metrics")), [&](JsonObjectReader& m) {
            MonitoredMetric metric;
            metric.id = m.requiredString(QStringLiteral("id"));
            if (!metric.id.isEmpty() && !isValidMetricName(metric.id))
                m.problems().add(
                    m.pathOf(QStringLiteral("id")),
                    QStringLiteral("bad metric id \"%1\" (use lower-case letters, digits and '_')").arg(metric.id));
            metricIds.claim(metric.id, m.pathOf(QStringLiteral("id")));
            metric.title = m.requiredString(QStringLiteral("title"));
            metric.target = readOptionalLimit(m, QStringLiteral("target"));
            metric.alert = readOptionalLimit(m, QStringLiteral("alert"));
            metric.interval = m.requiredDuration(QStringLiteral("interval")).value_or(Duration(0));
            if (metric.interval.count() <= 0 && m.has(QStringLiteral("interval")))
                m.problems().add(m.pathOf(QStringLiteral("interval")), QStringLiteral("must be longer than zero"));
            metric.unit = readUnit(m);
            metric.counter = m.optionalBool(QStringLiteral("counter"), false);
            metric.response = m.optionalString(QStringLiteral("response"));
            metric.contact = m.optionalString(QStringLiteral("contact"));
            const bool hasQuery = m.has(QStringLiteral("query"));
            const bool hasProbe = m.has(QStringLiteral("probe"));
            const bool manual = m.optionalBool(QStringLiteral("manual"), false);
            if (int(hasQuery) + int(hasProbe) + int(manual) != 1) {
                m.problems().add(m.path(),
                                 QStringLiteral("needs exactly one of \"query\" (PromQL), \"probe\" (%1) "
                                                "or \"manual\": true")
                                     .arg(metricProbeTokens().join(QStringLiteral(", "))));
            }
            if (hasQuery) {
                metric.source.kind = MetricSource::Kind::Query;
                metric.source.query = m.requiredString(QStringLiteral("query")).trimmed();
                if (metric.source.query.isEmpty() && m.has(QStringLiteral("query")))
                    m.problems().add(m.pathOf(QStringLiteral("query")), QStringLiteral("an empty query"));
            } else if (hasProbe) {
                metric.source.kind = MetricSource::Kind::Probe;
                metric.source.probe = parseMetricProbe(m.requiredToken(QStringLiteral("probe"), metricProbeTokens()))
                                          .value_or(MetricProbe::ReplicationLagMs);
                metric.source.historyQuery = m.optionalString(QStringLiteral("history_query")).trimmed();
            } else {
                metric.source.kind = MetricSource::Kind::Manual;
            }
            runbook.monitoring.metrics.append(metric);
        });
    }
    r.finish();
}

void Reader::readApprovals(JsonObjectReader& parent, Runbook& runbook)
{
    const auto object = parent.requiredObject(QStringLiteral("approvals"));
    if (!object)
        return;
    JsonObjectReader r(*object, parent.pathOf(QStringLiteral("approvals")), m_problems);
    IdScope roleIds(m_problems);
    if (const auto roles = r.requiredArray(QStringLiteral("roles"))) {
        forEachObject(*roles, r.pathOf(QStringLiteral("roles")), [&](JsonObjectReader& a) {
            ApprovalRole role{a.requiredId(), a.requiredString(QStringLiteral("title"))};
            roleIds.claim(role.id, a.pathOf(QStringLiteral("id")));
            runbook.approvals.roles.append(role);
        });
    }
    IdScope fieldIds(m_problems);
    if (const auto fields = r.requiredArray(QStringLiteral("fields"), true)) {
        const QStringList types{QStringLiteral("date"), QStringLiteral("datetime"), QStringLiteral("datetime_range"),
                                QStringLiteral("text")};
        forEachObject(*fields, r.pathOf(QStringLiteral("fields")), [&](JsonObjectReader& f) {
            ApprovalField field;
            field.id = f.requiredId();
            fieldIds.claim(field.id, f.pathOf(QStringLiteral("id")));
            field.title = f.requiredString(QStringLiteral("title"));
            field.type
                = parseFieldType(f.requiredToken(QStringLiteral("type"), types)).value_or(ApprovalField::Type::Text);
            runbook.approvals.fields.append(field);
        });
    }
    runbook.approvals.distinctSigners = r.optionalBool(QStringLiteral("distinct_signers"), true);
    if (const auto validFor = r.optionalDuration(QStringLiteral("valid_for")))
        runbook.approvals.validFor = *validFor;
    runbook.approvals.overrideNeedsSecondPerson = r.optionalBool(QStringLiteral("override_needs_second_person"), true);
    runbook.approvals.requalifyOnChange = r.optionalBool(QStringLiteral("requalify_on_change"), true);
    r.finish();
}

Runbook Reader::readRunbook(const QJsonObject& root)
{
    Runbook runbook;
    JsonObjectReader r(root, QString(), m_problems);
    const auto version = r.requiredInt(QStringLiteral("format_version"), 1, 1000);
    if (version && *version > Runbook::kFormatVersion) {
        // Reading on would only produce confusing "unknown key" noise.
        m_problems.add(QStringLiteral("format_version"),
                       QStringLiteral("written for format %1; this build of Rollout Cockpit reads format %2 "
                                      "(update the cockpit)")
                           .arg(*version)
                           .arg(Runbook::kFormatVersion));
        return runbook;
    }
    runbook.id = r.requiredId();
    runbook.title = r.requiredString(QStringLiteral("title"));
    runbook.document = r.optionalString(QStringLiteral("document"));
    runbook.status = r.optionalString(QStringLiteral("status"));
    runbook.timeline = r.optionalDuration(QStringLiteral("timeline")).value_or(Duration(0));
    runbook.riskLevel
        = parseSeverity(r.optionalToken(QStringLiteral("risk_level"), severityTokens(), QStringLiteral("medium")))
              .value_or(Severity::Medium);
    readChecklist(r, runbook);
    readMigration(r, runbook);
    readRollback(r, runbook);
    readMonitoring(r, runbook);

    IdScope dayIds(m_problems);
    if (const auto days = r.requiredArray(QStringLiteral("week1_validations"), true)) {
        forEachObject(*days, QStringLiteral("week1_validations"), [&](JsonObjectReader& d) {
            Week1Validation day{d.requiredId(), d.requiredString(QStringLiteral("title")),
                                d.requiredInt(QStringLiteral("day"), 1, 7).value_or(0), readParameters(d)};
            dayIds.claim(day.id, d.pathOf(QStringLiteral("id")));
            runbook.week1Validations.append(day);
        });
    }
    IdScope rowIds(m_problems);
    if (const auto rows = r.requiredArray(QStringLiteral("response_matrix"), true)) {
        forEachObject(*rows, QStringLiteral("response_matrix"), [&](JsonObjectReader& x) {
            ResponseRow row;
            row.id = x.requiredId();
            rowIds.claim(row.id, x.pathOf(QStringLiteral("id")));
            row.title = x.requiredString(QStringLiteral("title"));
            row.severity = parseSeverity(x.requiredToken(QStringLiteral("severity"), severityTokens()))
                               .value_or(Severity::Medium);
            const auto timeout = x.requiredValue(QStringLiteral("timeout"));
            if (timeout && !timeout->isNull()) // null: no limit
                row.timeout = x.requiredDuration(QStringLiteral("timeout"));
            row.action = x.requiredString(QStringLiteral("action"));
            runbook.responseMatrix.append(row);
        });
    }
    runbook.successWindow = r.requiredDuration(QStringLiteral("success_window")).value_or(Duration(0));
    IdScope criterionIds(m_problems);
    if (const auto criteria = r.requiredArray(QStringLiteral("success_criteria"))) {
        forEachObject(*criteria, QStringLiteral("success_criteria"), [&](JsonObjectReader& c) {
            runbook.successCriteria.append(readCriterion(c));
            criterionIds.claim(runbook.successCriteria.last().id, c.pathOf(QStringLiteral("id")));
        });
    }
    IdScope contactIds(m_problems);
    if (const auto contacts = r.requiredArray(QStringLiteral("contacts"), true)) {
        forEachObject(*contacts, QStringLiteral("contacts"), [&](JsonObjectReader& c) {
            Contact contact{c.requiredId(), c.requiredString(QStringLiteral("title")),
                            c.requiredString(QStringLiteral("contact")), c.optionalString(QStringLiteral("backup")),
                            c.optionalString(QStringLiteral("oncall"))};
            contactIds.claim(contact.id, c.pathOf(QStringLiteral("id")));
            runbook.contacts.append(contact);
        });
    }
    readApprovals(r, runbook);
    r.finish();
    checkRunbookReferences(runbook, m_problems);
    return runbook;
}

Error loadError(const QString& sourceName, const QString& message, QStringList details = {})
{
    Error error
        = makeError(ErrorKind::InvalidInput, message, sourceName,
                    QStringLiteral("Fix the file (docs/runbook-format.md describes the format) and open it again."));
    error.details = std::move(details);
    return error;
}

} // namespace

Result<Runbook> RunbookLoader::loadFile(const QString& path)
{
    const auto bytes = readInputFile(path, kMaxFileSize, QStringLiteral("a runbook"));
    if (!bytes)
        return bytes.error();
    auto result = loadJson(bytes.value(), path);
    if (result.ok())
        result.value().source = path;
    return result;
}

Result<Runbook> RunbookLoader::loadJson(const QByteArray& json, const QString& sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        return loadError(sourceName,
                         QStringLiteral("malformed JSON at line %1, column %2: %3")
                             .arg(line)
                             .arg(column)
                             .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return loadError(sourceName, QStringLiteral("expected a JSON object at the top level"));

    JsonProblems problems;
    for (const DuplicateKey& duplicate : findDuplicateKeys(json))
        problems.add(duplicate.path, duplicate.message);
    Reader reader(problems);
    Runbook runbook = reader.readRunbook(document.object());
    if (!problems.isEmpty()) {
        const QString summary = problems.size() == 1
            ? QStringLiteral("not a valid runbook: ") + problems.lines().first()
            : QStringLiteral("not a valid runbook (%1 problems)").arg(problems.size());
        return loadError(sourceName, summary, problems.size() == 1 ? QStringList() : problems.lines());
    }
    runbook.source = sourceName;
    warnDuplicateTitles(titlesOf(runbook.sections), QStringLiteral("checklist.sections"),
                        QStringLiteral("this section"), runbook.warnings);
    for (qsizetype p = 0; p < runbook.phases.size(); ++p) {
        warnDuplicateTitles(titlesOf(runbook.phases[p].steps),
                            jsonIndexPath(QStringLiteral("migration.phases"), p) + QStringLiteral(".steps"),
                            QStringLiteral("this step"), runbook.warnings);
    }
    warnDuplicateTitles(titlesOf(runbook.phases), QStringLiteral("migration.phases"), QStringLiteral("this phase"),
                        runbook.warnings);
    warnDuplicateTitles(titlesOf(runbook.rollback.procedure), QStringLiteral("rollback.procedure"),
                        QStringLiteral("this step"), runbook.warnings);
    warnDuplicateTitles(titlesOf(runbook.rollback.consistencyChecks), QStringLiteral("rollback.consistency_checks"),
                        QStringLiteral("this step"), runbook.warnings);
    return runbook;
}

} // namespace cockpit
