#pragma once

#include "core/ConnectionProfile.h"
#include "core/Result.h"
#include "engine/readiness/Observation.h"

#include <QFuture>
#include <QObject>

#include <memory>
#include <vector>

namespace cockpit {

class PgConnection;
struct PgQueryResult;

// The readiness checks' connections to the cluster: at most two per node, as the check role,
// read-only, with a statement timeout set at connect time. Finds which node leads by asking
// each one (pg_is_in_recovery), not by trusting a stale address.
class NodePool final : public QObject
{
    Q_OBJECT

public:
    struct Node
    {
        QString name;
        QString address;
        bool reachable = false;
        bool inRecovery = false;
        Error error;
    };

    NodePool(ConnectionProfile profile, QString password, QObject* parent = nullptr);
    ~NodePool() override;
    Q_DISABLE_COPY_MOVE(NodePool)

    static constexpr int kMaxConnectionsPerNode = 2;

    // Connects once to every node and asks whether it is in recovery.
    QFuture<Result<Done>> open();
    const QList<Node>& nodes() const { return m_nodes; }
    // The one node that accepts writes, or why there is none.
    Result<int> leader() const;

    QFuture<Result<PgQueryResult>> query(int node, const QString& sql, const QVariantList& params,
                                         std::chrono::milliseconds timeout);

private:
    struct Slot;
    std::shared_ptr<Slot> slotFor(int node);

    ConnectionProfile m_profile;
    QString m_password;
    QList<Node> m_nodes;
    std::vector<std::vector<std::shared_ptr<Slot>>> m_slots; // per node; answers on their way keep theirs
};

} // namespace cockpit
