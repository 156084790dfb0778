#include "RunbookDescribe.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cockpit {

// The translation context of these descriptions.
class RunbookDescribe
{
    Q_DECLARE_TR_FUNCTIONS(cockpit::RunbookDescribe)
};

QString describeValue(const QJsonValue& value, Unit unit)
{
    if (value.isDouble())
        return formatWithUnit(value.toDouble(), unit);
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue element : value.toArray())
            parts.append(describeValue(element, unit));
        return parts.join(QStringLiteral(", "));
    }
    return value.toString();
}

QString describeParameter(const Parameter& parameter)
{
    return parameter.name + QLatin1Char(' ') + comparisonSymbol(parameter.comparison) + QLatin1Char(' ')
        + describeValue(parameter.value, parameter.unit);
}

QString describeLimit(const std::optional<Limit>& limit)
{
    return limit ? describeLimit(*limit) : QStringLiteral("\u2014");
}

QString describeLimit(const Limit& limit)
{
    return comparisonSymbol(limit.comparison) + QLatin1Char(' ') + formatWithUnit(limit.value, limit.unit);
}

QString describeCriterion(const Criterion& criterion)
{
    QString text;
    if (!criterion.metric.isEmpty() && criterion.comparison) {
        text = criterion.metric + QLatin1Char(' ') + comparisonSymbol(*criterion.comparison);
        if (criterion.threshold)
            text += QLatin1Char(' ') + formatWithUnit(*criterion.threshold, criterion.unit);
    }
    if (criterion.kind == Criterion::Kind::Manual)
        text = text.isEmpty() ? RunbookDescribe::tr("judged by people")
                              : text + RunbookDescribe::tr(" (judged by people)");
    return text;
}

QString describeTrigger(const Trigger& trigger)
{
    const QString condition = trigger.metric + QLatin1Char(' ') + comparisonSymbol(trigger.comparison)
        + QLatin1Char(' ') + formatWithUnit(trigger.threshold, trigger.unit);
    switch (trigger.kind) {
    case Trigger::Kind::Threshold:
        return condition + RunbookDescribe::tr(" for %1").arg(formatDuration(trigger.forDuration));
    case Trigger::Kind::Event: return condition + RunbookDescribe::tr(" (any occurrence)");
    case Trigger::Kind::EventCount:
        return condition + RunbookDescribe::tr(" within %1").arg(formatDuration(trigger.window));
    case Trigger::Kind::Manual: return RunbookDescribe::tr("declared by a person");
    }
    return {};
}

