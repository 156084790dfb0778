#include "ExecutorSupport.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace cockpit::migration {

Probe Executor::probe(const ExecContext&, const PlannedAction& action, const QJsonObject&) const
{
    Probe p;
    p.summary = action.action.isIdempotent()
        ? ExecTr::tr("this action leaves the same state when run again; nothing to probe")
        : ExecTr::tr("the cockpit cannot see whether this action took effect: check by hand before deciding");
    return p;
}

const Executor& executorFor(Action::Kind kind)
{
    switch (kind) {
    case Action::Kind::Sql: return sqlExecutor();
    case Action::Kind::ReadOnly: return readOnlyExecutor();
    case Action::Kind::TerminateBackends: return terminateBackendsExecutor();
    case Action::Kind::DockerServiceScale: return serviceScaleExecutor();
    case Action::Kind::StackDeploy: return stackDeployExecutor();
    case Action::Kind::StackRemove: return stackRemoveExecutor();
    case Action::Kind::Snapshot: return snapshotExecutor();
    case Action::Kind::VerifySnapshot: return verifySnapshotExecutor();
    case Action::Kind::RestoreTest: return restoreTestExecutor();
    case Action::Kind::ReadinessGate: return readinessGateExecutor();
    case Action::Kind::ApprovalsGate: return approvalsGateExecutor();
    case Action::Kind::Baseline: return baselineExecutor();
    case Action::Kind::RowCount: return rowCountExecutor();
    case Action::Kind::WriteProbe: return writeProbeExecutor();
    case Action::Kind::Program: return programExecutor();
    case Action::Kind::Manual: return manualExecutor();
    case Action::Kind::Notify: return notifyExecutor();
    case Action::Kind::Watch: return watchExecutor();
    }
    return manualExecutor();
}

QString outcomeToken(Outcome::Kind kind)
{
    switch (kind) {
    case Outcome::Kind::Done: return QStringLiteral("done");
    case Outcome::Kind::Blocked: return QStringLiteral("blocked");
    case Outcome::Kind::Failed: break;
    }
    return QStringLiteral("failed");
}

QString describeInputs(const QJsonObject& inputs)
{
    QStringList lines;
    for (auto it = inputs.begin(); it != inputs.end(); ++it) {
        QString value;
        if (it.value().isString())
            value = it.value().toString();
        else if (it.value().isArray()
                 && std::all_of(it.value().toArray().begin(), it.value().toArray().end(),
                                [](const QJsonValue& v) { return v.isString(); })) {
            QStringList parts;
            for (const QJsonValue v : it.value().toArray())
                parts.append(v.toString());
            value = parts.join(QLatin1Char(' '));
        } else {
            value
                = QString::fromUtf8(QJsonDocument::fromVariant(it.value().toVariant()).toJson(QJsonDocument::Compact));
            if (value.isEmpty())
                value = it.value().toVariant().toString();
        }
        lines.append(QStringLiteral("%1: %2").arg(it.key(), value));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace cockpit::migration