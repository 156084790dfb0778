// The Checklist tab's side of the readiness checks: running them (F6, Shift+F6, Ctrl+F6), the
// line that says what ran against which profile, and the selected item's check result.
#include "ChecklistTab.h"

#include "ChecklistModel.h"
#include "ui_ChecklistTab.h"

#include "engine/checklist/ChecklistSession.h"
#include "engine/readiness/ReadinessSession.h"
#include "gui/Appearance.h"
#include "gui/StatusPresentation.h"
#include "gui/widgets/NoticeBanner.h"

#include <QAction>
#include <QLocale>

namespace cockpit::gui {

void ChecklistTab::setReadiness(ReadinessSession* readiness)
{
    if (m_readiness)
        disconnect(m_readiness, nullptr, this, nullptr);
    m_readiness = readiness;
    m_model->setReadiness(readiness);
    if (m_readiness) {
        connect(m_readiness, &ReadinessSession::itemChanged, this, [this](const QString& itemId) {
            if (itemId == m_currentItemId)
                refreshCheckResult();
        });
        connect(m_readiness, &ReadinessSession::resultsLoaded, this, [this] {
            refreshCheckResult();
            refreshCheckControls();
        });
        connect(m_readiness, &ReadinessSession::runStarted, this, [this](int total) {
            m_ui->checkProgressBar->setRange(0, std::max(total, 1));
            m_ui->checkProgressBar->setValue(0);
            m_ui->checkProgressBar->show();
            refreshCheckControls();
        });
        connect(m_readiness, &ReadinessSession::runProgressed, this, [this](int done, int total) {
            m_ui->checkProgressBar->setRange(0, std::max(total, 1));
            m_ui->checkProgressBar->setValue(done);
            m_ui->checkProgressBar->setFormat(tr("%1 / %2 checked").arg(done).arg(total));
        });
        connect(m_readiness, &ReadinessSession::runFinished, this, &ChecklistTab::checkFinished);
        connect(m_readiness, &ReadinessSession::recordFailed, this, [this](const Error& error) {
            m_banner->showNotice(NoticeBanner::Kind::Error,
                                 tr("The check results could not be recorded in the store: %1").arg(error.toString()));
        });
        connect(m_readiness, &ReadinessSession::historyReady, this, &ChecklistTab::showCheckHistory);
        connect(m_readiness, &ReadinessSession::availabilityChanged, this, &ChecklistTab::refreshCheckControls);
    }
    refreshCheckControls();
    refreshCheckResult();
}

void ChecklistTab::refreshCheckControls()
{
    const QString why = m_readiness ? m_readiness->whyNotRunnable() : tr("Checks are not available.");
    const bool running = m_readiness && m_readiness->isRunning();
    for (QAction* action : {m_checkAllAction, m_checkSectionAction, m_checkItemAction})
        action->setEnabled(why.isEmpty());
    m_checkItemAction->setEnabled(why.isEmpty() && !m_currentItemId.isEmpty());
    m_checkSectionAction->setEnabled(why.isEmpty() && !m_currentItemId.isEmpty());
    m_ui->checkButton->setToolTip(why.isEmpty() ? tr("Verify every item against the live cluster (F6); the arrow "
                                                     "offers the section or the selected item")
                                                : why);
    if (!running) {
        m_ui->checkProgressBar->hide();
        if (!why.isEmpty() && !m_readiness) {
            m_ui->checkStateLabel->setText(QString());
        } else if (m_readiness && !m_readiness->profile()) {
            m_ui->checkStateLabel->setText(QStringLiteral("<i>%1</i>").arg(why.toHtmlEscaped()));
            m_ui->checkStateLabel->setToolTip(why);
            m_checkLineProfile.reset();
        } else if (m_readiness && m_checkLineProfile != m_readiness->profile()->name) {
            const QString name = m_readiness->profile()->name;
            m_ui->checkStateLabel->setText(tr("Checks run against profile <b>%1</b> (F6).").arg(name.toHtmlEscaped()));
            m_ui->checkStateLabel->setToolTip(QString());
            m_checkLineProfile = name;
        }
    }
}

void ChecklistTab::runChecks(const QStringList& itemIds, const QString& what)
{
    if (!m_readiness)
        return;
    if (!m_readiness->run(itemIds)) {
        const QString why = m_readiness->whyNotRunnable();
        Q_EMIT statusMessage(why);
        return;
    }
    m_checkLineProfile = m_readiness->profile()->name;
    m_ui->checkStateLabel->setText(tr("Checking %1 against profile <b>%2</b>…")
                                       .arg(what.toHtmlEscaped(), m_readiness->profile()->name.toHtmlEscaped()));
    refreshCheckControls();
}

void ChecklistTab::checkAll()
{
    runChecks({}, tr("every item"));
}

void ChecklistTab::checkSection()
{
    if (!m_session || m_currentItemId.isEmpty())
        return;
    const Runbook& runbook = m_session->runbook();
    const int section = runbook.sectionOfItem(m_currentItemId);
    if (section < 0)
        return;
    QStringList ids;
    for (const ChecklistItem& item : runbook.sections[section].items)
        ids.append(item.id);
    runChecks(ids, runbook.sections[section].title);
}

void ChecklistTab::checkItem()
{
    if (!m_session || m_currentItemId.isEmpty())
        return;
    runChecks({m_currentItemId}, m_currentItemId);
}

void ChecklistTab::checkFinished(const ReadinessReport& report)
{
    const auto counts = report.summary();
    int conflicts = 0;
    for (const ItemCheckResult& result : report.items) {
        if (result.status == CheckStatus::Fail && m_session
            && m_session->state(result.itemId).status == ItemStatus::Done)
            ++conflicts;
    }
    QString text = tr("Checked %n item(s) in %1 s: ", nullptr, static_cast<int>(report.items.size()))
                       .arg(static_cast<double>(report.durationMs) / 1000.0, 0, 'f', 1);
    QStringList parts;
    for (CheckStatus status : {CheckStatus::Pass, CheckStatus::Warn, CheckStatus::Fail, CheckStatus::Unknown}) {
        if (counts.value(status) > 0)
            parts.append(QStringLiteral("<span style='color:%1'>%2 %3</span>")
                             .arg(checkStatusColour(status).name())
                             .arg(counts.value(status))
                             .arg(checkStatusWord(status)));
    }
    if (conflicts > 0)
        parts.append(QStringLiteral("<b style='color:%2'>%1</b>")
                         .arg(tr("%n marked done but failing", nullptr, conflicts).toHtmlEscaped(),
                              toneColour(Tone::Bad).name()));
    m_ui->checkStateLabel->setText(text.toHtmlEscaped() + parts.join(QStringLiteral(", ")));
    if (m_readiness && m_readiness->profile())
        m_checkLineProfile = m_readiness->profile()->name;
    m_ui->checkStateLabel->setToolTip(
        QStringLiteral("%1<br>%2")
            .arg(text.toHtmlEscaped() + parts.join(QStringLiteral(", ")),
                 QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat).toHtmlEscaped()));
    refreshCheckControls();
    refreshCheckResult();
    if (!m_currentItemId.isEmpty() && m_readiness)
        m_readiness->requestHistory(m_currentItemId);
}

