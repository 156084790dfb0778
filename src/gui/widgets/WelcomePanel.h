#pragma once

#include <QFrame>

namespace cockpit::gui {

// What a first start without any connection profile shows above the tabs: what the cockpit is
// for, how to add a profile, and how to try it on the local lab first.
class WelcomePanel final : public QFrame
{
    Q_OBJECT

public:
    explicit WelcomePanel(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(WelcomePanel)

    // As tall as its words need at its width, but it yields to the tabs in a small window
    // rather than raising the window's minimum height (1280×800 with the overview docked).
    bool hasHeightForWidth() const override { return false; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void addProfileRequested();
    void dismissed();
};

} // namespace cockpit::gui
