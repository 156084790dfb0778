#pragma once

#include "ClusterAccess.h"
#include "Executors.h"

#include <QString>

#include <memory>

// A snapshot started on a throwaway PostgreSQL: the snapshot copied to a folder of its own in
// the system's temporary folder, started on a free port of 127.0.0.1 (trust for 127.0.0.1
// only), stopped and removed when the object goes. The restore test counts rows on it; the
// rehearsal runs the migration's SQL on it. A cockpit killed while one runs leaves a note of
// its process id in the folder: the next one to start a throwaway server stops and removes it.
namespace cockpit::migration {

class ThrowawayServer
{
public:
    ~ThrowawayServer();
    Q_DISABLE_COPY_MOVE(ThrowawayServer)

    // Copies the snapshot and starts it; an error says why not (nothing is left behind).
    static Result<std::unique_ptr<ThrowawayServer>> start(const ExecContext& context, const QString& snapshotDir);

    int port() const { return m_port; }
    QString folder() const { return m_work; }
    // The context with the profile pointed at this server (one node, no TLS, no password).
    ExecContext contextFor(const ExecContext& context) const;
    // Stops the server and removes the folder (the destructor does it when not done before).
    void stop();

    // Servers left by a cockpit that no longer runs: stopped and removed. What was swept.
    static QStringList sweepOrphans(const ExecContext& context);

private:
    ThrowawayServer(const ExecContext& context, QString work);
    ProgramRun pgCtl(const QStringList& args, std::chrono::milliseconds timeout) const;

    const ExecContext& m_context;
    QString m_work;
    QString m_data;
    int m_port = 0;
    bool m_started = false;
};

} // namespace cockpit::migration
