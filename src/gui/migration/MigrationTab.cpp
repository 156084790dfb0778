#include "MigrationTab.h"
#include "gui/Appearance.h"
#include "gui/StatusPresentation.h"
#include "gui/widgets/FlowLayout.h"

#include "ui_MigrationTab.h"

#include "core/RunbookDescribe.h"
#include "engine/migration/Executors.h"
#include "engine/migration/MigrationRunner.h"
#include "engine/migration/MigrationSession.h"
#include "engine/migration/Rehearsal.h"
#include "gui/Dialogs.h"
#include "gui/widgets/NoticeBanner.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>

namespace cockpit::gui {
namespace {

using namespace cockpit::migration;

constexpr int kPathRole = Qt::UserRole + 1;
enum Column
{
    ColumnStep,
    ColumnState,
    ColumnTime,
    ColumnWhat,
};

QString stateText(ActionState state)
{
    switch (state) {
    case ActionState::Done: return MigrationTab::tr("done");
    case ActionState::Failed: return MigrationTab::tr("failed");
    case ActionState::InDoubt: return MigrationTab::tr("IN DOUBT");
    case ActionState::Skipped: return MigrationTab::tr("skipped");
    case ActionState::Pending: break;
    }
    return MigrationTab::tr("pending");
}

QColor stateColor(ActionState state)
{
    switch (state) {
    case ActionState::Done: return toneColour(Tone::Good);
    case ActionState::Failed: return toneColour(Tone::Bad);
    case ActionState::InDoubt: return toneColour(Tone::Warning);
    case ActionState::Skipped: return toneColour(Tone::Neutral);
    case ActionState::Pending: break;
    }
    return {};
}

} // namespace

MigrationTab::MigrationTab(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MigrationTab>())
    , m_banner(new NoticeBanner(this))
    , m_waitBanner(new NoticeBanner(this))
    , m_doubtBanner(new NoticeBanner(this))
    , m_budgetLabel(new QLabel(this))
    , m_windowLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_output(new QPlainTextEdit(this))
    , m_runButton(new QPushButton(tr("&Run"), this))
    , m_stepButton(new QPushButton(tr("Run &step"), this))
    , m_dryRunButton(new QPushButton(tr("&Dry run"), this))
    , m_pauseButton(new QPushButton(tr("&Pause"), this))
    , m_abortButton(new QPushButton(tr("&Abort…"), this))
    , m_skipButton(new QPushButton(tr("S&kip…"), this))
    , m_doneButton(new QPushButton(tr("&Mark done…"), this))
    , m_rerunButton(new QPushButton(tr("Run a&gain…"), this))
    , m_rollbackButton(new QPushButton(tr("Roll &back…"), this))
    , m_rehearseButton(new QPushButton(tr("R&ehearse"), this))
    , m_clock(new QTimer(this))
{
    m_ui->setupUi(this);
    m_banner->setObjectName(QStringLiteral("migrationBanner"));
    m_doubtBanner->setObjectName(QStringLiteral("doubtBanner"));
    m_output->setObjectName(QStringLiteral("migrationOutput"));
    m_output->setAccessibleName(tr("Migration output"));
    m_output->setAccessibleDescription(tr("What the running step prints, as it prints it"));
    for (auto [button, name] : {std::pair{m_runButton, "runButton"},
                                {m_stepButton, "stepButton"},
                                {m_dryRunButton, "dryRunButton"},
                                {m_pauseButton, "pauseButton"},
                                {m_abortButton, "abortButton"},
                                {m_skipButton, "skipButton"},
                                {m_doneButton, "doneButton"},
                                {m_rerunButton, "rerunButton"},
                                {m_rollbackButton, "rollbackButton"},
                                {m_rehearseButton, "rehearseButton"}})
        button->setObjectName(QString::fromLatin1(name));
    m_ui->rootLayout->insertWidget(0, m_banner);
    m_ui->rootLayout->insertWidget(1, m_doubtBanner);
    m_ui->rootLayout->insertWidget(2, m_waitBanner);
    m_waitBanner->setObjectName(QStringLiteral("preflightBanner"));
    {
        auto* retry = new QPushButton(tr("Re&try"), m_waitBanner);
        auto* wait = new QPushButton(tr("&Wait until clear"), m_waitBanner);
        auto* overrideButton = new QPushButton(tr("&Override…"), m_waitBanner);
        retry->setObjectName(QStringLiteral("preflightRetryButton"));
        wait->setObjectName(QStringLiteral("preflightWaitButton"));
        overrideButton->setObjectName(QStringLiteral("preflightOverrideButton"));
        retry->setToolTip(tr("Look again now; the action starts if nothing blocks it"));
        wait->setToolTip(tr("Look again every 2 seconds for up to 15 minutes; the action starts once nothing blocks "
                            "it (Pause stops waiting)"));
        overrideButton->setToolTip(tr("Start the action despite the findings, once; your reason is recorded in the "
                                      "journal with them"));
        for (QPushButton* b : {retry, wait, overrideButton})
            m_waitBanner->layout()->addWidget(b);
        connect(retry, &QPushButton::clicked, this, [this] { run(false, false); });
        connect(wait, &QPushButton::clicked, this, [this] { run(false, false, std::chrono::minutes(15)); });
        connect(overrideButton, &QPushButton::clicked, this, &MigrationTab::overridePreflight);
    }
    m_waitBanner->hide();
    // The buttons wrap onto a second row rather than widen the window (German at 1280×800).
    auto* controls = new FlowLayout;
    for (QPushButton* b : {m_runButton, m_stepButton, m_pauseButton, m_abortButton, m_skipButton, m_doneButton,
                           m_rerunButton, m_dryRunButton, m_rehearseButton, m_rollbackButton})
        controls->addWidget(b);
    m_ui->rootLayout->insertLayout(3, controls);
    auto* times = new QHBoxLayout;
    times->addWidget(m_budgetLabel, 1);
    times->addWidget(m_windowLabel);
    times->addWidget(m_progress);
    m_ui->rootLayout->insertLayout(4, times);
    m_ui->rootLayout->addWidget(m_output);
    m_ui->rootLayout->setStretch(m_ui->rootLayout->indexOf(m_ui->splitter), 3);
    m_ui->rootLayout->setStretch(m_ui->rootLayout->indexOf(m_output), 1);
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(5000);
    m_output->setPlaceholderText(tr("The running action's output appears here, line by line."));
    m_output->setFont(QFont(QStringLiteral("monospace")));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_doubtBanner->hide();
    m_runButton->setShortcut(QKeySequence(Qt::Key_F5));
    m_runButton->setToolTip(tr("Run from where the journal stands to the end of the procedure (F5)"));
    m_stepButton->setShortcut(QKeySequence(Qt::Key_F10));
    m_stepButton->setToolTip(tr("Run the next action only, then pause (F10)"));
    m_dryRunButton->setToolTip(tr("Print every action with its resolved target, request or command; change nothing"));
    m_pauseButton->setToolTip(tr("Stop before the next action; the running one finishes"));
    m_abortButton->setToolTip(tr("Stop now (a running program is killed) and offer the rollback"));
    m_skipButton->setToolTip(tr("Skip the selected action, with a reason that is recorded"));
    m_doneButton->setToolTip(tr("The selected action (in doubt or failed) did happen: record it as done"));
    m_rerunButton->setToolTip(tr("The selected action (in doubt or failed) did not happen: run it again"));
    m_rollbackButton->setToolTip(tr("Show the rollback procedure and run it"));
    m_rehearseButton->setToolTip(tr("Restore the newest snapshot on a throwaway PostgreSQL, run phases 1–3's data "
                                    "steps on it, simulate the rest, and forecast each phase against its budget; "
                                    "the cluster is not touched"));

    QTreeWidget* tree = m_ui->procedureTreeWidget;
    tree->setColumnCount(4);
    tree->setHeaderLabels({tr("Phase / step"), tr("State"), tr("Time"), tr("What it does")});
    tree->header()->setSectionResizeMode(ColumnStep, QHeaderView::Interactive);
    tree->header()->resizeSection(ColumnStep, 300);
    tree->header()->setSectionResizeMode(ColumnState, QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(ColumnTime, QHeaderView::ResizeToContents);
    m_ui->splitter->setSizes({760, 480});
    connect(tree, &QTreeWidget::currentItemChanged, this, [this] {
        showSelected();
        refreshButtons();
    });

    connect(m_runButton, &QPushButton::clicked, this, [this] { run(false, false); });
    connect(m_stepButton, &QPushButton::clicked, this, [this] { run(true, false); });
    connect(m_dryRunButton, &QPushButton::clicked, this, [this] { run(false, true); });
    connect(m_pauseButton, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->pause();
        m_output->appendPlainText(tr("— pausing after the running action —"));
    });
    connect(m_abortButton, &QPushButton::clicked, this, &MigrationTab::abortRun);
    connect(m_skipButton, &QPushButton::clicked, this, &MigrationTab::skipSelected);
    connect(m_doneButton, &QPushButton::clicked, this, [this] { markSelected(QStringLiteral("done")); });
    connect(m_rerunButton, &QPushButton::clicked, this, [this] { markSelected(QStringLiteral("rerun")); });
    connect(m_rollbackButton, &QPushButton::clicked, this, &MigrationTab::showRollback);
    connect(m_rehearseButton, &QPushButton::clicked, this, [this] {
        if (!m_session)
            return;
        RunOptions options;
        options.rehearse = true;
        m_banner->hide();
        m_waitBanner->hide();
        m_output->appendPlainText(tr("— rehearsal on a restored copy: the cluster is not touched —"));
        m_session->start(options);
        refreshButtons();
    });
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &MigrationTab::refreshTimes);
    m_clock->start();
    refreshButtons();
}

