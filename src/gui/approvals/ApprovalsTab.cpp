#include "ApprovalsTab.h"
#include "gui/Appearance.h"

#include "ui_ApprovalsTab.h"

#include "TimeDialog.h"
#include "engine/approvals/ApprovalSession.h"
#include "gui/Dialogs.h"
#include "gui/widgets/NoticeBanner.h"
#include "gui/widgets/TableFill.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace cockpit::gui {
namespace {

QString decisionTitle(const approvals::RoleSignOff& role)
{
    if (!role.decision)
        return ApprovalsTab::tr("Waiting");
    switch (*role.decision) {
    case ApprovalDecision::Approve: return ApprovalsTab::tr("Approved");
    case ApprovalDecision::Reject: return ApprovalsTab::tr("Rejected");
    case ApprovalDecision::Revoke: break;
    }
    return ApprovalsTab::tr("Waiting");
}

QString localTime(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss t")) : QString();
}

// One line of the record for a person: "Database Team Lead: approved — ready".
QString describeRecord(const AuditEntry& e, const Runbook& runbook)
{
    const QJsonObject comment = QJsonDocument::fromJson(e.comment.toUtf8()).object();
    const QString said = comment.value(QStringLiteral("comment")).toString();
    const QString reason = comment.value(QStringLiteral("reason")).toString();
    if (e.entity == QLatin1String("approval")) {
        QString role = e.entityId;
        for (const ApprovalRole& r : runbook.approvals.roles) {
            if (r.id == e.entityId)
                role = r.title;
        }
        QString text = e.newValue == QLatin1String("approve") ? ApprovalsTab::tr("%1: approved").arg(role)
            : e.newValue == QLatin1String("reject")           ? ApprovalsTab::tr("%1: rejected").arg(role)
                                                    : ApprovalsTab::tr("%1: revoked the %2").arg(role, e.oldValue);
        if (!reason.isEmpty())
            text += ApprovalsTab::tr(" — reason: %1").arg(reason);
        if (!said.isEmpty())
            text += QStringLiteral(" — “%1”").arg(said);
        return text;
    }
    if (e.entityId == QLatin1String("maintenance_window")) {
        const auto window = MaintenanceWindow::fromJson(e.newValue);
        return window ? ApprovalsTab::tr("Maintenance window: %1 to %2")
                            .arg(approvals::describeInstant(window->start, window->zone),
                                 approvals::describeInstant(window->end, window->zone))
                      : ApprovalsTab::tr("Maintenance window");
    }
    if (e.entityId == QLatin1String("scheduled_rollout")) {
        const QJsonObject value = QJsonDocument::fromJson(e.newValue.toUtf8()).object();
        return ApprovalsTab::tr("Scheduled rollout: %1")
            .arg(approvals::describeInstant(fromIsoUtc(value.value(QStringLiteral("at")).toString()),
                                            value.value(QStringLiteral("zone")).toString()));
    }
    if (e.entity == QLatin1String("gate") && e.field == QLatin1String("confirm"))
        return ApprovalsTab::tr("Emergency override (record #%1) confirmed").arg(e.newValue);
    if (e.entity == QLatin1String("gate"))
        return ApprovalsTab::tr("EMERGENCY OVERRIDE — reason: %1").arg(reason);
    return e.entity + QLatin1Char(' ') + e.entityId;
}

} // namespace

