#include "Dialogs.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

namespace cockpit::gui {
namespace {

class WidgetDialogs final : public Dialogs
{
public:
    void chooseFileToOpen(QWidget* parent, const QString& caption, const QString& directory, const QString& filter,
                          std::function<void(const QString&)> onChosen) override
    {
        auto* dialog = new QFileDialog(parent, caption, directory, filter);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        QObject::connect(dialog, &QFileDialog::fileSelected, dialog,
                         [onChosen = std::move(onChosen)](const QString& path) { onChosen(path); });
        dialog->open();
    }

    void showError(QWidget* parent, const QString& title, const QString& text, const QString& details) override
    {
        auto* box = new QMessageBox(QMessageBox::Critical, title, text, QMessageBox::Ok, parent);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setDetailedText(details);
        box->setTextInteractionFlags(Qt::TextSelectableByMouse);
        box->open();
    }

    void askText(QWidget* parent, const QString& title, const QString& label,
                 std::function<void(const QString&)> onAccepted) override
    {
        auto* dialog = new QInputDialog(parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(title);
        dialog->setLabelText(label);
        dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
        QObject::connect(dialog, &QInputDialog::textValueSelected, dialog,
                         [onAccepted = std::move(onAccepted)](const QString& text) { onAccepted(text); });
        dialog->open();
    }
    void askTextOrCancel(QWidget* parent, const QString& title, const QString& label,
                         std::function<void(const QString&)> onAccepted, std::function<void()> onCancelled) override
    {
        auto* dialog = new QInputDialog(parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(title);
        dialog->setLabelText(label);
        QObject::connect(dialog, &QInputDialog::textValueSelected, dialog,
                         [onAccepted = std::move(onAccepted)](const QString& text) { onAccepted(text); });
        QObject::connect(dialog, &QDialog::rejected, dialog, [onCancelled = std::move(onCancelled)] { onCancelled(); });
        dialog->open();
    }
};

Dialogs* g_override = nullptr;

} // namespace

void Dialogs::chooseFileToSave(QWidget* parent, const QString& caption, const QString& suggested, const QString& filter,
                               std::function<void(const QString&)> onChosen)
{
    auto* dialog = new QFileDialog(parent, caption, suggested, filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog,
                     [onChosen = std::move(onChosen)](const QString& path) { onChosen(path); });
    dialog->open();
}

Dialogs& Dialogs::instance()
{
    static WidgetDialogs real;
    return g_override ? *g_override : real;
}

void Dialogs::setInstance(Dialogs* dialogs)
{
    g_override = dialogs;
}

} // namespace cockpit::gui
