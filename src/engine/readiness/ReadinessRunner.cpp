#include "ReadinessRunner.h"

#include "Evaluate.h"
#include "NodePool.h"
#include "Probers.h"
#include "connectors/secrets/SecretStore.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QPromise>
#include <QUuid>

namespace cockpit {
namespace {

bool needsPostgres(const ChecklistItem& item)
{
    for (const Check& check : item.verification.checks) {
        if (std::holds_alternative<SqlProbe>(check.probe) || std::holds_alternative<PgBouncerProbe>(check.probe))
            return true;
    }
    return false;
}

// Everything one run needs, shared by its continuations: the run outlives the runner if the
// window closes meanwhile, and ends on its own.
struct RunState
{
    QPointer<QObject> owner;
    QStringList secrets; // never in evidence
    std::shared_ptr<NodePool> pool;
    std::shared_ptr<Prober> prober;
    QList<ChecklistItem> items;
    ReadinessReport report;
    QElapsedTimer clock;
    int finished = 0;
    QPromise<ReadinessReport> promise;
};

QString errorText(const Error& error)
{
    return error.message;
}

QStringList errorDetails(const Error& error)
{
    QStringList details;
    if (!error.where.isEmpty())
        details.append(error.where);
    if (!error.code.isEmpty())
        details.append(error.code);
    if (!error.hint.isEmpty())
        details.append(error.hint);
    return details;
}

} // namespace

const ItemCheckResult* ReadinessReport::find(const QString& itemId) const
{
    for (const ItemCheckResult& item : items) {
        if (item.itemId == itemId)
            return &item;
    }
    return nullptr;
}

QHash<CheckStatus, int> ReadinessReport::summary() const
{
    QHash<CheckStatus, int> counts;
    for (const ItemCheckResult& item : items)
        ++counts[item.status];
    return counts;
}

ReadinessRunner::ReadinessRunner(Runbook runbook, ConnectionProfile profile, SecretStore& secrets, QObject* parent)
    : QObject(parent), m_runbook(std::move(runbook)), m_profile(std::move(profile)), m_secrets(secrets)
{ }

ReadinessRunner::~ReadinessRunner() = default;

QStringList ReadinessRunner::itemsOfSections(const Runbook& runbook, const QStringList& sectionIds)
{
    QStringList ids;
    for (const ChecklistSection& section : runbook.sections) {
        if (!sectionIds.contains(section.id))
            continue;
        for (const ChecklistItem& item : section.items)
            ids.append(item.id);
    }
    return ids;
}

QFuture<ReadinessReport> ReadinessRunner::run(const QStringList& itemIds)
{
    auto state = std::make_shared<RunState>();
    state->owner = this;
    state->clock.start();
    state->report.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    state->report.profile = m_profile.name;
    state->report.startedAt = QDateTime::currentDateTimeUtc();
    for (const ChecklistSection& section : m_runbook.sections) {
        for (const ChecklistItem& item : section.items) {
            if (itemIds.isEmpty() || itemIds.contains(item.id))
                state->items.append(item);
        }
    }
    state->promise.start();
    QFuture<ReadinessReport> future = state->promise.future();
    m_running = true;
    const bool postgres = std::any_of(state->items.begin(), state->items.end(), needsPostgres);
    const ConnectionProfile profile = m_profile;
    const QString runId = state->report.runId;
    const QPointer<ReadinessRunner> self(this);

    // Runs every item once the connections are ready (or known to be impossible).
    const auto checkAll = [state, self, runId]() {
        const int total = static_cast<int>(state->items.size());
        if (self)
            Q_EMIT self->progressed(0, total);
        if (total == 0) {
            state->report.durationMs = state->clock.elapsed();
            state->promise.addResult(state->report);
            state->promise.finish();
            if (self)
                self->m_running = false;
            return;
        }
        state->report.items.resize(total);
        for (int i = 0; i < total; ++i) {
            if (self)
                Q_EMIT self->itemStarted(state->items[i].id);
            // An item's checks, one after another.
            auto result = std::make_shared<ItemCheckResult>();
            result->itemId = state->items[i].id;
            result->classification = state->items[i].verification.classification;
            result->runId = runId;
            result->status = result->classification == Classification::Automated ? CheckStatus::Pass : CheckStatus::Manual;
            auto saved = std::make_shared<QHash<QString, QVariant>>();
            auto itemClock = std::make_shared<QElapsedTimer>();
            itemClock->start();
            auto step = std::make_shared<std::function<void(int)>>();
            *step = [state, self, i, result, saved, itemClock, step](int index) {
                const ChecklistItem& item = state->items[i];
                const QList<Check>& checks = item.verification.checks;
                if (index >= checks.size()) {
                    if (checks.isEmpty())
                        result->status = CheckStatus::Manual;
                    result->checkedAt = QDateTime::currentDateTimeUtc();
                    result->durationMs = itemClock->elapsed();
                    state->report.items[i] = *result;
                    if (self) {
                        Q_EMIT self->itemFinished(*result);
                        Q_EMIT self->progressed(state->finished + 1, static_cast<int>(state->items.size()));
                    }
                    if (++state->finished == state->items.size()) {
                        state->report.durationMs = state->clock.elapsed();
                        state->promise.addResult(state->report);
                        state->promise.finish();
                        if (self)
                            self->m_running = false;
                    }
                    *step = nullptr;
                    return;
                }
                const Check& check = checks[index];
                auto checkClock = std::make_shared<QElapsedTimer>();
                checkClock->start();
                state->prober->run(check.probe, item.parameters)
                    .then([state, i, index, result, saved, checkClock, step](const Result<Observation>& observed) {
                        const ChecklistItem& item = state->items[i];
                        const Check& check = item.verification.checks[index];
                        CheckEvidence evidence;
                        if (observed) {
                            evidence = evaluate(check, observed.value(), item.parameters, *saved);
                        } else {
                            // A probe that errors or times out is never a pass.
                            evidence = unknownEvidence(check, errorText(observed.error()), describeProbe(check.probe),
                                                       item.parameters);
                            evidence.details = errorDetails(observed.error());
                        }
                        evidence.durationMs = checkClock->elapsed();
                        redactSecrets(evidence, state->secrets);
                        result->checks.append(evidence);
                        if (result->classification == Classification::Automated)
                            result->status = worstOf(result->status, evidence.status);
                        (*step)(index + 1);
                    });
            };
            (*step)(0);
        }
    };

    if (!postgres) {
        state->prober = std::make_shared<Prober>(profile, nullptr, QString());
        checkAll();
        return future;
    }
    // The check role's password, then one connection to every node to find the leader.
    m_secrets.read(secretKey(profile.name, profile.checkCredential()))
        .then([state, profile, checkAll](const Result<QString>& password) {
            if (!password) {
                Error error = password.error();
                error.message = QObject::tr("no password for the check role %1: %2").arg(profile.checkUser(), error.message);
                state->prober = std::make_shared<Prober>(profile, nullptr, QString(), error);
                checkAll();
                return;
            }
            state->secrets.append(password.value());
            state->pool = std::shared_ptr<NodePool>(new NodePool(profile, password.value()),
                                                    [](NodePool* pool) { pool->deleteLater(); });
            state->prober = std::make_shared<Prober>(profile, state->pool.get(), password.value());
            state->pool->open().then([checkAll](const Result<Done>&) { checkAll(); });
        });
    return future;
}

} // namespace cockpit