ApprovalsTab::ApprovalsTab(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ApprovalsTab>()), m_banner(new NoticeBanner(this))
{
    m_ui->setupUi(this);
    m_ui->rootLayout->insertWidget(0, m_banner);
    m_ui->rootLayout->setStretch(m_ui->rootLayout->count() - 1, 1); // the content takes the height, not the banner
    m_ui->rolesTableWidget->setColumnCount(5);
    m_ui->rolesTableWidget->setHorizontalHeaderLabels(
        {tr("Role"), tr("Decision"), tr("Signed by"), tr("When"), tr("Comment or reason")});
    m_ui->rolesTableWidget->verticalHeader()->hide();
    m_ui->rolesTableWidget->horizontalHeader()->setStretchLastSection(true);
    m_ui->recordTreeWidget->header()->setStretchLastSection(true);
    m_ui->gateLayout->setColumnStretch(0, 1); // the buttons keep their size
    m_ui->signButtonsLayout->setStretch(0, 1);
    m_ui->signerLabel->setWordWrap(false);
    connect(m_ui->approveButton, &QPushButton::clicked, this, &ApprovalsTab::approve);
    connect(m_ui->rejectButton, &QPushButton::clicked, this, &ApprovalsTab::reject);
    connect(m_ui->revokeButton, &QPushButton::clicked, this, &ApprovalsTab::revoke);
    connect(m_ui->windowButton, &QPushButton::clicked, this, &ApprovalsTab::chooseWindow);
    connect(m_ui->scheduleButton, &QPushButton::clicked, this, &ApprovalsTab::chooseSchedule);
    connect(m_ui->overrideButton, &QPushButton::clicked, this, &ApprovalsTab::chooseOverride);
    connect(m_ui->confirmOverrideButton, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->confirmOverride(m_identity());
    });
    connect(m_ui->copyAnchorButton, &QPushButton::clicked, this, [this] {
        if (m_anchorText.isEmpty())
            return;
        QGuiApplication::clipboard()->setText(m_anchorText);
        Q_EMIT statusMessage(tr("Anchor copied: %1").arg(m_anchorText));
    });
    connect(m_ui->verifyButton, &QPushButton::clicked, this, [this] {
        if (m_session) {
            m_ui->chainLabel->setText(tr("Verifying the record…"));
            m_session->verify();
        }
    });
    connect(m_ui->rolesTableWidget, &QTableWidget::itemSelectionChanged, this, &ApprovalsTab::refreshButtons);
    auto* verifyAction = new QAction(tr("Verify Record"), this);
    verifyAction->setShortcut(Qt::Key_F9);
    verifyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(verifyAction, &QAction::triggered, m_ui->verifyButton, &QPushButton::click);
    addAction(verifyAction);
    refresh();
}

ApprovalsTab::~ApprovalsTab() = default;

void ApprovalsTab::setRunbook(const Runbook& runbook)
{
    m_runbook = runbook;
    QList<QStringList> rows;
    for (const Contact& contact : runbook.contacts)
        rows.append({contact.title, contact.contact, contact.backup, contact.oncall});
    fillTable(m_ui->contactsTableWidget, {tr("Role"), tr("Contact"), tr("Backup"), tr("On call")}, rows);
    refresh();
}

void ApprovalsTab::setSession(ApprovalSession* session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (m_session) {
        connect(m_session, &ApprovalSession::changed, this, &ApprovalsTab::refresh);
        connect(m_session, &ApprovalSession::actionFailed, this, &ApprovalsTab::failed);
        connect(m_session, &ApprovalSession::loadFailed, this, &ApprovalsTab::failed);
        connect(m_session, &ApprovalSession::actionDone, this,
                [this] { Q_EMIT statusMessage(tr("Recorded in the ledger")); });
    }
    refresh();
}

void ApprovalsTab::setIdentity(std::function<QString()> identity, bool team)
{
    m_identity = std::move(identity);
    m_team = team;
    refresh();
}

void ApprovalsTab::refreshGate()
{
    refresh();
}

void ApprovalsTab::failed(const Error& error)
{
    m_banner->showNotice(NoticeBanner::Kind::Error, tr("Not recorded: %1").arg(error.toString()));
    Q_EMIT statusMessage(tr("Not recorded"));
}

