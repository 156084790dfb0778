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

private:
    HttpRequest request(const QByteArray& method, const QString& path) const;

    HttpEndpoint m_endpoint;
};

namespace alertmanager {
Result<QList<AmAlert>> parseAlerts(const QByteArray& body, const QString& where);
Result<QList<AmSilence>> parseSilences(const QByteArray& body, const QString& where);
} // namespace alertmanager

} // namespace cockpit
