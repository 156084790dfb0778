#include "MainWindow.h"
#include "core/Continuation.h"

#include "Dialogs.h"
#include "SettingsDialog.h"
#include "StatusPresentation.h"
#include "approvals/ApprovalsTab.h"
#include "charts/ChartsTab.h"
#include "checklist/ChecklistTab.h"
#include "engine/monitoring/MetricsSession.h"
#include "help/ShortcutsDialog.h"
#include "migration/MigrationTab.h"
#include "overview/ClusterOverview.h"
#include "profiles/ProfilesDialog.h"
#include "ui_MainWindow.h"
#include "widgets/NoticeBanner.h"
#include "widgets/WelcomePanel.h"

#include "connectors/secrets/SecretStore.h"
#include "core/ConnectionProfile.h"
#include "engine/approvals/ApprovalSession.h"
#include "engine/migration/MigrationSession.h"
#include "engine/monitoring/ClusterMonitor.h"
#include "engine/profiles/ProfileClients.h"
#include "engine/readiness/ReadinessSession.h"
#include "engine/services/Services.h"
#include "gui/ReportExport.h"

#include "core/RunbookLoader.h"
#include "core/Settings.h"
#include "engine/checklist/ChecklistSession.h"
#include "store/AsyncStore.h"

#include <QActionGroup>

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace cockpit::gui {

MainWindow::MainWindow(Services& services, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_services(services)
    , m_settings(services.settings())
    , m_undoStack(new QUndoStack(this))
    , m_checklistTab(new ChecklistTab(
          m_undoStack, [this] { return actingAs(); }, this))
    , m_migrationTab(new MigrationTab(this))
    , m_chartsTab(new ChartsTab(this))
    , m_approvalsTab(new ApprovalsTab(this))
    , m_identityLabel(new QLabel(this))
    , m_storeLabel(new QLabel(this))
    , m_runbookLabel(new QLabel(this))
    , m_profileLabel(new QLabel(this))
    , m_clusterBanner(new NoticeBanner(this))
    , m_monitor(&services.monitor())
    , m_readiness(&services.readiness())
    , m_migration(&services.migration())
    , m_metrics(&services.metrics())
    , m_overview(nullptr)
    , m_overviewDock(new QDockWidget(this))
{
    m_ui->setupUi(this);
    setWindowIcon(applicationIcon());
    m_checklistTab->setReadiness(m_readiness);
    m_migrationTab->setSession(m_migration);
    m_chartsTab->setSession(m_metrics);
    connect(m_chartsTab, &ChartsTab::statusMessage, this,
            [this](const QString& message) { m_ui->statusBar->showMessage(message, 8000); });
    connect(m_chartsTab, &ChartsTab::openRollback, this, [this] {
        m_ui->tabWidget->setCurrentWidget(m_migrationTab);
        m_migrationTab->showRollback();
    });
    connect(m_migrationTab, &MigrationTab::statusMessage, this,
            [this](const QString& message) { m_ui->statusBar->showMessage(message, 8000); });
    m_approvalsTab->setIdentity([this] { return actingAs(); }, m_services.isTeam());
    connect(m_approvalsTab, &ApprovalsTab::statusMessage, this,
            [this](const QString& message) { m_ui->statusBar->showMessage(message, 5000); });
    // The gate depends on the time too: a window opens or closes, an override ends.
    m_gateTimer = new QTimer(this);
    m_gateTimer->setInterval(std::chrono::seconds(20));
    connect(m_gateTimer, &QTimer::timeout, m_approvalsTab, &ApprovalsTab::refreshGate);
    m_gateTimer->start();
    m_clusterBanner->setObjectName(QStringLiteral("clusterBanner"));
    m_ui->centralLayout->insertWidget(0, m_clusterBanner);
    m_recordBanner = new NoticeBanner(this);
    m_recordBanner->setObjectName(QStringLiteral("recordBanner"));
    m_ui->centralLayout->insertWidget(1, m_recordBanner);
    m_welcome = new WelcomePanel(this);
    m_ui->centralLayout->insertWidget(0, m_welcome);
    connect(m_welcome, &WelcomePanel::addProfileRequested, this, &MainWindow::showProfiles);
    connect(m_welcome, &WelcomePanel::dismissed, this, [this] { m_welcomeDismissed = true; });
    m_ui->tabWidget->addTab(m_checklistTab, tr("&Checklist"));
    m_ui->tabWidget->addTab(m_migrationTab, tr("&Migration"));
    m_ui->tabWidget->addTab(m_chartsTab, tr("&Live charts"));
    m_ui->tabWidget->addTab(m_approvalsTab, tr("&Approvals"));
    m_ui->tabWidget->setTabToolTip(0, tr("The readiness checklist (Ctrl+1)"));
    m_ui->tabWidget->setTabToolTip(1, tr("The migration procedure and the rollback procedure (Ctrl+2)"));
    m_ui->tabWidget->setTabToolTip(2, tr("Metrics, thresholds, rollback triggers and success criteria (Ctrl+3)"));
    m_ui->tabWidget->setTabToolTip(3, tr("Sign-off by the five roles (Ctrl+4)"));
    m_ui->statusBar->addPermanentWidget(m_profileLabel);
    m_ui->statusBar->addPermanentWidget(m_runbookLabel);
    m_ui->statusBar->addPermanentWidget(m_storeLabel);
    m_ui->statusBar->addPermanentWidget(m_identityLabel);
    connect(m_checklistTab, &ChecklistTab::statusMessage, this,
            [this](const QString& message) { m_ui->statusBar->showMessage(message, 5000); });

    setupMenus();
    setupConnection();
    updateWelcome();
    restoreWindowState();
    updateStatusLabels();
    openStore();

    const QString path = m_services.runbookPath();
    if (path == builtinRunbookPath()) {
        openRunbook(path);
    } else {
        // At start there is no current runbook to keep: fall back to the built-in guide.
        onFinished(QtConcurrent::run([path] { return RunbookLoader::loadFile(path); }), this,
                   [this, path](const Result<Runbook>& loaded) {
                       if (loaded) {
                           activateRunbook(loaded.value());
                           return;
                       }
                       Dialogs::instance().showError(this, tr("Cannot open runbook"),
                                                     tr("The runbook %1 could not be opened; the built-in production "
                                                        "rollout guide is shown instead.")
                                                         .arg(path),
                                                     loaded.error().toString());
                       Q_EMIT runbookRejected(loaded.error());
                       openRunbook(builtinRunbookPath());
                   });
    }
}

MainWindow::~MainWindow()
{
    // The sessions belong to the services and outlive the window; its tabs go with it.
    m_checklistTab->setSession(nullptr);
    m_approvalsTab->setSession(nullptr);
}

AsyncStore& MainWindow::store() const
{
    return m_services.store();
}

SecretStoreSwitch& MainWindow::secrets() const
{
    return m_services.secrets();
}

ChecklistSession* MainWindow::session() const
{
    return m_session;
}

void MainWindow::setupMenus()
{
    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    m_ui->menuEdit->insertActions(m_ui->actionPreferences, {undo, redo});
    m_ui->menuEdit->insertSeparator(m_ui->actionPreferences);
    m_ui->menuItem->addActions(m_checklistTab->itemActions());

    connect(m_ui->actionOpenRunbook, &QAction::triggered, this, [this] {
        const QString current = m_settings.value(Settings::Key::RunbookPath).toString();
        Dialogs::instance().chooseFileToOpen(this, tr("Open Runbook"), QFileInfo(current).absolutePath(),
                                             tr("Runbooks (*.json);;All files (*)"),
                                             [this](const QString& path) { openRunbook(path); });
    });
    connect(m_ui->actionUseBuiltinRunbook, &QAction::triggered, this, [this] { openRunbook(builtinRunbookPath()); });
    connect(m_ui->actionExportReport, &QAction::triggered, this, &MainWindow::exportReport);
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::close);
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionKeyboardShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    const QList<QAction*> tabActions{m_ui->actionShowChecklist, m_ui->actionShowMigration, m_ui->actionShowCharts,
                                     m_ui->actionShowApprovals};
    for (int i = 0; i < tabActions.size(); ++i)
        connect(tabActions[i], &QAction::triggered, this, [this, i] { m_ui->tabWidget->setCurrentIndex(i); });
    updateRecentMenu();
}

void MainWindow::setupConnection()
{
    m_overview = new ClusterOverview(*m_monitor, m_overviewDock);
    m_overviewDock->setObjectName(QStringLiteral("clusterOverviewDock"));
    m_overviewDock->setWindowTitle(tr("Cluster Overview"));
    m_overviewDock->setWidget(m_overview);
    m_overviewDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea | Qt::BottomDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_overviewDock);

    QAction* toggle = m_overviewDock->toggleViewAction();
    toggle->setText(tr("Cluster &Overview"));
    toggle->setShortcut(QKeySequence(Qt::Key_F8));
    m_ui->menuView->addSeparator();
    m_ui->menuView->addAction(toggle);
    connect(m_ui->actionProfiles, &QAction::triggered, this, &MainWindow::showProfiles);
    connect(m_ui->actionRefreshOverview, &QAction::triggered, m_monitor, &ClusterMonitor::refresh);
    connect(m_monitor, &ClusterMonitor::updated, this, &MainWindow::showClusterState);
    updateProfileMenu();
    m_profileLabel->setText(tr("No profile"));

    // Passwords need a keychain; ask it first, then watch the remembered (or given) profile.
    const QString wanted = m_services.profileName();
    onFinished(m_services.connectKeychain(), this, [this, wanted](const Result<Done>&) {
        Q_EMIT secretsReady();
        if (!wanted.isEmpty())
            useProfile(wanted);
    });
}