MigrationTab::~MigrationTab()
{
    setSession(nullptr); // the session outlives the tab: it must not ask a tab that is gone
}

void MigrationTab::setRunbook(const Runbook& runbook)
{
    m_runbook = runbook;
    m_migrationPlan = buildPlan(runbook, Procedure::Migration);
    m_rollbackPlan = buildPlan(runbook, Procedure::Rollback);
    rebuildTree();
}

void MigrationTab::setSession(migration::MigrationSession* session)
{
    if (m_session) {
        m_session->disconnect(this);
        m_session->confirm = {};
    }
    m_session = session;
    if (session) {
        session->confirm
            = [this](const PlannedAction& a, const QJsonObject& inputs, bool destructive,
                     std::function<void(bool)> answer) { confirmAction(a, inputs, destructive, std::move(answer)); };
        connect(session, &MigrationSession::journalChanged, this, &MigrationTab::refreshStates);
        connect(session, &MigrationSession::output, this,
                [this](const QString& line) { m_output->appendPlainText(line); });
        connect(session, &MigrationSession::progress, this, [this](int percent) {
            m_progress->show();
            m_progress->setValue(percent);
        });
        connect(session, &MigrationSession::actionStarted, this, [this](const QString& path) {
            m_running = path;
            m_progress->setRange(0, 0); // busy until the action says how far it is
            m_progress->show();
            const PlannedAction* a = plannedFor(path);
            m_output->appendPlainText(QStringLiteral("▶ %1 — %2").arg(path, a ? a->stepTitle : QString()));
            if (QTreeWidgetItem* row = m_rows.value(path))
                m_ui->procedureTreeWidget->setCurrentItem(row);
            refreshStates();
        });
        connect(session, &MigrationSession::progress, this, [this](int) { m_progress->setRange(0, 100); });
        connect(session, &MigrationSession::actionEnded, this, [this](const QString&, const QString& message, bool ok) {
            m_output->appendPlainText((ok ? QStringLiteral("  ✓ ") : QStringLiteral("  ✗ ")) + message);
            m_running.clear();
            m_progress->hide();
        });
        connect(session, &MigrationSession::finished, this,
                [this](int status, const QString& message, const QString& path, const QString& probe) {
                    m_running.clear();
                    m_progress->hide();
                    m_output->appendPlainText(message);
                    Q_EMIT statusMessage(message);
                    const auto s = static_cast<RunStatus>(status);
                    if (s == RunStatus::InDoubt) {
                        m_probe = probe;
                        if (QTreeWidgetItem* row = m_rows.value(path))
                            m_ui->procedureTreeWidget->setCurrentItem(row);
                    } else if (s == RunStatus::Waiting) {
                        m_waitingPath = path;
                        m_waitBanner->showNotice(NoticeBanner::Kind::Warning,
                                                 tr("Nothing was started: %1").arg(message));
                        if (QTreeWidgetItem* row = m_rows.value(path))
                            m_ui->procedureTreeWidget->setCurrentItem(row);
                    } else if (s == RunStatus::GateClosed) {
                        m_banner->showNotice(NoticeBanner::Kind::Critical, tr("A gate is closed: %1").arg(message));
                    } else if (s == RunStatus::Failed) {
                        m_banner->showNotice(NoticeBanner::Kind::Critical,
                                             tr("%1 failed: %2. Fix the cause and run it again, mark it done if it did "
                                                "happen, or roll back.")
                                                 .arg(path, message));
                    }
                    refreshStates();
                });
        connect(session, &MigrationSession::probed, this, [this](const QString&, const QString& summary) {
            m_probe = summary;
            refreshStates();
        });
        connect(session, &MigrationSession::failed, this, [this](const Error& error) {
            m_banner->showNotice(NoticeBanner::Kind::Critical, tr("The journal: %1").arg(error.toString()));
        });
    }
    refreshStates();
}

