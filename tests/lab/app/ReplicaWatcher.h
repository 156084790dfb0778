#pragma once

#include <QByteArray>

#include <atomic>
#include <functional>
#include <thread>

namespace cockpit::lab {

// Polls the Docker Engine (unix socket) every two seconds for the running tasks of one Swarm
// service and reports their number; -1 when the engine cannot be asked.
class ReplicaWatcher
{
public:
    ReplicaWatcher(QByteArray socketPath, QByteArray service, std::function<void(int)> onReplicas);
    ~ReplicaWatcher();
    ReplicaWatcher(const ReplicaWatcher&) = delete;
    ReplicaWatcher& operator=(const ReplicaWatcher&) = delete;

private:
    int runningTasks() const;

    QByteArray m_socketPath;
    QByteArray m_service;
    std::function<void(int)> m_onReplicas;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace cockpit::lab
