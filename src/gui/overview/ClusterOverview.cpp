#include "ClusterOverview.h"

#include "ui_ClusterOverview.h"

#include "engine/monitoring/ClusterMonitor.h"

#include <QHeaderView>
#include <QLocale>

namespace cockpit::gui {
namespace {

QString bytesText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

void showError(QLabel* label, const Error& error, bool failed)
{
    label->setVisible(failed);
    if (failed) {
        label->setText(QStringLiteral("<span style='color:#b02a2a'>%1</span>").arg(error.toString().toHtmlEscaped()));
        label->setToolTip(error.toString());
    }
}

QColor roleColour(PatroniRole role)
{
    switch (role) {
    case PatroniRole::Leader:
    case PatroniRole::StandbyLeader: return QColor(0x1f, 0x6f, 0x3a);
    case PatroniRole::Unknown: return QColor(0xb0, 0x2a, 0x2a);
    default: return {};
    }
}

} // namespace

ClusterOverview::ClusterOverview(ClusterMonitor& monitor, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ClusterOverview>()), m_monitor(monitor)
{
    m_ui->setupUi(this);
    for (QTreeWidget* tree : {m_ui->membersTreeWidget, m_ui->servicesTreeWidget, m_ui->targetsTreeWidget})
        tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_ui->refreshButton, &QToolButton::clicked, &m_monitor, &ClusterMonitor::refresh);
    connect(&m_monitor, &ClusterMonitor::updated, this, &ClusterOverview::showSnapshot);
    connect(&m_monitor, &ClusterMonitor::refreshStarted, this, [this] {
        m_ui->refreshButton->setEnabled(false);
        m_ui->refreshButton->setText(tr("Refreshing…"));
    });
    showSnapshot(m_monitor.latest());
}

ClusterOverview::~ClusterOverview() = default;

void ClusterOverview::showSnapshot(const ClusterSnapshot& snapshot)
{
    m_ui->refreshButton->setEnabled(m_monitor.profile().has_value());
    m_ui->refreshButton->setText(tr("Refresh"));
    if (!m_monitor.profile()) {
        m_ui->statusLabel->setText(tr("No connection profile. Add one in Connection ▸ Profiles… (scripts/run sets up "
                                      "the local lab's)."));
        for (QTreeWidget* tree : {m_ui->membersTreeWidget, m_ui->servicesTreeWidget, m_ui->targetsTreeWidget})
            tree->clear();
        for (QLabel* label : {m_ui->membersErrorLabel, m_ui->servicesErrorLabel})
            label->hide();
        m_ui->targetsLabel->clear();
        m_summary.clear();
        return;
    }
    if (!snapshot.takenAt.isValid()) {
        m_ui->statusLabel->setText(tr("Profile %1: asking the cluster…").arg(m_monitor.profile()->name));
        return;
    }
    m_ui->statusLabel->setText(
        tr("Profile <b>%1</b>, as of %2")
            .arg(m_monitor.profile()->name.toHtmlEscaped(),
                 QLocale().toString(snapshot.takenAt.toLocalTime().time(), QLocale::LongFormat)));
    showMembers(snapshot);
    showServices(snapshot);
    showTargets(snapshot);
}

