#include "ClusterOverview.h"
#include "gui/Appearance.h"

#include "ui_ClusterOverview.h"

#include "core/FailureText.h"
#include "engine/monitoring/ClusterMonitor.h"

#include <QHeaderView>
#include <QLocale>

namespace cockpit::gui {
namespace {

QString bytesText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString coloured(const QColor& colour, const QString& html)
{
    return QStringLiteral("<span style='color:%1'>%2</span>").arg(colour.name(), html);
}

// A tree exactly as tall as its rows (at least minRows), so that the dock does not jump
// between refreshes as rows come and go.
void fitHeight(QTreeWidget* tree, int minRows)
{
    int rows = 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = tree->topLevelItem(i);
        rows += 1 + (item->isExpanded() ? item->childCount() : 0);
    }
    rows = std::max(rows, minRows);
    const int rowHeight = std::max(tree->sizeHintForRow(0), tree->fontMetrics().height() + 4);
    const int height = tree->header()->sizeHint().height() + rows * rowHeight + 2 * tree->frameWidth() + 2;
    tree->setFixedHeight(height);
}

void greyOut(QTreeWidget* tree, bool stale)
{
    if (!stale)
        return;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        for (int column = 0; column < tree->columnCount(); ++column)
            (*it)->setForeground(column, toneColour(Tone::Neutral));
    }
}

// A summary part whose source gives nothing current: never dropped, never shown as fine.
template<typename T> QString unknownPart(const QString& what, const Sourced<T>& source)
{
    if (source.error.kind == ErrorKind::InvalidInput) // not configured, rather than failing
        return ClusterOverview::tr("%1 unknown (%2)").arg(what, source.error.message);
    return ClusterOverview::tr("%1 unknown (%2 unreachable since %3)")
        .arg(what, source.service, ClusterOverview::clock(source.failingSince));
}

bool isFiring(const AmAlert& alert)
{
    return alert.state != QLatin1String("suppressed");
}

} // namespace

QString ClusterOverview::clock(const QDateTime& time)
{
    return time.toLocalTime().time().toString(QStringLiteral("HH:mm:ss"));
}

ClusterOverview::ClusterOverview(ClusterMonitor& monitor, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ClusterOverview>()), m_monitor(monitor)
{
    m_ui->setupUi(this);
    for (QTreeWidget* tree :
         {m_ui->membersTreeWidget, m_ui->servicesTreeWidget, m_ui->targetsTreeWidget, m_ui->alertsTreeWidget}) {
        tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
        tree->header()->setStretchLastSection(false);
        tree->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }
    // The free-text columns take what is left, elided with the whole text in a tooltip.
    m_ui->servicesTreeWidget->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_ui->targetsTreeWidget->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->alertsTreeWidget->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_ui->splitBrainLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #b02a2a; color: white; padding: 6px; border-radius: 3px; }"));
    m_ui->splitBrainLabel->hide();
    // An alert opened for its labels makes room for them.
    for (auto signal : {&QTreeWidget::itemExpanded, &QTreeWidget::itemCollapsed})
        connect(m_ui->alertsTreeWidget, signal, this, [this] { fitHeight(m_ui->alertsTreeWidget, 1); });
    // A source's error reads as a sentence; the library's own words come on demand.
    for (QLabel* label :
         {m_ui->membersErrorLabel, m_ui->servicesErrorLabel, m_ui->targetsErrorLabel, m_ui->alertsErrorLabel}) {
        label->setTextInteractionFlags(Qt::TextBrowserInteraction);
        connect(label, &QLabel::linkActivated, label, [label](const QString& link) {
            if (link == QLatin1String("#details"))
                label->setText(label->property("expandedText").toString());
            else if (link == QLatin1String("#less"))
                label->setText(label->property("shortText").toString());
        });
    }
    connect(m_ui->refreshButton, &QToolButton::clicked, &m_monitor, &ClusterMonitor::refresh);
    connect(&m_monitor, &ClusterMonitor::updated, this, &ClusterOverview::showSnapshot);
    connect(&m_monitor, &ClusterMonitor::refreshStarted, this, [this] {
        m_ui->refreshButton->setEnabled(false);
        m_ui->refreshButton->setText(tr("Refreshing…"));
    });
    showSnapshot(m_monitor.latest());
}

