// The store's shared core: opening a backend, appending to the ledger, and the ledger verified
// (the record kinds are in Store*.cpp).
#include "Store.h"

#include "LedgerRows.h"
#include "PostgresBackend.h"
#include "SqliteBackend.h"
#include "StoreSql.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace cockpit {

using namespace storesql;

AuditEntry auditEntryFrom(const QSqlQuery& query)
{
    AuditEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.rolloutId = query.value(1).toLongLong();
    entry.at = fromIsoUtc(query.value(2).toString());
    entry.actor = query.value(3).toString();
    entry.entity = query.value(4).toString();
    entry.entityId = query.value(5).toString();
    entry.field = query.value(6).toString();
    entry.oldValue = query.value(7).toString();
    entry.newValue = query.value(8).toString();
    entry.changeId = query.value(9).toString();
    entry.origin = parseChangeOrigin(query.value(10).toString());
    entry.reverses = query.value(11).toString();
    entry.comment = query.value(12).toString();
    entry.prevHash = query.value(13).toString();
    entry.hash = query.value(14).toString();
    return entry;
}

QString TeamStoreOptions::location() const
{
    // "dana@127.0.0.1:25432,127.0.0.1:25433/rollout_cockpit": each host with its port.
    const QStringList hosts = host.split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QStringList ports = port.split(QLatin1Char(','), Qt::SkipEmptyParts);
    QStringList places;
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        const QString p = ports.value(i, ports.value(0));
        places.append(p.isEmpty() ? hosts[i].trimmed() : QStringLiteral("%1:%2").arg(hosts[i].trimmed(), p.trimmed()));
    }
    return QStringLiteral("%1@%2/%3").arg(user, places.join(QLatin1Char(',')), database);
}

Store::Store(std::unique_ptr<StoreBackend> backend, const Clock& clock) : m_backend(std::move(backend)), m_clock(clock)
{ }

Store::~Store() = default;

QString Store::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cockpit.sqlite");
}

Result<std::unique_ptr<Store>> Store::open(const QString& path, const Clock& clock)
{
    auto backend = SqliteBackend::open(path);
    if (!backend)
        return backend.error();
    return std::unique_ptr<Store>(new Store(std::move(backend).value(), clock));
}

Result<std::unique_ptr<Store>> Store::openTeam(const TeamStoreOptions& options, const Clock& clock)
{
    auto backend = PostgresBackend::open(options);
    if (!backend)
        return backend.error();
    return std::unique_ptr<Store>(new Store(std::move(backend).value(), clock));
}

QString Store::actorFor(const QString& actor) const
{
    // In the team store every record names the database role that wrote it (the database
    // refuses any other name).
    return isTeam() ? identity() : actor.trimmed();
}

Result<Done> Store::append(AuditEntry& entry)
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return failure(QStringLiteral("cannot read the ledger's head"), query.lastError());
    const QString previous = query.next() ? query.value(0).toString() : ledger::genesisHash();
    const auto id = m_backend->nextLedgerId();
    if (!id)
        return id.error();
    entry.id = id.value();
    if (!entry.at.isValid())
        entry.at = m_clock.nowUtc();
    if (entry.changeId.isEmpty())
        entry.changeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ledger::seal(entry, previous);
    query.prepare(QStringLiteral("INSERT INTO audit_log (") + kLedgerColumns
                  + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(entry.id);
    query.addBindValue(entry.rolloutId);
    query.addBindValue(toIsoUtc(entry.at));
    query.addBindValue(entry.actor);
    query.addBindValue(entry.entity);
    query.addBindValue(entry.entityId);
    query.addBindValue(entry.field);
    query.addBindValue(text(entry.oldValue));
    query.addBindValue(text(entry.newValue));
    query.addBindValue(entry.changeId);
    query.addBindValue(changeOriginToken(entry.origin));
    query.addBindValue(entry.reverses.isEmpty() ? QVariant() : QVariant(entry.reverses));
    query.addBindValue(text(entry.comment));
    query.addBindValue(entry.prevHash);
    query.addBindValue(entry.hash);
    if (!query.exec())
        return failure(QStringLiteral("cannot append to the ledger (%1 %2)").arg(entry.entity, entry.entityId),
                       query.lastError());
    return Done{};
}