void ApprovalsTab::refresh()
{
    const QString identity = m_identity ? m_identity() : QString();
    m_ui->signerLabel->setText(
        identity.isEmpty() ? tr("<i>Set your name in Preferences (Ctrl+,) to sign.</i>")
            : m_team       ? tr("Signing as <b>%1</b> (your team store role: the database checks what you may sign)")
                           .arg(identity.toHtmlEscaped())
                     : tr("Signing as <b>%1</b> (local store)").arg(identity.toHtmlEscaped()));
    const bool loaded = m_session && m_session->isLoaded();
    const approvals::ApprovalState state
        = m_session ? m_session->state() : approvals::readApprovals(m_runbook.approvals, {});
    m_ui->rolesGroupBox->setTitle(
        tr("Sign-off (%1 of %2 approved)").arg(state.approvedCount()).arg(state.roles.size()));

    // Roles.
    QTableWidget* table = m_ui->rolesTableWidget;
    const QString selected = selectedRole();
    table->setRowCount(static_cast<int>(state.roles.size()));
    for (int row = 0; row < state.roles.size(); ++row) {
        const approvals::RoleSignOff& role = state.roles[row];
        QString said = role.isRejected() ? tr("Reason: %1").arg(role.reason) : role.comment;
        const bool outgrown = role.isApproved() && !role.changedSince.isEmpty();
        if (outgrown)
            said = tr("Signed before: %n change(s) since", nullptr, static_cast<int>(role.changedSince.size()))
                + (said.isEmpty() ? QString() : QStringLiteral(" — ") + said);
        QString approvedText;
        if (role.isApproved())
            approvedText = role.approved
                ? tr("Approved: %1\nDigest %2").arg(role.approved->counts(), role.approved->hash())
                : tr("What this approval approved was not recorded (an earlier version).");
        if (outgrown)
            approvedText
                += QStringLiteral("\n") + tr("Changed since:\n%1").arg(role.changedSince.join(QLatin1Char('\n')));
        const QStringList cells{role.title, decisionTitle(role), role.signer, localTime(role.at), said};
        for (int column = 0; column < cells.size(); ++column) {
            auto* cell = new QTableWidgetItem(cells[column]);
            cell->setToolTip(approvedText.isEmpty() ? cells[column]
                                                    : cells[column] + QStringLiteral("\n\n") + approvedText);
            if (column == 4 && outgrown)
                cell->setForeground(toneColour(Tone::Warning));
            cell->setData(Qt::UserRole, role.roleId);
            if (column == 1) {
                cell->setForeground(role.isApproved()       ? toneColour(Tone::Good)
                                        : role.isRejected() ? toneColour(Tone::Bad)
                                                            : palette().color(QPalette::Disabled, QPalette::Text));
                QFont font = cell->font();
                font.setBold(role.decision.has_value());
                cell->setFont(font);
            }
            table->setItem(row, column, cell);
        }
        if (role.roleId == selected)
            table->selectRow(row);
    }
    if (selected.isEmpty()) {
        // The first role still waiting is the one most likely to be signed next.
        for (int row = 0; row < state.roles.size(); ++row) {
            if (!state.roles[row].decision) {
                table->selectRow(row);
                break;
            }
        }
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    int height = table->horizontalHeader()->height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row)
        height += table->rowHeight(row);
    table->setMinimumHeight(height);
    table->setMaximumHeight(height);

    // The record's fields.
    m_ui->dateApprovedLabel->setText(state.dateApproved ? localTime(*state.dateApproved)
                                                        : tr("<i>not yet: when the last role approves</i>"));
    m_ui->scheduledLabel->setText(state.scheduled ? approvals::describeInstant(*state.scheduled, state.scheduledZone)
                                                  : tr("<i>not set</i>"));
    m_ui->windowLabel->setText(
        state.window ? tr("%1<br>to %2")
                           .arg(approvals::describeInstant(state.window->start, state.window->zone).toHtmlEscaped(),
                                approvals::describeInstant(state.window->end, state.window->zone).toHtmlEscaped())
                     : tr("<i>not set</i>"));

    // The gate and the chain.
    const auto& chain = m_session ? m_session->chain() : std::optional<ledger::Verification>();
    m_anchorText.clear();
    if (!m_session) {
        m_ui->gateLabel->setText(tr("<b>Gate: closed</b> — no rollout is open."));
        m_ui->chainLabel->clear();
    } else if (!loaded) {
        m_ui->gateLabel->setText(tr("<b>Gate: closed</b> — reading the record…"));
        m_ui->chainLabel->setText(tr("Verifying the record…"));
    } else {
        const approvals::GateVerdict gate = m_session->gate();
        const QColor colour = gate.open ? (gate.overridden ? toneColour(Tone::Warning) : toneColour(Tone::Good))
                                        : toneColour(Tone::Bad);
        QString text
            = QStringLiteral("<b style='color:%1; font-size:large'>%2</b>")
                  .arg(colour.name(),
                       gate.open ? (gate.overridden ? tr("Gate: OPEN by emergency override") : tr("Gate: OPEN"))
                                 : tr("Gate: CLOSED"));
        if (!gate.reasons.isEmpty()) {
            text += QStringLiteral("<ul style='margin-top:2px'>");
            for (const QString& reason : gate.reasons)
                text += QStringLiteral("<li>%1</li>").arg(reason.toHtmlEscaped());
            text += QStringLiteral("</ul>");
        } else {
            text += QStringLiteral("<br>")
                + tr("Every role approved, inside the maintenance window, the record intact.");
        }
        m_ui->gateLabel->setText(text);
        if (chain && chain->intact) {
            m_ui->chainLabel->setText(
                tr("Record intact: %n entries verified; chain head %1", nullptr, chain->records).arg(chain->head));
            m_ui->chainLabel->setToolTip(
                tr("The SHA-256 head of the record. Quote it with its length (Copy Anchor): whoever holds it can "
                   "later prove that the record was not shortened."));
            m_ui->chainLabel->setStyleSheet(QString());
            m_anchorText = QStringLiteral("%1@%2").arg(chain->head).arg(chain->records);
        } else if (chain) {
            m_anchorText.clear();
            m_ui->chainLabel->setText(tr("RECORD BROKEN: %1").arg(chain->problem));
            m_ui->chainLabel->setToolTip(QString());
            m_ui->chainLabel->setStyleSheet(
                QStringLiteral("color:%1; font-weight:bold").arg(toneColour(Tone::Bad).name()));
        }
    }
    m_ui->copyAnchorButton->setEnabled(!m_anchorText.isEmpty());
    if (chain && !chain->intact) {
        m_banner->showNotice(NoticeBanner::Kind::Critical,
                             tr("The record has been changed behind the cockpit's back: %1. The gate stays closed; "
                                "nothing here can be trusted until the store is restored from a backup.")
                                 .arg(chain->problem));
    } else {
        m_banner->hide();
    }

    // The record itself, newest first.
    m_ui->recordTreeWidget->clear();
    for (qsizetype i = state.records.size() - 1; i >= 0; --i) {
        const AuditEntry& record = state.records[i];
        auto* row = new QTreeWidgetItem(m_ui->recordTreeWidget);
        row->setText(0, QString::number(record.id));
        row->setText(1, localTime(record.at));
        row->setText(2, record.actor);
        row->setText(3, describeRecord(record, m_runbook));
        row->setToolTip(3, tr("SHA-256 %1\nafter %2").arg(record.hash, record.prevHash));
        if (chain && chain->firstBadId == record.id) {
            for (int c = 0; c < 4; ++c)
                row->setForeground(c, toneColour(Tone::Bad));
        }
    }
    for (int column = 0; column < 3; ++column)
        m_ui->recordTreeWidget->resizeColumnToContents(column);
    refreshButtons();
}