ClusterOverview::~ClusterOverview() = default;

void ClusterOverview::raise(Level level)
{
    m_level = std::max(m_level, level);
}

template<typename T> bool ClusterOverview::showSource(QLabel* label, const Sourced<T>& source)
{
    if (!source.isFailing()) {
        label->clear();
        label->setVisible(false);
        return false;
    }
    const QString sentence = failureSentence(source.service, source.address, source.error);
    QString state = source.hasData()
        ? tr("As of %1 (%2 unreachable since %3): %4")
              .arg(clock(source.asOf), source.service, clock(source.failingSince), sentence)
        : tr("Unknown since %1: %2").arg(clock(source.failingSince), sentence);
    const QString shortText = coloured(toneColour(Tone::Bad), state.toHtmlEscaped())
        + QStringLiteral(" <a href='#details'>%1</a>").arg(tr("details"));
    const QString expanded = coloured(toneColour(Tone::Bad), state.toHtmlEscaped())
        + QStringLiteral("<br><tt>%1</tt> <a href='#less'>%2</a>")
              .arg(source.error.toString().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")),
                   tr("less"));
    label->setProperty("shortText", shortText);
    label->setProperty("expandedText", expanded);
    label->setText(shortText);
    label->setToolTip(source.error.toString());
    label->setVisible(true);
    return true;
}

void ClusterOverview::showSnapshot(const ClusterSnapshot& snapshot)
{
    m_ui->refreshButton->setEnabled(m_monitor.profile().has_value());
    m_ui->refreshButton->setText(tr("Refresh"));
    m_level = Level::Ok;
    if (!m_monitor.profile()) {
        m_ui->statusLabel->setText(tr("No connection profile. Add one in Connection ▸ Connection Profiles… "
                                      "(scripts/run sets up the local lab's)."));
        for (QTreeWidget* tree :
             {m_ui->membersTreeWidget, m_ui->servicesTreeWidget, m_ui->targetsTreeWidget, m_ui->alertsTreeWidget})
            tree->clear();
        for (QLabel* label : {m_ui->membersErrorLabel, m_ui->servicesErrorLabel, m_ui->disagreementsLabel,
                              m_ui->splitBrainLabel, m_ui->targetsErrorLabel, m_ui->alertsErrorLabel})
            label->hide();
        m_ui->targetsLabel->clear();
        m_ui->alertsLabel->clear();
        m_summary.clear();
        return;
    }
    if (!snapshot.takenAt.isValid()) {
        m_ui->statusLabel->setText(tr("Profile %1: asking the cluster…").arg(m_monitor.profile()->name));
        return;
    }
    m_ui->statusLabel->setText(
        tr("Profile <b>%1</b>, as of %2").arg(m_monitor.profile()->name.toHtmlEscaped(), clock(snapshot.takenAt)));
    QStringList summary;
    showMembers(snapshot, summary);
    showAlerts(snapshot, summary);
    showServices(snapshot, summary);
    showTargets(snapshot, summary);
    m_summary = summary.join(QStringLiteral("; "));
}

