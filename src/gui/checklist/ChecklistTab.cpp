#include "ChecklistTab.h"

#include "ChecklistFilterModel.h"
#include "ChecklistModel.h"
#include "ItemChangeCommand.h"
#include "ui_ChecklistTab.h"

#include "core/RunbookDescribe.h"
#include "engine/checklist/ChecklistSession.h"
#include "engine/readiness/ReadinessSession.h"
#include "gui/Dialogs.h"
#include "gui/StatusPresentation.h"
#include "gui/widgets/InlineCode.h"
#include "gui/widgets/NoticeBanner.h"
#include "gui/widgets/TableFill.h"

#include <QAction>
#include <QDesktopServices>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

namespace cockpit::gui {
namespace {

QUrl evidenceUrl(const QString& evidence)
{
    QUrl url(evidence.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (url.isValid()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("file")))
        return url;
    return {};
}

QString verificationText(Classification classification)
{
    switch (classification) {
    case Classification::Automated: return ChecklistTab::tr("by the cockpit against the cluster (automated)");
    case Classification::Assisted: return ChecklistTab::tr("by a person, with evidence the cockpit gathers (assisted)");
    case Classification::Manual: break;
    }
    return ChecklistTab::tr("by a person (manual)");
}

} // namespace

ChecklistTab::ChecklistTab(QUndoStack* undoStack, std::function<QString()> identity, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ChecklistTab>())
    , m_banner(new NoticeBanner(this))
    , m_model(new ChecklistModel(this))
    , m_filter(new ChecklistFilterModel(this))
    , m_undoStack(undoStack)
    , m_identity(std::move(identity))
    , m_recheckTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->rootLayout->insertWidget(0, m_banner);
    m_ui->rootLayout->setStretch(m_ui->rootLayout->count() - 1, 1); // the content takes the height, not the banner
    QFont titleFont = m_ui->itemTitleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_ui->itemTitleLabel->setFont(titleFont);
    m_ui->parametersTableWidget->setObjectName(QStringLiteral("parametersTableWidget"));

    const QList<std::pair<QString, ChecklistFilterModel::StatusFilter>> filters{
        {tr("All items"), ChecklistFilterModel::StatusFilter::All},
        {tr("Not complete (open or blocked)"), ChecklistFilterModel::StatusFilter::Incomplete},
        {statusTitle(ItemStatus::Open), ChecklistFilterModel::StatusFilter::Open},
        {statusTitle(ItemStatus::Done), ChecklistFilterModel::StatusFilter::Done},
        {statusTitle(ItemStatus::NotApplicable), ChecklistFilterModel::StatusFilter::NotApplicable},
        {statusTitle(ItemStatus::Blocked), ChecklistFilterModel::StatusFilter::Blocked},
        {tr("Check fails or unknown"), ChecklistFilterModel::StatusFilter::CheckFailing},
        {tr("Done, but the check fails"), ChecklistFilterModel::StatusFilter::Conflicts},
    };
    for (const auto& [title, filter] : filters)
        m_ui->statusFilterComboBox->addItem(title, static_cast<int>(filter));
    for (ItemStatus status : allItemStatuses())
        m_ui->statusComboBox->addItem(statusIcon(status), statusTitle(status), static_cast<int>(status));

    setupTree();
    createActions();

    connect(m_ui->filterLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setText(text);
        m_ui->checklistTreeView->expandAll();
    });
    connect(m_ui->statusFilterComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStatusFilter(
            static_cast<ChecklistFilterModel::StatusFilter>(m_ui->statusFilterComboBox->currentData().toInt()));
        m_ui->checklistTreeView->expandAll();
    });
    connect(m_ui->statusComboBox, &QComboBox::activated, this,
            [this] { setStatus(static_cast<ItemStatus>(m_ui->statusComboBox->currentData().toInt())); });
    connect(m_ui->noteTextEdit, &QPlainTextEdit::textChanged, this, &ChecklistTab::updateEditButtons);
    connect(m_ui->evidenceLineEdit, &QLineEdit::textChanged, this, &ChecklistTab::updateEditButtons);
    connect(m_ui->applyButton, &QPushButton::clicked, this, &ChecklistTab::applyEdits);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &ChecklistTab::revertEdits);
    connect(m_ui->openEvidenceButton, &QToolButton::clicked, this, [this] {
        const QUrl url = evidenceUrl(m_ui->evidenceLineEdit->text());
        if (url.isValid())
            QDesktopServices::openUrl(url);
    });

    m_ui->detailsStackedWidget->setCurrentWidget(m_ui->emptyPage);
    refreshProgress();
    refreshActions();
}

