#include "ReportExport.h"

#include "core/Continuation.h"
#include "engine/report/ReportData.h"
#include "engine/report/ReportRender.h"
#include "engine/services/ExecSetup.h"
#include "engine/services/Services.h"
#include "store/AsyncStore.h"
#include "store/Store.h"

#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QtConcurrent>

namespace cockpit::gui {

ReportExport::ReportExport(Services& services, QWidget* window) : m_services(services), m_window(window)
{ }

ReportExport::~ReportExport() = default;

void ReportExport::start(const Runbook& runbook, const RolloutInfo& rollout, const QString& profile,
                         const QString& path)
{
    if (m_running)
        return;
    m_running = true;
    m_progress = new QProgressDialog(tr("Gathering the record…"), QString(), 0, 0, m_window);
    m_progress->setWindowTitle(tr("Export Report"));
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->show();

    report::Options options;
    options.profile = profile;
    options.storeLabel = m_services.storeLocation();
    options.generator = QStringLiteral("Rollout Cockpit %1").arg(QStringLiteral(COCKPIT_VERSION));
    // The profile's passwords first (to mask them wherever they stand), then the record.
    QFuture<Credentials> credentials = QtFuture::makeReadyFuture(Credentials{});
    if (!profile.isEmpty()) {
        if (const auto loaded = m_services.profiles().load(profile))
            credentials = m_services.exec().credentials(loaded.value());
    }
    onFinished(credentials, this, [this, runbook, rollout, options, path](const Credentials& found) mutable {
        options.knownSecrets = found.passwords.values();
        onFinished(m_services.store().run<QJsonObject>([runbook, rollout, options](Store& store) {
            return report::gather(store, runbook, rollout, options, QDateTime::currentDateTimeUtc());
        }),
                   this, [this, path](const Result<QJsonObject>& gathered) {
                       if (!gathered) {
                           done();
                           Q_EMIT failed(gathered.error());
                           return;
                       }
                       render(gathered.value(), path);
                   });
    });
}

void ReportExport::render(const QJsonObject& report, const QString& path)
{
    if (m_progress)
        m_progress->setLabelText(tr("Writing %1…").arg(QFileInfo(path).fileName()));
    const QString suffix = QFileInfo(path).suffix().toLower();
    const report::Format format = report::parseFormat(suffix).value_or(report::Format::Pdf);
    const QLocale::Territory territory = QLocale().territory();
    const QPageSize::PageSizeId size
        = territory == QLocale::UnitedStates || territory == QLocale::Canada ? QPageSize::Letter : QPageSize::A4;
    QPointer<QProgressDialog> progress = m_progress;
    const auto onPage = [progress](int page, int pages) {
        QMetaObject::invokeMethod(
            qApp,
            [progress, page, pages] {
                if (progress) {
                    progress->setMaximum(pages);
                    progress->setValue(page);
                    progress->setLabelText(ReportExport::tr("Writing page %1 of %2…").arg(page).arg(pages));
                }
            },
            Qt::QueuedConnection);
    };
    onFinished(
        QtConcurrent::run(
            [report, path, format, size, onPage] { return report::writeReport(report, path, format, size, onPage); }),
        this, [this, path, report](const Result<Done>& written) {
            done();
            if (!written) {
                Q_EMIT failed(written.error());
                return;
            }
            Q_EMIT finished(path, report.value(QStringLiteral("verdict")).toString(),
                            report.value(QStringLiteral("ledger")).toObject().value(QStringLiteral("intact")).toBool());
        });
}

void ReportExport::done()
{
    m_running = false;
    if (m_progress)
        m_progress->close();
}

} // namespace cockpit::gui
