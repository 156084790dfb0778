// The store's shared core: opening a backend, appending to the ledger, and the ledger verified
// (the record kinds are in Store*.cpp).
#include "Store.h"

#include "LedgerRows.h"
#include "PostgresBackend.h"
#include "SqliteBackend.h"
#include "StoreSql.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
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

Result<std::unique_ptr<Store>> Store::open(const QString& path, const Clock& clock, bool lookOnly)
{
    auto backend = SqliteBackend::open(
        path, lookOnly ? SqliteBackend::Access::ReadOnlyIfUnwritable : SqliteBackend::Access::ReadWrite);
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
    return sealAppended(entry);
}

Result<Done> Store::refuseOnBrokenLedger(const QString& what)
{
    const auto chain = verifyLedger();
    if (!chain)
        return chain.error();
    if (chain->intact)
        return Done{};
    return makeError(ErrorKind::Conflict,
                     QStringLiteral("%1 was not recorded: the record cannot be trusted (%2)").arg(what, chain->problem),
                     path(),
                     QStringLiteral("Nothing more is recorded in a record changed behind the cockpit's back. Restore "
                                    "the store from a backup, or start a new one with --store PATH; `approvals "
                                    "verify` names the first bad record."));
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

namespace {

// What an item's trail says its stored state must be.
struct Trail
{
    ItemState state;
    QSet<QString> changes; // one version per change (a change may touch several fields)
    qint64 lastId = 0;
};

// What a rollout's "created" record says its row must be.
struct Creation
{
    RolloutInfo info;
    qint64 id = 0;
};

ledger::Verification broken(ledger::Verification verification, qint64 id, const QString& problem)
{
    verification.intact = false;
    verification.firstBadId = id;
    verification.problem = problem;
    return verification;
}

} // namespace

QString Store::anchorKey() const
{
    if (isTeam()) {
        const QString location = path();
        return QStringLiteral("team:") + location.mid(location.indexOf(QLatin1Char('@')) + 1);
    }
    const QFileInfo file(path());
    return QStringLiteral("sqlite:")
        + (file.canonicalFilePath().isEmpty() ? file.absoluteFilePath() : file.canonicalFilePath());
}

Result<ledger::Verification> Store::verifyLedger(const std::optional<ledger::Anchor>& given)
{
    const auto entries = ledger();
    if (!entries)
        return entries.error();
    auto verified = verifyEntries(entries.value());
    if (!verified || !verified->intact)
        return verified;
    ledger::Verification verification = verified.value();
    const auto lostAt = [&](const ledger::Anchor& anchor) -> qint64 {
        return anchor.records > 0 && anchor.records <= entries->size() ? entries->at(anchor.records - 1).id : 0;
    };
    if (given) {
        const QString missing
            = ledger::missingAnchor(entries.value(), *given, QStringLiteral("the anchor given was taken"));
        if (!missing.isEmpty())
            return broken(verification, lostAt(*given), missing);
    }
    if (!m_anchors)
        return verification;
    // What this machine verified before must still be there: a chain proves nothing inside it
    // changed, not that its tail is still all there.
    const QString key = anchorKey();
    const auto kept = m_anchors->find(key);
    if (!kept)
        return broken(verification, 0,
                      QStringLiteral("%1 (%2): the record cannot be compared with what this machine verified before")
                          .arg(kept.error().message, m_anchors->file()));
    if (kept.value()) {
        const QString missing
            = ledger::missingAnchor(entries.value(), *kept.value(), QStringLiteral("this machine last verified it"));
        if (!missing.isEmpty())
            return broken(verification, lostAt(*kept.value()), missing);
    }
    if (!entries->isEmpty() && (!kept.value() || kept.value()->records < entries->size())) {
        const ledger::Anchor now{static_cast<int>(entries->size()), verification.head, m_clock.nowUtc()};
        if (const auto advanced = m_anchors->advance(key, now); !advanced)
            verification.notice
                = QStringLiteral("this machine could not keep the record's anchor: %1").arg(advanced.error().message);
    }
    return verification;
}

Result<ledger::Verification> Store::verifyEntries(const QList<AuditEntry>& entries)
{
    ledger::Verification verification = ledger::verify(entries);
    if (!verification.intact)
        return verification;
    if (auto sealed = verifySeals(entries, verification))
        return *sealed;
    // The chain holds. The rows beside it must be what it says: every rollout as its creation
    // record made it, every item's stored state as its trail left it, and no trail without its
    // state (a deleted row would show the item open again).
    QHash<QString, Trail> trails; // "rollout/item"
    QHash<qint64, Creation> creations;
    for (const AuditEntry& e : entries) {
        if (e.entity == QLatin1String("rollout") && e.field == QLatin1String("created")) {
            Creation& c = creations[e.rolloutId];
            c.id = e.id;
            c.info = {e.rolloutId, e.entityId, e.newValue, e.at, e.actor};
            continue;
        }
        if (e.entity != QLatin1String("checklist_item"))
            continue;
        Trail& trail = trails[QStringLiteral("%1/%2").arg(e.rolloutId).arg(e.entityId)];
        if (e.field == QLatin1String("status"))
            trail.state.status = parseItemStatus(e.newValue).value_or(ItemStatus::Open);
        else if (e.field == QLatin1String("note"))
            trail.state.note = e.newValue;
        else if (e.field == QLatin1String("evidence"))
            trail.state.evidence = e.newValue;
        trail.state.itemId = e.entityId;
        trail.state.changedBy = e.actor;
        trail.state.changedAt = e.at;
        trail.changes.insert(e.changeId.isEmpty() ? QString::number(e.id) : e.changeId);
        trail.lastId = e.id;
    }
    const auto rollouts = this->rollouts();
    if (!rollouts)
        return rollouts.error();
    for (const RolloutInfo& row : rollouts.value()) {
        const auto it = creations.constFind(row.id);
        if (it == creations.constEnd())
            return broken(verification, 0,
                          QStringLiteral("rollout %1 (%2) has no record of its creation in the ledger: it was "
                                         "added outside the cockpit")
                              .arg(row.id)
                              .arg(row.runbookId));
        const RolloutInfo& made = it->info;
        QString field;
        if (row.runbookId != made.runbookId)
            field = QStringLiteral("runbook %1, created for %2").arg(row.runbookId, made.runbookId);
        else if (row.title != made.title)
            field = QStringLiteral("title \"%1\", created as \"%2\"").arg(row.title, made.title);
        else if (row.createdBy != made.createdBy)
            field = QStringLiteral("created by %1, the ledger says %2").arg(row.createdBy, made.createdBy);
        else if (toIsoUtc(row.createdAt) != toIsoUtc(made.createdAt))
            field = QStringLiteral("created at %1, the ledger says %2")
                        .arg(toIsoUtc(row.createdAt), toIsoUtc(made.createdAt));
        if (!field.isEmpty())
            return broken(verification, it->id,
                          QStringLiteral("rollout %1 was changed outside the cockpit: %2").arg(row.id).arg(field));
        creations.remove(row.id);
    }
    if (!creations.isEmpty()) {
        const Creation& gone = creations.constBegin().value();
        return broken(verification, gone.id,
                      QStringLiteral("rollout %1 (%2) is in the ledger but no longer in the store: it was deleted "
                                     "outside the cockpit")
                          .arg(gone.info.id)
                          .arg(gone.info.runbookId));
    }
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT rollout_id, ") + kItemColumns
                    + QStringLiteral(" FROM checklist_state ORDER BY rollout_id, item_id")))
        return failure(QStringLiteral("cannot read the checklist"), query.lastError());
    while (query.next()) {
        const qint64 rollout = query.value(0).toLongLong();
        const ItemState stored = itemStateFrom(query, 1);
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
        } else if (toIsoUtc(it->state.changedAt) != toIsoUtc(stored.changedAt)) {
            problem = QStringLiteral("checklist item %1 is stored as changed at %2, but its audit trail says %3")
                          .arg(stored.itemId, toIsoUtc(stored.changedAt), toIsoUtc(it->state.changedAt));
        } else if (stored.version != it->changes.size()) {
            problem = QStringLiteral("checklist item %1 is stored at version %2, but its audit trail has %3 changes")
                          .arg(stored.itemId)
                          .arg(stored.version)
                          .arg(it->changes.size());
        }
        if (!problem.isEmpty())
            return broken(
                verification, it == trails.constEnd() ? 0 : it->lastId,
                problem
                    + QStringLiteral(" (rollout %1): the stored state was changed outside the cockpit").arg(rollout));
        trails.remove(key);
    }
    if (!trails.isEmpty()) {
        // Reported in a stable order: the lowest record first.
        const Trail* first = nullptr;
        for (const Trail& trail : std::as_const(trails)) {
            if (!first || trail.lastId < first->lastId)
                first = &trail;
        }
        return broken(verification, first->lastId,
                      QStringLiteral("checklist item %1 has an audit trail (last record #%2, %3 by %4) but no stored "
                                     "state: the state was deleted outside the cockpit, and the item would show "
                                     "as open")
                          .arg(first->state.itemId)
                          .arg(first->lastId)
                          .arg(itemStatusToken(first->state.status), first->state.changedBy));
    }
    return verification;
}

} // namespace cockpit