QString ApprovalsTab::selectedRole() const
{
    const QList<QTableWidgetItem*> items = m_ui->rolesTableWidget->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(Qt::UserRole).toString();
}

void ApprovalsTab::refreshButtons()
{
    const bool ready = m_session && m_session->isLoaded() && m_identity && !m_identity().isEmpty();
    const QString role = selectedRole();
    const approvals::RoleSignOff* signOff = m_session ? m_session->state().role(role) : nullptr;
    m_ui->approveButton->setEnabled(ready && !role.isEmpty());
    m_ui->rejectButton->setEnabled(ready && !role.isEmpty());
    m_ui->revokeButton->setEnabled(ready && signOff && signOff->decision && signOff->signer == m_identity());
    m_ui->windowButton->setEnabled(ready);
    m_ui->scheduleButton->setEnabled(ready);
    m_ui->overrideButton->setEnabled(ready);
    const std::optional<GateOverride> pending = m_session ? m_session->state().latestOverride : std::nullopt;
    m_ui->confirmOverrideButton->setEnabled(ready && pending && !pending->holds() && pending->actor != m_identity());
    m_ui->verifyButton->setEnabled(m_session != nullptr);
    m_ui->copyAnchorButton->setEnabled(!m_anchorText.isEmpty());
    const QString why = ready ? QString() : tr("Open a rollout and set your name to sign");
    for (QPushButton* button : {m_ui->approveButton, m_ui->rejectButton, m_ui->revokeButton})
        button->setStatusTip(why);
}

