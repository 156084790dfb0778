// The gates, the measurements and the people: readiness and approvals, the baseline, the test
// write, external programs, manual steps.
#include "Blocking.h"
#include "ExecutorSupport.h"
#include "connectors/postgres/PgConnection.h"
#include "connectors/secrets/SecretStore.h"
#include "core/Clock.h"
#include "engine/approvals/ApprovalLedger.h"
#include "engine/profiles/ProfileClients.h"
#include "engine/readiness/ReadinessGate.h"
#include "store/Store.h"

#include <QDir>
#include <QJsonArray>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace cockpit::migration {
namespace {

using namespace std::chrono_literals;

// --- readiness_gate, approvals_gate -----------------------------------------------------------
class ReadinessGateExecutor final : public Executor
{
public:
    Result<QJsonObject> resolve(const ExecContext&, const PlannedAction& planned) const override
    {
        return QJsonObject{{QStringLiteral("items"),
                            planned.action.items.isEmpty()
                                ? QJsonValue(QStringLiteral("every automated item"))
                                : QJsonValue(QJsonArray::fromStringList(planned.action.items))},
                           {QStringLiteral("rule"),
                            ExecTr::tr("every automated item checked must pass (or be marked not "
                                       "applicable with a reason)")}};
    }

    Outcome run(const ExecContext& context, const PlannedAction& planned, const QJsonObject&) const override
    {
        SessionSecretStore secrets;
        for (auto it = context.credentials.begin(); it != context.credentials.end(); ++it)
            (void)await(secrets.write(secretKey(context.profile.name, it.key()), it.value()));
        ReadinessRunner runner(context.runbook, context.profile, secrets);
        const std::optional<ReadinessReport> checked = awaitValue(runner.run(planned.action.items));
        if (!checked)
            return Outcome::failed(ExecTr::tr("the readiness check ended without an answer"));
        const ReadinessReport& report = *checked;
        QHash<QString, ItemState> states;
        context.withStore([&](Store& store) {
            if (const auto recorded = store.checklistStates(context.rolloutId); recorded) {
                for (const ItemState& s : recorded.value())
                    states.insert(s.itemId, s);
            }
            (void)store.recordCheckResults(context.rolloutId, context.profile.name, report.items);
        });
        const ReadinessVerdict verdict = judgeReadiness(context.runbook, report, states);
        QJsonObject outputs{{QStringLiteral("automated"), verdict.automated},
                            {QStringLiteral("passed"), verdict.passed},
                            {QStringLiteral("reasons"), QJsonArray::fromStringList(verdict.reasons)},
                            {QStringLiteral("waived"), QJsonArray::fromStringList(verdict.waived)}};
        if (verdict.automated == 0)
            return Outcome::blocked(ExecTr::tr("none of the gate's items is checked automatically, so nothing passed"),
                                    outputs);
        if (verdict.open)
            return Outcome::done(ExecTr::tr("readiness gate open: %1 of %2 automated items pass%3")
                                     .arg(verdict.passed)
                                     .arg(verdict.automated)
                                     .arg(verdict.waived.isEmpty()
                                              ? QString()
                                              : ExecTr::tr(", %n accepted as not applicable", nullptr,
                                                           static_cast<int>(verdict.waived.size()))),
                                 outputs);
        const QString reason = context.gateOverrides.value(QStringLiteral("readiness"));
        if (!reason.isEmpty()) {
            outputs[QStringLiteral("overridden")] = reason;
            return Outcome::done(ExecTr::tr("readiness gate OVERRIDDEN (%1 failing items bypassed): %2")
                                     .arg(verdict.reasons.size())
                                     .arg(reason),
                                 outputs);
        }
        return Outcome::blocked(
            ExecTr::tr("%1 — %n item(s) do not pass: %2", nullptr, static_cast<int>(verdict.reasons.size()))
                .arg(planned.action.message, verdict.reasons.mid(0, 5).join(QLatin1String("; "))),
            outputs);
    }
};

class ApprovalsGateExecutor final : public Executor
{
public:
    Result<QJsonObject> resolve(const ExecContext&, const PlannedAction&) const override
    {
        return QJsonObject{{QStringLiteral("rule"),
                            ExecTr::tr("all five roles approved, none rejected, inside the "
                                       "maintenance window, the ledger intact")}};
    }

