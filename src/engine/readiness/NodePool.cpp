#include "NodePool.h"

#include "connectors/postgres/PgConnection.h"
#include "core/Continuation.h"
#include "engine/profiles/ProfileClients.h"

#include <QPointer>

namespace cockpit {

// One connection and how many queries are on their way through it. Shared with the answers
// in flight; the connection is deleted later, never inside its own callback.
struct NodePool::Slot
{
    std::shared_ptr<PgConnection> connection{new PgConnection, [](PgConnection* c) { c->deleteLater(); }};
    int busy = 0;
};

NodePool::NodePool(ConnectionProfile profile, QString password, QObject* parent)
    : QObject(parent), m_profile(std::move(profile)), m_password(std::move(password))
{
    for (const ConnectionProfile::PgNode& node : m_profile.pgNodes)
        m_nodes.append({node.name, QStringLiteral("%1:%2").arg(node.host).arg(node.port), false, false, {}});
    m_slots.resize(static_cast<size_t>(m_nodes.size()));
}

NodePool::~NodePool() = default;

std::shared_ptr<NodePool::Slot> NodePool::slotFor(int node)
{
    auto& slots = m_slots[static_cast<size_t>(node)];
    std::shared_ptr<Slot> best;
    for (const auto& slot : slots) {
        if (!best || slot->busy < best->busy)
            best = slot;
    }
    if (!best || (best->busy > 0 && static_cast<int>(slots.size()) < kMaxConnectionsPerNode)) {
        auto slot = std::make_shared<Slot>();
        PgConnectOptions options = profile::postgresOptions(m_profile, m_password, node);
        options.user = m_profile.checkUser();
        options.connectTimeout = std::chrono::seconds(4);
        // Gentle on production: nothing it runs can write or run long.
        options.settings = {{QStringLiteral("default_transaction_read_only"), QStringLiteral("on")},
                            {QStringLiteral("statement_timeout"), QStringLiteral("5s")},
                            {QStringLiteral("lock_timeout"), QStringLiteral("1s")}};
        // Queries queue until the connection is up; a failed connect fails them with its reason.
        (void)slot->connection->open(options);
        best = slot;
        slots.push_back(std::move(slot));
    }
    ++best->busy;
    return best;
}

QFuture<Result<Done>> NodePool::open()
{
    QList<QFuture<Result<PgQueryResult>>> answers;
    for (int i = 0; i < m_nodes.size(); ++i)
        answers.append(query(i, QStringLiteral("SELECT pg_is_in_recovery()"), {}, std::chrono::seconds(4)));
    return QtFuture::whenAll(answers.begin(), answers.end())
        .then([self = QPointer<NodePool>(this)](const QList<QFuture<Result<PgQueryResult>>>& done) -> Result<Done> {
            if (!self)
                return makeError(ErrorKind::Cancelled, QStringLiteral("the check was abandoned"));
            NodePool* pool = self.data();
            for (int i = 0; i < done.size(); ++i) {
                const Result<PgQueryResult> answer = resultOf(done[i]);
                Node& node = pool->m_nodes[i];
                node.reachable = answer.ok();
                if (answer)
                    node.inRecovery = answer->value(0, 0).toString() == QLatin1String("t");
                else
                    node.error = answer.error();
            }
            return Done{};
        });
}

Result<int> NodePool::leader() const
{
    QList<int> writable;
    QStringList silent;
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].reachable && !m_nodes[i].inRecovery)
            writable.append(i);
        else if (!m_nodes[i].reachable)
            silent.append(m_nodes[i].name);
    }
    if (writable.size() == 1)
        return writable.first();
    if (writable.isEmpty()) {
        return makeError(ErrorKind::NotFound,
                         silent.isEmpty() ? tr("no node accepts writes: every node is a standby")
                                          : tr("no reachable node accepts writes (no answer from %1)")
                                                .arg(silent.join(QStringLiteral(", "))),
                         m_profile.name);
    }
    QStringList names;
    for (int i : writable)
        names.append(m_nodes[i].name);
    return makeError(ErrorKind::Conflict,
                     tr("no single leader: %1 all accept writes (a split brain)").arg(names.join(QStringLiteral(", "))),
                     m_profile.name);
}

QFuture<Result<PgQueryResult>> NodePool::query(int node, const QString& sql, const QVariantList& params,
                                               std::chrono::milliseconds timeout)
{
    const std::shared_ptr<Slot> slot = slotFor(node);
    const PgQueryOptions options{timeout};
    // The slot rides along: the connection outlives every answer on its way. One continuation
    // per future: a QFuture takes only one.
    return slot->connection->query(sql, params, options).then([slot](const Result<PgQueryResult>& answer) {
        --slot->busy;
        return answer;
    });
}

} // namespace cockpit
