// Benchmark: 1,000 queries over the lab's three PostgreSQL nodes, one after another on one
// connection (the baseline) and concurrently over 4 connections per node, with the GUI
// event loop's worst gap between two ticks of a 16 ms timer measured during each run. Three
// workloads: an indexed lookup (~0.1 ms), the guide's COUNT(*) over memory_entries (server
// CPU) and a 5 ms pg_sleep (server wait, as a slow network or disk would be).
//   build/bin/cockpit-bench-connectors [--queries N] [--per-node N]
#include "Lab.h"

#include "connectors/postgres/PgConnection.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace cockpit;

namespace {

struct Figures
{
    const char* mode;
    int queries = 0;
    int failed = 0;
    double wallMs = 0;
    double p50Ms = 0;
    double p95Ms = 0;
    double worstGapMs = 0;
};

// Counts the longest pause between ticks of a 16 ms timer: how long the event loop (the
// GUI thread) was kept busy at a stretch.
class TickWatch
{
public:
    TickWatch()
    {
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_worstNs = std::max(m_worstNs, now - m_lastNs);
            m_lastNs = now;
        });
    }
    void start()
    {
        m_worstNs = 0;
        m_clock.start();
        m_lastNs = 0;
        m_timer.start(16);
    }
    double stop()
    {
        m_timer.stop();
        return static_cast<double>(m_worstNs) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_worstNs = 0;
};

void runUntil(const std::function<bool()>& done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

// Issues `queries` lookups over the connections: all at once when concurrent (each
// connection queues its share), else one after another on the first connection.
struct Workload
{
    const char* name;
    QString sql;
    bool keyed; // takes a seed key as $1
};

Figures run(const char* mode, std::vector<std::unique_ptr<PgConnection>>& connections, int queries, bool concurrent,
            const Workload& workload)
{
    Figures f;
    f.mode = mode;
    f.queries = queries;
    std::vector<double> latencies;
    latencies.reserve(static_cast<size_t>(queries));
    int done = 0;
    QElapsedTimer wall;
    TickWatch ticks;
    ticks.start();
    wall.start();
    std::function<void(int)> issue = [&](int i) {
        PgConnection& connection = *connections[concurrent ? static_cast<size_t>(i) % connections.size() : 0];
        const qint64 started = wall.nsecsElapsed();
        const QVariantList params
            = workload.keyed ? QVariantList{QStringLiteral("seed-%1").arg(1 + i % 20000)} : QVariantList{};
        connection.query(workload.sql, params).then(&connection, [&, i, started](const Result<PgQueryResult>& result) {
            latencies.push_back(static_cast<double>(wall.nsecsElapsed() - started) / 1e6);
            f.failed += result.ok() ? 0 : 1;
            ++done;
            if (!concurrent && i + 1 < queries)
                issue(i + 1);
        });
    };
    if (concurrent) {
        for (int i = 0; i < queries; ++i)
            issue(i);
    } else {
        issue(0);
    }
    runUntil([&] { return done == queries; });
    f.wallMs = static_cast<double>(wall.nsecsElapsed()) / 1e6;
    f.worstGapMs = ticks.stop();
    std::sort(latencies.begin(), latencies.end());
    f.p50Ms = latencies[latencies.size() / 2];
    f.p95Ms = latencies[std::min(latencies.size() - 1, latencies.size() * 95 / 100)];
    return f;
}

void print(const char* workload, const Figures& f)
{
    std::printf("%-11s %-11s %8d %7d %10.1f %10.0f %8.2f %8.2f %13.1f\n", workload, f.mode, f.queries, f.failed,
                f.wallMs, f.queries / (f.wallMs / 1000.0), f.p50Ms, f.p95Ms, f.worstGapMs);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption queriesOption(QStringLiteral("queries"), QStringLiteral("Queries per run."),
                                           QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption perNodeOption(QStringLiteral("per-node"), QStringLiteral("Connections per node."),
                                           QStringLiteral("N"), QStringLiteral("4"));
    parser.addOptions({queriesOption, perNodeOption});
    parser.process(app);
    const int queries = parser.value(queriesOption).toInt();
    const int perNode = parser.value(perNodeOption).toInt();
    if (!test::Lab::isUp()) {
        std::fprintf(stderr, "the lab is not up: run scripts/lab up\n");
        return 1;
    }

    std::vector<std::unique_ptr<PgConnection>> connections;
    int opened = 0;
    int failedToOpen = 0;
    for (int port : test::Lab::get().pgPorts()) {
        for (int c = 0; c < perNode; ++c) {
            connections.push_back(std::make_unique<PgConnection>());
            connections.back()
                ->open(test::Lab::get().postgresOptions({port}))
                .then(connections.back().get(), [&](const Result<PgServerInfo>& r) {
                    ++opened;
                    failedToOpen += r.ok() ? 0 : 1;
                });
        }
    }
    runUntil([&] { return opened == static_cast<int>(connections.size()); });
    if (failedToOpen > 0) {
        std::fprintf(stderr, "%d connection(s) failed to open\n", failedToOpen);
        return 1;
    }
    const QList<Workload> workloads{
        {"lookup", QStringLiteral("SELECT id, value FROM memory_entries WHERE key = $1"), true},
        {"count", QStringLiteral("SELECT COUNT(*) AS total_records FROM memory_entries"), false},
        {"sleep-5ms", QStringLiteral("SELECT pg_sleep(0.005)"), false},
    };
    // Warm up every connection (TLS sessions, plan caches) before measuring.
    (void)run("warm-up", connections, static_cast<int>(connections.size()) * 5, true, workloads.first());

    TickWatch idle;
    idle.start();
    QElapsedTimer wait;
    wait.start();
    runUntil([&] { return wait.elapsed() >= 1000; });
    const double idleGap = idle.stop();

    std::printf("1 connection vs %zu (%d per node on 3 nodes), %d queries per workload and mode, TLS verify-full\n",
                connections.size(), perNode, queries);
    std::printf("%-11s %-11s %8s %7s %10s %10s %8s %8s %13s\n", "workload", "mode", "queries", "failed", "wall ms",
                "queries/s", "p50 ms", "p95 ms", "worst gap ms");
    int failed = 0;
    QStringList speedUps;
    for (const Workload& workload : workloads) {
        const Figures sequential = run("sequential", connections, queries, false, workload);
        const Figures concurrent = run("concurrent", connections, queries, true, workload);
        print(workload.name, sequential);
        print(workload.name, concurrent);
        failed += sequential.failed + concurrent.failed;
        speedUps.append(QStringLiteral("%1 %2x")
                            .arg(QString::fromLatin1(workload.name))
                            .arg(sequential.wallMs / concurrent.wallMs, 0, 'f', 2));
    }
    std::printf("speed-up, sequential wall / concurrent wall: %s\n", qPrintable(speedUps.join(QStringLiteral(", "))));
    std::printf("event loop idle for 1 s, for comparison: worst gap %.1f ms between 16 ms ticks\n", idleGap);
    return failed == 0 ? 0 : 1;
}
