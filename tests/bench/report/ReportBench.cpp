// The rollout report's PDF for a completed rollout: 77 items recorded and checked, five approvals,
// every action of the three phases journaled, a 72-hour per-minute history of every monitored
// metric and trigger records. Median over N runs of gather + PDF (two layout passes for the
// contents' page numbers, vector charts, header and footer on every page); baseline in the same
// process: the same report's single-file HTML printed with QTextDocument::print onto the same
// QPdfWriter — one pass, no charts (QTextDocument draws no SVG), no header, footer or contents
// page numbers.
//   cockpit-bench-report [--runs N]
#include "core/Clock.h"
#include "core/RunbookLoader.h"
#include "engine/migration/MigrationPlan.h"
#include "engine/report/ReportData.h"
#include "engine/report/ReportRender.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextDocument>

#include <algorithm>
#include <cstdio>

using namespace cockpit;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

bool seed(Store& store, const Runbook& runbook, qint64 rollout)
{
    for (const ChecklistSection& section : runbook.sections) {
        QList<ItemCheckResult> results;
        for (const ChecklistItem& item : section.items) {
            ItemChange change;
            change.itemId = item.id;
            change.actor = QStringLiteral("carol");
            change.status = ItemStatus::Done;
            change.note = QStringLiteral("verified on the staging cluster, ticket OPS-1234");
            change.evidence = QStringLiteral("https://wiki.example/rollout/%1").arg(item.id);
            if (!store.applyItemChange(rollout, change))
                return false;
            ItemCheckResult r;
            r.itemId = item.id;
            r.classification = Classification::Automated;
            r.status = CheckStatus::Pass;
            r.checks.append({QStringLiteral("probe"),
                             CheckStatus::Pass,
                             QStringLiteral("pg1: 500; pg2: 500; pg3: 500"),
                             QStringLiteral("max_connections ≥ 500"),
                             QStringLiteral("SQL on every node"),
                             {},
                             12});
            r.checkedAt = QDateTime::currentDateTimeUtc();
            r.runId = QStringLiteral("bench");
            results.append(r);
        }
        if (!store.recordCheckResults(rollout, QStringLiteral("lab"), results))
            return false;
    }
    int i = 0;
    for (const ApprovalRole& role : runbook.approvals.roles) {
        ApprovalAction a;
        a.role = role.id;
        a.actor = QStringLiteral("signer%1").arg(++i);
        a.comment = QStringLiteral("reviewed");
        if (!store.recordApproval(rollout, a))
            return false;
    }
    const migration::Plan plan = migration::buildPlan(runbook, migration::Procedure::Migration);
    for (const migration::PlannedAction& action : plan.actions) {
        if (!store.appendJournal(rollout, action.path, QStringLiteral("start"),
                                 QStringLiteral("{\"sql\":\"SELECT 1\"}"), QString(), QStringLiteral("rm"))
            || !store.appendJournal(
                rollout, action.path, QStringLiteral("end"),
                QStringLiteral("{\"outcome\":\"done\",\"message\":\"ok\",\"outputs\":{\"rows\":1}}"), QString(),
                QStringLiteral("rm")))
            return false;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch() / 60000 * 60000;
    for (const MonitoredMetric& m : runbook.monitoring.metrics) {
        QList<MetricBucket> buckets;
        for (int minute = 72 * 60; minute > 0; --minute)
            buckets.append({m.id, now - qint64{minute} * 60000, 1, 3, 2 + (minute % 17) / 10.0, 6});
        if (!store.recordMetricHistory(rollout, buckets))
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    int runs = 5;
    const QStringList args = QCoreApplication::arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--runs")); at >= 0 && at + 1 < args.size())
        runs = std::max(1, args.at(at + 1).toInt());
    auto runbook = RunbookLoader::loadFile(builtinRunbookPath());
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!runbook || !store) {
        std::fprintf(stderr, "cannot set up\n");
        return 1;
    }
    RolloutInfo rollout = store.value()->ensureRollout(runbook->id, runbook->title, QStringLiteral("rm")).value();
    rollout.createdAt = QDateTime::currentDateTimeUtc().addDays(-3);
    if (!seed(*store.value(), runbook.value(), rollout.id)) {
        std::fprintf(stderr, "cannot seed the store\n");
        return 1;
    }
    report::Options options;
    options.generator = QStringLiteral("bench");
    options.from = rollout.createdAt;
    QList<double> gather;
    QList<double> pdf;
    QList<double> baseline;
    int pages = 0;
    const QString file = dir.filePath(QStringLiteral("r.pdf"));
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        const auto content
            = report::gather(*store.value(), runbook.value(), rollout, options, QDateTime::currentDateTimeUtc());
        gather.append(double(t.nsecsElapsed()) / 1e6);
        if (!content) {
            std::fprintf(stderr, "%s\n", qPrintable(content.error().toString()));
            return 1;
        }
        t.restart();
        if (!report::writePdf(content.value(), file, QPageSize::A4, [&](int, int n) { pages = n; })) {
            std::fprintf(stderr, "cannot write the PDF\n");
            return 1;
        }
        pdf.append(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        {
            QPdfWriter writer(dir.filePath(QStringLiteral("baseline.pdf")));
            writer.setResolution(96);
            writer.setPageSize(QPageSize(QPageSize::A4));
            QTextDocument doc;
            doc.setHtml(report::toHtml(content.value()));
            doc.print(&writer);
        }
        baseline.append(double(t.nsecsElapsed()) / 1e6);
    }
    const double ours = median(gather) + median(pdf);
    std::printf(
        "report of a completed rollout (77 items, %lld journal actions, %lld metrics x 4320 minutes), %d runs\n",
        static_cast<long long>(migration::buildPlan(runbook.value(), migration::Procedure::Migration).actions.size()),
        static_cast<long long>(runbook->monitoring.metrics.size()), runs);
    std::printf("  gather from the store      median %8.1f ms\n", median(gather));
    std::printf("  PDF (%d pages, %lld KiB)     median %8.1f ms\n", pages,
                static_cast<long long>(QFileInfo(file).size() / 1024), median(pdf));
    std::printf("  gather + PDF               median %8.1f ms  (goal < 1000 ms)\n", ours);
    std::printf("  baseline: QTextDocument::print of the same HTML, no charts  median %8.1f ms\n", median(baseline));
    std::printf("  ratio ours / baseline      %.2f\n", median(pdf) / std::max(median(baseline), 0.001));
    return 0;
}
