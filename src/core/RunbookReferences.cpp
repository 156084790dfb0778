#include "RunbookReferences.h"

#include "JsonReader.h"

namespace cockpit {

// What names a metric, a response row or a contact must name one the runbook defines: a
// trigger on a metric nobody measures would never fire.
void checkRunbookReferences(const Runbook& runbook, JsonProblems& problems)
{
    const auto metricProblem = [&](const QString& path, const QString& metric) {
        if (!metric.isEmpty() && !runbook.findMetric(metric))
            problems.add(path,
                         QStringLiteral("no metric \"%1\" in monitoring.metrics (every metric a trigger or "
                                        "criterion names must be defined there, with its query or probe)")
                             .arg(metric));
    };
    // A threshold in a unit the metric's cannot be converted to would be compared as a raw number.
    const auto unitProblem = [&](const QString& path, const QString& metric, Unit unit) {
        const MonitoredMetric* m = runbook.findMetric(metric);
        if (m && m->unit != Unit::None && unit != Unit::None && !convertUnit(1.0, unit, m->unit))
            problems.add(path,
                         QStringLiteral("\"%1\" cannot be compared with metric \"%2\", measured in \"%3\"")
                             .arg(unitToken(unit), metric, unitToken(m->unit)));
    };
    for (qsizetype i = 0; i < runbook.rollback.triggers.size(); ++i) {
        const Trigger& t = runbook.rollback.triggers[i];
        if (t.kind == Trigger::Kind::Manual)
            continue;
        const QString path = jsonIndexPath(QStringLiteral("rollback.triggers"), i);
        metricProblem(path + QStringLiteral(".metric"), t.metric);
        unitProblem(path + QStringLiteral(".unit"), t.metric, t.unit);
    }
    for (qsizetype i = 0; i < runbook.successCriteria.size(); ++i) {
        const QString path = jsonIndexPath(QStringLiteral("success_criteria"), i);
        metricProblem(path + QStringLiteral(".metric"), runbook.successCriteria[i].metric);
        unitProblem(path + QStringLiteral(".unit"), runbook.successCriteria[i].metric, runbook.successCriteria[i].unit);
    }
    for (qsizetype i = 0; i < runbook.monitoring.metrics.size(); ++i) {
        const MonitoredMetric& m = runbook.monitoring.metrics[i];
        const QString path = jsonIndexPath(QStringLiteral("monitoring.metrics"), i);
        if (!m.response.isEmpty() && !runbook.findResponse(m.response))
            problems.add(path + QStringLiteral(".response"),
                         QStringLiteral("no row \"%1\" in response_matrix").arg(m.response));
        if (!m.contact.isEmpty() && !runbook.findContact(m.contact))
            problems.add(path + QStringLiteral(".contact"),
                         QStringLiteral("no contact \"%1\" in contacts").arg(m.contact));
    }
}

} // namespace cockpit