    Outcome run(const ExecContext& context, const PlannedAction& planned, const QJsonObject&) const override
    {
        std::optional<approvals::GateVerdict> verdict;
        Error failure;
        context.withStore([&](Store& store) {
            const auto reading = approvals::readLedger(store, context.runbook, context.rolloutId);
            if (!reading) {
                failure = reading.error();
                return;
            }
            verdict = approvals::judgeGate(reading->state, context.clock->nowUtc(), reading->chain);
        });
        if (!verdict)
            return Outcome::failed(ExecTr::tr("the approvals could not be read: %1").arg(failure.toString()));
        QJsonObject outputs{{QStringLiteral("reasons"), QJsonArray::fromStringList(verdict->reasons)},
                            {QStringLiteral("overridden_by_approvals"), verdict->overridden}};
        if (verdict->open)
            return Outcome::done(verdict->summary(), outputs);
        const QString reason = context.gateOverrides.value(QStringLiteral("approvals"));
        if (!reason.isEmpty()) {
            outputs[QStringLiteral("overridden")] = reason;
            return Outcome::done(ExecTr::tr("approval gate OVERRIDDEN: %1").arg(reason), outputs);
        }
        return Outcome::blocked(
            QStringLiteral("%1 — %2").arg(planned.action.message, verdict->reasons.join(QLatin1String("; "))), outputs);
    }
};

// --- baseline, row_count, write_probe ---------------------------------------------------------
double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const qsizetype rank
        = std::clamp<qsizetype>(static_cast<qsizetype>(std::ceil(p * double(values.size()))) - 1, 0, values.size() - 1);
    return values[rank];
}

class BaselineExecutor final : public Executor
{
public:
    Result<QJsonObject> resolve(const ExecContext& context, const PlannedAction& planned) const override
    {
        const auto leader = findLeader(context);
        if (!leader)
            return leader.error();
        return withTarget(QJsonObject{{QStringLiteral("queries"), QJsonArray::fromStringList(planned.action.arguments)},
                                      {QStringLiteral("runs"), planned.action.runs},
                                      {QStringLiteral("session"), QStringLiteral("read-only")}},
                          leader.value());
    }

    Outcome run(const ExecContext& context, const PlannedAction& planned, const QJsonObject& inputs) const override
    {
        const Action& a = planned.action;
        PgConnectOptions connect = profile::postgresOptions(
            context.profile, context.password(QStringLiteral("postgres")), targetFrom(context, inputs).index);
        if (!a.database.isEmpty())
            connect.database = a.database;
        connect.applicationName = QStringLiteral("rollout-cockpit-baseline");
        connect.settings.append({QStringLiteral("default_transaction_read_only"), QStringLiteral("on")});
        PgConnection connection;
        if (const auto opened = await(connection.open(connect)); !opened)
            return Outcome::failed(opened.error());
        QList<QList<double>> perQuery(a.arguments.size());
        QList<double> all;
        for (int run = 0; run < a.runs; ++run) {
            for (int q = 0; q < a.arguments.size(); ++q) {
                const auto result = await(connection.query(a.arguments[q]));
                if (!result)
                    return Outcome::failed(ExecTr::tr("query %1: %2").arg(q + 1).arg(result.error().toString()));
                const double ms = double(result->elapsed.count()) / 1000.0;
                perQuery[q].append(ms);
                all.append(ms);
            }
            if (context.progress)
                context.progress(100 * (run + 1) / a.runs);
            if (context.aborted())
                return Outcome::failed(ExecTr::tr("aborted after %1 runs").arg(run + 1));
        }
        QJsonArray queries;
        for (int q = 0; q < a.arguments.size(); ++q)
            queries.append(QJsonObject{{QStringLiteral("sql"), a.arguments[q]},
                                       {QStringLiteral("p50_ms"), percentile(perQuery[q], 0.50)},
                                       {QStringLiteral("p95_ms"), percentile(perQuery[q], 0.95)},
                                       {QStringLiteral("p99_ms"), percentile(perQuery[q], 0.99)}});
        const QJsonObject outputs{{QStringLiteral("p50_ms"), percentile(all, 0.50)},
                                  {QStringLiteral("p95_ms"), percentile(all, 0.95)},
                                  {QStringLiteral("p99_ms"), percentile(all, 0.99)},
                                  {QStringLiteral("samples"), static_cast<int>(all.size())},
                                  {QStringLiteral("queries"), queries}};
        return Outcome::done(ExecTr::tr("%1 queries timed: p50 %2 ms, p95 %3 ms, p99 %4 ms")
                                 .arg(all.size())
                                 .arg(percentile(all, 0.50), 0, 'f', 2)
                                 .arg(percentile(all, 0.95), 0, 'f', 2)
                                 .arg(percentile(all, 0.99), 0, 'f', 2),
                             outputs);
    }
};

class WriteProbeExecutor final : public Executor
{
public:
    Result<QJsonObject> resolve(const ExecContext& context, const PlannedAction& planned) const override
    {
        const auto leader = findLeader(context);
        if (!leader)
            return leader.error();
        const QString table = planned.action.table;
        return withTarget(
            QJsonObject{
                {QStringLiteral("sql"),
                 QStringLiteral("INSERT INTO %1 (key, value) VALUES ($1, $2) RETURNING id").arg(table)},
                {QStringLiteral("read_back"),
                 QStringLiteral("SELECT value FROM %1 WHERE id = $1, on the leader and every replica").arg(table)}},
            leader.value());
    }

