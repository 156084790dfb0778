#pragma once

#include "connectors/http/HttpTypes.h"
#include "core/Result.h"

#include <QDateTime>
#include <QFuture>
#include <QMap>
#include <QStringList>

namespace cockpit {

struct AmAlert
{
    QString fingerprint;
    QMap<QString, QString> labels;
    QMap<QString, QString> annotations;
    QString state; // active, suppressed, unprocessed
    QDateTime startsAt;
    QDateTime endsAt;
    QStringList silencedBy;
    QStringList inhibitedBy;
};

// A notification receiver and the kinds of integration it sends through (email, slack,
// pagerduty, webhook ...), read from the configuration Alertmanager runs with.
struct AmReceiver
{
    QString name;
    QStringList integrations;
    bool routed = false; // the route tree sends alerts to it (a receiver nothing routes to notifies nobody)
};

struct AmMatcher
{
    QString name;
    QString value;
    bool isRegex = false;
    bool isEqual = true;
};

struct AmSilence
{
    QString id;
    QString state; // active, pending, expired
    QList<AmMatcher> matchers;
    QDateTime startsAt;
    QDateTime endsAt;
    QString createdBy;
    QString comment;
};

// Alertmanager's API v2: alerts and silences.
class AlertmanagerClient
{
public:
    explicit AlertmanagerClient(HttpEndpoint endpoint);

    QFuture<Result<QList<AmAlert>>> alerts() const;
    QFuture<Result<QList<AmSilence>>> silences() const;
    QFuture<Result<QString>> createSilence(const AmSilence& silence) const; // the new silence's id
    QFuture<Result<Done>> expireSilence(const QString& id) const;
    QFuture<Result<QString>> version() const;
    QFuture<Result<QList<AmReceiver>>> receivers() const; // from GET /api/v2/status

private:
    HttpRequest request(const QByteArray& method, const QString& path) const;

    HttpEndpoint m_endpoint;
};

namespace alertmanager {
Result<QList<AmAlert>> parseAlerts(const QByteArray& body, const QString& where);
Result<QList<AmSilence>> parseSilences(const QByteArray& body, const QString& where);
Result<QList<AmReceiver>> parseReceivers(const QByteArray& statusBody, const QString& where);
// The receivers section of Alertmanager's configuration as it prints it (config.original).
QList<AmReceiver> receiversOfConfig(const QString& yaml);
} // namespace alertmanager

} // namespace cockpit