ChecklistTab::~ChecklistTab() = default;

void ChecklistTab::setupTree()
{
    m_filter->setSourceModel(m_model);
    QTreeView* tree = m_ui->checklistTreeView;
    tree->setModel(m_filter);
    tree->installEventFilter(this);
    m_ui->filterLineEdit->installEventFilter(this);
    // The title takes the room the other columns leave; they are as wide as their contents.
    // A title that does not fit is elided, whole in its tooltip; `code` renders as code.
    tree->setItemDelegateForColumn(ChecklistModel::TitleColumn, new InlineCodeDelegate(tree));
    tree->setTextElideMode(Qt::ElideRight);
    QHeaderView* header = tree->header();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(40);
    header->setSectionResizeMode(ChecklistModel::TitleColumn, QHeaderView::Stretch);
    for (int column : {ChecklistModel::StatusColumn, ChecklistModel::CheckColumn, ChecklistModel::ChangedByColumn,
                       ChecklistModel::ChangedAtColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ChecklistModel::EvidenceColumn, QHeaderView::Interactive);
    tree->setColumnWidth(ChecklistModel::EvidenceColumn, 90);
    // When and the evidence are in the details pane; the list shows them on request (the
    // header's context menu), so that the titles have the room by default.
    header->setSectionHidden(ChecklistModel::ChangedAtColumn, true);
    header->setSectionHidden(ChecklistModel::EvidenceColumn, true);
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int column = ChecklistModel::StatusColumn; column < ChecklistModel::ColumnCount; ++column) {
        auto* action = new QAction(m_model->headerData(column, Qt::Horizontal).toString(), header);
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, header,
                [header, column](bool on) { header->setSectionHidden(column, !on); });
        connect(header, &QHeaderView::sectionCountChanged, action,
                [action, header, column] { action->setChecked(!header->isSectionHidden(column)); });
        header->addAction(action);
    }
    // The history's change text wraps rather than being cut.
    QTreeWidget* history = m_ui->historyTreeWidget;
    history->setWordWrap(true);
    history->setUniformRowHeights(false);
    history->header()->setStretchLastSection(true);
    history->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    history->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->splitter->setChildrenCollapsible(false);
    // The list is what a person scans; the details pane yields space first when the window narrows.
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->itemTitleLabel->setTextFormat(Qt::RichText);
    m_ui->lastChangeLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred); // wraps beside the buttons
    m_ui->itemMetaLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { currentChanged(current); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_ui->checklistTreeView->expandAll();
        refreshProgress();
        refreshActions();
        if (!m_currentItemId.isEmpty())
            selectItem(m_currentItemId);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        refreshProgress();
        refreshDetails();
    });
}