void MigrationTab::rebuildTree()
{
    QTreeWidget* tree = m_ui->procedureTreeWidget;
    const QString selected = selectedPath();
    tree->clear();
    m_rows.clear();
    for (const Plan* plan : {&m_migrationPlan, &m_rollbackPlan}) {
        QTreeWidgetItem* group = nullptr;
        QString phaseId;
        for (const PlannedAction& a : plan->actions) {
            if (!group || a.phaseId != phaseId) {
                phaseId = a.phaseId;
                group = new QTreeWidgetItem(tree);
                group->setText(ColumnStep,
                               plan->procedure == Procedure::Migration
                                   ? tr("Phase %1: %2").arg(a.phaseNumber).arg(a.phaseTitle)
                                   : a.phaseTitle);
                group->setData(ColumnStep, kPathRole,
                               QStringLiteral("%1/%2").arg(procedureToken(plan->procedure), a.phaseId));
                QFont bold = group->font(ColumnStep);
                bold.setBold(true);
                group->setFont(ColumnStep, bold);
                if (a.phaseBudget.count() > 0)
                    group->setText(ColumnWhat, tr("Budget %1").arg(describeDurationLong(a.phaseBudget)));
            }
            auto* row = new QTreeWidgetItem(group);
            row->setText(ColumnStep,
                         a.actionsInStep > 1
                             ? QStringLiteral("%1 (%2/%3)").arg(a.stepTitle).arg(a.index + 1).arg(a.actionsInStep)
                             : a.stepTitle);
            row->setText(ColumnWhat, describeAction(a.action));
            row->setToolTip(ColumnWhat, describeAction(a.action));
            row->setData(ColumnStep, kPathRole, a.path);
            m_rows.insert(a.path, row);
        }
    }
    tree->expandAll();
    if (QTreeWidgetItem* row = m_rows.value(selected))
        tree->setCurrentItem(row);
    refreshStates();
}

