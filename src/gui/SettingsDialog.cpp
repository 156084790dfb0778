#include "SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include "Appearance.h"
#include "core/Settings.h"

#include <QLocale>

#include <algorithm>

namespace cockpit::gui {

SettingsDialog::SettingsDialog(Settings& settings, const QString& storePath, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->identityLineEdit->setPlaceholderText(osUserName());
    m_ui->identityLineEdit->setText(settings.value(Settings::Key::Identity).toString());
    m_ui->storePathLabel->setText(storePath + tr(" (change with --store PATH)"));
    m_ui->settingsPathLabel->setText(settings.fileName());

    // Each language by its own name, so that a person who cannot read the current one finds theirs.
    m_ui->languageComboBox->addItem(tr("System (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    m_ui->languageComboBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageComboBox->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_ui->languageComboBox->setCurrentIndex(
        std::max(0, m_ui->languageComboBox->findData(settings.value(Settings::Key::Language).toString())));
    m_ui->appearanceComboBox->addItem(tr("System"), QStringLiteral("system"));
    m_ui->appearanceComboBox->addItem(tr("Light"), QStringLiteral("light"));
    m_ui->appearanceComboBox->addItem(tr("Dark"), QStringLiteral("dark"));
    m_ui->appearanceComboBox->setCurrentIndex(
        std::max(0, m_ui->appearanceComboBox->findData(settings.value(Settings::Key::Appearance).toString())));
    // What changes when: said beside the choice, not in a box after OK.
    m_ui->restartNoteLabel->hide();
    const auto noteRestart = [this, settings = &settings] {
        const bool language
            = m_ui->languageComboBox->currentData().toString() != settings->value(Settings::Key::Language).toString();
        const bool system = m_ui->appearanceComboBox->currentData().toString() == QLatin1String("system")
            && settings->value(Settings::Key::Appearance).toString() != QLatin1String("system");
        QStringList notes;
        if (language)
            notes << tr("The language changes at the next start.");
        if (system)
            notes << tr("The system's palette returns at the next start.");
        m_ui->restartNoteLabel->setText(notes.join(QLatin1Char(' ')));
        m_ui->restartNoteLabel->setVisible(!notes.isEmpty());
    };
    connect(m_ui->languageComboBox, &QComboBox::currentIndexChanged, this, noteRestart);
    connect(m_ui->appearanceComboBox, &QComboBox::currentIndexChanged, this, noteRestart);
    m_ui->storePathLabel->setAccessibleName(tr("Store"));
    m_ui->settingsPathLabel->setAccessibleName(tr("Settings file"));
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept()
{
    m_settings.setValue(Settings::Key::Identity, m_ui->identityLineEdit->text().trimmed());
    m_settings.setValue(Settings::Key::Language, m_ui->languageComboBox->currentData().toString());
    const QString appearance = m_ui->appearanceComboBox->currentData().toString();
    if (appearance != m_settings.value(Settings::Key::Appearance).toString()) {
        m_settings.setValue(Settings::Key::Appearance, appearance);
        applyAppearance(appearance); // "system" comes back at the next start (said beside the choice)
    }
    m_settings.sync();
    QDialog::accept();
}

} // namespace cockpit::gui
