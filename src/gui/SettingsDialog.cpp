#include "SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include "core/Settings.h"

namespace cockpit::gui {

SettingsDialog::SettingsDialog(Settings& settings, const QString& storePath, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->identityLineEdit->setPlaceholderText(osUserName());
    m_ui->identityLineEdit->setText(settings.value(Settings::Key::Identity).toString());
    m_ui->storePathLabel->setText(storePath + tr(" (change with --store PATH)"));
    m_ui->settingsPathLabel->setText(settings.fileName());
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept()
{
    m_settings.setValue(Settings::Key::Identity, m_ui->identityLineEdit->text().trimmed());
    m_settings.sync();
    QDialog::accept();
}

} // namespace cockpit::gui
