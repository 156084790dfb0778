// The migration journal's durable write per action: the start (before the act) and the end
// (after it), each committed to the store before the runner goes on. Median and p99 over N
// actions, on the local store (SQLite on this machine's disk); baseline in the same run: the
// same records in a store on /dev/shm (tmpfs: fsync costs nothing there), i.e. what the disk's
// durability costs.
//   cockpit-bench-journal [--actions N]
#include "core/Clock.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace cockpit;

namespace {

struct Figures
{
    double medianMs = 0;
    double p99Ms = 0;
};

Figures measure(Store& store, qint64 rollout, int actions)
{
    QList<double> samples;
    for (int i = 0; i < actions; ++i) {
        const QString entity = QStringLiteral("migration/bench/step-%1#0").arg(i);
        QElapsedTimer t;
        t.start();
        const auto start
            = store.appendJournal(rollout, entity, QStringLiteral("start"),
                                  QStringLiteral("{\"target\":\"pg1 (127.0.0.1:25432)\",\"sql\":\"SELECT 1\"}"),
                                  QStringLiteral("{}"), QStringLiteral("bench"));
        const auto end = store.appendJournal(rollout, entity, QStringLiteral("end"),
                                             QStringLiteral("{\"outcome\":\"done\",\"message\":\"ok\"}"),
                                             QStringLiteral("{}"), QStringLiteral("bench"));
        if (!start || !end) {
            std::fprintf(stderr, "journal write failed: %s\n",
                         qPrintable((start ? end.error() : start.error()).toString()));
            std::exit(1);
        }
        samples.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    return {samples[samples.size() / 2], samples[std::min<qsizetype>(samples.size() - 1, (samples.size() * 99) / 100)]};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int actions = 200;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--actions")); i >= 0 && i + 1 < args.size())
        actions = std::max(10, args[i + 1].toInt());
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/journal-bench-XXXXXX"));
    if (!dir.isValid())
        return 1;

    auto durable = Store::open(dir.filePath(QStringLiteral("durable.sqlite")));
    QTemporaryDir memory(QStringLiteral("/dev/shm/journal-bench-XXXXXX"));
    if (!memory.isValid())
        return 1;
    auto relaxed = Store::open(memory.filePath(QStringLiteral("relaxed.sqlite")));
    if (!durable || !relaxed) {
        std::fprintf(stderr, "cannot open the stores\n");
        return 1;
    }
    const auto r1
        = durable.value()->ensureRollout(QStringLiteral("bench"), QStringLiteral("bench"), QStringLiteral("bench"));
    const auto r2
        = relaxed.value()->ensureRollout(QStringLiteral("bench"), QStringLiteral("bench"), QStringLiteral("bench"));
    if (!r1 || !r2)
        return 1;

    const Figures d = measure(*durable.value(), r1->id, actions);
    const Figures b = measure(*relaxed.value(), r2->id, actions);
    QTextStream out(stdout);
    out << "journal: " << actions << " actions, one start and one end each, hash-chained, committed before going on\n";
    out << QStringLiteral(
               "durable (the store as shipped, on this disk): median %1 ms, p99 %2 ms per action (start + end)\n")
               .arg(d.medianMs, 0, 'f', 3)
               .arg(d.p99Ms, 0, 'f', 3);
    out << QStringLiteral("baseline (the same store on tmpfs, same process): median %1 ms, p99 %2 ms\n")
               .arg(b.medianMs, 0, 'f', 3)
               .arg(b.p99Ms, 0, 'f', 3);
    out << QStringLiteral("ratio durable/baseline: median %1x, p99 %2x\n")
               .arg(d.medianMs / std::max(1e-9, b.medianMs), 0, 'f', 2)
               .arg(d.p99Ms / std::max(1e-9, b.p99Ms), 0, 'f', 2);
    return 0;
}
