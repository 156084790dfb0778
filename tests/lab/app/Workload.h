#pragma once

#include "LabMetrics.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <thread>
#include <vector>

namespace cockpit::lab {

struct WorkloadOptions
{
    QByteArray host;
    QByteArray port;
    QByteArray database;
    QByteArray user;
    QByteArray password;
    int maxClients = 32;
    int thinkMs = 150;
};

// Database clients on threads of their own (blocking libpq is fine off any GUI): each runs
// lookups, inserts and a trigram similarity query on memory_entries through PgBouncer while
// its index is below the wanted number of clients, and idles otherwise.
class Workload
{
public:
    Workload(WorkloadOptions options, LabMetrics& metrics);
    ~Workload();
    Workload(const Workload&) = delete;
    Workload& operator=(const Workload&) = delete;

    void setTargetClients(int clients);

private:
    void run(int index);

    WorkloadOptions m_options;
    LabMetrics& m_metrics;
    std::atomic<int> m_target{0};
    std::atomic<int> m_active{0};
    std::atomic<bool> m_stop{false};
    std::vector<std::thread> m_threads;
};

} // namespace cockpit::lab
