#include "ChartsTab.h"
#include "gui/Appearance.h"
#include "gui/StatusPresentation.h"

#include "ui_ChartsTab.h"

#include "MetricChart.h"
#include "core/Clock.h"
#include "core/RunbookDescribe.h"
#include "core/Unit.h"
#include "engine/monitoring/Downsample.h"
#include "engine/monitoring/MetricsSession.h"
#include "gui/Dialogs.h"
#include "gui/widgets/NoticeBanner.h"
#include "gui/widgets/TableFill.h"

#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>

#include <cmath>

namespace cockpit::gui {

using namespace cockpit::monitoring;

namespace {

constexpr qint64 kMinute = qint64{60} * 1000;
const QList<qint64> kRanges{15 * kMinute, 60 * kMinute, qint64{6} * 60 * kMinute, qint64{24} * 60 * kMinute,
                            qint64{72} * 60 * kMinute};

QString localTime(qint64 ms)
{
    return localDateTime(QDateTime::fromMSecsSinceEpoch(ms));
}

QString valueText(const MonitoredMetric& metric, std::optional<double> value)
{
    if (!value || std::isnan(*value))
        return ChartsTab::tr("no value");
    const double rounded = std::abs(*value) >= 100 ? std::round(*value) : std::round(*value * 100) / 100;
    return formatWithUnit(rounded, metric.unit);
}

} // namespace

ChartsTab::ChartsTab(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ChartsTab>())
    , m_banner(new NoticeBanner(this))
    , m_triggerBanner(new NoticeBanner(this))
    , m_rollbackButton(new QPushButton(tr("Open the &rollback procedure"), m_triggerBanner))
    , m_range(new QComboBox(this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_raise(new QPushButton(tr("Raise a &security issue…"), this))
    , m_confirm(new QPushButton(tr("Confirm with &evidence…"), this))
    , m_status(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_sections(new QTabWidget(this))
    , m_grid(new QGridLayout)
    , m_triggersTable(new QTableWidget(this))
    , m_successTable(new QTableWidget(this))
    , m_alerts(new QListWidget(this))
    , m_tick(new QTimer(this))
{
    m_ui->setupUi(this);
    // The guide's tables move into the last section; the live parts come first.
    m_ui->rootLayout->removeWidget(m_ui->scrollArea);
    m_triggerBanner->setObjectName(QStringLiteral("triggerBanner"));
    m_triggerBanner->layout()->addWidget(m_rollbackButton);
    m_rollbackButton->setToolTip(tr("Shows the rollback path in the Migration tab; nothing runs until you start it"));
    connect(m_rollbackButton, &QPushButton::clicked, this, &ChartsTab::openRollback);
    m_ui->rootLayout->addWidget(m_banner);
    m_ui->rootLayout->addWidget(m_triggerBanner);

    auto* bar = new QHBoxLayout;
    auto* rangeLabel = new QLabel(tr("&Range:"), this);
    rangeLabel->setBuddy(m_range);
    m_range->setObjectName(QStringLiteral("rangeCombo"));
    m_range->addItems({tr("15 minutes"), tr("1 hour"), tr("6 hours"), tr("24 hours"), tr("72 hours")});
    m_range->setCurrentIndex(1);
    m_range->setToolTip(tr("How much history every chart shows (zoom in a chart for detail)"));
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_pause->setCheckable(true);
    m_pause->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pause->setToolTip(tr("Stop sampling (Ctrl+P); the triggers are not evaluated while paused"));
    m_raise->setObjectName(QStringLiteral("raiseButton"));
    m_raise->setToolTip(tr("The guide's manual trigger: a critical security issue calls for the rollback"));
    m_status->setObjectName(QStringLiteral("watchStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(rangeLabel);
    bar->addWidget(m_range);
    bar->addWidget(m_pause);
    bar->addWidget(m_raise);
    bar->addWidget(m_status, 1);
    m_ui->rootLayout->addLayout(bar);

    auto* chartsPage = new QScrollArea(this);
    chartsPage->setWidgetResizable(true);
    chartsPage->setFrameShape(QFrame::NoFrame);
    auto* chartsHolder = new QWidget(chartsPage);
    chartsHolder->setLayout(m_grid);
    chartsPage->setWidget(chartsHolder);
    m_sections->addTab(chartsPage, tr("Charts"));

    m_triggersTable->setObjectName(QStringLiteral("liveTriggersTable"));
    m_sections->addTab(m_triggersTable, tr("Rollback triggers"));

    auto* successPage = new QWidget(this);
    auto* successLayout = new QVBoxLayout(successPage);
    m_countdown->setObjectName(QStringLiteral("successCountdown"));
    m_countdown->setWordWrap(true);
    m_countdown->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    successLayout->addWidget(m_countdown);
    m_successTable->setObjectName(QStringLiteral("liveSuccessTable"));
    m_successTable->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    successLayout->addWidget(m_successTable);
    m_confirm->setToolTip(tr("A criterion the data cannot judge (DR tested, no security incident, cost): "
                             "confirm it with its evidence; recorded in the rollout's ledger"));
    auto* confirmRow = new QHBoxLayout;
    confirmRow->addWidget(m_confirm);
    confirmRow->addStretch(1);
    successLayout->addLayout(confirmRow);
    successLayout->addStretch(1);
    m_sections->addTab(successPage, tr("Success (72 h)"));

    m_alerts->setObjectName(QStringLiteral("alertsList"));
    m_alerts->setWordWrap(true);
    m_sections->addTab(m_alerts, tr("Alerts"));
    m_sections->addTab(m_ui->scrollArea, tr("Guide tables"));
    m_ui->rootLayout->addWidget(m_sections, 1);

    connect(m_range, &QComboBox::currentIndexChanged, this, [this] { redraw(); });
    connect(m_pause, &QPushButton::toggled, this, [this](bool paused) {
        if (m_session)
            m_session->setPaused(paused);
        m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
        refreshStatus();
    });
    connect(m_raise, &QPushButton::clicked, this, &ChartsTab::raiseSecurityIssue);
    connect(m_confirm, &QPushButton::clicked, this, &ChartsTab::confirmCriterion);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        // A value that stopped coming is stale even if nothing failed (a paused or stuck sampler).
        if (m_session && m_session->isWatching()) {
            m_session->state().refreshAges(Clock::system().nowUtc().toMSecsSinceEpoch());
            refreshTables();
        }
        // Redraw at most once a second, and only what changed; the clock moves the live edge.
        if (m_dirty || (m_session && m_session->isWatching()))
            redraw();
        refreshStatus();
    });
    m_tick->start();
    refreshStatus();
}

ChartsTab::~ChartsTab() = default;

qint64 ChartsTab::rangeMs() const
{
    return kRanges.value(m_range->currentIndex(), kRanges[1]);
}

void ChartsTab::setRangeIndex(int index)
{
    m_range->setCurrentIndex(index);
}

MetricChart* ChartsTab::chart(const QString& metricId) const
{
    for (MetricChart* c : m_charts) {
        if (c->metricId() == metricId)
            return c;
    }
    return nullptr;
}

void ChartsTab::setSession(monitoring::MetricsSession* session)
{
    m_session = session;
    connect(session, &MetricsSession::updated, this, &ChartsTab::onUpdated);
    connect(session, &MetricsSession::backfilled, this, [this] {
        m_dirty = true;
        refreshTables();
        redraw();
    });
    connect(session, &MetricsSession::sourceProblem, this, [this](const QString& message) {
        auto* item = new QListWidgetItem(tr("%1  %2").arg(localTime(QDateTime::currentMSecsSinceEpoch()), message));
        item->setForeground(toneColour(Tone::Warning));
        m_alerts->insertItem(0, item);
    });
}

void ChartsTab::buildCharts()
{
    qDeleteAll(m_charts);
    m_charts.clear();
    int index = 0;
    for (const MonitoredMetric& metric : m_runbook.monitoring.metrics) {
        if (metric.source.kind == MetricSource::Kind::Manual)
            continue;
        auto* chart = new MetricChart(metric, this);
        connect(chart, &MetricChart::zoomChanged, this, [this, chart] { redrawChart(chart); });
        m_grid->addWidget(chart, index / 2, index % 2);
        m_charts.append(chart);
        ++index;
    }
}

void ChartsTab::setRunbook(const Runbook& runbook)
{
    m_runbook = runbook;
    buildCharts();
    QList<QStringList> rows;
    for (const MonitoredMetric& metric : runbook.monitoring.metrics) {
        if (!metric.target && !metric.alert)
            continue; // the guide's table only
        rows.append({metric.title, describeLimit(metric.target), describeLimit(metric.alert),
                     tr("every %1").arg(describeDurationLong(metric.interval))});
    }
    m_ui->metricsGroupBox->setTitle(
        runbook.monitoring.dashboard.isEmpty()
            ? tr("Monitored metrics (first %1: critical watch)")
                  .arg(describeDurationLong(runbook.monitoring.criticalWatch))
            : tr("Monitored metrics (first %1: critical watch; dashboard %2)")
                  .arg(describeDurationLong(runbook.monitoring.criticalWatch), runbook.monitoring.dashboard));
    fillTable(m_ui->metricsTableWidget, {tr("Metric"), tr("Target"), tr("Alert threshold"), tr("Check interval")},
              rows);

    rows.clear();
    for (const Trigger& trigger : runbook.rollback.triggers)
        rows.append({trigger.title, describeTrigger(trigger)});
    m_ui->triggersGroupBox->setTitle(
        tr("Automatic rollback triggers: roll back immediately if any occurs (rollback window: %1)")
            .arg(describeDurationLong(runbook.rollback.window)));
    fillTable(m_ui->triggersTableWidget, {tr("Trigger"), tr("Condition")}, rows);

    rows.clear();
    for (const Criterion& criterion : runbook.successCriteria)
        rows.append({criterion.title, describeCriterion(criterion)});
    m_ui->successGroupBox->setTitle(
        tr("Success criteria: all must hold for %1").arg(describeDurationLong(runbook.successWindow)));
    fillTable(m_ui->successTableWidget, {tr("Criterion"), tr("Condition")}, rows);

    rows.clear();
    for (const ResponseRow& row : runbook.responseMatrix) {
        rows.append({row.title, severityTitle(row.severity),
                     row.timeout ? describeDurationLong(*row.timeout) : tr("No limit"), row.action});
    }
    fillTable(m_ui->responseTableWidget, {tr("Issue"), tr("Severity"), tr("Timeout"), tr("Action")}, rows);

    rows.clear();
    for (const Week1Validation& day : runbook.week1Validations)
        rows.append({tr("Day %1").arg(day.day), day.title});
    fillTable(m_ui->week1TableWidget, {tr("Day"), tr("Validation")}, rows);
    refreshTables();
    refreshStatus();
    m_dirty = true;
}

void ChartsTab::redrawChart(MetricChart* chart)
{
    const qint64 now = Clock::system().nowUtc().toMSecsSinceEpoch();
    auto [from, to] = liveWindow(now, rangeMs(), chart->columns());
    if (chart->isZoomed()) {
        from = chart->zoomedRange().first;
        to = chart->zoomedRange().second;
    }
    const MonitoredMetric* metric = m_runbook.findMetric(chart->metricId());
    static const Samples kNone;
    const Samples* samples = &kNone;
    if (m_session) {
        const auto it = m_session->series().constFind(chart->metricId());
        if (it != m_session->series().constEnd())
            samples = &it.value();
    }
    // Two and a half intervals without a sample is a gap (a missed poll is not yet one).
    const qint64 maxGap = metric ? std::max<qint64>(qint64(metric->interval.count() * 5 / 2), 45000) : 45000;
    chart->setData(chart->downsampler().update(*samples, from, to, chart->columns(), maxGap), from, to);
}

void ChartsTab::redraw()
{
    m_dirty = false;
    if (!isVisible() && m_session && m_session->isWatching())
        return; // drawn when shown
    for (MetricChart* chart : m_charts)
        redrawChart(chart);
}

void ChartsTab::onUpdated(const WatchUpdate& update)
{
    m_dirty = true;
    refreshTables();
    for (const AlertEvent& a : update.alerts) {
        const MonitoredMetric* metric = m_runbook.findMetric(a.metric);
        const QString title = metric ? metric->title : a.metric;
        const QString text = a.raised
            ? tr("ALERT %1 at %2: %3 is past its threshold %4. %5. Escalate to %6.")
                  .arg(title, localTime(a.atMs), metric ? valueText(*metric, a.value) : QString(),
                       metric ? describeLimit(metric->alert) : QString(),
                       a.response.isEmpty() ? tr("No response-matrix row") : a.response,
                       a.contact.isEmpty() ? tr("the on-call engineer") : a.contact)
            : tr("cleared %1 at %2: %3")
                  .arg(title, localTime(a.atMs), metric ? valueText(*metric, a.value) : QString());
        auto* item = new QListWidgetItem(text);
        item->setForeground(a.raised ? toneColour(Tone::Bad) : toneColour(Tone::Good));
        m_alerts->insertItem(0, item);
        if (a.raised) {
            if (!m_tray && QSystemTrayIcon::isSystemTrayAvailable()) {
                m_tray = new QSystemTrayIcon(windowIcon(), this);
                m_tray->show();
            }
            if (m_tray)
                m_tray->showMessage(tr("Rollout Cockpit: %1").arg(title), text, QSystemTrayIcon::Warning, 15000);
            Q_EMIT statusMessage(text);
        }
    }
    for (const TriggerTransition& t : update.transitions)
        m_lastTransition.insert(t.trigger, t);
    for (const TriggerTransition& t : update.transitions) {
        if (t.to != AlertState::Firing || t.from == AlertState::Firing)
            continue;
        const Trigger* trigger = nullptr;
        for (const Trigger& x : m_runbook.rollback.triggers) {
            if (x.id == t.trigger)
                trigger = &x;
        }
        const QString text
            = tr("ROLLBACK TRIGGER FIRING at %1: %2").arg(localTime(t.atMs), trigger ? trigger->title : t.trigger);
        auto* item = new QListWidgetItem(text);
        item->setForeground(toneColour(Tone::Bad));
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
        m_alerts->insertItem(0, item);
        if (m_tray)
            m_tray->showMessage(tr("Rollout Cockpit: rollback trigger"), text, QSystemTrayIcon::Critical, 30000);
        Q_EMIT statusMessage(text);
    }
    refreshStatus();
}

void ChartsTab::refreshTables()
{
    if (!m_session)
        return;
    const WatchState& state = m_session->state();
    const Runbook& runbook = state.runbook(); // what the session judges, even mid-way through a runbook change
    // Triggers.
    QList<QStringList> rows;
    for (qsizetype i = 0; i < state.triggers().triggers().size(); ++i) {
        const Trigger& t = state.triggers().triggers()[i];
        const TriggerStatus& s = state.triggers().statuses()[i];
        QString since;
        if (s.state != AlertState::Inactive)
            since = localTime(s.activeAtMs);
        QString value;
        if (t.kind == Trigger::Kind::Manual)
            value = s.state == AlertState::Firing ? tr("%1 (raised by %2)").arg(s.reason, s.raisedBy)
                                                  : tr("not raised (Raise a security issue…)");
        else if (const MonitoredMetric* m = runbook.findMetric(t.metric))
            value = valueText(*m, s.value);
        QString shown = state.triggerToken(i);
        if (s.holding)
            shown = tr("%1 (holding: no data)").arg(shown);
        else if (s.firedForNoData && s.state == AlertState::Firing)
            shown = tr("%1 (no data)").arg(shown);
        rows.append({t.title, describeTrigger(t), shown, since, value,
                     t.kind == Trigger::Kind::Manual ? QString() : noDataPolicyToken(t.onNoData)});
    }
    fillTable(m_triggersTable,
              {tr("Trigger"), tr("Condition"), tr("State"), tr("Since"), tr("Value"), tr("If no data")}, rows);
    for (int r = 0; r < m_triggersTable->rowCount(); ++r) {
        QTableWidgetItem* item = m_triggersTable->item(r, 2);
        const QString token = state.triggerToken(r);
        // What decided its latest change: the samples, when, and where from.
        const Trigger& trigger = state.triggers().triggers().at(r);
        if (const auto last = m_lastTransition.constFind(trigger.id); last != m_lastTransition.constEnd()) {
            QStringList lines{
                tr("%1 → %2 at %3").arg(alertStateToken(last->from), alertStateToken(last->to), localTime(last->atMs))};
            if (!last->reason.isEmpty())
                lines.append(last->reason);
            if (!last->samples.isEmpty())
                lines.append(tr("Decided by %n sample(s) from %1:", nullptr, static_cast<int>(last->samples.size()))
                                 .arg(last->samples.first().source));
            for (const DecidingSample& d : last->samples)
                lines.append(tr("  %1  %2").arg(localTime(d.atMs)).arg(d.value, 0, 'g', 6));
            item->setToolTip(lines.join(QLatin1Char('\n')));
        } else {
            item->setToolTip(tr("No change since the window opened"));
        }
        if (QTableWidgetItem* policy = m_triggersTable->item(r, 5))
            policy->setToolTip(tr("What the trigger does while its metric gives no data: unknown (says so, never "
                                  "calm), fire, or hold its last state (runbook: on_no_data)"));
        item->setForeground(token == QLatin1String("firing")        ? toneColour(Tone::Bad)
                                : token == QLatin1String("pending") ? toneColour(Tone::Warning)
                                : token == QLatin1String("unknown") ? toneColour(Tone::Unknown)
                                                                    : toneColour(Tone::Good));
    }
    // Success criteria.
    rows.clear();
    for (qsizetype i = 0; i < state.criteria().size(); ++i) {
        const CriterionView& c = state.criteria()[i];
        const Criterion& criterion = runbook.successCriteria[i];
        QStringList violations;
        for (const Violation& v : c.violations)
            violations.append(v.toMs ? tr("%1 – %2").arg(localTime(v.fromMs), localTime(v.toMs))
                                     : tr("since %1").arg(localTime(v.fromMs)));
        QString judged = criterion.kind == Criterion::Kind::Metric ? tr("data") : tr("a person");
        QString value;
        if (c.state == CriterionView::State::Confirmed)
            value = tr("%1 (%2, %3)").arg(c.evidence, c.confirmedBy, c.confirmedAt.toLocalTime().toString(Qt::ISODate));
        else if (const MonitoredMetric* m = runbook.findMetric(criterion.metric);
                 m && criterion.kind == Criterion::Kind::Metric)
            value = valueText(*m, c.value);
        rows.append(
            {criterion.title, judged,
             c.holding ? tr("%1 (holding: no data)").arg(criterionStateToken(c.state)) : criterionStateToken(c.state),
             value, violations.isEmpty() ? tr("none") : violations.join(QStringLiteral("; "))});
    }
    fillTable(m_successTable, {tr("Criterion"), tr("Judged by"), tr("State"), tr("Value / evidence"), tr("Violations")},
              rows);
    // Metric states on the charts.
    for (MetricChart* chart : m_charts) {
        const MetricView* view = state.metric(chart->metricId());
        const MonitoredMetric* metric = runbook.findMetric(chart->metricId());
        if (!view || !metric)
            continue;
        QString stale;
        if (view->stale())
            stale = view->value ? tr("stale since %1: %2").arg(localTime(view->failingSinceMs), view->error)
                                : tr("no data since %1: %2").arg(localTime(view->failingSinceMs), view->error);
        chart->setState(view->health, view->value ? valueText(*metric, view->value) : tr("no value"), stale);
    }
}

void ChartsTab::refreshStatus()
{
    const qint64 now = Clock::system().nowUtc().toMSecsSinceEpoch();
    const bool watching = m_session && m_session->isWatching();
    m_raise->setEnabled(watching);
    m_pause->setEnabled(watching);
    m_confirm->setEnabled(watching);
    if (!m_session || !m_session->hasProfile()) {
        m_banner->showNotice(NoticeBanner::Kind::Info,
                             tr("This tab watches the cluster once a connection profile is chosen (Connection menu): "
                                "the charts plot every metric from Prometheus and the cluster itself, and the "
                                "rollback triggers are evaluated continuously."));
        m_status->setText(tr("Not watching"));
        m_triggerBanner->hide();
        return;
    }
    m_banner->hide();
    const WatchState& state = m_session->state();
    m_status->setText(m_session->isPaused()
                          ? tr("PAUSED: not sampling, the triggers are not evaluated")
                          : tr("Watching since %1; last evaluation %2")
                                .arg(localTime(m_session->watchingSinceMs()),
                                     state.lastEvaluationMs() ? localTime(state.lastEvaluationMs()) : tr("not yet")));
    QStringList firing;
    for (qsizetype i = 0; i < state.triggers().statuses().size(); ++i) {
        const TriggerStatus& s = state.triggers().statuses()[i];
        if (s.state == AlertState::Firing)
            firing.append(tr("%1 (since %2)").arg(state.triggers().triggers()[i].title, localTime(s.firedAtMs)));
    }
    QStringList unjudged;
    for (qsizetype i = 0; i < state.triggers().statuses().size(); ++i) {
        if (state.triggerToken(i) == QLatin1String("unknown"))
            unjudged.append(state.triggers().triggers()[i].title);
    }
    if (firing.isEmpty() && !unjudged.isEmpty() && state.lastEvaluationMs() > 0) {
        // Nothing fires, but a trigger that cannot be judged is no all-clear.
        m_triggerBanner->showNotice(NoticeBanner::Kind::Warning,
                                    tr("These rollback triggers cannot be judged now (their source fails or is "
                                       "stale): %1. Do not read their silence as all clear.")
                                        .arg(unjudged.join(QStringLiteral("; "))));
        m_rollbackButton->setVisible(false);
    } else if (firing.isEmpty()) {
        m_triggerBanner->hide();
    } else {
        const QDateTime since = state.trackingSince();
        const qint64 windowEnd
            = since.isValid() ? since.toMSecsSinceEpoch() + qint64(m_runbook.rollback.window.count()) : 0;
        const bool inside = windowEnd == 0 || now <= windowEnd;
        m_triggerBanner->showNotice(
            NoticeBanner::Kind::Critical,
            inside ? tr("ROLLBACK TRIGGER FIRING: %1. The guide says: roll back immediately. Nothing runs until a "
                        "person starts the rollback.")
                         .arg(firing.join(QStringLiteral("; ")))
                   : tr("Trigger firing after the rollback window closed: %1. Follow the response matrix.")
                         .arg(firing.join(QStringLiteral("; "))));
        m_rollbackButton->setVisible(inside);
    }
    // The 72-hour countdown.
    const QDateTime since = state.trackingSince();
    if (since.isValid()) {
        const qint64 end = since.toMSecsSinceEpoch() + qint64(m_runbook.successWindow.count());
        int holding = 0;
        for (const CriterionView& c : state.criteria())
            holding += c.state == CriterionView::State::Holding || c.state == CriterionView::State::Confirmed;
        m_countdown->setText(now < end
                                 ? tr("Success window: %1 left of %2 (started %3). %4 of %5 criteria hold now.")
                                       .arg(describeElapsed(end - now), describeDurationLong(m_runbook.successWindow),
                                            localTime(since.toMSecsSinceEpoch()))
                                       .arg(holding)
                                       .arg(state.criteria().size())
                                 : tr("Success window ended %1. %2 of %3 criteria hold now.")
                                       .arg(localTime(end))
                                       .arg(holding)
                                       .arg(state.criteria().size()));
    }
}

void ChartsTab::raiseSecurityIssue()
{
    if (!m_session)
        return;
    QString id;
    for (const Trigger& t : m_runbook.rollback.triggers) {
        if (t.kind == Trigger::Kind::Manual)
            id = t.id;
    }
    if (id.isEmpty())
        return;
    QPointer<ChartsTab> self(this);
    Dialogs::instance().askText(this, tr("Raise a security issue"),
                                tr("What was discovered (recorded in the rollout's ledger):"),
                                [self, id](const QString& reason) {
                                    if (!self || !self->m_session || reason.trimmed().isEmpty())
                                        return;
                                    const auto raised = self->m_session->raiseTrigger(id, reason.trimmed());
                                    if (!raised)
                                        Q_EMIT self->statusMessage(raised.error().toString());
                                });
}

void ChartsTab::confirmCriterion()
{
    if (!m_session)
        return;
    const int row = m_successTable->currentRow();
    if (row < 0 || row >= m_runbook.successCriteria.size()) {
        Q_EMIT statusMessage(tr("Select the criterion to confirm first"));
        return;
    }
    const Criterion& criterion = m_runbook.successCriteria[row];
    if (criterion.kind == Criterion::Kind::Metric) {
        Q_EMIT statusMessage(tr("\"%1\" is judged from its metric").arg(criterion.title));
        return;
    }
    QPointer<ChartsTab> self(this);
    const QString id = criterion.id;
    Dialogs::instance().askText(this, tr("Confirm: %1").arg(criterion.title),
                                tr("The evidence (a link, a ticket, a report):"), [self, id](const QString& evidence) {
                                    if (!self || !self->m_session || evidence.trimmed().isEmpty())
                                        return;
                                    const auto done = self->m_session->confirmCriterion(id, evidence.trimmed());
                                    if (!done)
                                        Q_EMIT self->statusMessage(done.error().toString());
                                });
}

} // namespace cockpit::gui