void ClusterOverview::showMembers(const ClusterSnapshot& snapshot, QStringList& summary)
{
    QTreeWidget* tree = m_ui->membersTreeWidget;
    tree->clear();
    const bool stale = showSource(m_ui->membersErrorLabel, snapshot.cluster);
    const QString leader = snapshot.leaderName();
    for (const MemberView& member : snapshot.members) {
        auto* row = new QTreeWidgetItem(tree);
        row->setText(0, member.name);
        if (member.patroni) {
            row->setText(1, patroniRoleName(member.patroni->role));
            if (member.patroni->role == PatroniRole::Leader)
                row->setForeground(1, toneColour(Tone::Good));
            row->setText(2, member.patroni->state);
            row->setText(3,
                         member.patroni->timeline ? QString::number(*member.patroni->timeline) : QStringLiteral("—"));
        } else {
            row->setText(1, QStringLiteral("—"));
            row->setText(3, QStringLiteral("—"));
        }
        if (member.node) {
            const NodeState& node = *member.node;
            row->setText(4, node.reachable ? (node.inRecovery ? tr("standby") : tr("primary")) : tr("no answer"));
            QString tip = tr("%1 at %2: %3").arg(member.name, node.address, node.roleText());
            if (node.reachable) {
                tip += tr("\nTimeline %1, LSN %2, PostgreSQL %3")
                           .arg(node.timeline ? QString::number(*node.timeline) : tr("unknown"), node.lsn,
                                node.version);
            } else {
                tip += QLatin1Char('\n') + node.error.toString();
                row->setForeground(4, toneColour(Tone::Bad));
            }
            if (node.acceptsWrites() && member.patroni && member.patroni->role != PatroniRole::Leader)
                row->setForeground(4, toneColour(Tone::Bad));
            row->setToolTip(4, tip);
        }
        // The leader's pg_stat_replication is the truth; Patroni's own figure is a fallback.
        if (member.patroni && member.patroni->role == PatroniRole::Leader) {
            row->setText(5, QStringLiteral("—"));
        } else if (const ReplicationLag* lag = snapshot.lagOf(member.name)) {
            row->setText(5, lag->replayLagMs ? tr("%1 ms").arg(*lag->replayLagMs, 0, 'f', 1) : tr("caught up"));
            row->setText(6, lag->replayLagBytes ? bytesText(*lag->replayLagBytes) : QString());
            row->setToolTip(5,
                            tr("From %1's pg_stat_replication (%2): write %3, flush %4, replay %5 ms")
                                .arg(snapshot.lagSource, lag->state,
                                     lag->writeLagMs ? QString::number(*lag->writeLagMs, 'f', 1) : tr("idle"),
                                     lag->flushLagMs ? QString::number(*lag->flushLagMs, 'f', 1) : tr("idle"),
                                     lag->replayLagMs ? QString::number(*lag->replayLagMs, 'f', 1) : tr("idle")));
        } else if (member.patroni) {
            row->setText(5, snapshot.lag.hasData() ? tr("not streaming") : tr("unknown"));
            row->setText(6, member.patroni->lagBytes ? bytesText(*member.patroni->lagBytes) : tr("unknown"));
            row->setToolTip(6, tr("Patroni's figure; the leader did not report this member"));
        }
        if (member.health == MemberView::Health::Missing) {
            row->setText(
                2, member.lastSeen.isValid() ? tr("not seen since %1").arg(clock(member.lastSeen)) : tr("not seen"));
            QString tip = tr("%1 is missing: %2.").arg(member.name, member.problems.join(QStringLiteral("; ")));
            if (member.node)
                tip += tr("\nIts PostgreSQL, asked directly: %1").arg(member.node->roleText());
            for (int column = 0; column < tree->columnCount(); ++column) {
                row->setForeground(column, toneColour(Tone::Bad));
                row->setToolTip(column, row->toolTip(column).isEmpty() ? tip : row->toolTip(column));
            }
            row->setToolTip(2, tip);
            QFont font = row->font(0);
            font.setBold(true);
            row->setFont(0, font);
        }
    }
    greyOut(tree, stale);
    fitHeight(tree, std::max(3, static_cast<int>(snapshot.members.size())));

    QStringList notes;
    if (snapshot.hasSplitBrain()) {
        raise(Level::Alarm);
        m_ui->splitBrainLabel->setText(
            tr("<b>Split brain:</b> %1.").arg(describeSplitBrain(snapshot.splitBrain).toHtmlEscaped()));
        m_ui->splitBrainLabel->show();
    } else {
        m_ui->splitBrainLabel->hide();
        // An alert opened for its labels makes room for them.
        for (auto signal : {&QTreeWidget::itemExpanded, &QTreeWidget::itemCollapsed})
            connect(m_ui->alertsTreeWidget, signal, this, [this] { fitHeight(m_ui->alertsTreeWidget, 1); });
    }
    for (const MemberView& member : snapshot.members) {
        if (member.health != MemberView::Health::Missing)
            continue;
        notes.append(coloured(toneColour(Tone::Bad),
                              tr("%1: %2; its PostgreSQL: %3.")
                                  .arg(member.name, member.problems.join(QStringLiteral("; ")),
                                       member.node ? member.node->roleText() : tr("not in the profile"))
                                  .toHtmlEscaped()));
    }
    for (const QString& disagreement : snapshot.disagreements)
        notes.append(coloured(toneColour(Tone::Warning), disagreement.toHtmlEscaped()));
    m_ui->disagreementsLabel->setText(notes.join(QStringLiteral("<br>")));
    m_ui->disagreementsLabel->setVisible(!notes.isEmpty());
    if (!snapshot.disagreements.isEmpty())
        raise(Level::Warning);

    const int expected = snapshot.expectedMembers();
    const int seen = snapshot.seenMembers();
    QString members;
    if (!snapshot.cluster.isCurrent()) {
        raise(Level::Warning);
        members = unknownPart(tr("members"), snapshot.cluster);
    } else {
        if (seen < expected)
            raise(Level::Alarm);
        members = tr("%1 of %2 members, leader %3").arg(seen).arg(expected).arg(leader.isEmpty() ? tr("none") : leader);
        if (leader.isEmpty())
            raise(Level::Alarm);
    }
    if (snapshot.hasSplitBrain()) {
        QStringList names;
        for (const NodeState& node : snapshot.splitBrain)
            names.append(node.name);
        members = tr("SPLIT BRAIN (%1); ").arg(names.join(QStringLiteral(", "))) + members;
    }
    summary.append(members);
}

