#include "ChartsTab.h"

#include "ui_ChartsTab.h"

#include "core/RunbookDescribe.h"
#include "gui/widgets/NoticeBanner.h"
#include "gui/widgets/TableFill.h"

namespace cockpit::gui {

ChartsTab::ChartsTab(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ChartsTab>()), m_banner(new NoticeBanner(this))
{
    m_ui->setupUi(this);
    m_ui->rootLayout->insertWidget(0, m_banner);
    m_ui->rootLayout->setStretch(m_ui->rootLayout->count() - 1, 1); // the content takes the height, not the banner
    m_banner->showNotice(NoticeBanner::Kind::Info,
                         tr("This tab lists the metrics the guide watches, with their targets, alert thresholds and "
                            "intervals, the rollback triggers and the success criteria. It draws no measurement "
                            "yet; the live charts will plot them from Prometheus and evaluate the triggers. The "
                            "cluster's state now is in the Cluster Overview (F8)."));
}

ChartsTab::~ChartsTab() = default;

void ChartsTab::setRunbook(const Runbook& runbook)
{
    QList<QStringList> rows;
    for (const MonitoredMetric& metric : runbook.monitoring.metrics) {
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
}

} // namespace cockpit::gui
