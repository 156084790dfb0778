#pragma once

#include "core/ConnectionProfile.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

// Whether the metrics' data is coming in: every Prometheus target up, its last scrape younger
// than two of its scrape intervals. A trigger whose exporter stopped sees no new data; this
// is the gate before phase 2 and a question asked at every round of a watch.
namespace cockpit::migration {

struct DataSourceHealth
{
    int targets = 0;
    QStringList problems; // "job node_exporter (127.0.0.1:29100) is down: connection refused (last scrape 14:02:05)"
    QString error; // Prometheus itself did not answer
    bool healthy() const { return error.isEmpty() && problems.isEmpty() && targets > 0; }
    QString summary() const;
    QJsonObject toJson() const;
};

// Blocking: for the migration's thread and the command line (never the window's thread).
DataSourceHealth checkDataSources(const ConnectionProfile& profile, const QDateTime& nowUtc);

} // namespace cockpit::migration