void ClusterOverview::showAlerts(const ClusterSnapshot& snapshot, QStringList& summary)
{
    QTreeWidget* tree = m_ui->alertsTreeWidget;
    tree->clear();
    const bool stale = showSource(m_ui->alertsErrorLabel, snapshot.alerts);
    int firing = 0;
    bool critical = false;
    if (snapshot.alerts.hasData()) {
        for (const AmAlert& alert : *snapshot.alerts.data) {
            if (!isFiring(alert))
                continue;
            ++firing;
            const QString severity = alert.labels.value(QStringLiteral("severity"));
            critical = critical || severity == QLatin1String("critical");
            auto* row = new QTreeWidgetItem(tree);
            row->setText(0, alert.labels.value(QStringLiteral("alertname")));
            row->setText(1, severity);
            row->setForeground(
                1, severity == QLatin1String("critical") ? toneColour(Tone::Bad) : toneColour(Tone::Warning));
            row->setText(2, clock(alert.startsAt));
            row->setToolTip(2, QLocale().toString(alert.startsAt.toLocalTime(), QLocale::LongFormat));
            const QString summaryText = alert.annotations.value(QStringLiteral("summary"),
                                                                alert.annotations.value(QStringLiteral("description")));
            row->setText(3, summaryText);
            QStringList labels;
            for (auto it = alert.labels.begin(); it != alert.labels.end(); ++it) {
                labels.append(QStringLiteral("%1=%2").arg(it.key(), it.value()));
                auto* label = new QTreeWidgetItem(row);
                label->setText(0, it.key());
                label->setText(3, it.value());
            }
            row->setToolTip(0, labels.join(QLatin1Char('\n')));
            row->setToolTip(3, summaryText);
        }
    }
    greyOut(tree, stale);
    tree->setVisible(firing > 0);
    if (tree->isVisible())
        fitHeight(tree, 1);
    m_ui->alertsLabel->setText(snapshot.alerts.hasData() ? tr("<b>Alerts</b>: %n firing", nullptr, firing)
                                                         : QStringLiteral("<b>%1</b>").arg(tr("Alerts")));
    m_ui->alertsLabel->setToolTip(tr("Alertmanager's active alerts; expand one for its labels"));
    if (!snapshot.alerts.isCurrent()) {
        raise(Level::Warning);
        summary.append(unknownPart(tr("alerts"), snapshot.alerts));
    } else if (firing > 0) {
        raise(critical ? Level::Alarm : Level::Warning);
        summary.append(tr("%n alert(s) firing", nullptr, firing));
    } else {
        summary.append(tr("no alerts"));
    }
}