void MainWindow::showClusterState()
{
    const ClusterSnapshot& snapshot = m_monitor->latest();
    // A split brain is said across the whole window until it clears, whatever tab is open.
    if (m_monitor->profile() && snapshot.hasSplitBrain()) {
        QStringList nodes;
        for (const NodeState& node : snapshot.splitBrain)
            nodes.append(node.name);
        const QString leader = snapshot.leaderName();
        m_clusterBanner->showNotice(
            NoticeBanner::Kind::Critical,
            tr("<b>Split brain: %1.</b> Writes to these nodes diverge and one side's will be lost. %2 Stop the "
               "application's writes, then stop the PostgreSQL that Patroni does not lead and reinitialise it "
               "through Patroni.")
                .arg(describeSplitBrain(snapshot.splitBrain).toHtmlEscaped(),
                     leader.isEmpty() ? tr("Patroni names no leader.")
                                      : tr("Patroni's leader is %1.").arg(leader.toHtmlEscaped())));
    } else {
        m_clusterBanner->hide();
    }
    if (m_currentProfile.isEmpty() || !m_monitor->profile()) {
        m_profileLabel->setText(tr("No profile"));
        m_profileLabel->setStyleSheet(QString());
        return;
    }
    m_profileLabel->setText(tr("Profile %1: %2").arg(m_currentProfile, m_overview->summary()));
    switch (m_overview->summaryLevel()) {
    case ClusterOverview::Level::Alarm:
        m_profileLabel->setStyleSheet(
            QStringLiteral("QLabel { background: #b02a2a; color: white; padding: 0 4px; font-weight: bold; }"));
        break;
    case ClusterOverview::Level::Warning:
        m_profileLabel->setStyleSheet(
            QStringLiteral("QLabel { background: #fff0c2; color: #5c3d00; padding: 0 4px; }"));
        break;
    case ClusterOverview::Level::Ok: m_profileLabel->setStyleSheet(QString()); break;
    }
    m_profileLabel->setToolTip(m_overview->summary());
}

