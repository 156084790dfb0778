#include "DataSources.h"

#include "Blocking.h"
#include "connectors/prometheus/PrometheusClient.h"
#include "core/Duration.h"
#include "engine/profiles/ProfileClients.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cockpit::migration {
namespace {

class DataSourcesTr
{
    Q_DECLARE_TR_FUNCTIONS(cockpit::migration::DataSources)
};

} // namespace

QString DataSourceHealth::summary() const
{
    if (!error.isEmpty())
        return DataSourcesTr::tr("Prometheus did not answer: %1").arg(error);
    if (targets == 0)
        return DataSourcesTr::tr("Prometheus scrapes no target: no metric has a source");
    if (problems.isEmpty())
        return DataSourcesTr::tr("%n target(s) up and current", nullptr, targets);
    return problems.join(QLatin1String("; "));
}

QJsonObject DataSourceHealth::toJson() const
{
    QJsonObject o{{QStringLiteral("healthy"), healthy()},
                  {QStringLiteral("targets"), targets},
                  {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
    if (!error.isEmpty())
        o[QStringLiteral("error")] = error;
    return o;
}

DataSourceHealth checkDataSources(const ConnectionProfile& profile, const QDateTime& nowUtc)
{
    DataSourceHealth health;
    if (profile.prometheusUrl.isEmpty()) {
        health.error = DataSourcesTr::tr("the profile names no Prometheus");
        return health;
    }
    const auto targets = await(PrometheusClient(profile::httpEndpoint(QStringLiteral("Prometheus"),
                                                                      profile.prometheusUrl, profile.prometheusTls))
                                   .targets());
    if (!targets) {
        health.error = targets.error().toString();
        return health;
    }
    health.targets = static_cast<int>(targets->size());
    const PrometheusClient prometheus(
        profile::httpEndpoint(QStringLiteral("Prometheus"), profile.prometheusUrl, profile.prometheusTls));
    for (const PromTarget& t : targets.value()) {
        const auto interval = parseDuration(t.scrapeInterval);
        const qint64 limitMs = interval ? 2 * qint64(interval->count()) + 1000 : qint64{2} * 60000;
        const QString name
            = DataSourcesTr::tr("job %1 (%2)")
                  .arg(t.labels.value(QStringLiteral("job")), t.labels.value(QStringLiteral("instance")));
        const QString last
            = t.lastScrape.isValid() ? t.lastScrape.toUTC().toString(Qt::ISODate) : DataSourcesTr::tr("never");
        if (t.health != QLatin1String("up")) {
            // One failed scrape is not a source gone: its newest sample may still be younger than
            // two intervals (a successful scrape within them).
            const auto recent = await(prometheus.query(
                QStringLiteral("max_over_time(up{job=\"%1\",instance=\"%2\"}[%3ms])")
                    .arg(t.labels.value(QStringLiteral("job")), t.labels.value(QStringLiteral("instance")))
                    .arg(limitMs)));
            if (recent && recent->single() && *recent->single() >= 1.0)
                continue;
            health.problems.append(DataSourcesTr::tr("%1 is %2: %3 (last scrape %4)")
                                       .arg(name, t.health.isEmpty() ? QStringLiteral("unknown") : t.health,
                                            t.lastError.isEmpty() ? DataSourcesTr::tr("no error given") : t.lastError,
                                            last));
            continue;
        }
        if (!t.lastScrape.isValid() || t.lastScrape.msecsTo(nowUtc) > limitMs)
            health.problems.append(
                DataSourcesTr::tr("%1 has no scrape younger than two intervals (last %2)").arg(name, last));
    }
    return health;
}

} // namespace cockpit::migration
