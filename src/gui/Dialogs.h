#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace cockpit::gui {

// File choosers and message boxes go through here, so that widget tests answer them from a
// script instead of a person (after KeePassXC's MessageBox test hooks). Nothing here runs
// a nested event loop: answers arrive through callbacks.
class Dialogs
{
public:
    virtual ~Dialogs() = default;

    // Calls onChosen with the chosen path; not at all when the user cancels.
    virtual void chooseFileToOpen(QWidget* parent, const QString& caption, const QString& directory,
                                  const QString& filter, std::function<void(const QString&)> onChosen)
        = 0;
    // Asks where to save (suggested: a path to start from); calls onChosen, not at all when cancelled.
    virtual void chooseFileToSave(QWidget* parent, const QString& caption, const QString& suggested,
                                  const QString& filter, std::function<void(const QString&)> onChosen);
    virtual void showError(QWidget* parent, const QString& title, const QString& text, const QString& details) = 0;
    // Asks for a line or more of text; calls onAccepted with it, not at all when cancelled.
    virtual void askText(QWidget* parent, const QString& title, const QString& label,
                         std::function<void(const QString&)> onAccepted)
        = 0;

    // The same, and onCancelled when the person cancels (for a question something waits on).
    // The default never cancels: it asks through askText().
    virtual void askTextOrCancel(QWidget* parent, const QString& title, const QString& label,
                                 std::function<void(const QString&)> onAccepted, std::function<void()> onCancelled)
    {
        Q_UNUSED(onCancelled)
        askText(parent, title, label, std::move(onAccepted));
    }

    static Dialogs& instance();
    // Tests install their own; nullptr restores the real dialogs. Not owned.
    static void setInstance(Dialogs* dialogs);
};

} // namespace cockpit::gui
