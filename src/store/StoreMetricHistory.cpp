// The store's watch's history: one kind of record, over the shared core in Store.cpp
// (opening, the ledger and its append).
#include "Store.h"
#include "StoreSql.h"

#include <QSqlQuery>

namespace cockpit {

using namespace storesql;

Result<Done> Store::recordMetricHistory(qint64 rolloutId, const QList<MetricBucket>& buckets)
{
    if (buckets.isEmpty())
        return Done{};
    Transaction transaction(*m_backend);
    if (!transaction.isActive())
        return failure(QStringLiteral("cannot begin a transaction"), transaction.error());
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO metric_history (rollout_id, metric, bucket_ms, minimum, maximum, last, "
                                 "samples) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (rollout_id, metric, bucket_ms) DO "
                                 "UPDATE SET minimum = excluded.minimum, maximum = excluded.maximum, last = "
                                 "excluded.last, samples = excluded.samples"));
    for (const MetricBucket& b : buckets) {
        query.addBindValue(rolloutId);
        query.addBindValue(b.metric);
        query.addBindValue(b.bucketMs);
        query.addBindValue(b.minimum);
        query.addBindValue(b.maximum);
        query.addBindValue(b.last);
        query.addBindValue(b.samples);
        if (!query.exec())
            return failure(QStringLiteral("cannot keep the watch's history"), query.lastError());
    }
    if (!transaction.commit())
        return failure(QStringLiteral("cannot keep the watch's history"), transaction.error());
    return Done{};
}

Result<QList<MetricBucket>> Store::metricHistory(qint64 rolloutId, qint64 sinceMs)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT metric, bucket_ms, minimum, maximum, last, samples FROM metric_history "
                                 "WHERE rollout_id = ? AND bucket_ms >= ? ORDER BY metric, bucket_ms"));
    query.addBindValue(rolloutId);
    query.addBindValue(sinceMs);
    if (!query.exec())
        return failure(QStringLiteral("cannot read the watch's history"), query.lastError());
    QList<MetricBucket> buckets;
    while (query.next()) {
        buckets.append({query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toDouble(),
                        query.value(3).toDouble(), query.value(4).toDouble(), query.value(5).toInt()});
    }
    return buckets;
}

} // namespace cockpit
