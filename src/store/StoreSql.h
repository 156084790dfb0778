#pragma once

// What the store's record kinds share (the files Store*.cpp): transactions, text columns, rows.
// Internal to the store: no other layer includes it.

#include "StoreBackend.h"
#include "core/Records.h"

#include <QJsonDocument>

#include <QJsonObject>
#include <QSqlQuery>
#include <QString>

namespace cockpit::storesql {

constexpr int kAttempts = 5; // a write that met another writer's commit is tried again

// A write transaction that rolls back unless committed, so that every early return is safe.
class Transaction
{
public:
    explicit Transaction(StoreBackend& backend) : m_backend(backend) { m_active = backend.begin(m_error); }
    ~Transaction()
    {
        if (m_active)
            m_backend.rollback();
    }
    Q_DISABLE_COPY_MOVE(Transaction)
    bool isActive() const { return m_active; }
    const QSqlError& error() const { return m_error; }
    // On failure the transaction stays open and the destructor rolls it back.
    bool commit()
    {
        if (!m_backend.commit(m_error))
            return false;
        m_active = false;
        return true;
    }

private:
    StoreBackend& m_backend;
    bool m_active = false;
    QSqlError m_error;
};

// QtSql binds a null QString as SQL NULL; the text columns hold '' for "nothing".
inline QString text(const QString& value)
{
    return value.isNull() ? QString(QLatin1String("")) : value;
}

// The columns item_id, status, changed_by, changed_at, note, evidence, version, in that order.
inline const QString kItemColumns = QStringLiteral("item_id, status, changed_by, changed_at, note, evidence, version");

// Those columns, from the given one on.
inline ItemState itemStateFrom(const QSqlQuery& query, int first = 0)
{
    ItemState state;
    state.itemId = query.value(first).toString();
    state.status = parseItemStatus(query.value(first + 1).toString()).value_or(ItemStatus::Open);
    state.changedBy = query.value(first + 2).toString();
    state.changedAt = fromIsoUtc(query.value(first + 3).toString());
    state.note = query.value(first + 4).toString();
    state.evidence = query.value(first + 5).toString();
    state.version = query.value(first + 6).toInt();
    return state;
}

inline QString compactJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace cockpit::storesql
