#pragma once

#include <QFrame>

class QLabel;

namespace cockpit::gui {

// A coloured strip at the top of a tab that says what state the tab is in and why
// ("Not connected to a cluster", "The store could not be opened").
class NoticeBanner final : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Info,
        Warning,
        Error,
    };

    explicit NoticeBanner(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(NoticeBanner)

    void showNotice(Kind kind, const QString& text);
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel* m_icon;
    QLabel* m_label;
    Kind m_kind = Kind::Info;
};

} // namespace cockpit::gui
