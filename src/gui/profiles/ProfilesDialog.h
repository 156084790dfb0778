#pragma once

#include "core/ConnectionProfile.h"
#include "engine/profiles/ProfileTester.h"

#include <QDialog>
#include <QHash>

#include <memory>

namespace Ui {
class ProfilesDialog;
}

namespace cockpit {
class SecretStoreSwitch;
}

namespace cockpit::gui {

class NoticeBanner;

// Connection profiles: list, edit, import, remove, and test every endpoint (latency and
// server version, or the error). Passwords typed here go straight to the secret store and
// are never shown again; the form holds no secret after Save.
class ProfilesDialog final : public QDialog
{
    Q_OBJECT

public:
    ProfilesDialog(ProfileStore& profiles, SecretStoreSwitch& secrets, const QString& current,
                   QWidget* parent = nullptr);
    ~ProfilesDialog() override;
    Q_DISABLE_COPY_MOVE(ProfilesDialog)

    // Builds a profile from the form; problems name the fields' JSON paths.
    Result<ConnectionProfile> profileFromForm() const;
    void selectProfile(const QString& name);
    // Called when the secret store changes (the user chose session-only secrets).
    void refreshSecretsNotice();

Q_SIGNALS:
    void profilesChanged();
    void useRequested(const QString& name);
    void sessionSecretsRequested();

private:
    void reloadList(const QString& select);
    void showProfile(const ConnectionProfile& profile);
    void clearForm();
    void save(std::function<void(const ConnectionProfile&)> then = {});
    void removeSelected();
    void importFile();
    void fillTestTable(const ConnectionProfile& profile);
    void runTest(int row);
    void showCheck(int row, const EndpointCheck& check);
    void showSplitBrain();
    QString selectedName() const;

    std::unique_ptr<Ui::ProfilesDialog> m_ui;
    ProfileStore& m_profiles;
    SecretStoreSwitch& m_secrets;
    NoticeBanner* m_banner;
    NoticeBanner* m_splitBrainBanner; // two nodes answering as writable primaries
    QHash<int, NodeState> m_testedNodes; // by row: what each PostgreSQL node answered
    QList<EndpointRef> m_endpoints;
    QString m_loadedName;
};

} // namespace cockpit::gui