void ChecklistTab::createActions()
{
    const QList<std::pair<ItemStatus, QKeySequence>> statusKeys{
        {ItemStatus::Open, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)},
        {ItemStatus::Done, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)},
        {ItemStatus::NotApplicable, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
        {ItemStatus::Blocked, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)},
    };
    for (const auto& [status, keys] : statusKeys) {
        auto* action = new QAction(statusIcon(status), tr("Mark %1").arg(statusTitle(status)), this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        const ItemStatus target = status;
        connect(action, &QAction::triggered, this, [this, target] { setStatus(target); });
        addAction(action);
        m_statusActions.append(action);
    }
    m_toggleAction = new QAction(tr("Toggle Done"), this);
    m_toggleAction->setShortcut(QKeySequence(Qt::Key_Space));
    m_toggleAction->setToolTip(tr("Mark the selected item done, or open again (Space in the list)"));
    // Space is handled by the list's event filter: as a window shortcut it would steal the
    // key from text fields.
    m_toggleAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_toggleAction, &QAction::triggered, this, &ChecklistTab::toggleDone);

    m_applyAction = new QAction(tr("Apply Note and Evidence"), this);
    m_applyAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_applyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_applyAction, &QAction::triggered, this, &ChecklistTab::applyEdits);
    addAction(m_applyAction);

    m_filterAction = new QAction(tr("Find Items"), this);
    m_filterAction->setShortcut(QKeySequence::Find);
    m_filterAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_filterAction, &QAction::triggered, this, [this] {
        m_ui->filterLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->filterLineEdit->selectAll();
    });
    addAction(m_filterAction);

    // The checks against the cluster: F6 for all; the menu of the button for less.
    m_checkAllAction = new QAction(tr("Check All Items"), this);
    m_checkAllAction->setShortcut(QKeySequence(Qt::Key_F6));
    m_checkAllAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_checkAllAction->setToolTip(tr("Verify every item against the live cluster (F6)"));
    connect(m_checkAllAction, &QAction::triggered, this, &ChecklistTab::checkAll);
    m_checkSectionAction = new QAction(tr("Check This Section"), this);
    m_checkSectionAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    m_checkSectionAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_checkSectionAction, &QAction::triggered, this, &ChecklistTab::checkSection);
    m_checkItemAction = new QAction(tr("Check This Item"), this);
    m_checkItemAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F6));
    m_checkItemAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_checkItemAction, &QAction::triggered, this, &ChecklistTab::checkItem);
    for (QAction* action : {m_checkAllAction, m_checkSectionAction, m_checkItemAction})
        addAction(action);
    auto* menu = new QMenu(m_ui->checkButton);
    menu->addActions({m_checkAllAction, m_checkSectionAction, m_checkItemAction});
    m_ui->checkButton->setMenu(menu);
    m_ui->checkButton->setDefaultAction(m_checkAllAction);
    m_ui->checkButton->setText(tr("Check All"));
    m_ui->checkProgressBar->hide();
    // A long summary must not widen the window: it is cut, and whole in its tooltip.
    m_ui->checkStateLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_ui->checkStateLabel->setMinimumWidth(120);
    m_ui->checkLayout->setStretchFactor(m_ui->checkStateLabel, 1);
    connect(m_recheckTimer, &QTimer::timeout, this, &ChecklistTab::checkAll);
    connect(m_ui->recheckCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_recheckTimer->start(std::chrono::minutes(m_ui->recheckSpinBox->value()));
        else
            m_recheckTimer->stop();
    });
    connect(m_ui->recheckSpinBox, &QSpinBox::valueChanged, this, [this](int minutes) {
        if (m_recheckTimer->isActive())
            m_recheckTimer->start(std::chrono::minutes(minutes));
    });
}

QList<QAction*> ChecklistTab::itemActions() const
{
    return m_statusActions + QList<QAction*>{m_toggleAction,   m_applyAction,        m_filterAction,
                                             m_checkAllAction, m_checkSectionAction, m_checkItemAction};
}

