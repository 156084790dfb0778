#pragma once

#include "ClusterAccess.h"
#include "Executors.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <chrono>

// What the executors' files share, and the registry's entries (Executors.cpp picks by kind).
namespace cockpit::migration {

class ExecTr
{
    Q_DECLARE_TR_FUNCTIONS(cockpit::migration::Executors)
};

// An action's own time limit, else the kind's default.
inline std::chrono::milliseconds orDefault(Duration value, std::chrono::milliseconds fallback)
{
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(value);
    return ms.count() > 0 ? ms : fallback;
}

// The resolved target, recorded in the inputs ...
inline QJsonObject withTarget(QJsonObject inputs, const NodeTarget& node)
{
    inputs[QStringLiteral("target")] = node.describe();
    if (!node.how.isEmpty())
        inputs[QStringLiteral("target_chosen_as")] = node.how;
    return inputs;
}

// ... and found again when the action runs (the node the start recorded, not a new guess).
inline NodeTarget targetFrom(const ExecContext& context, const QJsonObject& inputs)
{
    const QString name = inputs.value(QStringLiteral("target")).toString().section(QLatin1Char(' '), 0, 0);
    for (const NodeTarget& node : everyNode(context)) {
        if (node.name == name)
            return node;
    }
    return {};
}

// ClusterExecutors.cpp
const Executor& sqlExecutor();
const Executor& readOnlyExecutor();
const Executor& terminateBackendsExecutor();
const Executor& serviceScaleExecutor();
const Executor& stackDeployExecutor();
const Executor& stackRemoveExecutor();
// SnapshotExecutors.cpp
const Executor& snapshotExecutor();
const Executor& verifySnapshotExecutor();
const Executor& restoreTestExecutor();
const Executor& rowCountExecutor();
// CheckExecutors.cpp
const Executor& readinessGateExecutor();
const Executor& approvalsGateExecutor();
const Executor& baselineExecutor();
const Executor& writeProbeExecutor();
const Executor& programExecutor();
const Executor& manualExecutor();
const Executor& notifyExecutor();
// WatchExecutor.cpp
const Executor& watchExecutor();

} // namespace cockpit::migration