Result<AuditEntry> Store::appendOne(AuditEntry entry, const QString& what)
{
    for (int attempt = 1;; ++attempt) {
        Transaction transaction(*m_backend);
        if (!transaction.isActive())
            return failure(QStringLiteral("cannot begin a transaction"), transaction.error());
        entry.id = 0;
        entry.at = QDateTime();
        const auto appended = append(entry);
        if (appended && transaction.commit())
            return entry;
        const Error error
            = appended ? failure(QStringLiteral("cannot commit %1").arg(what), transaction.error()) : appended.error();
        if (attempt >= kAttempts || !m_backend->isRetryable(error))
            return error;
    }
}

// --- the ledger ---------------------------------------------------------------------------------

Result<QList<AuditEntry>> Store::ledger()
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + kLedgerColumns + QStringLiteral(" FROM audit_log ORDER BY id")))
        return failure(QStringLiteral("cannot read the ledger"), query.lastError());
    QList<AuditEntry> entries;
    while (query.next())
        entries.append(auditEntryFrom(query));
    return entries;
}

Result<ledger::Verification> Store::verifyLedger()
{
    const auto entries = ledger();
    if (!entries)
        return entries.error();
    ledger::Verification verification = ledger::verify(entries.value());
    if (!verification.intact)
        return verification;
    // The chain holds; the stored item states must be what their trails say.
    struct Trail
    {
        ItemState state;
        qint64 lastId = 0;
    };
    QHash<QString, Trail> trails; // "rollout/item"
    for (const AuditEntry& e : entries.value()) {
        if (e.entity != QLatin1String("checklist_item"))
            continue;
        Trail& trail = trails[QStringLiteral("%1/%2").arg(e.rolloutId).arg(e.entityId)];
        if (e.field == QLatin1String("status"))
            trail.state.status = parseItemStatus(e.newValue).value_or(ItemStatus::Open);
        else if (e.field == QLatin1String("note"))
            trail.state.note = e.newValue;
        else if (e.field == QLatin1String("evidence"))
            trail.state.evidence = e.newValue;
        trail.state.changedBy = e.actor;
        trail.lastId = e.id;
    }
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT rollout_id, ") + kItemColumns
                    + QStringLiteral(" FROM checklist_state ORDER BY rollout_id, item_id")))
        return failure(QStringLiteral("cannot read the checklist"), query.lastError());
    while (query.next()) {
        const qint64 rollout = query.value(0).toLongLong();
        ItemState stored;
        stored.itemId = query.value(1).toString();
        stored.status = parseItemStatus(query.value(2).toString()).value_or(ItemStatus::Open);
        stored.changedBy = query.value(3).toString();
        stored.note = query.value(5).toString();
        stored.evidence = query.value(6).toString();
        const QString key = QStringLiteral("%1/%2").arg(rollout).arg(stored.itemId);
        const auto it = trails.constFind(key);
        QString problem;
        if (it == trails.constEnd()) {
            problem = QStringLiteral("checklist item %1 has a stored state but no audit trail").arg(stored.itemId);
        } else if (it->state.status != stored.status) {
            problem = QStringLiteral("checklist item %1 is stored as %2, but its audit trail ends at %3")
                          .arg(stored.itemId, itemStatusToken(stored.status), itemStatusToken(it->state.status));
        } else if (it->state.note != stored.note || it->state.evidence != stored.evidence) {
            problem = QStringLiteral("checklist item %1's stored note or evidence is not what its audit trail says")
                          .arg(stored.itemId);
        } else if (it->state.changedBy != stored.changedBy) {
            problem = QStringLiteral("checklist item %1 is stored as changed by %2, but its audit trail says %3")
                          .arg(stored.itemId, stored.changedBy, it->state.changedBy);
        }
        if (!problem.isEmpty()) {
            verification.intact = false;
            verification.firstBadId = it == trails.constEnd() ? 0 : it->lastId;
            verification.problem = problem
                + QStringLiteral(" (rollout %1): the stored state was changed outside the "
                                 "cockpit")
                      .arg(rollout);
            return verification;
        }
    }
    return verification;
}

} // namespace cockpit