bool ChecklistTab::eventFilter(QObject* watched, QEvent* event)
{
    const auto* key = event->type() == QEvent::KeyPress ? static_cast<QKeyEvent*>(event) : nullptr;
    // Esc clears the filter, from the filter or from the list.
    if (key && key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier
        && (watched == m_ui->filterLineEdit || watched == m_ui->checklistTreeView)
        && !m_ui->filterLineEdit->text().isEmpty()) {
        m_ui->filterLineEdit->clear();
        return true;
    }
    if (watched == m_ui->checklistTreeView && key) {
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            // On a section: expand or collapse it; on an item: done, or open again.
            const QModelIndex current = m_ui->checklistTreeView->currentIndex().siblingAtColumn(0);
            if (current.isValid() && current.data(ChecklistModel::IsSectionRole).toBool())
                m_ui->checklistTreeView->setExpanded(current, !m_ui->checklistTreeView->isExpanded(current));
            else
                toggleDone();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier
            && !m_currentItemId.isEmpty()) {
            m_ui->noteTextEdit->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChecklistTab::setSession(ChecklistSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_storeProblem = false;
    m_banner->hide();
    if (m_session) {
        connect(m_session, &ChecklistSession::auditLogReady, this, &ChecklistTab::showHistory);
        connect(m_session, &ChecklistSession::auditLogFailed, this, [this](const QString& itemId, const Error& error) {
            if (itemId != m_currentItemId)
                return;
            m_ui->historyTreeWidget->clear();
            auto* row = new QTreeWidgetItem(m_ui->historyTreeWidget);
            row->setText(2, tr("The history could not be read: %1").arg(error.message));
            row->setToolTip(2, error.toString());
        });
        connect(m_session, &ChecklistSession::itemSaved, this, [this](const QString& itemId) {
            // Saving works again: the notice of the failure goes.
            if (m_saveProblemShown && !m_storeProblem) {
                m_banner->hide();
                m_saveProblemShown = false;
            }
            if (itemId == m_currentItemId)
                m_session->requestAuditLog(itemId);
            if (m_session && m_session->pendingCount() == 0)
                Q_EMIT statusMessage(tr("All changes saved"));
        });
        connect(m_session, &ChecklistSession::itemSaveFailed, this, &ChecklistTab::saveFailed);
        connect(m_session, &ChecklistSession::reloaded, this, [this](const QStringList& items) {
            refreshProgress();
            if (items.contains(m_currentItemId)) {
                refreshDetails();
                m_session->requestAuditLog(m_currentItemId);
            }
            Q_EMIT statusMessage(tr("%n item(s) changed by others", nullptr, static_cast<int>(items.size())));
        });
        connect(m_session, &ChecklistSession::loaded, this, [this] {
            refreshActions();
            if (!m_currentItemId.isEmpty())
                m_session->requestAuditLog(m_currentItemId);
        });
    }
    m_model->setSession(session);
}

void ChecklistTab::showStoreProblem(const QString& text)
{
    m_storeProblem = true;
    m_banner->showNotice(NoticeBanner::Kind::Error, text);
    refreshActions();
    refreshDetails();
}

bool ChecklistTab::isEditable() const
{
    return m_session && m_session->isLoaded() && !m_storeProblem;
}

void ChecklistTab::saveFailed(const QString& itemId, const Error& error)
{
    const ChecklistItem* item = m_session ? m_session->runbook().findItem(itemId) : nullptr;
    const QString title = item ? item->title : itemId;
    QString text;
    if (error.kind == ErrorKind::Conflict) {
        text = tr("Not saved: “%1” was changed elsewhere meanwhile. %2 It now shows what was recorded there; "
                  "anything you typed is still in the editor.")
                   .arg(title, error.message.at(0).toUpper() + error.message.mid(1) + QLatin1Char('.'));
    } else if (error.kind == ErrorKind::Network) {
        text = tr("Not saved: the store does not answer (%1). Nothing was kept aside: the item keeps its last saved "
                  "state and what you typed stays in the editor; apply it again when the store answers.")
                   .arg(error.message);
    } else {
        text = tr("Could not save “%1”: %2. The item keeps its last saved state; try again, or check the store.")
                   .arg(title, error.toString());
    }
    m_banner->showNotice(NoticeBanner::Kind::Error, text);
    m_saveProblemShown = true;
    Q_EMIT statusMessage(tr("Saving failed"));
}

void ChecklistTab::currentChanged(const QModelIndex& current)
{
    const QString itemId = current.data(ChecklistModel::ItemIdRole).toString();
    if (itemId == m_currentItemId)
        return;
    // Moving on keeps what was typed: an edited note is saved, never dropped.
    if (hasUnsavedEdits())
        applyEdits();
    showItem(itemId);
}

QString ChecklistTab::selectedItemId() const
{
    return m_currentItemId;
}

void ChecklistTab::selectItem(const QString& itemId)
{
    const QModelIndex source = m_model->indexOfItem(itemId);
    const QModelIndex proxy = m_filter->mapFromSource(source);
    if (!proxy.isValid())
        return;
    m_ui->checklistTreeView->setCurrentIndex(proxy);
    m_ui->checklistTreeView->scrollTo(proxy);
    showItem(itemId);
}

void ChecklistTab::showItem(const QString& itemId)
{
    m_currentItemId = itemId;
    const ChecklistItem* item = m_session ? m_session->runbook().findItem(itemId) : nullptr;
    if (!item) {
        m_ui->detailsStackedWidget->setCurrentWidget(m_ui->emptyPage);
        m_currentItemId.clear();
        refreshActions();
        return;
    }
    m_ui->detailsStackedWidget->setCurrentWidget(m_ui->detailsPage);
    const ItemState state = m_session->state(itemId);
    const Runbook& runbook = m_session->runbook();
    m_ui->itemTitleLabel->setText(inlineCodeHtml(item->title));
    m_ui->itemTitleLabel->setToolTip(item->title);
    m_ui->itemMetaLabel->setText(tr("%1 · id %2 · verified: %3")
                                     .arg(runbook.sections[runbook.sectionOfItem(itemId)].title, item->id,
                                          verificationText(item->verification.classification)));
    QList<QStringList> rows;
    for (const Parameter& parameter : item->parameters) {
        rows.append(
            {parameter.name, comparisonSymbol(parameter.comparison), describeValue(parameter.value, parameter.unit)});
    }
    fillTable(m_ui->parametersTableWidget, {tr("Parameter"), tr("Must be"), tr("Value")}, rows);
    m_ui->parametersLabel->setVisible(!rows.isEmpty());
    m_ui->parametersTableWidget->setVisible(!rows.isEmpty());
    {
        const QSignalBlocker noteBlocker(m_ui->noteTextEdit);
        const QSignalBlocker evidenceBlocker(m_ui->evidenceLineEdit);
        m_ui->noteTextEdit->setPlainText(state.note);
        m_ui->evidenceLineEdit->setText(state.evidence);
    }
    m_ui->historyTreeWidget->clear();
    m_historyAudit.clear();
    m_historyChecks.clear();
    if (m_session->isLoaded())
        m_session->requestAuditLog(itemId);
    if (m_readiness)
        m_readiness->requestHistory(itemId);
    refreshDetails();
    refreshActions();
    refreshCheckResult();
    refreshCheckControls();
}

void ChecklistTab::refreshDetails()
{
    if (!m_session || m_currentItemId.isEmpty())
        return;
    const ItemState state = m_session->state(m_currentItemId);
    const bool pending = m_session->isPending(m_currentItemId);
    const int statusIndex = m_ui->statusComboBox->findData(static_cast<int>(state.status));
    m_ui->statusComboBox->setCurrentIndex(statusIndex);
    if (pending)
        m_ui->lastChangeLabel->setText(tr("Saving…"));
    else if (state.isRecorded())
        m_ui->lastChangeLabel->setText(
            tr("Last change by %1, %2")
                .arg(state.changedBy, QLocale().toString(state.changedAt.toLocalTime(), QLocale::LongFormat)));
    else
        m_ui->lastChangeLabel->setText(tr("Nobody has recorded anything for this item yet."));
    // Reload the editors only when they hold no unsaved text of the user's.
    if (!hasUnsavedEdits() && !pending) {
        const QSignalBlocker noteBlocker(m_ui->noteTextEdit);
        const QSignalBlocker evidenceBlocker(m_ui->evidenceLineEdit);
        if (m_ui->noteTextEdit->toPlainText() != state.note)
            m_ui->noteTextEdit->setPlainText(state.note);
        if (m_ui->evidenceLineEdit->text() != state.evidence)
            m_ui->evidenceLineEdit->setText(state.evidence);
    }
    updateEditButtons();
}

void ChecklistTab::refreshProgress()
{
    const Progress progress = m_session ? m_session->progress() : Progress{};
    QProgressBar* bar = m_ui->overallProgressBar;
    bar->setRange(0, std::max(progress.total, 1));
    bar->setValue(progress.complete());
    bar->setFormat(tr("%1 / %2 complete").arg(progress.complete()).arg(progress.total));
    bar->setToolTip(tr("%1 done, %2 not applicable, %3 blocked, %4 open")
                        .arg(progress.done)
                        .arg(progress.notApplicable)
                        .arg(progress.blocked)
                        .arg(progress.open()));
    m_ui->overallLabel->setText(progress.blocked > 0 ? tr("Readiness (%n blocked)", nullptr, progress.blocked)
                                                     : tr("Readiness"));
}

void ChecklistTab::refreshActions()
{
    const bool editable = isEditable() && !m_currentItemId.isEmpty();
    for (QAction* action : m_statusActions)
        action->setEnabled(editable);
    m_toggleAction->setEnabled(editable);
    m_ui->statusComboBox->setEnabled(editable);
    m_ui->noteTextEdit->setReadOnly(!editable);
    m_ui->evidenceLineEdit->setReadOnly(!editable);
    updateEditButtons();
}

bool ChecklistTab::hasUnsavedEdits() const
{
    if (!m_session || m_currentItemId.isEmpty())
        return false;
    const ItemState state = m_session->state(m_currentItemId);
    return m_ui->noteTextEdit->toPlainText() != state.note || m_ui->evidenceLineEdit->text() != state.evidence;
}

void ChecklistTab::updateEditButtons()
{
    const bool dirty = isEditable() && hasUnsavedEdits();
    m_ui->applyButton->setEnabled(dirty);
    m_ui->revertButton->setEnabled(dirty);
    m_applyAction->setEnabled(dirty);
    m_ui->openEvidenceButton->setEnabled(evidenceUrl(m_ui->evidenceLineEdit->text()).isValid());
}

void ChecklistTab::push(const ItemChange& change, const QString& text)
{
    if (!isEditable() || change.isEmpty())
        return;
    const ItemChange before = ItemChangeCommand::previousValues(*m_session, change);
    m_undoStack->push(new ItemChangeCommand(m_session, before, change, text));
    Q_EMIT statusMessage(tr("Saving…"));
}

void ChecklistTab::setStatus(ItemStatus status)
{
    if (m_currentItemId.isEmpty() || !m_session || !isEditable() || m_session->state(m_currentItemId).status == status)
        return;
    const QString itemId = m_currentItemId;
    const QString title = m_session->runbook().findItem(itemId)->title;
    ItemChange change;
    change.itemId = itemId;
    change.actor = m_identity();
    change.status = status;
    const QString typed = m_ui->noteTextEdit->toPlainText();
    if (typed != m_session->state(itemId).note)
        change.note = typed; // the note being typed goes with the status, as one change
    const bool needsReason = status == ItemStatus::NotApplicable || status == ItemStatus::Blocked;
    if (!needsReason || !typed.trimmed().isEmpty()) {
        push(change, tr("Mark “%1” %2").arg(title, statusTitle(status)));
        return;
    }
    // Not applicable and blocked are claims a reviewer must be able to check: ask why first.
    Dialogs::instance().askText(this, tr("Mark %1").arg(statusTitle(status)),
                                status == ItemStatus::Blocked
                                    ? tr("What blocks “%1”? The reason is saved as the item's note.").arg(title)
                                    : tr("Why does “%1” not apply? The reason is saved as the item's note.").arg(title),
                                [this, change, title, status](const QString& reason) mutable {
                                    if (reason.trimmed().isEmpty() || !m_session
                                        || !m_session->runbook().findItem(change.itemId)) {
                                        Q_EMIT statusMessage(tr("Not changed: a reason is needed"));
                                        return;
                                    }
                                    change.note = reason.trimmed();
                                    push(change, tr("Mark “%1” %2").arg(title, statusTitle(status)));
                                });
}

void ChecklistTab::toggleDone()
{
    if (m_currentItemId.isEmpty() || !m_session)
        return;
    setStatus(m_session->state(m_currentItemId).status == ItemStatus::Done ? ItemStatus::Open : ItemStatus::Done);
}

void ChecklistTab::applyEdits()
{
    if (!hasUnsavedEdits() || !isEditable())
        return;
    const ItemState state = m_session->state(m_currentItemId);
    ItemChange change;
    change.itemId = m_currentItemId;
    change.actor = m_identity();
    if (m_ui->noteTextEdit->toPlainText() != state.note)
        change.note = m_ui->noteTextEdit->toPlainText();
    if (m_ui->evidenceLineEdit->text() != state.evidence)
        change.evidence = m_ui->evidenceLineEdit->text();
    push(change, tr("Edit note and evidence of “%1”").arg(m_session->runbook().findItem(m_currentItemId)->title));
}

void ChecklistTab::applyPendingEdits()
{
    applyEdits();
}

void ChecklistTab::revertEdits()
{
    if (!m_session || m_currentItemId.isEmpty())
        return;
    const ItemState state = m_session->state(m_currentItemId);
    m_ui->noteTextEdit->setPlainText(state.note);
    m_ui->evidenceLineEdit->setText(state.evidence);
}

QByteArray ChecklistTab::saveState() const
{
    return m_ui->splitter->saveState();
}

QByteArray ChecklistTab::headerState() const
{
    return m_ui->checklistTreeView->header()->saveState();
}

void ChecklistTab::restoreState(const QByteArray& splitter, const QByteArray& header)
{
    if (!splitter.isEmpty())
        m_ui->splitter->restoreState(splitter);
    else
        m_ui->splitter->setSizes({640, 360}) /* the titles first; the evidence wraps */;
    if (!header.isEmpty()) {
        QHeaderView* view = m_ui->checklistTreeView->header();
        view->restoreState(header);
        const QList<QAction*> actions = view->actions();
        for (int i = 0; i < actions.size(); ++i)
            actions[i]->setChecked(!view->isSectionHidden(ChecklistModel::StatusColumn + i));
    }
}

} // namespace cockpit::gui
