#include "MigrationTab.h"

#include "ui_MigrationTab.h"

#include "core/RunbookDescribe.h"
#include "gui/widgets/NoticeBanner.h"

#include <QHeaderView>

namespace cockpit::gui {
namespace {

constexpr int kKeyRole = Qt::UserRole + 1; // "group/index/step" of a step row

const Step* stepFor(const Runbook& runbook, const QString& key, QString* groupTitle)
{
    const QStringList parts = key.split(QLatin1Char('/'));
    if (parts.size() != 3)
        return nullptr;
    const int group = parts[0].toInt();
    const int index = parts[1].toInt();
    const int step = parts[2].toInt();
    const QList<Step>* steps = nullptr;
    if (group == 0 && index < runbook.phases.size()) {
        steps = &runbook.phases[index].steps;
        *groupTitle = runbook.phases[index].title;
    } else if (group == 1) {
        steps = &runbook.rollback.procedure;
        *groupTitle = MigrationTab::tr("Manual rollback procedure");
    } else if (group == 2) {
        steps = &runbook.rollback.consistencyChecks;
        *groupTitle = MigrationTab::tr("Data consistency check after a rollback");
    }
    return steps && step < steps->size() ? &(*steps)[step] : nullptr;
}

QTreeWidgetItem* addSteps(QTreeWidgetItem* parent, const QList<Step>& steps, int group, int index)
{
    for (int s = 0; s < steps.size(); ++s) {
        auto* row = new QTreeWidgetItem(parent);
        row->setText(0, QStringLiteral("%1. %2").arg(s + 1).arg(steps[s].title));
        QStringList actions;
        for (const Action& action : steps[s].actions)
            actions.append(describeAction(action));
        row->setText(2, actions.join(QStringLiteral("; ")));
        row->setToolTip(2, actions.join(QLatin1Char('\n')));
        row->setData(0, kKeyRole, QStringLiteral("%1/%2/%3").arg(group).arg(index).arg(s));
    }
    return parent;
}

} // namespace

MigrationTab::MigrationTab(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::MigrationTab>()), m_banner(new NoticeBanner(this))
{
    m_ui->setupUi(this);
    m_ui->rootLayout->insertWidget(0, m_banner);
    m_ui->rootLayout->setStretch(m_ui->rootLayout->count() - 1, 1); // the content takes the height, not the banner
    m_banner->showNotice(NoticeBanner::Kind::Info,
                         tr("This tab shows the guide's migration procedure and rollback: every phase and step with "
                            "its command and what the cockpit will do for it. It does not run them yet; the "
                            "migration wizard will execute them step by step, journalled and resumable."));
    m_ui->procedureTreeWidget->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->splitter->setSizes({700, 500});
    connect(m_ui->procedureTreeWidget, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* current) {
        showStep(current ? current->data(0, kKeyRole).toString() : QString());
    });
}

MigrationTab::~MigrationTab() = default;

void MigrationTab::setRunbook(const Runbook& runbook)
{
    m_runbook = runbook;
    QTreeWidget* tree = m_ui->procedureTreeWidget;
    tree->clear();
    for (int p = 0; p < runbook.phases.size(); ++p) {
        const Phase& phase = runbook.phases[p];
        auto* row = new QTreeWidgetItem(tree);
        row->setText(0, tr("Phase %1: %2").arg(p + 1).arg(phase.title));
        row->setText(1, describeDurationLong(phase.budget));
        row->setText(2, phase.maintenanceWindow ? tr("Maintenance window") : QString());
        QFont bold = row->font(0);
        bold.setBold(true);
        row->setFont(0, bold);
        addSteps(row, phase.steps, 0, p);
    }
    auto* rollback = new QTreeWidgetItem(tree);
    rollback->setText(0, tr("Manual rollback procedure"));
    rollback->setText(1, tr("< %1").arg(describeDurationLong(runbook.rollback.procedureBudget)));
    rollback->setText(2, tr("Within the rollback window of %1").arg(describeDurationLong(runbook.rollback.window)));
    addSteps(rollback, runbook.rollback.procedure, 1, 0);
    auto* checks = new QTreeWidgetItem(tree);
    checks->setText(0, tr("Data consistency check after a rollback"));
    addSteps(checks, runbook.rollback.consistencyChecks, 2, 0);
    for (QTreeWidgetItem* group : {rollback, checks}) {
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
    }
    tree->expandAll();
    showStep({});
}

void MigrationTab::showStep(const QString& key)
{
    QString groupTitle;
    const Step* step = stepFor(m_runbook, key, &groupTitle);
    if (!step) {
        m_ui->stepTextBrowser->setHtml(
            tr("<p>Select a step to see the guide's command and what the cockpit will do for it.</p>"));
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3><p><i>%2</i> · id <code>%3</code></p>")
                       .arg(step->title.toHtmlEscaped(), groupTitle.toHtmlEscaped(), step->id.toHtmlEscaped());
    if (!step->command.isEmpty()) {
        html += tr("<p><b>The guide's command</b></p>")
            // Wrapped, not cut: a long command stays readable in a narrow pane.
            + QStringLiteral("<p style='white-space: pre-wrap; font-family: monospace; background: #f4f5f7'>%1</p>")
                  .arg(step->command.toHtmlEscaped());
    }
    html += tr("<p><b>What the cockpit will do</b></p><ol>");
    for (const Action& action : step->actions)
        html += QStringLiteral("<li style='white-space: pre-wrap'>%1</li>").arg(describeAction(action).toHtmlEscaped());
    html += QStringLiteral("</ol>");
    m_ui->stepTextBrowser->setHtml(html);
}

} // namespace cockpit::gui
