#pragma once

#include <QColor>
#include <QFrame>

class QLabel;

namespace cockpit::gui {

// A coloured strip at the top of a tab or the window that says what state it is in and why
// ("The store could not be opened", "Split brain: pg1 and pg3 both accept writes").
class NoticeBanner final : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Info,
        Warning,
        Error,
        Critical, // white on red, for what must not be missed (a split brain)
    };

    explicit NoticeBanner(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(NoticeBanner)

    void showNotice(Kind kind, const QString& text);
    // Its background, border and ink: fixed, and legible on the light and the dark palette alike.
    struct Colours
    {
        QColor background;
        QColor border;
        QColor ink;
    };
    static Colours colours(Kind kind);
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel* m_icon;
    QLabel* m_label;
    Kind m_kind = Kind::Info;
};

} // namespace cockpit::gui
