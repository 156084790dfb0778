#pragma once

#include <QDateTime>
#include <QDialog>

#include <memory>

namespace Ui {
class TimeDialog;
}

namespace cockpit::gui {

// Asks for a time (the scheduled rollout) or a span (the maintenance window) in a named time
// zone, and shows it in the user's own time as they type.
class TimeDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Instant,
        Span,
    };
    TimeDialog(Mode mode, QWidget* parent = nullptr);
    ~TimeDialog() override;
    Q_DISABLE_COPY_MOVE(TimeDialog)

    void setValues(const QDateTime& startUtc, const QDateTime& endUtc, const QString& zone);
    QDateTime startUtc() const;
    QDateTime endUtc() const;
    QString zone() const;

private:
    void refresh();

    std::unique_ptr<Ui::TimeDialog> m_ui;
    Mode m_mode;
};

} // namespace cockpit::gui