const PlannedAction* MigrationTab::plannedFor(const QString& path) const
{
    if (const PlannedAction* a = m_migrationPlan.find(path))
        return a;
    return m_rollbackPlan.find(path);
}

QString MigrationTab::selectedPath() const
{
    const QTreeWidgetItem* item = m_ui->procedureTreeWidget->currentItem();
    return item ? item->data(ColumnStep, kPathRole).toString() : QString();
}

void MigrationTab::refreshStates()
{
    if (!m_session) {
        m_banner->showNotice(NoticeBanner::Kind::Info,
                             tr("This tab runs the migration of an open runbook: open one (File menu)."));
        refreshButtons();
        return;
    }
    const JournalView& journal = m_session->journal();
    QString doubtPath;
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        const ActionRecord r = journal.record(it.key());
        QTreeWidgetItem* row = it.value();
        const bool running = it.key() == m_running;
        row->setText(ColumnState, running ? tr("running…") : stateText(r.state));
        row->setForeground(ColumnState, running ? QBrush(toneColour(Tone::Running)) : QBrush(stateColor(r.state)));
        if (r.startedAt.isValid() && r.endedAt.isValid())
            row->setText(ColumnTime, describeElapsed(r.startedAt.msecsTo(r.endedAt)));
        else
            row->setText(ColumnTime, QString());
        if (r.state == ActionState::InDoubt && doubtPath.isEmpty() && !running)
            doubtPath = it.key();
    }
    if (!m_session->hasProfile()) {
        m_banner->showNotice(NoticeBanner::Kind::Warning,
                             tr("This tab runs the guide's migration against a cluster: choose a connection profile "
                                "(Connection menu) first."));
    } else if (journal.isRehearsal()) {
        m_banner->showNotice(NoticeBanner::Kind::Info, tr("This journal is a REHEARSAL: its watches were shortened."));
    } else {
        m_banner->hide();
    }
    if (!doubtPath.isEmpty() && !m_session->isRunning()) {
        const PlannedAction* a = plannedFor(doubtPath);
        const ActionRecord r = journal.record(doubtPath);
        m_doubtBanner->showNotice(NoticeBanner::Kind::Critical,
                                  tr("In doubt: \"%1\" started %2 and never ended (the cockpit stopped in the middle). "
                                     "What the cluster says now: "
                                     "%3. Decide: Mark done if it happened, Run again if it did not%4, or Roll back.")
                                      .arg(a ? a->stepTitle : doubtPath, localDateTime(r.startedAt),
                                           !m_session->hasProfile() ? tr("unknown (no connection profile to ask)")
                                               : m_probe.isEmpty()  ? tr("asking…")
                                                                    : m_probe,
                                           a && !a->action.isIdempotent()
                                               ? tr(" (this action is not idempotent: running it twice does it twice)")
                                               : QString()));
        if (m_probe.isEmpty() && m_probeAsked != doubtPath && m_session->probe(doubtPath))
            m_probeAsked = doubtPath; // once: the journal reloads while the probe is out
        if (!plannedFor(selectedPath()))
            if (QTreeWidgetItem* row = m_rows.value(doubtPath))
                m_ui->procedureTreeWidget->setCurrentItem(row); // the decision is about this one
    } else {
        m_doubtBanner->hide();
        m_probe.clear();
        m_probeAsked.clear();
    }
    // Each phase's budget, and the latest rehearsal's forecast beside it.
    const QHash<QString, qint64> forecast = forecastOf(journal);
    for (int i = 0; i < m_ui->procedureTreeWidget->topLevelItemCount(); ++i) {
        QTreeWidgetItem* group = m_ui->procedureTreeWidget->topLevelItem(i);
        const QString path = group->data(ColumnStep, kPathRole).toString();
        if (!path.startsWith(QLatin1String("migration/")))
            continue;
        const PlannedAction* first = m_migrationPlan.ofPhase(path.section(QLatin1Char('/'), 1)).value(0);
        if (!first || first->phaseBudget.count() <= 0)
            continue;
        QString text = tr("Budget %1").arg(describeDurationLong(first->phaseBudget));
        if (forecast.contains(first->phaseId)) {
            const QString expected = describeElapsed(forecast.value(first->phaseId));
            text += tr(" · forecast %1 (rehearsal)").arg(expected);
            group->setText(ColumnTime, tr("≈ %1").arg(expected));
        } else {
            group->setText(ColumnTime, QString());
        }
        group->setText(ColumnWhat, text);
        group->setToolTip(ColumnTime, text);
        group->setToolTip(ColumnWhat, text);
    }
    refreshTimes();
    showSelected();
    refreshButtons();
}

