#include "ReportHtml.h"

#include "ReportCharts.h"
#include "core/Clock.h"
#include "engine/approvals/ApprovalBook.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace cockpit::report {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QString when(const QJsonValue& iso)
{
    return iso.isNull() || iso.toString().isEmpty() ? QStringLiteral("—")
                                                    : approvals::describeInstant(fromIsoUtc(iso.toString()), QString());
}

QString durationText(const QJsonValue& ms)
{
    if (ms.isNull())
        return QStringLiteral("—");
    const qint64 v = ms.toInteger();
    if (v < 1000)
        return Tr::tr("%1 ms").arg(v);
    if (v < 60'000)
        return Tr::tr("%1 s").arg(double(v) / 1000.0, 0, 'f', 1);
    if (v < 3'600'000)
        return Tr::tr("%1 min %2 s").arg(v / 60'000).arg((v / 1000) % 60);
    return Tr::tr("%1 h %2 min").arg(v / 3'600'000).arg((v / 60'000) % 60);
}

// --- the document --------------------------------------------------------------------------

struct Section
{
    QString anchor;
    QString title;
};

QList<Section> sectionsOf()
{
    return {{QStringLiteral("approvals"), Tr::tr("Approvals")},
            {QStringLiteral("ledger"), Tr::tr("The record (ledger)")},
            {QStringLiteral("readiness"), Tr::tr("Readiness")},
            {QStringLiteral("journal"), Tr::tr("Migration journal")},
            {QStringLiteral("metrics"), Tr::tr("Metrics")},
            {QStringLiteral("triggers"), Tr::tr("Rollback triggers")},
            {QStringLiteral("success"), Tr::tr("Success criteria")},
            {QStringLiteral("week1"), Tr::tr("Week-1 validations")},
            {QStringLiteral("contacts"), Tr::tr("Contacts")}};
}

class HtmlWriter
{
public:
    HtmlWriter(const QJsonObject& report, HtmlFlavour flavour, const QHash<QString, int>& pages)
        : m_r(report), m_flavour(flavour), m_pages(pages)
    { }

    QString write()
    {
        const QJsonObject rollout = m_r.value(QStringLiteral("rollout")).toObject();
        m_html += QStringLiteral("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>%1</title>")
                      .arg(esc(Tr::tr("Rollout report: %1").arg(str(rollout, "title"))));
        if (m_flavour == HtmlFlavour::SingleFile)
            m_html += QStringLiteral(
                "<style>body{font-family:sans-serif;font-size:10pt;max-width:60em;margin:2em auto;color:#111}"
                "table{border-collapse:collapse;width:100%;margin:.5em 0}td,th{border:1px solid #bbb;padding:2px "
                "4px;vertical-align:top;text-align:left}th{background:#eee}.bad{color:#b02a2a;font-weight:bold}"
                ".good{color:#2e7d32}.warn{color:#a15c00}.mono{font-family:monospace;word-break:break-all}"
                ".verdict{font-size:14pt;font-weight:bold}h2{border-bottom:2px solid #333;margin-top:2em}"
                "@media print{h2{page-break-before:always}}</style>");
        m_html += QStringLiteral("</head><body>");
        cover();
        contents();
        approvals();
        ledger();
        readiness();
        journal();
        metrics();
        triggers();
        success();
        week1();
        contacts();
        m_html += QStringLiteral("</body></html>");
        return m_html;
    }

private:
    QString table() const
    {
        return m_flavour == HtmlFlavour::Pdf ? QStringLiteral(
                   "<table border='1' cellspacing='0' cellpadding='3' width='100%' style='border-color:#bbb'>")
                                             : QStringLiteral("<table>");
    }
    void heading(const Section& s)
    {
        m_html += m_flavour == HtmlFlavour::Pdf
            ? QStringLiteral("<h2 style='page-break-before:always'><a name='sec-%1'></a>%2</h2>")
                  .arg(s.anchor, esc(s.title))
            : QStringLiteral("<h2 id='sec-%1'>%2</h2>").arg(s.anchor, esc(s.title));
    }
    Section section(const char* anchor) const
    {
        for (const Section& s : sectionsOf()) {
            if (s.anchor == QLatin1String(anchor))
                return s;
        }
        return {};
    }
    void notRecorded() { m_html += QStringLiteral("<p><i>%1</i></p>").arg(esc(Tr::tr("Not recorded."))); }
    void row(const QStringList& cells, bool header = false)
    {
        m_html += QStringLiteral("<tr>");
        for (const QString& c : cells)
            m_html += header ? QStringLiteral("<th>%1</th>").arg(c) : QStringLiteral("<td>%1</td>").arg(c);
        m_html += QStringLiteral("</tr>");
    }
    QString bad(const QString& text) const
    {
        return m_flavour == HtmlFlavour::Pdf ? QStringLiteral("<b style='color:#b02a2a'>%1</b>").arg(text)
                                             : QStringLiteral("<span class='bad'>%1</span>").arg(text);
    }
    QString mono(const QString& text) const
    {
        return m_flavour == HtmlFlavour::Pdf ? QStringLiteral("<code>%1</code>").arg(esc(text))
                                             : QStringLiteral("<span class='mono'>%1</span>").arg(esc(text));
    }

    void cover()
    {
        const QJsonObject rollout = m_r.value(QStringLiteral("rollout")).toObject();
        const QJsonObject runbook = rollout.value(QStringLiteral("runbook")).toObject();
        const QJsonObject range = m_r.value(QStringLiteral("range")).toObject();
        const QJsonObject approvals = m_r.value(QStringLiteral("approvals")).toObject();
        const QJsonObject ledger = m_r.value(QStringLiteral("ledger")).toObject();
        m_html += QStringLiteral("<h1>%1</h1>").arg(esc(Tr::tr("Rollout report: %1").arg(str(rollout, "title"))));
        const bool intact = ledger.value(QStringLiteral("intact")).toBool();
        const QString verdict = esc(str(m_r, "verdict"));
        m_html += m_flavour == HtmlFlavour::Pdf
            ? QStringLiteral("<p style='font-size:14pt'><b>%1</b></p>").arg(intact ? verdict : bad(verdict))
            : QStringLiteral("<p class='verdict%1'>%2</p>").arg(intact ? QString() : QStringLiteral(" bad"), verdict);
        if (!intact)
            m_html += QStringLiteral("<p>%1</p>")
                          .arg(bad(esc(Tr::tr("THE RECORD IS BROKEN: %1. Nothing in this report can be trusted until "
                                              "the store is restored from a backup.")
                                           .arg(str(ledger, "problem")))));
        m_html += table();
        const QString none = Tr::tr("not set");
        const auto orNone = [&](const QJsonValue& v) { return v.isNull() ? none : v.toString(); };
        row({esc(Tr::tr("Rollout")),
             esc(QStringLiteral("%1 (#%2)")
                     .arg(str(rollout, "title"))
                     .arg(rollout.value(QStringLiteral("id")).toInteger()))});
        row({esc(Tr::tr("Cluster profile")), esc(str(rollout, "profile").isEmpty() ? none : str(rollout, "profile"))});
        row({esc(Tr::tr("Store")), esc(str(rollout, "store"))});
        row({esc(Tr::tr("Runbook")),
             esc(QStringLiteral("%1 — %2").arg(str(runbook, "id"), str(runbook, "title"))) + QStringLiteral("<br>")
                 + esc(Tr::tr("version (SHA-256): ")) + mono(str(runbook, "fingerprint"))});
        row({esc(Tr::tr("Date range")),
             esc(Tr::tr("%1 to %2")
                     .arg(when(range.value(QStringLiteral("from"))), when(range.value(QStringLiteral("to")))))});
        row({esc(Tr::tr("Maintenance window")), esc(orNone(approvals.value(QStringLiteral("maintenance_window"))))});
        row({esc(Tr::tr("Scheduled rollout")), esc(orNone(approvals.value(QStringLiteral("scheduled_rollout"))))});
        row({esc(Tr::tr("Record")),
             (intact ? esc(Tr::tr("intact, %1 records").arg(ledger.value(QStringLiteral("records")).toInteger()))
                     : bad(esc(Tr::tr("BROKEN"))))
                 + QStringLiteral("<br>") + esc(Tr::tr("head: ")) + mono(str(ledger, "head"))});
        row({esc(Tr::tr("Generated")),
             esc(QStringLiteral("%1 by %2")
                     .arg(when(m_r.value(QStringLiteral("generated_at"))), str(m_r, "generator")))});
        m_html += QStringLiteral("</table>");
    }

    void contents()
    {
        m_html += QStringLiteral("<h3>%1</h3>").arg(esc(Tr::tr("Contents")));
        m_html += table();
        int n = 0;
        for (const Section& s : sectionsOf()) {
            ++n;
            const QString page
                = m_pages.contains(s.anchor) ? QString::number(m_pages.value(s.anchor)) : QStringLiteral("00");
            if (m_flavour == HtmlFlavour::Pdf)
                row({QStringLiteral("%1. %2").arg(n).arg(esc(s.title)), page});
            else
                row({QStringLiteral("<a href='#sec-%1'>%2. %3</a>").arg(s.anchor).arg(n).arg(esc(s.title))});
        }
        m_html += QStringLiteral("</table>");
    }

    void approvals()
    {
        heading(section("approvals"));
        const QJsonObject a = m_r.value(QStringLiteral("approvals")).toObject();
        const QJsonObject gate = a.value(QStringLiteral("gate")).toObject();
        m_html += QStringLiteral("<p><b>%1</b></p>").arg(esc(Tr::tr("Gate: %1").arg(str(gate, "summary"))));
        m_html += table();
        row({esc(Tr::tr("Role")), esc(Tr::tr("Decision")), esc(Tr::tr("Signer")), esc(Tr::tr("When")),
             esc(Tr::tr("Comment or reason")), esc(Tr::tr("What it approved"))},
            true);
        for (const auto& v : a.value(QStringLiteral("roles")).toArray()) {
            const QJsonObject role = v.toObject();
            const QString decision
                = role.value(QStringLiteral("decision")).isNull() ? Tr::tr("waiting") : str(role, "decision");
            QString said
                = str(role, "reason").isEmpty() ? str(role, "comment") : Tr::tr("Reason: %1").arg(str(role, "reason"));
            QString approved = esc(str(role.value(QStringLiteral("approved")).toObject(), "counts"));
            const QJsonArray changed = role.value(QStringLiteral("changed_since")).toArray();
            if (!changed.isEmpty()) {
                QStringList list;
                for (const auto& c : changed)
                    list.append(c.toString());
                approved += QStringLiteral("<br>")
                    + bad(esc(Tr::tr("signed before: %1").arg(list.join(QStringLiteral("; ")))));
            }
            row({esc(str(role, "title")), decision == QLatin1String("reject") ? bad(esc(decision)) : esc(decision),
                 esc(role.value(QStringLiteral("signer")).toString()), esc(when(role.value(QStringLiteral("at")))),
                 esc(said), approved});
        }
        m_html += QStringLiteral("</table>");
        m_html += QStringLiteral("<p>%1</p>")
                      .arg(esc(Tr::tr("Date approved: %1")
                                   .arg(a.value(QStringLiteral("date_approved")).isNull()
                                            ? Tr::tr("not yet")
                                            : when(a.value(QStringLiteral("date_approved"))))));
        const QJsonArray records = a.value(QStringLiteral("records")).toArray();
        m_html += QStringLiteral("<h3>%1</h3>").arg(esc(Tr::tr("Every sign-off, revocation and override")));
        if (records.isEmpty()) {
            notRecorded();
            return;
        }
        m_html += table();
        row({QStringLiteral("#"), esc(Tr::tr("When")), esc(Tr::tr("Who")), esc(Tr::tr("What")),
             esc(Tr::tr("Comment or reason"))},
            true);
        for (const auto& v : records) {
            const QJsonObject r = v.toObject();
            const QString what = str(r, "what");
            row({QString::number(r.value(QStringLiteral("id")).toInteger()), esc(when(r.value(QStringLiteral("at")))),
                 esc(str(r, "actor")), what.contains(QLatin1String("OVERRIDE")) ? bad(esc(what)) : esc(what),
                 esc(str(r, "reason").isEmpty() ? str(r, "comment") : str(r, "reason"))});
        }
        m_html += QStringLiteral("</table>");
    }

    void ledger()
    {
        heading(section("ledger"));
        const QJsonObject l = m_r.value(QStringLiteral("ledger")).toObject();
        const bool intact = l.value(QStringLiteral("intact")).toBool();
        m_html += QStringLiteral("<p>%1</p>")
                      .arg(intact ? esc(Tr::tr("Verified intact when this report was generated: every record's hash "
                                               "chain and seal checked, and this machine's anchor."))
                                  : bad(esc(Tr::tr("BROKEN: %1").arg(str(l, "problem")))));
        m_html += table();
        row({esc(Tr::tr("Records")), QString::number(l.value(QStringLiteral("records")).toInteger())});
        row({esc(Tr::tr("Head (SHA-256)")), mono(str(l, "head"))});
        if (intact)
            row({esc(Tr::tr("Anchor")), mono(str(l, "anchor"))});
        m_html += QStringLiteral("</table><p>%1</p>")
                      .arg(esc(Tr::tr("Whoever keeps the anchor can later prove that the record was not shortened: "
                                      "rollout-cockpit approvals verify --anchor HEAD@COUNT.")));
    }

    void readiness()
    {
        heading(section("readiness"));
        const QJsonObject r = m_r.value(QStringLiteral("readiness")).toObject();
        const QJsonObject total = r.value(QStringLiteral("summary")).toObject();
        m_html += QStringLiteral("<p>%1</p>").arg(esc(summaryText(total)));
        for (const auto& v : r.value(QStringLiteral("sections")).toArray()) {
            const QJsonObject s = v.toObject();
            m_html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                          .arg(esc(str(s, "title")), esc(summaryText(s.value(QStringLiteral("summary")).toObject())));
            m_html += table();
            row({esc(Tr::tr("Item")), esc(Tr::tr("Status")), esc(Tr::tr("Note and evidence")), esc(Tr::tr("Check"))},
                true);
            for (const auto& iv : s.value(QStringLiteral("items")).toArray()) {
                const QJsonObject item = iv.toObject();
                QString status = esc(str(item, "status").replace(QLatin1Char('_'), QLatin1Char(' ')));
                if (item.value(QStringLiteral("recorded")).toBool())
                    status += QStringLiteral("<br>")
                        + esc(QStringLiteral("%1, %2").arg(str(item, "changed_by"),
                                                           when(item.value(QStringLiteral("changed_at")))));
                else
                    status += QStringLiteral("<br><i>%1</i>").arg(esc(Tr::tr("not recorded")));
                QString note = esc(str(item, "note"));
                if (!str(item, "evidence").isEmpty())
                    note += QStringLiteral("<br>") + esc(Tr::tr("Evidence: %1").arg(str(item, "evidence")));
                QString check;
                const QJsonObject c = item.value(QStringLiteral("check")).toObject();
                if (c.isEmpty()) {
                    check = QStringLiteral("<i>%1</i>").arg(esc(Tr::tr("not checked")));
                } else {
                    const QString st = str(c, "status");
                    check = (st == QLatin1String("fail") || st == QLatin1String("unknown") ? bad(esc(st)) : esc(st))
                        + QStringLiteral("<br>")
                        + esc(Tr::tr("observed: %1; expected: %2").arg(str(c, "observed"), str(c, "expected")))
                        + QStringLiteral("<br>")
                        + esc(Tr::tr("%1, %2").arg(str(c, "source"), when(c.value(QStringLiteral("at")))));
                }
                if (item.value(QStringLiteral("contradicted")).toBool())
                    check += QStringLiteral("<br>") + bad(esc(Tr::tr("ticked done, but the check fails")));
                row({esc(QStringLiteral("%1 — %2").arg(str(item, "id"), str(item, "title"))), status, note, check});
            }
            m_html += QStringLiteral("</table>");
        }
    }
    static QString summaryText(const QJsonObject& s)
    {
        return Tr::tr("%1 items: %2 done, %3 not applicable, %4 blocked, %5 open; checks: %6 pass, %7 warn, %8 fail, "
                      "%9 unknown; %10 ticked done against a failing check")
            .arg(s.value(QStringLiteral("items")).toInt())
            .arg(s.value(QStringLiteral("done")).toInt())
            .arg(s.value(QStringLiteral("not_applicable")).toInt())
            .arg(s.value(QStringLiteral("blocked")).toInt())
            .arg(s.value(QStringLiteral("open")).toInt())
            .arg(s.value(QStringLiteral("check_pass")).toInt())
            .arg(s.value(QStringLiteral("check_warn")).toInt())
            .arg(s.value(QStringLiteral("check_fail")).toInt())
            .arg(s.value(QStringLiteral("check_unknown")).toInt())
            .arg(s.value(QStringLiteral("contradicted")).toInt());
    }

    void journal()
    {
        heading(section("journal"));
        bool any = false;
        for (const auto& pv : m_r.value(QStringLiteral("procedures")).toArray()) {
            const QJsonObject procedure = pv.toObject();
            const bool rollback = str(procedure, "procedure") == QLatin1String("rollback");
            const QJsonObject overrides = procedure.value(QStringLiteral("gate_overrides")).toObject();
            for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it)
                m_html += QStringLiteral("<p>%1</p>")
                              .arg(bad(
                                  esc(Tr::tr("The %1 gate was OVERRIDDEN: %2").arg(it.key(), it.value().toString()))));
            for (const auto& phv : procedure.value(QStringLiteral("phases")).toArray()) {
                const QJsonObject phase = phv.toObject();
                const QJsonArray actions = phase.value(QStringLiteral("actions")).toArray();
                const bool started = !phase.value(QStringLiteral("started")).isNull();
                if (rollback && !started)
                    continue; // a rollback that never began is not a timeline
                any = any || started;
                const qint64 budget = phase.value(QStringLiteral("budget_ms")).toInteger();
                const qint64 elapsed = phase.value(QStringLiteral("elapsed_ms")).toInteger();
                QString budgetText = budget > 0
                    ? Tr::tr("%1 of the %2 budget").arg(durationText(elapsed), str(phase, "budget"))
                    : durationText(elapsed);
                if (budget > 0 && elapsed > budget)
                    budgetText = bad(esc(budgetText + Tr::tr(" (over budget)")));
                else
                    budgetText = esc(budgetText);
                m_html += QStringLiteral("<h3>%1</h3><p>%2 %3</p>")
                              .arg(esc(QStringLiteral("%1%2. %3")
                                           .arg(rollback ? Tr::tr("Rollback ") : QString())
                                           .arg(phase.value(QStringLiteral("number")).toInt())
                                           .arg(str(phase, "title"))),
                                   esc(started ? Tr::tr("Started %1, ended %2:")
                                                     .arg(when(phase.value(QStringLiteral("started"))),
                                                          when(phase.value(QStringLiteral("ended"))))
                                               : Tr::tr("Not started.")),
                                   started ? budgetText : QString());
                if (!started)
                    continue;
                m_html += table();
                row({esc(Tr::tr("Step and action")), esc(Tr::tr("State")), esc(Tr::tr("Start / end")),
                     esc(Tr::tr("Duration")), esc(Tr::tr("Outcome, inputs and output"))},
                    true);
                for (const auto& av : actions) {
                    const QJsonObject a = av.toObject();
                    const QString state = str(a, "state");
                    QString detail = esc(str(a, "outcome"));
                    if (!str(a, "message").isEmpty())
                        detail += QStringLiteral(": ") + esc(str(a, "message"));
                    if (!str(a, "inputs").isEmpty())
                        detail += QStringLiteral("<br>") + esc(Tr::tr("Inputs: ")) + mono(str(a, "inputs"));
                    if (!str(a, "output").isEmpty())
                        detail += QStringLiteral("<br>") + esc(Tr::tr("Output: ")) + mono(str(a, "output"));
                    row({esc(QStringLiteral("%1 — %2").arg(str(a, "step"), str(a, "kind"))),
                         state == QLatin1String("failed") || state == QLatin1String("in_doubt") ? bad(esc(state))
                                                                                                : esc(state),
                         esc(QStringLiteral("%1 /<br>%2")
                                 .arg(when(a.value(QStringLiteral("started"))), when(a.value(QStringLiteral("ended")))))
                             .replace(QStringLiteral("&lt;br&gt;"), QStringLiteral("<br>")),
                         esc(durationText(a.value(QStringLiteral("duration_ms")))), detail});
                }
                m_html += QStringLiteral("</table>");
            }
        }
        if (!any)
            notRecorded();
    }

    void metrics()
    {
        heading(section("metrics"));
        const QJsonObject range = m_r.value(QStringLiteral("range")).toObject();
        const qint64 fromMs = fromIsoUtc(str(range, "from")).toMSecsSinceEpoch();
        const qint64 toMs = fromIsoUtc(str(range, "to")).toMSecsSinceEpoch();
        int index = 0;
        for (const auto& v : m_r.value(QStringLiteral("metrics")).toArray()) {
            const QJsonObject m = v.toObject();
            QStringList limits;
            if (m.value(QStringLiteral("target")).isObject())
                limits.append(Tr::tr("target %1").arg(str(m.value(QStringLiteral("target")).toObject(), "text")));
            if (m.value(QStringLiteral("alert")).isObject())
                limits.append(Tr::tr("alert %1").arg(str(m.value(QStringLiteral("alert")).toObject(), "text")));
            const int count = static_cast<int>(m.value(QStringLiteral("points")).toArray().size());
            QString recorded
                = count == 0 ? Tr::tr("not recorded") : Tr::tr("%1 points from %2").arg(count).arg(str(m, "source"));
            if (!str(m, "problem").isEmpty())
                recorded += QStringLiteral(" (") + Tr::tr("Prometheus: %1").arg(str(m, "problem")) + QLatin1Char(')');
            m_html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                          .arg(esc(str(m, "title")),
                               esc((limits.isEmpty() ? Tr::tr("no target or alert line")
                                                     : limits.join(QStringLiteral("; ")))
                                   + QStringLiteral(" — ") + recorded));
            m_html += m_flavour == HtmlFlavour::Pdf ? QStringLiteral("<p>[[chart:%1]]</p>").arg(index)
                                                    : QStringLiteral("<p>%1</p>").arg(chartSvg(m, fromMs, toMs));
            ++index;
        }
        if (index == 0)
            notRecorded();
    }

    void records(const QJsonArray& records)
    {
        if (records.isEmpty()) {
            notRecorded();
            return;
        }
        m_html += table();
        row({esc(Tr::tr("When")), esc(Tr::tr("What")), esc(Tr::tr("Event")), esc(Tr::tr("Deciding value or evidence")),
             esc(Tr::tr("Who"))},
            true);
        for (const auto& v : records) {
            const QJsonObject r = v.toObject();
            const QString event = str(r, "event");
            const QJsonObject value = QJsonDocument::fromJson(str(r, "value").toUtf8()).object();
            QString decided = value.contains(QStringLiteral("value"))
                ? Tr::tr("value %1").arg(value.value(QStringLiteral("value")).toDouble())
                : str(r, "value");
            if (!str(r, "comment").isEmpty())
                decided += QStringLiteral(" — ") + str(r, "comment");
            row({esc(when(r.value(QStringLiteral("at")))), esc(str(r, "title")),
                 event == QLatin1String("firing") || event == QLatin1String("violated") ? bad(esc(event)) : esc(event),
                 esc(decided), esc(str(r, "actor"))});
        }
        m_html += QStringLiteral("</table>");
    }

    void triggers()
    {
        heading(section("triggers"));
        const QJsonObject t = m_r.value(QStringLiteral("triggers")).toObject();
        QStringList defined;
        for (const auto& v : t.value(QStringLiteral("defined")).toArray())
            defined.append(esc(str(v.toObject(), "title")));
        m_html += QStringLiteral("<p>%1</p><ul><li>%2</li></ul>")
                      .arg(esc(Tr::tr("The runbook's rollback triggers:")), defined.join(QStringLiteral("</li><li>")));
        m_html += QStringLiteral("<h3>%1</h3>").arg(esc(Tr::tr("What the watch recorded")));
        records(t.value(QStringLiteral("transitions")).toArray());
    }

    void success()
    {
        heading(section("success"));
        const QJsonObject s = m_r.value(QStringLiteral("success")).toObject();
        QStringList criteria;
        for (const auto& v : s.value(QStringLiteral("criteria")).toArray())
            criteria.append(esc(str(v.toObject(), "title")));
        m_html += QStringLiteral("<p>%1</p><ul><li>%2</li></ul>")
                      .arg(esc(Tr::tr("Held for %1 after the migration:").arg(str(s, "window"))),
                           criteria.join(QStringLiteral("</li><li>")));
        m_html += QStringLiteral("<h3>%1</h3>").arg(esc(Tr::tr("Violations and confirmations")));
        records(s.value(QStringLiteral("records")).toArray());
    }

    void week1()
    {
        heading(section("week1"));
        const QJsonArray list = m_r.value(QStringLiteral("week1_validations")).toArray();
        if (list.isEmpty()) {
            notRecorded();
            return;
        }
        m_html += table();
        row({esc(Tr::tr("Day")), esc(Tr::tr("Validation"))}, true);
        for (const auto& v : list)
            row({QString::number(v.toObject().value(QStringLiteral("day")).toInt()), esc(str(v.toObject(), "title"))});
        m_html += QStringLiteral("</table>");
    }

    void contacts()
    {
        heading(section("contacts"));
        const QJsonArray list = m_r.value(QStringLiteral("contacts")).toArray();
        if (list.isEmpty()) {
            notRecorded();
            return;
        }
        m_html += table();
        row({esc(Tr::tr("Role")), esc(Tr::tr("Contact")), esc(Tr::tr("Backup")), esc(Tr::tr("On call"))}, true);
        for (const auto& v : list) {
            const QJsonObject c = v.toObject();
            row({esc(str(c, "title")), esc(str(c, "contact")), esc(str(c, "backup")), esc(str(c, "oncall"))});
        }
        m_html += QStringLiteral("</table>");
    }

    const QJsonObject& m_r;
    HtmlFlavour m_flavour;
    QHash<QString, int> m_pages;
    QString m_html;
};

} // namespace

QString reportHtml(const QJsonObject& report, HtmlFlavour flavour, const QHash<QString, int>& sectionPages)
{
    return HtmlWriter(report, flavour, sectionPages).write();
}

QString reportText(const QJsonObject& object, const char* key)
{
    return str(object, key);
}

QString reportInstant(const QJsonValue& iso)
{
    return when(iso);
}

} // namespace cockpit::report