void ApprovalsTab::approve()
{
    const QString role = selectedRole();
    if (!m_session || role.isEmpty())
        return;
    const QString title = m_session->state().role(role)->title;
    Dialogs::instance().askText(this, tr("Approve as %1").arg(title),
                                tr("Your sign-off for %1, recorded with your name and the time. A comment "
                                   "(optional):")
                                    .arg(title),
                                [this, role](const QString& comment) {
                                    ApprovalAction action;
                                    action.role = role;
                                    action.decision = ApprovalDecision::Approve;
                                    action.comment = comment;
                                    action.actor = m_identity();
                                    m_session->sign(action);
                                });
}

void ApprovalsTab::reject()
{
    const QString role = selectedRole();
    if (!m_session || role.isEmpty())
        return;
    const QString title = m_session->state().role(role)->title;
    Dialogs::instance().askText(this, tr("Reject as %1").arg(title),
                                tr("Why do you reject? The reason is recorded and shown to everyone; the gate "
                                   "stays closed until you or another %1 approves.")
                                    .arg(title),
                                [this, role](const QString& reason) {
                                    if (reason.trimmed().isEmpty()) {
                                        m_banner->showNotice(NoticeBanner::Kind::Warning,
                                                             tr("Not recorded: a rejection needs a reason."));
                                        return;
                                    }
                                    ApprovalAction action;
                                    action.role = role;
                                    action.decision = ApprovalDecision::Reject;
                                    action.reason = reason;
                                    action.actor = m_identity();
                                    m_session->sign(action);
                                });
}

void ApprovalsTab::revoke()
{
    const QString role = selectedRole();
    if (!m_session || role.isEmpty())
        return;
    ApprovalAction action;
    action.role = role;
    action.decision = ApprovalDecision::Revoke;
    action.actor = m_identity();
    m_session->sign(action);
}

void ApprovalsTab::chooseWindow()
{
    if (!m_session)
        return;
    auto* dialog = new TimeDialog(TimeDialog::Mode::Span, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const auto& window = m_session->state().window)
        dialog->setValues(window->start, window->end, window->zone);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_session)
            m_session->setWindow({dialog->startUtc(), dialog->endUtc(), dialog->zone()}, m_identity());
    });
    dialog->open();
}

void ApprovalsTab::chooseSchedule()
{
    if (!m_session)
        return;
    auto* dialog = new TimeDialog(TimeDialog::Mode::Instant, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_session->state().scheduled)
        dialog->setValues(*m_session->state().scheduled, QDateTime(), m_session->state().scheduledZone);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_session)
            m_session->setSchedule(dialog->startUtc(), dialog->zone(), m_identity());
    });
    dialog->open();
}

void ApprovalsTab::chooseOverride()
{
    if (!m_session)
        return;
    Dialogs::instance().askText(this, tr("Emergency Override"),
                                m_team && m_session->roles().overrideNeedsSecondPerson
                                    ? tr("This asks to open the gate for one hour without the sign-offs. On the team "
                                         "store it holds only when a second person confirms it within 15 minutes "
                                         "(Confirm Override). It is recorded with your name, and everyone sees it. "
                                         "What is the emergency?")
                                    : tr("This opens the gate for one hour without the sign-offs. It is recorded "
                                         "with your name, and everyone sees it. What is the emergency?"),
                                [this](const QString& reason) {
                                    if (reason.trimmed().isEmpty()) {
                                        m_banner->showNotice(NoticeBanner::Kind::Warning,
                                                             tr("Not recorded: an override needs a reason."));
                                        return;
                                    }
                                    m_session->recordOverride(reason, m_identity());
                                });
}

} // namespace cockpit::gui
