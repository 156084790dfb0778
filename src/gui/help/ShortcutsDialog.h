#pragma once

#include <QDialog>

class QAction;

namespace cockpit::gui {

// Help ▸ Keyboard Shortcuts: every shortcut of the window's actions, read from the actions
// themselves (so the list cannot go stale), plus the keys the lists answer to directly.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString keys;
        QString action;
        QString where;
    };

    ShortcutsDialog(const QList<Entry>& entries, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

    // The shortcuts of these actions (menus and their submenus, tab actions ...), by key text.
    static QList<Entry> entriesOf(const QList<QAction*>& actions, const QString& where);
};

} // namespace cockpit::gui
