#include "RunbookText.h"

#include "Console.h"

#include "core/RunbookDescribe.h"

#include <QCoreApplication>

namespace cockpit::cli {
namespace {

void heading(QString& text, const QString& title)
{
    text += QLatin1Char('\n') + title + QLatin1Char('\n') + QString(title.size(), QLatin1Char('=')) + QLatin1Char('\n');
}

void steps(QString& text, const QList<Step>& list, const QString& indent)
{
    int number = 1;
    for (const Step& step : list) {
        text += indent + QStringLiteral("%1. %2 [%3]\n").arg(number++).arg(step.title, step.id);
        for (const Action& action : step.actions)
            text += indent + QStringLiteral("     - ") + describeAction(action) + QLatin1Char('\n');
    }
}

} // namespace

QString runbookAsText(const Runbook& rb)
{
    QString text;
    text += rb.title + QLatin1Char('\n');
    if (!rb.document.isEmpty())
        text += rb.document + QLatin1Char('\n');
    text += CliText::tr("Status: %1 | Timeline: %2 | Risk: %3 | Rollback window: %4\n")
                .arg(rb.status, describeDurationLong(rb.timeline), severityTitle(rb.riskLevel),
                     describeDurationLong(rb.rollback.window));

    heading(text, CliText::tr("Readiness checklist (%1 items)").arg(rb.itemCount()));
    for (const ChecklistSection& section : rb.sections) {
        text += QStringLiteral("\n%1 (%2)\n").arg(section.title).arg(section.items.size());
        for (const ChecklistItem& item : section.items) {
            text += QStringLiteral("  [ ] %1  (%2)\n").arg(item.title, item.id);
            for (const Parameter& parameter : item.parameters)
                text += QStringLiteral("        %1\n").arg(describeParameter(parameter));
        }
    }

    heading(text, CliText::tr("Migration procedure"));
    for (const Phase& phase : rb.phases) {
        text += QStringLiteral("\n%1 (%2%3)\n")
                    .arg(phase.title, describeDurationLong(phase.budget),
                         phase.maintenanceWindow ? CliText::tr(", maintenance window") : QString());
        steps(text, phase.steps, QStringLiteral("  "));
    }

    heading(text, CliText::tr("Rollback plan (rollback window: %1)").arg(describeDurationLong(rb.rollback.window)));
    text += CliText::tr("Automatic rollback triggers:\n");
    for (const Trigger& trigger : rb.rollback.triggers)
        text += QStringLiteral("  - %1  [%2]\n").arg(trigger.title, describeTrigger(trigger));
    text += CliText::tr("Manual rollback procedure (< %1):\n").arg(describeDurationLong(rb.rollback.procedureBudget));
    steps(text, rb.rollback.procedure, QStringLiteral("  "));
    text += CliText::tr("Data consistency checks after a rollback:\n");
    steps(text, rb.rollback.consistencyChecks, QStringLiteral("  "));

    heading(text,
            CliText::tr("Monitoring (critical watch: %1)").arg(describeDurationLong(rb.monitoring.criticalWatch)));
    for (const MonitoredMetric& metric : rb.monitoring.metrics) {
        text += QStringLiteral("  %1: target %2, alert %3, every %4\n")
                    .arg(metric.title, describeLimit(metric.target), describeLimit(metric.alert),
                         formatDuration(metric.interval));
    }
    text += CliText::tr("Week 1 validations:\n");
    for (const Week1Validation& day : rb.week1Validations)
        text += QStringLiteral("  Day %1: %2\n").arg(day.day).arg(day.title);
    text += CliText::tr("Issues response matrix:\n");
    for (const ResponseRow& row : rb.responseMatrix) {
        text += QStringLiteral("  %1 | %2 | %3 | %4\n")
                    .arg(row.title, severityTitle(row.severity),
                         row.timeout ? describeDurationLong(*row.timeout) : CliText::tr("no limit"), row.action);
    }

    heading(text, CliText::tr("Success criteria (all true for %1)").arg(describeDurationLong(rb.successWindow)));
    for (const Criterion& criterion : rb.successCriteria)
        text += QStringLiteral("  - %1  [%2]\n").arg(criterion.title, describeCriterion(criterion));

    heading(text, CliText::tr("Contacts and escalation"));
    for (const Contact& contact : rb.contacts) {
        text += QStringLiteral("  %1: %2 (backup %3, on call: %4)\n")
                    .arg(contact.title, contact.contact, contact.backup, contact.oncall);
    }

    heading(text, CliText::tr("Approval sign-off"));
    for (const ApprovalRole& role : rb.approvals.roles)
        text += QStringLiteral("  [ ] %1\n").arg(role.title);
    for (const ApprovalField& field : rb.approvals.fields)
        text += QStringLiteral("  %1: ____\n").arg(field.title);
    return text;
}

} // namespace cockpit::cli