void MigrationTab::refreshTimes()
{
    if (!m_session || !m_session->isLoaded()) {
        m_budgetLabel->setText(QString());
        m_windowLabel->setText(QString());
        return;
    }
    const JournalView& journal = m_session->journal();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList parts;
    bool warning = false;
    const QHash<QString, qint64> forecast = forecastOf(journal);
    for (const QString& id : m_migrationPlan.phaseIds) {
        const BudgetUse use = budgetUse(journal, m_migrationPlan, id, now);
        const PlannedAction* first = m_migrationPlan.ofPhase(id).value(0);
        const QString forecastText
            = forecast.contains(id) ? tr("forecast %1").arg(describeElapsed(forecast.value(id))) : QString();
        if (use.elapsedMs == 0) {
            if (!forecastText.isEmpty())
                parts.append(tr("Phase %1: %2 of %3")
                                 .arg(first ? first->phaseNumber : 0)
                                 .arg(forecastText, describeElapsed(use.budgetMs)));
            continue;
        }
        parts.append(tr("Phase %1: %2 of %3 (%4 %)")
                         .arg(first ? first->phaseNumber : 0)
                         .arg(describeElapsed(use.elapsedMs), describeElapsed(use.budgetMs))
                         .arg(qRound(use.fraction() * 100))
                     + (forecastText.isEmpty() ? QString() : QStringLiteral(", ") + forecastText));
        warning = warning || (use.warning() && !journal.phaseEnded(m_migrationPlan, id).isValid());
    }
    m_budgetLabel->setText(parts.isEmpty() ? tr("No phase has started.") : parts.join(QStringLiteral("   ·   ")));
    m_budgetLabel->setStyleSheet(
        warning ? QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(toneColour(Tone::Warning).name())
                : QString());
    m_budgetLabel->setToolTip(warning ? tr("A running phase has used 80 % of its budget") : QString());
    const QString phase2 = m_migrationPlan.phaseIds.value(1);
    const QDateTime ended = phase2.isEmpty() ? QDateTime() : journal.phaseEnded(m_migrationPlan, phase2);
    if (ended.isValid()) {
        const QDateTime closes
            = ended.addMSecs(std::chrono::duration_cast<std::chrono::milliseconds>(m_runbook.rollback.window).count());
        const qint64 left = now.msecsTo(closes);
        m_windowLabel->setText(left > 0 ? tr("Rollback window: %1 left").arg(describeElapsed(left))
                                        : tr("Rollback window closed"));
    } else {
        m_windowLabel->setText(QString());
    }
}