void MainWindow::updateProfileMenu()
{
    QMenu* menu = m_ui->menuUseProfile;
    menu->clear();
    auto* group = new QActionGroup(menu);
    const auto add = [&](const QString& text, const QString& name) {
        QAction* action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(name == m_currentProfile);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] { useProfile(name); });
    };
    add(tr("None"), QString());
    menu->addSeparator();
    for (const QString& name : m_services.profiles().names())
        add(name, name);
}

void MainWindow::updateWelcome()
{
    m_welcome->setVisible(!m_welcomeDismissed && m_services.profiles().names().isEmpty());
}

void MainWindow::useProfile(const QString& name)
{
    if (name.isEmpty()) {
        m_currentProfile.clear();
        m_settings.remove(Settings::Key::CurrentProfile);
        m_monitor->setProfile(std::nullopt);
        m_readiness->setProfile(std::nullopt);
    } else {
        const auto profile = m_services.profiles().load(name);
        if (!profile) {
            m_ui->statusBar->showMessage(profile.error().message, 8000);
            return;
        }
        m_currentProfile = name;
        m_settings.setValue(Settings::Key::CurrentProfile, name);
        m_monitor->setProfile(profile.value());
        m_readiness->setProfile(profile.value());
    }
    m_settings.sync();
    updateProfileMenu();
    m_profileLabel->setText(name.isEmpty() ? tr("No profile") : tr("Profile %1").arg(name));
    refreshMigrationContext();
}

