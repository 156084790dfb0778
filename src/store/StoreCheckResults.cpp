// The store's readiness check results: one kind of record, over the shared core in Store.cpp
// (opening, the ledger and its append).
#include "Store.h"
#include "StoreSql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace cockpit {

using namespace storesql;

// --- readiness check results ------------------------------------------------------------------

namespace {

const QString kCheckColumns = QStringLiteral(
    "run_id, item_id, classification, status, observed, expected, source, evidence, checked_at, duration_ms");

ItemCheckResult checkResultFrom(const QSqlQuery& query)
{
    ItemCheckResult result;
    result.runId = query.value(0).toString();
    result.itemId = query.value(1).toString();
    result.classification = parseClassification(query.value(2).toString()).value_or(Classification::Manual);
    result.status = parseCheckStatus(query.value(3).toString()).value_or(CheckStatus::Unknown);
    result.checks = evidenceFromJson(QJsonDocument::fromJson(query.value(7).toString().toUtf8()).array());
    result.checkedAt = fromIsoUtc(query.value(8).toString());
    result.durationMs = query.value(9).toLongLong();
    return result;
}

} // namespace

Result<Done> Store::recordCheckResults(qint64 rolloutId, const QString& profile, const QList<ItemCheckResult>& results)
{
    Transaction transaction(*m_backend);
    if (!transaction.isActive())
        return failure(QStringLiteral("cannot begin a transaction"), transaction.error());
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO check_results (rollout_id, profile, ") + kCheckColumns
                  + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const ItemCheckResult& result : results) {
        query.addBindValue(rolloutId);
        query.addBindValue(text(profile));
        query.addBindValue(text(result.runId));
        query.addBindValue(result.itemId);
        query.addBindValue(classificationToken(result.classification));
        query.addBindValue(checkStatusToken(result.status));
        query.addBindValue(text(result.observed()));
        query.addBindValue(text(result.expected()));
        query.addBindValue(text(result.source()));
        query.addBindValue(
            QString::fromUtf8(QJsonDocument(evidenceToJson(result.checks)).toJson(QJsonDocument::Compact)));
        query.addBindValue(toIsoUtc(result.checkedAt.isValid() ? result.checkedAt : m_clock.nowUtc()));
        query.addBindValue(result.durationMs);
        if (!query.exec())
            return failure(QStringLiteral("cannot record the check of %1").arg(result.itemId), query.lastError());
    }
    if (!transaction.commit())
        return failure(QStringLiteral("cannot commit the check results"), transaction.error());
    return Done{};
}

Result<QList<ItemCheckResult>> Store::latestCheckResults(qint64 rolloutId)
{
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("SELECT ") + kCheckColumns
        + QStringLiteral(" FROM check_results WHERE id IN (SELECT max(id) FROM check_results WHERE rollout_id = ?"
                         " GROUP BY item_id) ORDER BY item_id"));
    query.addBindValue(rolloutId);
    if (!query.exec())
        return failure(QStringLiteral("cannot read the check results"), query.lastError());
    QList<ItemCheckResult> results;
    while (query.next())
        results.append(checkResultFrom(query));
    return results;
}

Result<QList<ItemCheckResult>> Store::checkHistory(qint64 rolloutId, const QString& itemId, int limit)
{
    QSqlQuery query(database());
    QString sql = QStringLiteral("SELECT ") + kCheckColumns
        + QStringLiteral(" FROM check_results WHERE rollout_id = ? AND item_id = ? ORDER BY id DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT ?");
    query.prepare(sql);
    query.addBindValue(rolloutId);
    query.addBindValue(itemId);
    if (limit > 0)
        query.addBindValue(limit);
    if (!query.exec())
        return failure(QStringLiteral("cannot read the check history of %1").arg(itemId), query.lastError());
    QList<ItemCheckResult> results;
    while (query.next())
        results.append(checkResultFrom(query));
    return results;
}

} // namespace cockpit