void MigrationTab::refreshButtons()
{
    const bool running = m_session && m_session->isRunning();
    const bool loaded = m_session && m_session->isLoaded(); // decisions are journal records
    const bool ready = loaded && m_session->hasProfile(); // runs need a cluster
    const ActionState state = m_session ? m_session->journal().record(selectedPath()).state : ActionState::Pending;
    const bool isAction = plannedFor(selectedPath()) != nullptr;
    m_runButton->setEnabled(ready && !running);
    m_stepButton->setEnabled(ready && !running);
    m_dryRunButton->setEnabled(ready && !running);
    m_rehearseButton->setEnabled(ready && !running);
    m_pauseButton->setEnabled(running);
    m_abortButton->setEnabled(running);
    m_skipButton->setEnabled(loaded && !running && isAction
                             && (state == ActionState::Pending || state == ActionState::Failed));
    m_doneButton->setEnabled(loaded && !running && isAction
                             && (state == ActionState::InDoubt || state == ActionState::Failed));
    m_rerunButton->setEnabled(loaded && !running && isAction
                              && (state == ActionState::InDoubt || state == ActionState::Failed));
    m_rollbackButton->setEnabled(ready && !running);
}

void MigrationTab::showSelected()
{
    const QString path = selectedPath();
    const PlannedAction* a = plannedFor(path);
    if (!a) {
        m_ui->stepTextBrowser->setHtml(
            tr("<p>Select an action to see the guide's command, what the cockpit does for it, "
               "the exact inputs it ran with and its outcome.</p>"));
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3><p><i>%2</i> · <code>%3</code></p>")
                       .arg(a->stepTitle.toHtmlEscaped(), a->phaseTitle.toHtmlEscaped(), a->path.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(describeAction(a->action).toHtmlEscaped());
    if (a->action.isDestructive())
        html += tr("<p><b>Changes the cluster:</b> the cockpit asks you to type the cluster's name first.</p>");
    if (!a->command.isEmpty())
        html += tr("<p><b>The guide's command</b></p>")
            + QStringLiteral("<p style='white-space: pre-wrap; font-family: monospace; background: %2'>%1</p>")
                  .arg(a->command.toHtmlEscaped(), palette().color(QPalette::AlternateBase).name());
    if (m_session) {
        const ActionRecord r = m_session->journal().record(path);
        html += tr("<p><b>State:</b> %1").arg(stateText(r.state));
        if (r.startedAt.isValid())
            html += tr(" · started %1 by %2").arg(localDateTime(r.startedAt), r.actor.toHtmlEscaped());
        if (r.endedAt.isValid())
            html += tr(" · ended %1").arg(r.endedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
        html += QStringLiteral("</p>");
        if (!r.message.isEmpty())
            html += tr("<p><b>Outcome:</b> %1</p>").arg(r.message.toHtmlEscaped());
        if (!r.inputs.isEmpty())
            html += tr("<p><b>The exact action</b></p>")
                + QStringLiteral("<p style='white-space: pre-wrap; font-family: monospace; background: %2'>%1</p>")
                      .arg(describeInputs(r.inputs).toHtmlEscaped(), palette().color(QPalette::AlternateBase).name());
    }
    m_ui->stepTextBrowser->setHtml(html);
}

void MigrationTab::overridePreflight()
{
    const QString path = m_waitingPath;
    const PlannedAction* a = plannedFor(path);
    if (!m_session || !a)
        return;
    Dialogs::instance().askText(
        this, tr("Override the preflight"),
        tr("Start \"%1\" despite what the preflight found? It runs with its lock_timeout, so a lock it cannot get "
           "fails it instead of queueing the cluster behind it.\n\nWhy? The reason is recorded with the findings:")
            .arg(a->stepTitle),
        [this, path](const QString& reason) {
            if (reason.trimmed().isEmpty()) {
                Q_EMIT statusMessage(tr("An override needs a reason."));
                return;
            }
            if (!m_session)
                return;
            m_session->overridePreflight(path, reason);
            m_waitBanner->hide();
            run(false, false);
        });
}

void MigrationTab::run(bool oneStep, bool dryRun, std::optional<std::chrono::milliseconds> waitClear)
{
    if (!m_session)
        return;
    RunOptions options;
    options.waitClear = waitClear;
    m_waitBanner->hide();
    const bool rollback = selectedPath().startsWith(QLatin1String("rollback/"));
    options.procedure = rollback ? Procedure::Rollback : Procedure::Migration;
    options.dryRun = dryRun;
    if (oneStep)
        options.maxActions = 1;
    m_banner->hide();
    m_output->appendPlainText(
        dryRun ? tr("— dry run of the %1 procedure: nothing changes —").arg(procedureToken(options.procedure))
               : tr("— %1 procedure —").arg(procedureToken(options.procedure)));
    m_session->start(options);
    refreshButtons();
}

void MigrationTab::markSelected(const QString& as)
{
    const QString path = selectedPath();
    const PlannedAction* a = plannedFor(path);
    if (!m_session || !a)
        return;
    const bool done = as == QLatin1String("done");
    const QString question = done
        ? tr("Record \"%1\" as done? Only if its effect is really there.\n\nWhat the cluster says: %2")
              .arg(a->stepTitle, m_probe.isEmpty() ? tr("unknown") : m_probe)
        : tr("Run \"%1\" again? Only if it did not happen.%2")
              .arg(a->stepTitle,
                   a->action.isIdempotent() ? QString()
                                            : tr("\nIt is not idempotent: running it twice does it twice."));
    Dialogs::instance().askText(this, done ? tr("Mark done") : tr("Run again"),
                                question + tr("\n\nA note for the record:"),
                                [session = m_session, path, as](const QString& note) {
                                    if (session)
                                        session->resolve(path, as, note);
                                });
}

void MigrationTab::skipSelected()
{
    const QString path = selectedPath();
    const PlannedAction* a = plannedFor(path);
    if (!m_session || !a)
        return;
    Dialogs::instance().askText(this, tr("Skip"),
                                tr("Why is \"%1\" skipped? The reason is recorded.").arg(a->stepTitle),
                                [this, path](const QString& reason) {
                                    if (reason.trimmed().isEmpty()) {
                                        Q_EMIT statusMessage(tr("A skip needs a reason."));
                                        return;
                                    }
                                    if (m_session)
                                        m_session->skip(path, reason);
                                });
}

void MigrationTab::abortRun()
{
    if (!m_session)
        return;
    m_session->abort();
    m_output->appendPlainText(tr("— aborted —"));
    // The rollback is offered, not started: nothing destructive happens without a person.
    m_banner->showNotice(NoticeBanner::Kind::Warning,
                         tr("The run was aborted. What it did so far stays done; to undo it, run the rollback "
                            "procedure (Roll back…, then Run)."));
    m_rollbackButton->setFocus();
}

void MigrationTab::showRollback()
{
    const PlannedAction* first = m_rollbackPlan.actions.isEmpty() ? nullptr : &m_rollbackPlan.actions.first();
    if (first) {
        if (QTreeWidgetItem* row = m_rows.value(first->path))
            m_ui->procedureTreeWidget->setCurrentItem(row);
        m_ui->procedureTreeWidget->scrollToItem(m_rows.value(first->path), QAbstractItemView::PositionAtTop);
    }
    Q_EMIT statusMessage(tr("The rollback procedure is selected: Run (F5) runs it from where its journal stands."));
}

void MigrationTab::confirmAction(const PlannedAction& a, const QJsonObject& inputs, bool destructive,
                                 std::function<void(bool)> answer)
{
    const QString details = describeInputs(inputs);
    const auto cancelled = [answer] { answer(false); };
    if (!destructive) {
        Dialogs::instance().askTextOrCancel(
            this, a.stepTitle, tr("%1\n\n%2\n\nType \"done\" once it is done.").arg(describeAction(a.action), details),
            [answer](const QString& typed) {
                answer(typed.trimmed().compare(QLatin1String("done"), Qt::CaseInsensitive) == 0);
            },
            cancelled);
        return;
    }
    const QString name = m_session ? m_session->clusterName() : QString();
    Dialogs::instance().askTextOrCancel(
        this, tr("Confirm: %1").arg(a.stepTitle),
        tr("This changes the cluster:\n\n%1\n\n%2\n\nType the cluster's name (%3) to go ahead.")
            .arg(describeAction(a.action), details, name),
        [answer, name](const QString& typed) { answer(typed.trimmed() == name); }, cancelled);
}

} // namespace cockpit::gui
