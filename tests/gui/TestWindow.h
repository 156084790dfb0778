#pragma once

#include "engine/services/Services.h"
#include "gui/MainWindow.h"

#include <memory>

namespace cockpit::test {

// The window with the services it is given, made as the executable makes them; deleting it
// deletes the window first, then its services (sessions, then the store, then the secrets).
struct WindowDeleter
{
    Services* services = nullptr;
    void operator()(gui::MainWindow* window) const
    {
        delete window;
        delete services;
    }
};
using WindowPtr = std::unique_ptr<gui::MainWindow, WindowDeleter>;

inline WindowPtr openWindow(Settings& settings, const QString& storePath, const QString& runbook = {},
                            const QString& profile = {})
{
    auto* services
        = new Services(settings, ServiceOptions{storePath, runbook, profile, {}, {}}, Services::StoreThread::Own);
    return WindowPtr(new gui::MainWindow(*services), WindowDeleter{services});
}

} // namespace cockpit::test
