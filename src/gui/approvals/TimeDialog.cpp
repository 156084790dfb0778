#include "TimeDialog.h"

#include "ui_TimeDialog.h"

#include <QPushButton>
#include <QTimeZone>

namespace cockpit::gui {

TimeDialog::TimeDialog(Mode mode, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::TimeDialog>()), m_mode(mode)
{
    m_ui->setupUi(this);
    QStringList zones;
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        zones.append(QString::fromUtf8(id));
    m_ui->zoneComboBox->addItems(zones);
    m_ui->zoneComboBox->setCurrentText(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    if (mode == Mode::Instant) {
        setWindowTitle(tr("Scheduled Rollout"));
        m_ui->startLabel->setText(tr("&At:"));
        m_ui->endLabel->hide();
        m_ui->endEdit->hide();
    }
    const QDateTime now = QDateTime::currentDateTime();
    m_ui->startEdit->setDateTime(now.addDays(1));
    m_ui->endEdit->setDateTime(now.addDays(1).addSecs(qint64{4} * 3600));
    connect(m_ui->zoneComboBox, &QComboBox::currentTextChanged, this, &TimeDialog::refresh);
    connect(m_ui->startEdit, &QDateTimeEdit::dateTimeChanged, this, &TimeDialog::refresh);
    connect(m_ui->endEdit, &QDateTimeEdit::dateTimeChanged, this, &TimeDialog::refresh);
    refresh();
}

TimeDialog::~TimeDialog() = default;

void TimeDialog::setValues(const QDateTime& startUtc, const QDateTime& endUtc, const QString& zone)
{
    if (!zone.isEmpty())
        m_ui->zoneComboBox->setCurrentText(zone);
    const QTimeZone tz(this->zone().toUtf8());
    // The edits show wall-clock time in the chosen zone.
    const auto inZone = [&tz](const QDateTime& utc) {
        const QDateTime there = utc.toTimeZone(tz.isValid() ? tz : QTimeZone::utc());
        return QDateTime(there.date(), there.time());
    };
    if (startUtc.isValid())
        m_ui->startEdit->setDateTime(inZone(startUtc));
    if (endUtc.isValid())
        m_ui->endEdit->setDateTime(inZone(endUtc));
    refresh();
}

QString TimeDialog::zone() const
{
    return m_ui->zoneComboBox->currentText().trimmed();
}

QDateTime TimeDialog::startUtc() const
{
    const QTimeZone tz(zone().toUtf8());
    const QDateTime value = m_ui->startEdit->dateTime();
    return QDateTime(value.date(), value.time(), tz).toUTC();
}

QDateTime TimeDialog::endUtc() const
{
    const QTimeZone tz(zone().toUtf8());
    const QDateTime value = m_ui->endEdit->dateTime();
    return QDateTime(value.date(), value.time(), tz).toUTC();
}

void TimeDialog::refresh()
{
    const bool zoneKnown = QTimeZone(zone().toUtf8()).isValid();
    QString text;
    bool ok = zoneKnown;
    if (!zoneKnown) {
        text = tr("Unknown time zone: use an IANA name such as Europe/Berlin.");
    } else if (m_mode == Mode::Span && endUtc() <= startUtc()) {
        text = tr("The window must end after it starts.");
        ok = false;
    } else {
        const QString format = QStringLiteral("yyyy-MM-dd HH:mm t");
        text = m_mode == Mode::Span
            ? tr("In your time: %1 to %2")
                  .arg(startUtc().toLocalTime().toString(format), endUtc().toLocalTime().toString(format))
            : tr("In your time: %1").arg(startUtc().toLocalTime().toString(format));
    }
    m_ui->localLabel->setText(text);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace cockpit::gui