    Outcome run(const ExecContext& context, const PlannedAction& planned, const QJsonObject& inputs) const override
    {
        const NodeTarget leader = targetFrom(context, inputs);
        const QString key
            = QStringLiteral("rollout-cockpit-probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString value = context.clock->nowUtc().toString(Qt::ISODateWithMs);
        const auto inserted = runSql(context, leader, inputs.value(QStringLiteral("sql")).toString(), {key, value});
        if (!inserted)
            return Outcome::failed(ExecTr::tr("the test write was refused: %1").arg(inserted.error().toString()));
        const QString id = inserted->value(0, 0).toString();
        QJsonObject outputs{{QStringLiteral("id"), id}, {QStringLiteral("key"), key}};
        const QString readBack = QStringLiteral("SELECT value FROM %1 WHERE id = $1").arg(planned.action.table);
        QStringList seen;
        for (const NodeTarget& node : everyNode(context)) {
            bool found = false;
            for (int attempt = 0; attempt < 20 && !found; ++attempt) {
                const auto answer = runSql(context, node, readBack, {id});
                found = answer && !answer->rows.isEmpty() && answer->value(0, 0).toString() == value;
                if (!found)
                    pauseFor(500ms);
            }
            if (!found)
                return Outcome::failed(ExecTr::tr("row %1 was written on %2 but %3 did not show it within 10 s")
                                           .arg(id, leader.name, node.name),
                                       outputs);
            seen.append(node.name);
        }
        outputs[QStringLiteral("read_on")] = QJsonArray::fromStringList(seen);
        return Outcome::done(
            ExecTr::tr("row %1 written on %2 and read back on %3").arg(id, leader.name, seen.join(QLatin1String(", "))),
            outputs);
    }
};

// --- program ----------------------------------------------------------------------------------
class ProgramExecutor final : public Executor
{
public:
    Result<QJsonObject> resolve(const ExecContext&, const PlannedAction& planned) const override
    {
        return QJsonObject{{QStringLiteral("program"), planned.action.program},
                           {QStringLiteral("arguments"), QJsonArray::fromStringList(planned.action.arguments)},
                           {QStringLiteral("working_directory"), QDir::currentPath()}};
    }

    Outcome run(const ExecContext& context, const PlannedAction& planned, const QJsonObject&) const override
    {
        const Action& a = planned.action;
        const ProgramRun run
            = runProgram(context, a.program, a.arguments, {}, orDefault(a.timeout, std::chrono::minutes(30)));
        const QJsonObject outputs{{QStringLiteral("exit_code"), run.exitCode},
                                  {QStringLiteral("output"), QJsonArray::fromStringList(run.tail)}};
        if (!run.ok())
            return Outcome::failed(programFailure(a.program, run), outputs);
        return Outcome::done(ExecTr::tr("%1 exited with code 0").arg(a.program), outputs);
    }
};

// --- manual, notify ---------------------------------------------------------------------------
class ManualExecutor final : public Executor
{
public:
    explicit ManualExecutor(bool notify) : m_notify(notify) { }

    Result<QJsonObject> resolve(const ExecContext& context, const PlannedAction& planned) const override
    {
        QJsonObject inputs{{QStringLiteral("confirm"), m_notify ? planned.action.message : planned.action.instruction}};
        if (m_notify) {
            QJsonArray contacts;
            for (const Contact& c : context.runbook.contacts)
                contacts.append(QStringLiteral("%1: %2 (backup %3, %4)").arg(c.title, c.contact, c.backup, c.oncall));
            inputs[QStringLiteral("contacts")] = contacts;
        }
        return inputs;
    }

    Outcome run(const ExecContext& context, const PlannedAction& planned, const QJsonObject&) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(planned)
        // The runner asked the person before it started this action (confirmations are the
        // runner's): reaching here means they confirmed.
        return Outcome::done(m_notify ? ExecTr::tr("confirmed sent") : ExecTr::tr("confirmed done"));
    }

private:
    bool m_notify;
};

} // namespace

const Executor& readinessGateExecutor()
{
    static const ReadinessGateExecutor executor;
    return executor;
}

const Executor& approvalsGateExecutor()
{
    static const ApprovalsGateExecutor executor;
    return executor;
}

const Executor& baselineExecutor()
{
    static const BaselineExecutor executor;
    return executor;
}

const Executor& writeProbeExecutor()
{
    static const WriteProbeExecutor executor;
    return executor;
}

const Executor& programExecutor()
{
    static const ProgramExecutor executor;
    return executor;
}

const Executor& manualExecutor()
{
    static const ManualExecutor executor(false);
    return executor;
}

const Executor& notifyExecutor()
{
    static const ManualExecutor executor(true);
    return executor;
}

} // namespace cockpit::migration
