#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace cockpit {

using PromLabels = QMap<QString, QString>;

// One value as Prometheus sends it: a string that may be "NaN", "+Inf" or "-Inf".
struct PromValue
{
    double timestamp = 0; // seconds since the epoch
    double value = 0;
    QString text; // as sent, for display without rounding
};

struct PromSample
{
    PromLabels labels;
    PromValue value;
};

struct PromSeries
{
    PromLabels labels;
    QList<PromValue> values;
};

struct PromQueryResult
{
    enum class Type
    {
        Vector,
        Matrix,
        Scalar,
        String,
    };
    Type type = Type::Vector;
    QList<PromSample> vector;
    QList<PromSeries> matrix;
    PromValue scalar; // Scalar and String (text)
    QStringList warnings;

    // An empty vector or matrix is "no data", which is not zero.
    bool isEmpty() const;
    // The value of a scalar or a one-element vector; nothing when there is no data.
    std::optional<double> single() const;
};

struct PromTarget
{
    PromLabels labels;
    QString scrapePool;
    QString scrapeUrl;
    QString health; // up, down, unknown
    QString lastError;
    QDateTime lastScrape;
    double lastScrapeDurationSeconds = 0;
    QString scrapeInterval; // "15s", as Prometheus gives it (empty from older versions)
};

struct PromAlert
{
    PromLabels labels;
    PromLabels annotations;
    QString state; // pending, firing
    QDateTime activeAt;
    QString value;
};

struct PromRule
{
    QString group;
    QString name;
    QString type; // alerting, recording
    QString query;
    QString health;
    QString state; // alerting rules: inactive, pending, firing
    QString lastError;
    double durationSeconds = 0; // the rule's for:
    PromLabels labels;
    QList<PromAlert> alerts;
};

// One line of the text exposition format (what /metrics of an exporter answers).
struct PromTextSample
{
    QString name;
    PromLabels labels;
    double value = 0;
    std::optional<qint64> timestampMs;
};

} // namespace cockpit
