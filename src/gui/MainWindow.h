#pragma once

#include "core/Result.h"
#include "core/Runbook.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QDockWidget;
class QLabel;
class QTimer;
class QUndoStack;

namespace Ui {
class MainWindow;
}

namespace cockpit {
class AsyncStore;
class ChecklistSession;
class ClusterMonitor;
class ApprovalSession;
namespace migration {
class MigrationSession;
}
namespace monitoring {
class MetricsSession;
}
class ReadinessSession;
class SecretStoreSwitch;
class Services;
class Settings;
} // namespace cockpit

namespace cockpit::gui {

class ApprovalsTab;
class ChartsTab;
class ChecklistTab;
class ClusterOverview;
class MigrationTab;
class NoticeBanner;
class WelcomePanel;

// The cockpit's window: four tabs over one runbook and one store. It arranges what the services
// give it (the store, the secrets, the sessions); it builds none of them. Loading a runbook and
// every store access happen off the GUI thread; a runbook that fails to load is reported and
// the current one stays.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // Opens the services' runbook (--runbook, else the remembered one, else the built-in guide)
    // and watches their profile (--profile, else the remembered one), if any.
    explicit MainWindow(Services& services, QWidget* parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    // Loads in the background; on success the window switches to it and remembers it.
    void openRunbook(const QString& path);

    const Runbook& runbook() const { return m_runbook; }
    ChecklistSession* session() const;
    ChecklistTab* checklistTab() const { return m_checklistTab; }
    QUndoStack* undoStack() const { return m_undoStack; }
    ClusterMonitor* clusterMonitor() const { return m_monitor; }
    ReadinessSession* readiness() const { return m_readiness; }
    ApprovalSession* approvals() const;
    ApprovalsTab* approvalsTab() const { return m_approvalsTab; }
    MigrationTab* migrationTab() const { return m_migrationTab; }
    migration::MigrationSession* migration() const { return m_migration; }
    monitoring::MetricsSession* metrics() const { return m_metrics; }
    ChartsTab* chartsTab() const { return m_chartsTab; }
    AsyncStore& store() const;
    // Who the records name: the team store's database role, or the name from Preferences.
    QString actingAs() const;
    void refreshMigrationContext();
    ClusterOverview* clusterOverview() const { return m_overview; }
    NoticeBanner* clusterBanner() const { return m_clusterBanner; }
    WelcomePanel* welcomePanel() const { return m_welcome; }
    QLabel* profileLabel() const { return m_profileLabel; }
    SecretStoreSwitch& secrets() const;

    // Watches this profile's cluster (empty: none) and remembers the choice.
    void useProfile(const QString& name);
    void showProfiles();
    // Where no keychain answers: the user's explicit choice to keep passwords in memory.
    void useSessionSecrets();

Q_SIGNALS:
    // After a runbook became current (and its checklist started loading).
    void runbookActivated();
    void runbookRejected(const cockpit::Error& error);
    void checklistReady();
    // The keychain probe answered (available or not); profiles can be used from now on.
    void secretsReady();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void setupMenus();
    void setupConnection();
    void updateProfileMenu();
    void updateWelcome();
    void openStore();
    void activateRunbook(Runbook runbook);
    void startSession();
    void updateRecentMenu();
    void updateStatusLabels();
    void showClusterState();
    void showAbout();
    void exportReport();
    void showShortcuts();
    void showPreferences();
    void restoreWindowState();
    void saveWindowState();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Services& m_services;
    Settings& m_settings;
    QUndoStack* m_undoStack;
    ChecklistTab* m_checklistTab;
    MigrationTab* m_migrationTab;
    ChartsTab* m_chartsTab;
    ApprovalsTab* m_approvalsTab;
    QLabel* m_identityLabel;
    QLabel* m_storeLabel;
    QLabel* m_runbookLabel;
    QLabel* m_profileLabel;
    NoticeBanner* m_clusterBanner; // across the window: a split brain
    ClusterMonitor* m_monitor; // the sessions are the services'; the window only shows them
    ReadinessSession* m_readiness;
    migration::MigrationSession* m_migration;
    monitoring::MetricsSession* m_metrics;
    ClusterOverview* m_overview;
    QDockWidget* m_overviewDock;
    QString m_currentProfile;
    Runbook m_runbook;
    QPointer<ChecklistSession> m_session;
    class ReportExport* m_report = nullptr; // File ▸ Export Report…
    QPointer<ApprovalSession> m_approvals;
    QTimer* m_gateTimer = nullptr;
    WelcomePanel* m_welcome = nullptr; // a first start without any profile
    bool m_welcomeDismissed = false;
    NoticeBanner* m_recordBanner = nullptr; // the ledger is broken: across the window, whatever tab
    enum class StoreState
    {
        Opening,
        Open,
        Failed,
    } m_storeState
        = StoreState::Opening;
    Error m_storeError;
    bool m_hasRunbook = false;
    bool m_restoredState = false; // the window's layout came from the settings
};

} // namespace cockpit::gui