void MainWindow::refreshMigrationContext()
{
    if (!m_session || m_session->rollout().id <= 0)
        return;
    std::optional<ConnectionProfile> profile;
    if (!m_currentProfile.isEmpty()) {
        if (auto loaded = m_services.profiles().load(m_currentProfile); loaded)
            profile = loaded.value();
    }
    // The watch always follows the chosen profile (charts of another cluster would lie); a
    // running migration keeps the context it started with.
    if (m_metrics)
        m_metrics->setContext(m_runbook, profile, m_session->rollout().id, actingAs());
    if (m_migration && !m_migration->isRunning())
        m_migration->setContext(m_runbook, profile, m_session->rollout().id, actingAs());
}

void MainWindow::useSessionSecrets()
{
    m_services.useSessionSecrets();
    m_ui->statusBar->showMessage(tr("Passwords are held for this session only"), 8000);
}

void MainWindow::showProfiles()
{
    auto* dialog = new ProfilesDialog(m_services.profiles(), m_services.secrets(), m_currentProfile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfilesDialog::profilesChanged, this, [this] {
        updateProfileMenu();
        updateWelcome();
        if (!m_currentProfile.isEmpty())
            useProfile(m_currentProfile); // it may have changed
    });
    connect(dialog, &ProfilesDialog::useRequested, this, &MainWindow::useProfile);
    connect(dialog, &ProfilesDialog::sessionSecretsRequested, this, [this, dialog] {
        useSessionSecrets();
        dialog->refreshSecretsNotice();
    });
    dialog->open();
}

ApprovalSession* MainWindow::approvals() const
{
    return m_approvals;
}

QString MainWindow::actingAs() const
{
    // The team store's database role (empty until connected: nothing can be signed before), else
    // the name from Preferences.
    return m_services.identity();
}

void MainWindow::openStore()
{
    m_storeState = StoreState::Opening;
    onFinished(m_services.openStore(), this, [this](const Result<int>& opened) {
        if (opened) {
            m_storeState = StoreState::Open;
            if (!m_services.sealNotice().isEmpty())
                m_ui->statusBar->showMessage(tr("The store: %1").arg(m_services.sealNotice()), 15000);
            startSession();
        } else {
            m_storeState = StoreState::Failed;
            m_storeError = opened.error();
            m_checklistTab->showStoreProblem(
                (m_services.isTeam() ? tr("The team store could not be opened, so the checklist is read-only and "
                                          "nothing can be recorded.\n%1")
                                     : tr("The store could not be opened, so the checklist is read-only and "
                                          "nothing can be recorded.\n%1"))
                    .arg(m_storeError.toString()));
        }
        updateStatusLabels();
    });
}

void MainWindow::openRunbook(const QString& path)
{
    m_ui->statusBar->showMessage(tr("Loading %1…").arg(path));
    onFinished(QtConcurrent::run([path] { return RunbookLoader::loadFile(path); }), this,
               [this, path](const Result<Runbook>& loaded) {
                   m_ui->statusBar->clearMessage();
                   if (!loaded) {
                       const Error& error = loaded.error();
                       Dialogs::instance().showError(
                           this, tr("Cannot open runbook"),
                           tr("%1 is not a usable runbook. The current runbook stays open.\n\n%2")
                               .arg(QFileInfo(path).fileName(), error.message),
                           error.toString());
                       Q_EMIT runbookRejected(error);
                       return;
                   }
                   if (path == builtinRunbookPath()) {
                       m_settings.remove(Settings::Key::RunbookPath);
                   } else {
                       m_settings.setValue(Settings::Key::RunbookPath, path);
                       m_settings.addRecentRunbook(path);
                   }
                   m_settings.sync();
                   updateRecentMenu();
                   activateRunbook(loaded.value());
               });
}

