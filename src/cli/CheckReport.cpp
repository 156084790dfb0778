#include "CheckReport.h"

#include "Console.h"
#include "core/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamWriter>

namespace cockpit::cli {
namespace {

const ChecklistSection* sectionOf(const Runbook& runbook, const QString& itemId)
{
    const int index = runbook.sectionOfItem(itemId);
    return index >= 0 ? &runbook.sections[index] : nullptr;
}

bool isWaived(const ItemCheckResult& result, const QHash<QString, ItemState>& states)
{
    const ItemState state = states.value(result.itemId);
    return result.classification == Classification::Automated && result.status != CheckStatus::Pass
        && result.status != CheckStatus::Warn && state.status == ItemStatus::NotApplicable
        && !state.note.trimmed().isEmpty();
}

QString statusLabel(CheckStatus status)
{
    return checkStatusToken(status).toUpper();
}

} // namespace

QString checkReportText(const Runbook& runbook, const ReadinessReport& report, const ReadinessVerdict& verdict,
                        const QHash<QString, ItemState>& states)
{
    QString text = CliText::tr("Readiness of profile %1 against %2: %n item(s) in %3 s\n", nullptr,
                               static_cast<int>(report.items.size()))
                       .arg(report.profile, runbook.id)
                       .arg(static_cast<double>(report.durationMs) / 1000.0, 0, 'f', 2);
    QString section;
    for (const ItemCheckResult& result : report.items) {
        const ChecklistSection* s = sectionOf(runbook, result.itemId);
        if (s && s->title != section) {
            section = s->title;
            text += QLatin1Char('\n') + section + QLatin1Char('\n');
        }
        const ChecklistItem* item = runbook.findItem(result.itemId);
        QString label = statusLabel(result.status);
        if (isWaived(result, states))
            label = CliText::tr("N/A");
        text += QStringLiteral("  %1 %2 %3\n")
                    .arg(label.leftJustified(8), result.itemId.leftJustified(26), item ? item->title : QString());
        if (result.classification == Classification::Manual)
            continue;
        for (const CheckEvidence& check : result.checks) {
            if (result.status == CheckStatus::Pass && check.status == CheckStatus::Pass)
                continue; // a pass says enough in its line
            text += QStringLiteral("           %1 %2: %3")
                        .arg(statusLabel(check.status).leftJustified(8), check.title, check.observed);
            if (!check.expected.isEmpty())
                text += CliText::tr(" (expected %1)").arg(check.expected);
            text += QLatin1Char('\n');
            for (const QString& detail : check.details)
                text += QStringLiteral("             %1\n").arg(detail);
        }
    }
    const auto counts = report.summary();
    text += CliText::tr("\nSummary: %1 pass, %2 warn, %3 fail, %4 unknown, %5 manual\n")
                .arg(counts.value(CheckStatus::Pass))
                .arg(counts.value(CheckStatus::Warn))
                .arg(counts.value(CheckStatus::Fail))
                .arg(counts.value(CheckStatus::Unknown))
                .arg(counts.value(CheckStatus::Manual));
    for (const QString& waived : verdict.waived)
        text += CliText::tr("Accepted gap: %1\n").arg(waived);
    if (verdict.open) {
        text
            += CliText::tr("Gate: open (%1 of %2 automated item(s) pass)\n").arg(verdict.passed).arg(verdict.automated);
    } else {
        text += CliText::tr("Gate: CLOSED — %n automated item(s) do not pass:\n", nullptr,
                            static_cast<int>(verdict.reasons.size()));
        for (const QString& reason : verdict.reasons)
            text += QStringLiteral("  %1\n").arg(reason);
    }
    return text;
}

QByteArray checkReportJson(const Runbook& runbook, const ReadinessReport& report, const ReadinessVerdict& verdict,
                           const QHash<QString, ItemState>& states)
{
    QJsonArray items;
    for (const ItemCheckResult& result : report.items) {
        const ChecklistItem* item = runbook.findItem(result.itemId);
        const ChecklistSection* section = sectionOf(runbook, result.itemId);
        QJsonObject o{{QStringLiteral("id"), result.itemId},
                      {QStringLiteral("section"), section ? section->id : QString()},
                      {QStringLiteral("title"), item ? item->title : QString()},
                      {QStringLiteral("classification"), classificationToken(result.classification)},
                      {QStringLiteral("status"), checkStatusToken(result.status)},
                      {QStringLiteral("expected"), result.expected()},
                      {QStringLiteral("observed"), result.observed()},
                      {QStringLiteral("source"), result.source()},
                      {QStringLiteral("evidence"), evidenceToJson(result.checks)},
                      {QStringLiteral("checked_at"), toIsoUtc(result.checkedAt)},
                      {QStringLiteral("duration_ms"), result.durationMs}};
        if (item && result.classification != Classification::Automated)
            o[QStringLiteral("note")] = item->verification.note;
        if (isWaived(result, states)) {
            const ItemState state = states.value(result.itemId);
            o[QStringLiteral("waived")] = QJsonObject{{QStringLiteral("by"), state.changedBy},
                                                      {QStringLiteral("reason"), state.note},
                                                      {QStringLiteral("at"), toIsoUtc(state.changedAt)}};
        }
        items.append(o);
    }
    QJsonObject summary;
    const auto counts = report.summary();
    for (CheckStatus status :
         {CheckStatus::Pass, CheckStatus::Warn, CheckStatus::Fail, CheckStatus::Unknown, CheckStatus::Manual})
        summary[checkStatusToken(status)] = counts.value(status);
    const QJsonObject root{{QStringLiteral("profile"), report.profile},
                           {QStringLiteral("runbook"), runbook.id},
                           {QStringLiteral("run_id"), report.runId},
                           {QStringLiteral("started_at"), toIsoUtc(report.startedAt)},
                           {QStringLiteral("duration_ms"), report.durationMs},
                           {QStringLiteral("summary"), summary},
                           {QStringLiteral("gate"),
                            QJsonObject{{QStringLiteral("open"), verdict.open},
                                        {QStringLiteral("reasons"), QJsonArray::fromStringList(verdict.reasons)},
                                        {QStringLiteral("waived"), QJsonArray::fromStringList(verdict.waived)}}},
                           {QStringLiteral("items"), items}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray checkReportJunit(const Runbook& runbook, const ReadinessReport& report,
                            const QHash<QString, ItemState>& states)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    const auto counts = report.summary();
    w.writeStartElement(QStringLiteral("testsuites"));
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("rollout-cockpit check %1").arg(report.profile));
    w.writeAttribute(QStringLiteral("tests"), QString::number(report.items.size()));
    w.writeAttribute(QStringLiteral("failures"),
                     QString::number(counts.value(CheckStatus::Fail) + counts.value(CheckStatus::Unknown)));
    w.writeAttribute(QStringLiteral("skipped"), QString::number(counts.value(CheckStatus::Manual)));
    w.writeAttribute(QStringLiteral("time"), QString::number(static_cast<double>(report.durationMs) / 1000.0, 'f', 3));
    for (const ChecklistSection& section : runbook.sections) {
        QList<const ItemCheckResult*> results;
        for (const ChecklistItem& item : section.items) {
            if (const ItemCheckResult* result = report.find(item.id))
                results.append(result);
        }
        if (results.isEmpty())
            continue;
        int failures = 0;
        int skipped = 0;
        qint64 ms = 0;
        for (const ItemCheckResult* r : results) {
            failures += (r->status == CheckStatus::Fail || r->status == CheckStatus::Unknown) && !isWaived(*r, states)
                ? 1
                : 0;
            skipped += r->status == CheckStatus::Manual || isWaived(*r, states) ? 1 : 0;
            ms += r->durationMs;
        }
        w.writeStartElement(QStringLiteral("testsuite"));
        w.writeAttribute(QStringLiteral("name"), section.title);
        w.writeAttribute(QStringLiteral("tests"), QString::number(results.size()));
        w.writeAttribute(QStringLiteral("failures"), QString::number(failures));
        w.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
        w.writeAttribute(QStringLiteral("skipped"), QString::number(skipped));
        w.writeAttribute(QStringLiteral("time"), QString::number(static_cast<double>(ms) / 1000.0, 'f', 3));
        w.writeAttribute(QStringLiteral("timestamp"), report.startedAt.toString(Qt::ISODate));
        for (const ItemCheckResult* r : results) {
            const ChecklistItem* item = runbook.findItem(r->itemId);
            w.writeStartElement(QStringLiteral("testcase"));
            w.writeAttribute(QStringLiteral("classname"), section.id);
            w.writeAttribute(QStringLiteral("name"),
                             QStringLiteral("%1: %2").arg(r->itemId, item ? item->title : QString()));
            w.writeAttribute(QStringLiteral("time"),
                             QString::number(static_cast<double>(r->durationMs) / 1000.0, 'f', 3));
            QString body;
            for (const CheckEvidence& check : r->checks) {
                body += QStringLiteral("%1 [%2]: observed %3; expected %4; source %5\n")
                            .arg(check.title, checkStatusToken(check.status), check.observed, check.expected,
                                 check.source);
                for (const QString& detail : check.details)
                    body += QStringLiteral("  %1\n").arg(detail);
            }
            if (isWaived(*r, states)) {
                w.writeStartElement(QStringLiteral("skipped"));
                w.writeAttribute(QStringLiteral("message"),
                                 QStringLiteral("not applicable: %1").arg(states.value(r->itemId).note));
                w.writeEndElement();
            } else if (r->status == CheckStatus::Fail || r->status == CheckStatus::Unknown) {
                w.writeStartElement(QStringLiteral("failure"));
                w.writeAttribute(QStringLiteral("type"), checkStatusToken(r->status));
                w.writeAttribute(QStringLiteral("message"), r->summary());
                w.writeCharacters(body);
                w.writeEndElement();
            } else if (r->status == CheckStatus::Manual) {
                w.writeStartElement(QStringLiteral("skipped"));
                w.writeAttribute(
                    QStringLiteral("message"),
                    QStringLiteral("%1: a person decides (%2)")
                        .arg(classificationToken(r->classification), item ? item->verification.note : QString()));
                w.writeEndElement();
            }
            if (!body.isEmpty())
                w.writeTextElement(QStringLiteral("system-out"), body);
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

} // namespace cockpit::cli
