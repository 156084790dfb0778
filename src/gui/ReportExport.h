#pragma once

#include "core/Records.h"
#include "core/Result.h"
#include "core/Runbook.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace cockpit {
class Services;
}

namespace cockpit::gui {

// File ▸ Export Report…: the record gathered on the store's thread, the file rendered on a worker
// thread, a progress dialog meanwhile; the window never waits. One export at a time.
class ReportExport final : public QObject
{
    Q_OBJECT

public:
    ReportExport(Services& services, QWidget* window);
    ~ReportExport() override;
    Q_DISABLE_COPY_MOVE(ReportExport)

    bool isRunning() const { return m_running; }
    // path's suffix chooses the format (.pdf, .json, .html); page size from the locale (Letter in
    // the US and Canada, else A4).
    void start(const Runbook& runbook, const RolloutInfo& rollout, const QString& profile, const QString& path);

Q_SIGNALS:
    void finished(const QString& path, const QString& verdict, bool ledgerIntact);
    void failed(const cockpit::Error& error);

private:
    void render(const QJsonObject& report, const QString& path);
    void done();

    Services& m_services;
    QPointer<QWidget> m_window;
    QPointer<QProgressDialog> m_progress;
    bool m_running = false;
};

} // namespace cockpit::gui