void MainWindow::activateRunbook(Runbook runbook)
{
    m_checklistTab->applyPendingEdits();
    m_runbook = std::move(runbook);
    m_hasRunbook = true;
    m_undoStack->clear();
    m_checklistTab->setSession(nullptr);
    m_session = &m_services.startChecklist(m_runbook);
    m_approvalsTab->setSession(nullptr);
    m_approvals = &m_services.startApprovals(m_runbook);
    m_approvalsTab->setSession(m_approvals);
    connect(m_approvals, &ApprovalSession::verified, this, [this](const ledger::Verification& chain) {
        if (chain.intact) {
            m_recordBanner->hide();
            return;
        }
        m_recordBanner->showNotice(NoticeBanner::Kind::Critical,
                                   tr("The rollout's record was changed behind the cockpit's back: %1. The approval "
                                      "gate stays closed (Approvals, Ctrl+4).")
                                       .arg(chain.problem));
    });
    connect(m_session, &ChecklistSession::loaded, this, [this] {
        m_readiness->setRollout(m_runbook, m_session->rollout().id);
        if (m_approvals)
            m_approvals->setRollout(m_session->rollout().id);
        m_approvalsTab->setIdentity([this] { return actingAs(); }, m_services.isTeam());
        refreshMigrationContext();
        updateStatusLabels();
        const QString selected = m_settings.value(Settings::Key::ChecklistSelectedItem).toString();
        if (!selected.isEmpty())
            m_checklistTab->selectItem(selected);
        Q_EMIT checklistReady();
    });
    connect(m_session, &ChecklistSession::loadFailed, this, [this](const Error& error) {
        m_checklistTab->showStoreProblem(
            tr("The checklist could not be read from the store; it is read-only for now.\n%1").arg(error.toString()));
    });
    m_checklistTab->setSession(m_session);
    m_migrationTab->setRunbook(m_runbook);
    m_chartsTab->setRunbook(m_runbook);
    m_approvalsTab->setRunbook(m_runbook);
    setWindowTitle(tr("%1 — Rollout Cockpit").arg(m_runbook.title));
    updateStatusLabels();
    startSession();
    if (m_storeState == StoreState::Failed)
        m_checklistTab->showStoreProblem(tr("The store could not be opened, so the checklist is read-only and "
                                            "nothing can be recorded.\n%1")
                                             .arg(m_storeError.toString()));
    Q_EMIT runbookActivated();
}

void MainWindow::startSession()
{
    if (m_session && m_storeState == StoreState::Open && !m_session->isLoaded())
        m_session->start(actingAs());
}

void MainWindow::updateRecentMenu()
{
    QMenu* menu = m_ui->menuRecentRunbooks;
    menu->clear();
    const QStringList recent = m_settings.value(Settings::Key::RecentRunbooks).toStringList();
    for (const QString& path : recent) {
        QAction* action = menu->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openRunbook(path); });
    }
    menu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateStatusLabels()
{
    if (m_services.isTeam()) {
        const QString role = m_services.identity();
        m_identityLabel->setText(role.isEmpty() ? tr("Team store: connecting…") : tr("Signed in as %1").arg(role));
        m_identityLabel->setToolTip(tr("Your PostgreSQL role in the team store: every record names it, and the "
                                       "database decides what it may sign"));
    } else {
        m_identityLabel->setText(tr("Acting as %1").arg(m_settings.identity()));
        m_identityLabel->setToolTip(tr("Recorded as the author of your changes; change it in Edit ▸ Preferences"));
    }
    // The team store by its database's name (the hosts are in the tooltip), a file by its name.
    const QString location = m_services.storeLocation();
    const QString storeName = m_services.isTeam() ? tr("team %1").arg(location.section(QLatin1Char('/'), -1))
                                                  : QFileInfo(location).fileName();
    switch (m_storeState) {
    case StoreState::Opening: m_storeLabel->setText(tr("Store: opening…")); break;
    case StoreState::Open: m_storeLabel->setText(tr("Store: %1").arg(storeName)); break;
    case StoreState::Failed: m_storeLabel->setText(tr("Store: unavailable")); break;
    }
    m_storeLabel->setToolTip(location);
    m_runbookLabel->setText(m_hasRunbook ? tr("Runbook: %1").arg(m_runbook.id) : tr("Runbook: loading…"));
    m_runbookLabel->setToolTip(m_runbook.source == builtinRunbookPath() ? tr("Built into the cockpit")
                                                                        : m_runbook.source);
}