void ClusterOverview::showMembers(const ClusterSnapshot& snapshot)
{
    QTreeWidget* tree = m_ui->membersTreeWidget;
    tree->clear();
    showError(m_ui->membersErrorLabel, snapshot.clusterError, !snapshot.cluster);
    QString leader;
    if (snapshot.cluster) {
        for (const PatroniMember& member : snapshot.cluster->members) {
            auto* row = new QTreeWidgetItem(tree);
            row->setText(0, member.name);
            row->setText(1, patroniRoleName(member.role));
            row->setForeground(1, roleColour(member.role));
            row->setText(2, member.state);
            row->setText(3, member.timeline ? QString::number(*member.timeline) : QStringLiteral("—"));
            if (member.role == PatroniRole::Leader) {
                leader = member.name;
                row->setText(4, QStringLiteral("—"));
                continue;
            }
            // The leader's pg_stat_replication is the truth; Patroni's own figure is a fallback.
            if (const ReplicationLag* lag = snapshot.lagOf(member.name)) {
                row->setText(4, lag->replayLagMs ? tr("%1 ms").arg(*lag->replayLagMs, 0, 'f', 1) : tr("caught up"));
                row->setText(5, lag->replayLagBytes ? bytesText(*lag->replayLagBytes) : QString());
                row->setToolTip(4,
                                tr("From the leader's pg_stat_replication (%1): write %2, flush %3, replay %4")
                                    .arg(lag->state,
                                         lag->writeLagMs ? QString::number(*lag->writeLagMs, 'f', 1) : tr("idle"),
                                         lag->flushLagMs ? QString::number(*lag->flushLagMs, 'f', 1) : tr("idle"),
                                         lag->replayLagMs ? QString::number(*lag->replayLagMs, 'f', 1) : tr("idle")));
            } else {
                row->setText(4, snapshot.lag ? tr("not streaming") : tr("unknown"));
                row->setText(5, member.lagBytes ? bytesText(*member.lagBytes) : tr("unknown"));
                row->setToolTip(5, tr("Patroni's figure; the leader did not report this member"));
            }
        }
    }
    if (!snapshot.lag && snapshot.cluster) {
        m_ui->membersErrorLabel->show();
        m_ui->membersErrorLabel->setText(QStringLiteral("<span style='color:#9a6700'>%1</span>")
                                             .arg(tr("Lag from pg_stat_replication unavailable: %1")
                                                      .arg(snapshot.lagError.toString())
                                                      .toHtmlEscaped()));
    }
    const int members = snapshot.cluster ? static_cast<int>(snapshot.cluster->members.size()) : 0;
    m_summary = snapshot.cluster
        ? tr("%n member(s), leader %1", nullptr, members).arg(leader.isEmpty() ? tr("none") : leader)
        : tr("cluster unknown");
}

void ClusterOverview::showServices(const ClusterSnapshot& snapshot)
{
    QTreeWidget* tree = m_ui->servicesTreeWidget;
    tree->clear();
    showError(m_ui->servicesErrorLabel, snapshot.servicesError, !snapshot.services);
    if (!snapshot.services)
        return;
    int running = 0;
    int desired = 0;
    for (const DockerService& service : *snapshot.services) {
        auto* row = new QTreeWidgetItem(tree);
        row->setText(0, service.name);
        const int r = service.runningTasks.value_or(0);
        const int d = service.desiredTasks.value_or(service.replicas.value_or(0));
        running += r;
        desired += d;
        row->setText(1, tr("%1 / %2").arg(r).arg(d));
        if (r != d)
            row->setForeground(1, QColor(0x9a, 0x67, 0x00));
        row->setText(2, service.image.section(QLatin1Char('@'), 0, 0));
    }
    m_summary += tr("; %1/%2 tasks").arg(running).arg(desired);
}

void ClusterOverview::showTargets(const ClusterSnapshot& snapshot)
{
    QTreeWidget* tree = m_ui->targetsTreeWidget;
    tree->clear();
    if (!snapshot.targets) {
        m_ui->targetsLabel->setText(tr("<b>Prometheus targets</b>: <span style='color:#b02a2a'>%1</span>")
                                        .arg(snapshot.targetsError.toString().toHtmlEscaped()));
        tree->hide();
        return;
    }
    const int up = snapshot.targetsUp();
    const int all = static_cast<int>(snapshot.targets->size());
    m_ui->targetsLabel->setText(tr("<b>Prometheus targets</b>: %1 of %2 up").arg(up).arg(all));
    // Only the ones that need attention are listed.
    for (const PromTarget& target : *snapshot.targets) {
        if (target.health == QLatin1String("up"))
            continue;
        auto* row = new QTreeWidgetItem(tree);
        row->setText(0, target.labels.value(QStringLiteral("job")) + QStringLiteral(" ") + target.scrapeUrl);
        row->setText(1, target.health);
        row->setToolTip(1, target.lastError);
        row->setForeground(1, QColor(0xb0, 0x2a, 0x2a));
    }
    tree->setVisible(up < all);
    m_summary += tr("; %1/%2 targets up").arg(up).arg(all);
}

} // namespace cockpit::gui
