#pragma once

class QApplication;

namespace cockpit::gui {

// Parses the window's options (--store, --runbook, --settings), installs Qt's own translation
// for the user's language and shows the main window. Returns the event loop's exit code.
int runGui(QApplication& app);

} // namespace cockpit::gui