void MainWindow::showAbout()
{
    auto* box = new QMessageBox(QMessageBox::NoIcon, tr("About Rollout Cockpit"),
                                tr("<h3>Rollout Cockpit %1</h3>"
                                   "<p>Checks, executes, watches and records the production rollout of a "
                                   "Patroni/PostgreSQL cluster.</p><p>Qt %2</p>")
                                    .arg(QStringLiteral(COCKPIT_VERSION), QString::fromLatin1(qVersion())),
                                QMessageBox::Ok, this);
    box->setIconPixmap(applicationIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showShortcuts()
{
    QList<ShortcutsDialog::Entry> entries;
    // Every menu's actions, as they are now: the list cannot drift from the real shortcuts.
    for (QAction* menuAction : m_ui->menuBar->actions()) {
        QMenu* menu = menuAction->menu();
        if (!menu)
            continue;
        QString where = menu->title();
        where.remove(QLatin1Char('&'));
        entries += ShortcutsDialog::entriesOf(menu->actions(), tr("%1 menu").arg(where));
    }
    // The keys the checklist answers to directly.
    const QString list = tr("Checklist");
    entries += {
        {tr("Space"), tr("Mark the selected item done, or open again; on a section, expand or collapse it"), list},
        {tr("Return"), tr("Edit the selected item's note"), list},
        {tr("Esc"), tr("Clear the filter"), list},
        {tr("Up, Down, Left, Right"), tr("Move through the items; collapse or expand a section"), list},
    };
    auto* dialog = new ShortcutsDialog(entries, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showPreferences()
{
    auto* dialog = new SettingsDialog(m_settings, m_services.storeLocation(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::updateStatusLabels);
    dialog->open();
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = m_settings.value(Settings::Key::MainWindowGeometry).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    m_restoredState = restoreState(m_settings.value(Settings::Key::MainWindowState).toByteArray());
    m_ui->tabWidget->setCurrentIndex(m_settings.value(Settings::Key::CurrentTab).toInt());
    m_checklistTab->restoreState(m_settings.value(Settings::Key::ChecklistSplitter).toByteArray(),
                                 m_settings.value(Settings::Key::ChecklistHeader).toByteArray());
}

void MainWindow::saveWindowState()
{
    m_settings.setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    m_settings.setValue(Settings::Key::MainWindowState, saveState());
    m_settings.setValue(Settings::Key::CurrentTab, m_ui->tabWidget->currentIndex());
    m_settings.setValue(Settings::Key::ChecklistSplitter, m_checklistTab->saveState());
    m_settings.setValue(Settings::Key::ChecklistHeader, m_checklistTab->headerState());
    m_settings.setValue(Settings::Key::ChecklistSelectedItem, m_checklistTab->selectedItemId());
    m_settings.sync();
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (!m_restoredState) {
        // First start: the dock wide enough for the member columns, but at 1280×800 not at the
        // checklist titles' expense (the dock yields first; its columns scroll).
        m_restoredState = true;
        QTimer::singleShot(0, this, [this] {
            resizeDocks({m_overviewDock}, {std::clamp(width() * 3 / 10, 300, 500)}, Qt::Horizontal);
        });
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_checklistTab->applyPendingEdits();
    saveWindowState();
    event->accept();
}

void MainWindow::exportReport()
{
    if (!m_report) {
        m_report = new ReportExport(m_services, this);
        connect(m_report, &ReportExport::finished, this,
                [this](const QString& path, const QString& verdict, bool intact) {
                    m_ui->statusBar->showMessage(tr("Report written: %1 — %2").arg(path, verdict), 15000);
                    if (!intact)
                        Dialogs::instance().showError(this, tr("Export Report"),
                                                      tr("The report was written, but the record is broken: its "
                                                         "cover says so."),
                                                      path);
                });
        connect(m_report, &ReportExport::failed, this, [this](const Error& error) {
            Dialogs::instance().showError(this, tr("Export Report"), tr("The report could not be written."),
                                          error.toString());
        });
    }
    if (m_report->isRunning()) {
        m_ui->statusBar->showMessage(tr("A report is being written already."), 5000);
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested
        = QDir(folder).filePath(QStringLiteral("rollout-report-%1.pdf")
                                    .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    Dialogs::instance().chooseFileToSave(
        this, tr("Export Report"), suggested, tr("PDF (*.pdf);;JSON (*.json);;Single-file HTML (*.html)"),
        [this](const QString& path) {
            const RolloutInfo rollout = m_session ? m_session->rollout() : RolloutInfo{};
            m_report->start(m_runbook, rollout, m_currentProfile, path);
        });
}

} // namespace cockpit::gui