void ClusterOverview::showServices(const ClusterSnapshot& snapshot, QStringList& summary)
{
    QTreeWidget* tree = m_ui->servicesTreeWidget;
    tree->clear();
    const bool stale = showSource(m_ui->servicesErrorLabel, snapshot.services);
    int running = 0;
    int desired = 0;
    if (snapshot.services.hasData()) {
        for (const DockerService& service : *snapshot.services.data) {
            auto* row = new QTreeWidgetItem(tree);
            row->setText(0, service.name);
            const int r = service.runningTasks.value_or(0);
            const int d = service.desiredTasks.value_or(service.replicas.value_or(0));
            running += r;
            desired += d;
            row->setText(1, tr("%1 / %2").arg(r).arg(d));
            if (r != d)
                row->setForeground(1, toneColour(Tone::Warning));
            row->setText(2, service.image.section(QLatin1Char('@'), 0, 0));
            row->setToolTip(2, service.image);
        }
    }
    greyOut(tree, stale);
    fitHeight(tree, 1);
    if (!snapshot.services.isCurrent()) {
        raise(Level::Warning);
        summary.append(unknownPart(tr("tasks"), snapshot.services));
    } else {
        if (running < desired)
            raise(Level::Warning);
        summary.append(tr("%1/%2 tasks").arg(running).arg(desired));
    }
}

void ClusterOverview::showTargets(const ClusterSnapshot& snapshot, QStringList& summary)
{
    QTreeWidget* tree = m_ui->targetsTreeWidget;
    tree->clear();
    const bool stale = showSource(m_ui->targetsErrorLabel, snapshot.targets);
    const int up = snapshot.targetsUp();
    const int all = snapshot.targets.hasData() ? static_cast<int>(snapshot.targets.data->size()) : 0;
    if (snapshot.targets.hasData()) {
        // Only the ones that need attention are listed.
        for (const PromTarget& target : *snapshot.targets.data) {
            if (target.health == QLatin1String("up"))
                continue;
            auto* row = new QTreeWidgetItem(tree);
            row->setText(0, target.labels.value(QStringLiteral("job")) + QStringLiteral(" ") + target.scrapeUrl);
            row->setToolTip(0, target.scrapeUrl);
            row->setText(1, target.health);
            row->setToolTip(1, target.lastError);
            row->setForeground(1, toneColour(Tone::Bad));
        }
    }
    greyOut(tree, stale);
    tree->setVisible(tree->topLevelItemCount() > 0);
    if (tree->isVisible())
        fitHeight(tree, 1);
    m_ui->targetsLabel->setText(
        snapshot.targets.hasData()
            ? QStringLiteral("<b>%1</b>: %2").arg(tr("Prometheus targets"), tr("%1 of %2 up").arg(up).arg(all))
            : QStringLiteral("<b>%1</b>").arg(tr("Prometheus targets")));
    if (!snapshot.targets.isCurrent()) {
        raise(Level::Warning);
        summary.append(unknownPart(tr("targets"), snapshot.targets));
    } else {
        if (up < all)
            raise(Level::Warning);
        summary.append(tr("%1/%2 targets up").arg(up).arg(all));
    }
}

} // namespace cockpit::gui
