#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace cockpit {
class Settings;
}

namespace cockpit::gui {

// Preferences: the identity recorded as author of changes; where the store and settings
// live. Saves on OK.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(Settings& settings, const QString& storePath, QWidget* parent = nullptr);
    ~SettingsDialog() override;
    Q_DISABLE_COPY_MOVE(SettingsDialog)

    void accept() override;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Settings& m_settings;
};

} // namespace cockpit::gui
