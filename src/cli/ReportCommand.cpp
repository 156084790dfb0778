#include "ReportCommand.h"

#include "Cli.h"
#include "CliSupport.h"
#include "CommandContext.h"
#include "Console.h"
#include "engine/migration/Blocking.h"
#include "engine/monitoring/MetricSampler.h"
#include "engine/report/ReportData.h"
#include "engine/report/ReportRender.h"
#include "engine/services/ExecSetup.h"
#include "engine/services/Services.h"
#include "store/Store.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace cockpit::cli {
namespace {

const QString kCommand = QStringLiteral("report");

} // namespace

int runReportCommand(QStringList arguments)
{
    const auto output = takeSingleOption(arguments, QStringLiteral("--output"));
    const auto formatGiven = takeSingleOption(arguments, QStringLiteral("--format"));
    const auto pageSize = takeSingleOption(arguments, QStringLiteral("--page-size"));
    const auto from = takeSingleOption(arguments, QStringLiteral("--from"));
    const auto to = takeSingleOption(arguments, QStringLiteral("--to"));
    const auto input = takeSingleOption(arguments, QStringLiteral("--input"));
    if (!output || !formatGiven || !pageSize || !from || !to || !input)
        return refuse(kCommand, CliText::tr("an option needs a value"));
    if (output->isEmpty())
        return refuse(kCommand, CliText::tr("--output FILE is required (the report's file: .pdf, .json or .html)"));
    QString token = formatGiven->isEmpty() ? QFileInfo(output.value()).suffix().toLower() : formatGiven.value();
    if (token.isEmpty())
        token = QStringLiteral("pdf");
    const auto format = report::parseFormat(token);
    if (!format)
        return refuse(kCommand, CliText::tr("unknown format \"%1\" (use pdf, json or html)").arg(token));
    QPageSize::PageSizeId size = QPageSize::A4;
    if (pageSize->compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        size = QPageSize::Letter;
    else if (!pageSize->isEmpty() && pageSize->compare(QLatin1String("a4"), Qt::CaseInsensitive) != 0)
        return refuse(kCommand, CliText::tr("--page-size is A4 or Letter"));
    report::Options options;
    for (const auto& [given, target] : {std::pair{&from.value(), &options.from}, std::pair{&to.value(), &options.to}}) {
        if (given->isEmpty())
            continue;
        const auto at = parseInstant(*given);
        if (!at)
            return refuse(kCommand, CliText::tr("give times as ISO 8601 with an offset (2026-12-05T22:00:00+01:00)"));
        *target = at->first;
    }
    if (options.from.isValid() && options.to.isValid() && options.to <= options.from)
        return refuse(kCommand, CliText::tr("--to must come after --from"));

    if (!input->isEmpty()) {
        // A report kept as JSON, rendered again (as PDF or HTML) exactly as it was gathered. The
        // store, settings, profile and runbook do not matter to it.
        for (const char* global : {"--store", "--settings", "--profile", "--runbook"})
            (void)takeSingleOption(arguments, QString::fromLatin1(global));
        if (!arguments.isEmpty() || !from->isEmpty() || !to->isEmpty())
            return refuse(kCommand, CliText::tr("--input FILE takes only --output, --format and --page-size"));
        QFile file(input.value());
        QJsonParseError error{};
        const QJsonObject kept
            = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll(), &error).object() : QJsonObject();
        if (kept.value(QStringLiteral("schema_version")).toInt() != report::kSchemaVersion)
            return refuse(kCommand,
                          CliText::tr("%1 is not a report of schema version %2 (%3)")
                              .arg(input.value())
                              .arg(report::kSchemaVersion)
                              .arg(file.isOpen() ? error.errorString() : file.errorString()));
        if (const auto written = report::writeReport(kept, output.value(), *format, size); !written)
            return refuse(kCommand, written.error().toString());
        out() << CliText::tr("report written: %1\n").arg(output.value());
        return kept.value(QStringLiteral("ledger")).toObject().value(QStringLiteral("intact")).toBool()
            ? int(ExitOk)
            : int(ExitFailure);
    }
    auto created = CommandContext::create(arguments);
    if (!created)
        return refuse(kCommand, created.error().toString());
    CommandContext& context = *created.value();
    if (!arguments.isEmpty())
        return refuse(kCommand, CliText::tr("unexpected argument \"%1\"").arg(arguments.first()));
    const auto opened = context.openRollout(true);
    if (!opened)
        return refuse(kCommand, opened.error().toString());
    // The profile's passwords, to mask them wherever they could stand (an action's output, a note).
    if (const auto profile = context.profile(); profile && !profile->name.isEmpty()) {
        options.profile = profile->name;
        if (const auto found = migration::awaitValue(context.services().exec().credentials(profile.value())))
            options.knownSecrets = found->passwords.values();
    }
    // The metrics' past from Prometheus over the range (the store keeps only what the window's
    // watch saw): only for a rollout that exists, so that a report never creates one.
    if (!options.profile.isEmpty() && opened->info.id != 0) {
        auto exec = context.execContext();
        if (exec) {
            (void)context.loadCredentials(exec.value());
            monitoring::MetricSampler sampler(exec.value());
            const QDateTime to = options.to.isValid() ? options.to : QDateTime::currentDateTimeUtc();
            const QDateTime from = options.from.isValid() ? options.from : opened->info.createdAt;
            const qint64 spanMs = from.isValid() ? from.msecsTo(to) : 0;
            constexpr qint64 kPoints = 720; // a point per pixel of the chart, or so
            const std::chrono::milliseconds step(std::max<qint64>(15'000, spanMs / kPoints));
            for (const MonitoredMetric& metric : opened->runbook.monitoring.metrics) {
                if (spanMs <= 0 || !monitoring::hasHistory(metric))
                    continue;
                auto history = sampler.backfill(metric, from, to, step);
                if (history)
                    options.prometheus.insert(metric.id, std::move(history).value());
                else
                    options.historyProblems.insert(metric.id, history.error().message);
            }
        }
    }
    options.storeLabel = opened->store->path();
    options.generator = QStringLiteral("Rollout Cockpit %1").arg(QStringLiteral(COCKPIT_VERSION));
    const auto content
        = report::gather(*opened->store, opened->runbook, opened->info, options, QDateTime::currentDateTimeUtc());
    if (!content)
        return refuse(kCommand, content.error().toString());
    const auto written = report::writeReport(content.value(), output.value(), *format, size);
    if (!written)
        return refuse(kCommand, written.error().toString());
    const QJsonObject ledger = content->value(QStringLiteral("ledger")).toObject();
    const bool intact = ledger.value(QStringLiteral("intact")).toBool();
    out() << CliText::tr("report written: %1\n").arg(output.value());
    out() << content->value(QStringLiteral("verdict")).toString() << '\n';
    if (!intact) {
        err() << CliText::tr("the record is BROKEN (%1): the report says so on its cover\n")
                     .arg(ledger.value(QStringLiteral("problem")).toString());
        return ExitFailure;
    }
    out() << CliText::tr("record intact: %1 records, head %2\n")
                 .arg(ledger.value(QStringLiteral("records")).toInteger())
                 .arg(ledger.value(QStringLiteral("head")).toString());
    return ExitOk;
}

} // namespace cockpit::cli