QString describeAction(const Action& action)
{
    switch (action.kind) {
    case Action::Kind::Program:
        return RunbookDescribe::tr("Run %1").arg(
            (QStringList{action.program} + action.arguments).join(QLatin1Char(' ')));
    case Action::Kind::Sql:
        return (action.everyNode ? RunbookDescribe::tr("SQL on every node, %1 as %2: %3")
                                 : RunbookDescribe::tr("SQL on the leader, %1 as %2: %3"))
            .arg(action.database, action.user, action.sql);
    case Action::Kind::ReadOnly:
        return action.on ? RunbookDescribe::tr("Make the whole cluster read-only (Patroni's dynamic configuration: "
                                               "default_transaction_read_only = on on every member, verified)")
                         : RunbookDescribe::tr("Make the cluster writable again (default_transaction_read_only = off "
                                               "on every member, verified)");
    case Action::Kind::TerminateBackends:
        return RunbookDescribe::tr("End the application's sessions on %1 (sparing this cockpit, replication and "
                                   "administrators), counting them")
            .arg(action.database);
    case Action::Kind::StackDeploy:
        return RunbookDescribe::tr("docker stack deploy -c %1 %2")
            .arg(action.composeFile.isEmpty() ? RunbookDescribe::tr("<the profile's compose file>")
                                              : action.composeFile,
                 action.stack.isEmpty() ? RunbookDescribe::tr("<the profile's stack>") : action.stack);
    case Action::Kind::StackRemove:
        return RunbookDescribe::tr("docker stack rm %1")
            .arg(action.stack.isEmpty() ? RunbookDescribe::tr("<the profile's stack>") : action.stack);
    case Action::Kind::Snapshot:
        return RunbookDescribe::tr("Base backup of the leader as snapshot \"%1\" (pg_basebackup), with a manifest "
                                   "and the application tables' row counts")
            .arg(action.label);
    case Action::Kind::VerifySnapshot:
        return RunbookDescribe::tr("Verify snapshot \"%1\" (pg_verifybackup)").arg(action.label);
    case Action::Kind::RestoreTest:
        return RunbookDescribe::tr("Start snapshot \"%1\" on a throwaway server and compare its row counts")
            .arg(action.label);
    case Action::Kind::ApprovalsGate:
        return RunbookDescribe::tr("Approval gate: every role signed, inside the maintenance window (\"%1\")")
            .arg(action.message);
    case Action::Kind::Baseline:
        return RunbookDescribe::tr("Performance baseline: %1 timed runs of %2 queries; p50, p95, p99")
            .arg(action.runs)
            .arg(action.arguments.size());
    case Action::Kind::RowCount:
        return RunbookDescribe::tr("Count %1 against the count recorded in snapshot \"%2\"")
            .arg(action.table, action.label);
    case Action::Kind::WriteProbe:
        return RunbookDescribe::tr("Write a test row to %1 and read it back").arg(action.table);
    case Action::Kind::DockerServiceScale:
        return RunbookDescribe::tr("Scale Docker service %1 to %2 replicas%3")
            .arg(action.service)
            .arg(action.replicas)
            .arg(action.force ? RunbookDescribe::tr(" (forced update)") : QString());
    case Action::Kind::ReadinessGate:
        return action.items.isEmpty()
            ? RunbookDescribe::tr("Readiness gate: every automated item must pass (\"%1\")").arg(action.message)
            : RunbookDescribe::tr("Checks that must pass: %1 (\"%2\")")
                  .arg(action.items.join(QStringLiteral(", ")), action.message);
    case Action::Kind::Manual: return RunbookDescribe::tr("Confirm: %1").arg(action.instruction);
    case Action::Kind::Notify: return RunbookDescribe::tr("Notify stakeholders: %1").arg(action.message);
    case Action::Kind::Watch: {
        QStringList criteria;
        for (const Criterion& criterion : action.criteria)
            criteria.append(criterion.title);
        return RunbookDescribe::tr("Watch for %1: %2")
            .arg(describeDurationLong(action.duration), criteria.join(QStringLiteral("; ")));
    }
    }
    return {};
}

QString describeDurationLong(Duration duration)
{
    const DurationInUnit single = durationInSingleUnit(duration);
    const int n = static_cast<int>(single.count);
    switch (single.unit) {
    case 0: return RunbookDescribe::tr("%n second(s)", nullptr, n);
    case 1: return RunbookDescribe::tr("%n minute(s)", nullptr, n);
    case 2: return RunbookDescribe::tr("%n hour(s)", nullptr, n);
    case 3: return RunbookDescribe::tr("%n day(s)", nullptr, n);
    case 4: return RunbookDescribe::tr("%n week(s)", nullptr, n);
    default: return formatDuration(duration);
    }
}

QString describeElapsed(qint64 ms)
{
    const qint64 minutes = ms / 60000;
    if (minutes >= 60)
        return RunbookDescribe::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    if (minutes >= 1)
        return RunbookDescribe::tr("%1 min %2 s").arg(minutes).arg((ms / 1000) % 60);
    return RunbookDescribe::tr("%1 s").arg(ms / 1000);
}

QString severityTitle(Severity severity)
{
    switch (severity) {
    case Severity::Critical: return RunbookDescribe::tr("Critical");
    case Severity::High: return RunbookDescribe::tr("High");
    case Severity::Medium: return RunbookDescribe::tr("Medium");
    case Severity::Low: return RunbookDescribe::tr("Low");
    case Severity::Info: return RunbookDescribe::tr("Info");
    }
    return {};
}

} // namespace cockpit
