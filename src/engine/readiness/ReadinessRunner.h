#pragma once

#include "core/CheckResult.h"
#include "core/ConnectionProfile.h"
#include "core/Runbook.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>

#include <memory>

namespace cockpit {

class NodePool;
class Prober;
class SecretStore;

// What one readiness run found, for every item it was asked to check.
struct ReadinessReport
{
    QString runId;
    QString profile;
    QDateTime startedAt;
    qint64 durationMs = 0;
    QList<ItemCheckResult> items;

    const ItemCheckResult* find(const QString& itemId) const;
    QHash<CheckStatus, int> summary() const; // items per status
};

// Verifies checklist items against the profile's cluster: every item's probes run at the same
// time on the event loop (an item's own checks one after another, since a later one may use
// what an earlier one saved), each bounded by its timeout. Manual items are reported as such
// without a probe; assisted items gather evidence and stay "manual". Never blocks.
class ReadinessRunner final : public QObject
{
    Q_OBJECT

public:
    ReadinessRunner(Runbook runbook, ConnectionProfile profile, SecretStore& secrets, QObject* parent = nullptr);
    ~ReadinessRunner() override;
    Q_DISABLE_COPY_MOVE(ReadinessRunner)

    // The items to check, by id; empty: every item of the runbook.
    QFuture<ReadinessReport> run(const QStringList& itemIds = {});
    bool isRunning() const { return m_running; }

    // The items of these sections (ids), in the runbook's order.
    static QStringList itemsOfSections(const Runbook& runbook, const QStringList& sectionIds);

Q_SIGNALS:
    void itemStarted(const QString& itemId);
    void itemFinished(const cockpit::ItemCheckResult& result);
    void progressed(int done, int total);

private:
    QFuture<ItemCheckResult> checkItem(const ChecklistItem& item, const QString& runId);

    Runbook m_runbook;
    ConnectionProfile m_profile;
    SecretStore& m_secrets;
    std::unique_ptr<NodePool> m_pool;
    std::unique_ptr<Prober> m_prober;
    bool m_running = false;
};

} // namespace cockpit
