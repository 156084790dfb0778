// The store's seal: the local store's records sealed with a key only the keychain holds (one kind
// of record, over the shared core in Store.cpp).
#include "Store.h"
#include "StoreSql.h"

#include <QHash>
#include <QSqlQuery>

namespace cockpit {

using namespace storesql;

namespace {

QString sealText(const QString& storeId, qint64 sealedFrom)
{
    return QStringLiteral("rollout-cockpit store seal 1\nstore=%1\nfrom=%2\n").arg(storeId).arg(sealedFrom);
}

} // namespace

QString Store::sealKeyName(const QString& storeId)
{
    return QStringLiteral("store/%1/seal").arg(storeId);
}

Result<std::optional<Store::Seal>> Store::seal()
{
    if (isTeam())
        return std::optional<Seal>();
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT store_id, sealed_from FROM store_seal")))
        return failure(QStringLiteral("cannot read the store's seal"), query.lastError());
    if (!query.next())
        return std::optional<Seal>();
    return std::optional<Seal>(Seal{query.value(0).toString(), query.value(1).toLongLong()});
}

Result<Done> Store::startSealing(const QString& storeId, const QByteArray& key)
{
    if (isTeam() || key.isEmpty() || storeId.isEmpty())
        return makeError(ErrorKind::InvalidInput, QStringLiteral("a seal needs a local store, an id and a key"),
                         path());
    Transaction transaction(*m_backend);
    if (!transaction.isActive())
        return failure(QStringLiteral("cannot begin a transaction"), transaction.error());
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT 1 FROM store_seal")))
        return failure(QStringLiteral("cannot read the store's seal"), query.lastError());
    if (query.next())
        return makeError(ErrorKind::Conflict, QStringLiteral("another cockpit sealed this store meanwhile"), path());
    // Records sealed before, and no seal: it was taken away. Sealing anew would bless what was
    // added meanwhile; verification names it instead.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ledger_seal")) || !query.next())
        return failure(QStringLiteral("cannot read the records' seals"), query.lastError());
    if (query.value(0).toLongLong() > 0)
        return makeError(ErrorKind::Incompatible,
                         QStringLiteral("the store's records were sealed, and its seal is gone: it is not sealed anew"),
                         path());
    if (!query.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM audit_log")) || !query.next())
        return failure(QStringLiteral("cannot read the ledger's head"), query.lastError());
    const qint64 from = query.value(0).toLongLong();
    query.prepare(QStringLiteral("INSERT INTO store_seal (id, store_id, sealed_from, mac) VALUES (1, ?, ?, ?)"));
    query.addBindValue(storeId);
    query.addBindValue(from);
    query.addBindValue(ledger::mac(key, sealText(storeId, from)));
    if (!query.exec())
        return failure(QStringLiteral("cannot seal the store"), query.lastError());
    if (!transaction.commit())
        return failure(QStringLiteral("cannot commit the store's seal"), transaction.error());
    m_sealKey = key;
    return Done{};
}

Result<Done> Store::useSealKey(const QByteArray& key)
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT store_id, sealed_from, mac FROM store_seal")))
        return failure(QStringLiteral("cannot read the store's seal"), query.lastError());
    if (!query.next())
        return makeError(ErrorKind::InvalidInput, QStringLiteral("the store is not sealed"), path());
    if (ledger::mac(key, sealText(query.value(0).toString(), query.value(1).toLongLong())) != query.value(2).toString())
        return makeError(
            ErrorKind::Auth,
            QStringLiteral("the key does not open this store's seal (store id %1)").arg(query.value(0).toString()),
            path(), QStringLiteral("Import this store's own key: rollout-cockpit store key import."));
    m_sealKey = key;
    return Done{};
}

Result<Done> Store::sealAppended(const AuditEntry& entry)
{
    if (isTeam())
        return Done{};
    // Read on every append: another cockpit may have sealed the store since this one opened it.
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT store_id FROM store_seal")))
        return failure(QStringLiteral("cannot read the store's seal"), query.lastError());
    if (!query.next())
        return Done{};
    if (m_sealKey.isEmpty()) {
        return makeError(ErrorKind::Auth,
                         QStringLiteral("this store is sealed (store id %1) and this cockpit has no key for it, so "
                                        "nothing can be recorded")
                             .arg(query.value(0).toString()),
                         path(),
                         QStringLiteral("Import the key from the machine that holds it (rollout-cockpit store key "
                                        "export there, store key import here)."));
    }
    query.prepare(QStringLiteral("INSERT INTO ledger_seal (id, mac) VALUES (?, ?)"));
    query.addBindValue(entry.id);
    query.addBindValue(ledger::mac(m_sealKey, entry.hash));
    if (!query.exec())
        return failure(QStringLiteral("cannot seal record %1").arg(entry.id), query.lastError());
    return Done{};
}

std::optional<ledger::Verification> Store::verifySeals(const QList<AuditEntry>& entries,
                                                       const ledger::Verification& chain)
{
    if (isTeam())
        return std::nullopt;
    const auto broken = [&chain](qint64 id, const QString& problem) {
        ledger::Verification verification = chain;
        verification.intact = false;
        verification.firstBadId = id;
        verification.problem = problem;
        return verification;
    };
    QSqlQuery query(database());
    QHash<qint64, QString> seals;
    if (!query.exec(QStringLiteral("SELECT id, mac FROM ledger_seal")))
        return broken(0, QStringLiteral("the records' seals cannot be read: %1").arg(query.lastError().text()));
    while (query.next())
        seals.insert(query.value(0).toLongLong(), query.value(1).toString());
    if (!query.exec(QStringLiteral("SELECT store_id, sealed_from, mac FROM store_seal")))
        return broken(0, QStringLiteral("the store's seal cannot be read: %1").arg(query.lastError().text()));
    if (!query.next()) {
        if (!seals.isEmpty())
            return broken(0,
                          QStringLiteral("%1 records carry a seal, but the store's own seal is gone: it was "
                                         "removed outside the cockpit")
                              .arg(seals.size()));
        return std::nullopt; // never sealed
    }
    const QString storeId = query.value(0).toString();
    const qint64 from = query.value(1).toLongLong();
    if (m_sealKey.isEmpty())
        return broken(0,
                      QStringLiteral("the store is sealed (store id %1), and this cockpit has no key to check its "
                                     "seals: its records cannot be vouched for here (import the key: "
                                     "rollout-cockpit store key import)")
                          .arg(storeId));
    if (ledger::mac(m_sealKey, sealText(storeId, from)) != query.value(2).toString())
        return broken(0, QStringLiteral("the store's seal was changed outside the cockpit (store id %1)").arg(storeId));
    qint64 last = 0;
    for (const AuditEntry& e : entries) {
        last = e.id;
        if (e.id < from)
            continue; // written before the store was sealed
        if (seals.value(e.id) != ledger::mac(m_sealKey, e.hash))
            return broken(e.id,
                          QStringLiteral("record %1 is not sealed with this store's key: it was written by "
                                         "something that does not hold the key (an SQLite tool?), not by a "
                                         "cockpit")
                              .arg(ledger::describe(e)));
    }
    for (auto it = seals.constBegin(); it != seals.constEnd(); ++it) {
        if (it.key() > last)
            return broken(it.key(),
                          QStringLiteral("record #%1 was sealed, but the ledger now ends at record #%2: its "
                                         "last records were removed")
                              .arg(it.key())
                              .arg(last));
    }
    return std::nullopt;
}

} // namespace cockpit