void ChecklistTab::refreshCheckResult()
{
    QTextBrowser* browser = m_ui->checkResultBrowser;
    const ChecklistItem* item
        = m_session && !m_currentItemId.isEmpty() ? m_session->runbook().findItem(m_currentItemId) : nullptr;
    if (!item) {
        browser->clear();
        return;
    }
    const Verification& v = item->verification;
    QString html = QStringLiteral("<p><b>%1</b><br>%2</p>")
                       .arg(tr("Against the cluster").toHtmlEscaped(), v.note.toHtmlEscaped());
    const ItemCheckResult* result = m_readiness ? m_readiness->latest(item->id) : nullptr;
    if (v.classification == Classification::Manual) {
        browser->setHtml(html);
        return;
    }
    if (m_readiness && m_readiness->isChecking(item->id)) {
        browser->setHtml(html + QStringLiteral("<p><i>%1</i></p>").arg(tr("Checking…")));
        return;
    }
    if (!result) {
        browser->setHtml(
            html
            + QStringLiteral("<p><i>%1</i></p>").arg(tr("Not checked yet: F6 checks every item, Ctrl+F6 this one.")));
        return;
    }
    const bool conflict = result->status == CheckStatus::Fail && m_session->state(item->id).status == ItemStatus::Done;
    if (conflict) {
        html += QStringLiteral("<p style='color:%2'><b>%1</b></p>")
                    .arg(tr("Conflict: marked done by %1, but the check fails.")
                             .arg(m_session->state(item->id).changedBy)
                             .toHtmlEscaped(),
                         toneColour(Tone::Bad).name());
    }
    html += QStringLiteral("<p><b style='color:%1'>%2</b> · %3</p>")
                .arg(checkStatusColour(result->status).name(),
                     (v.classification == Classification::Assisted ? tr("Evidence for a person to judge")
                                                                   : checkStatusTitle(result->status))
                         .toHtmlEscaped(),
                     QLocale().toString(result->checkedAt.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    for (const CheckEvidence& check : result->checks) {
        QString cell = QStringLiteral("<b>%1</b>: %2").arg(check.title.toHtmlEscaped(), check.observed.toHtmlEscaped());
        if (!check.expected.isEmpty())
            cell += QStringLiteral("<br><span style='color:#555'>%1 %2</span>")
                        .arg(tr("expected").toHtmlEscaped(), check.expected.toHtmlEscaped());
        for (const QString& detail : check.details)
            cell += QStringLiteral("<br>&nbsp;&nbsp;%1").arg(detail.toHtmlEscaped());
        cell += QStringLiteral("<br><span style='color:#777'>%1</span>").arg(check.source.toHtmlEscaped());
        html += QStringLiteral("<tr><td valign='top' style='color:%1'>%2</td><td>%3</td></tr>")
                    .arg(checkStatusColour(check.status).name(), checkStatusWord(check.status), cell);
    }
    html += QStringLiteral("</table>");
    browser->setHtml(html);
}

} // namespace cockpit::gui
