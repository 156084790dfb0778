#include "MigrationSession.h"

#include "Rehearsal.h"

#include "Blocking.h"
#include "engine/services/ExecSetup.h"
#include "store/AsyncStore.h"
#include "store/Store.h"

#include <QJsonDocument>
#include <QPromise>

namespace cockpit::migration {
namespace {
std::atomic_int g_probeThreads{0};
}

int MigrationSession::probeThreadsRunning()
{
    return g_probeThreads.load();
}

MigrationSession::MigrationSession(AsyncStore& store, ExecSetup& exec, QObject* parent)
    : QObject(parent), m_store(store), m_exec(exec)
{ }

MigrationSession::~MigrationSession()
{
    // The run and the probes use the store and this session's flags: they end before either.
    m_abort->store(true);
    for (QThread* thread : std::as_const(m_probes)) {
        thread->wait();
        delete thread;
    }
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void MigrationSession::setContext(const Runbook& runbook, const std::optional<ConnectionProfile>& profile,
                                  qint64 rolloutId, const QString& actor)
{
    m_runbook = runbook;
    m_profile = profile;
    m_rolloutId = rolloutId;
    m_actor = actor;
    reload();
}

void MigrationSession::reload()
{
    if (m_rolloutId <= 0)
        return;
    const qint64 rollout = m_rolloutId;
    onFinished(m_store.run<QList<AuditEntry>>([rollout](Store& store) { return store.journal(rollout); }), this,
               [this](const Result<QList<AuditEntry>>& entries) {
                   if (!entries) {
                       Q_EMIT failed(entries.error());
                       return;
                   }
                   m_journal = readJournal(entries.value());
                   m_loaded = true;
                   Q_EMIT journalChanged();
               });
}

void MigrationSession::record(const QString& entity, const QString& field, const QJsonObject& value)
{
    const qint64 rollout = m_rolloutId;
    const QString actor = m_actor;
    const QString text = QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact));
    onFinished(m_store.run<AuditEntry>([=](Store& store) {
        return store.appendJournal(rollout, entity, field, text, QStringLiteral("{}"), actor);
    }),
               this, [this](const Result<AuditEntry>& written) {
                   if (!written)
                       Q_EMIT failed(written.error());
                   reload();
               });
}

void MigrationSession::resolve(const QString& path, const QString& as, const QString& note)
{
    record(path, QStringLiteral("resolve"), {{QStringLiteral("as"), as}, {QStringLiteral("note"), note}});
}

void MigrationSession::skip(const QString& path, const QString& reason)
{
    record(path, QStringLiteral("skip"), {{QStringLiteral("reason"), reason}});
}

void MigrationSession::overridePreflight(const QString& path, const QString& reason)
{
    record(path, QStringLiteral("preflight_override"), {{QStringLiteral("reason"), reason}});
}

void MigrationSession::overrideGate(const QString& gate, const QString& reason)
{
    record(QStringLiteral("migration/gate/") + gate, QStringLiteral("override"), {{QStringLiteral("reason"), reason}});
}

ExecContext MigrationSession::makeContext(ExecContext context) const
{
    context.abortRequested = m_abort.get();
    context.pauseRequested = m_pause.get();
    QPointer<MigrationSession> self(const_cast<MigrationSession*>(this));
    context.output = [self](const QString& line) {
        if (self)
            Q_EMIT self->output(line);
    };
    context.progress = [self](int percent) {
        if (self)
            Q_EMIT self->progress(percent);
    };
    return context;
}

bool MigrationSession::probe(const QString& path)
{
    if (!m_profile || isRunning())
        return false;
    const Plan plan = buildPlan(
        m_runbook, path.startsWith(QLatin1String("rollback/")) ? Procedure::Rollback : Procedure::Migration);
    const PlannedAction* action = plan.find(path);
    if (!action)
        return false;
    // Probes ask the cluster: on a short-lived thread of their own, never the window's. The
    // answer comes back through a future, delivered only while this session still exists; the
    // session waits for the thread when it ends (the thread uses the store and the abort flag).
    auto context
        = std::make_shared<ExecContext>(makeContext(m_exec.context({m_runbook, *m_profile, m_rolloutId, m_actor})));
    context->output = {};
    context->progress = {};
    auto promise = std::make_shared<QPromise<QString>>();
    promise->start();
    ++g_probeThreads;
    QThread* thread = QThread::create([context, promise, copy = *action, inputs = m_journal.record(path).inputs] {
        promise->addResult(MigrationRunner(*context).probeInDoubt(copy, inputs).summary);
        promise->finish();
        --g_probeThreads;
    });
    m_probes.append(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        if (m_probes.removeOne(thread))
            thread->deleteLater();
    });
    onFinished(promise->future(), this, [this, path](const QString& summary) { Q_EMIT probed(path, summary); });
    thread->start();
    return true;
}

void MigrationSession::start(const RunOptions& options, std::optional<std::chrono::milliseconds> watchFor)
{
    // Running from this moment: a second click while the keychain answers starts nothing.
    if (isRunning() || !m_profile)
        return;
    m_runState = RunState::Starting;
    const quint64 generation = ++m_runGeneration;
    m_abort->store(false);
    m_pause->store(false);
    // The passwords first (the keychain answers on this thread), then the run on its own.
    onFinished(m_exec.prepare({m_runbook, *m_profile, m_rolloutId, m_actor}), this,
               [this, generation, options, watchFor](const std::pair<ExecContext, QStringList>& prepared) {
                   if (generation != m_runGeneration || m_runState != RunState::Starting)
                       return; // aborted while the keychain answered
                   launch(prepared.first, options, watchFor);
               });
}

void MigrationSession::launch(ExecContext prepared, const RunOptions& options,
                              std::optional<std::chrono::milliseconds> watchFor)
{
    ExecContext context = makeContext(std::move(prepared));
    context.watchFor = watchFor;
    QPointer<MigrationSession> self(this);
    RunEvents events;
    events.started = [self](const PlannedAction& a, const QJsonObject&) {
        if (self) {
            Q_EMIT self->actionStarted(a.path);
            QMetaObject::invokeMethod(self, [self] {
                if (self)
                    self->reload();
            });
        }
    };
    events.ended = [self](const PlannedAction& a, const Outcome& outcome) {
        if (self) {
            Q_EMIT self->actionEnded(a.path, outcome.message, outcome.kind == Outcome::Kind::Done);
            QMetaObject::invokeMethod(self, [self] {
                if (self)
                    self->reload();
            });
        }
    };
    events.planned = [self](const PlannedAction& a, const QJsonObject& inputs) {
        if (!self)
            return;
        Q_EMIT self->output(QStringLiteral("[%1] %2 — %3").arg(a.phaseNumber).arg(a.path, a.stepTitle));
        for (const QString& line : describeInputs(inputs).split(QLatin1Char('\n')))
            Q_EMIT self->output(QStringLiteral("    ") + line);
    };
    events.preflight = [self](const PlannedAction& a, const QJsonObject& preflight) {
        if (!self)
            return;
        const bool clear = preflight.value(QStringLiteral("clear")).toBool();
        Q_EMIT self->output(
            clear
                ? tr("  preflight of %1 on %2: clear").arg(a.path, preflight.value(QStringLiteral("node")).toString())
                : tr("  preflight of %1 on %2 found:").arg(a.path, preflight.value(QStringLiteral("node")).toString()));
        if (!preflight.value(QStringLiteral("error")).toString().isEmpty())
            Q_EMIT self->output(QStringLiteral("    ! ") + preflight.value(QStringLiteral("error")).toString());
        for (const auto& f : preflight.value(QStringLiteral("findings")).toArray())
            Q_EMIT self->output(
                (f[QStringLiteral("blocks")].toBool() ? QStringLiteral("    ! ") : QStringLiteral("    · "))
                + f[QStringLiteral("text")].toString());
    };
    // The runner's thread waits for the person's answer without holding the window's
    // thread: an abort (or this session ending) stops the wait with a "no".
    events.confirm
        = [session = this, abort = m_abort](const PlannedAction& a, const QJsonObject& inputs, bool destructive) {
              auto promise = std::make_shared<QPromise<bool>>();
              promise->start();
              const QFuture<bool> answer = promise->future();
              QMetaObject::invokeMethod(session, [session, promise, a, inputs, destructive] {
                  const auto answer = [promise](bool yes) {
                      if (promise->future().isFinished())
                          return;
                      promise->addResult(yes);
                      promise->finish();
                  };
                  if (session->confirm)
                      session->confirm(a, inputs, destructive, answer);
                  else
                      answer(false);
              });
              while (!answer.isFinished() && !abort->load())
                  pauseFor(std::chrono::milliseconds(100));
              return answer.isFinished() && answer.resultCount() > 0 && answer.result() && !abort->load();
          };
    m_runState = RunState::Running;
    m_thread = QThread::create([context, events, options, self]() mutable {
        if (options.rehearse) {
            RehearsalOptions rehearsalOptions;
            rehearsalOptions.snapshotLabel = options.rehearsalSnapshot;
            const auto report = rehearse(context, rehearsalOptions);
            QString message;
            if (!report) {
                message = tr("The rehearsal could not run: %1").arg(report.error().toString());
            } else {
                QStringList lines{tr("REHEARSAL on a copy of %1:").arg(report->snapshot)};
                for (const PhaseForecast& f : report->phases)
                    lines.append(QStringLiteral("  ") + f.text());
                for (const RehearsedAction& a : report->failures())
                    lines.append(tr("  FAILED on the copy: %1 — %2").arg(a.path, a.message));
                message = lines.join(QLatin1Char('\n'));
            }
            const int status
                = static_cast<int>(report && report->failures().isEmpty() ? RunStatus::Done : RunStatus::Failed);
            QMetaObject::invokeMethod(self, [self, status, message] {
                if (!self)
                    return;
                self->reload();
                Q_EMIT self->finished(status, message, QString(), QString());
            });
            return;
        }
        MigrationRunner runner(context);
        const RunSummary summary = runner.run(options, events);
        QMetaObject::invokeMethod(self, [self, summary] {
            if (!self)
                return;
            Q_EMIT self->finished(static_cast<int>(summary.status), summary.message, summary.actionPath,
                                  summary.probe.summary);
        });
    });
    QThread* thread = m_thread;
    connect(thread, &QThread::finished, this, [this, thread] { runEnded(thread); });
    thread->start();
}

void MigrationSession::runEnded(QThread* thread)
{
    if (thread != m_thread)
        return;
    m_thread->deleteLater();
    m_thread = nullptr;
    m_runState = RunState::Idle;
    reload();
}

void MigrationSession::pause()
{
    // The runner checks the flag before each action; a running one finishes.
    m_pause->store(true);
}

void MigrationSession::abort()
{
    m_abort->store(true);
    if (m_runState == RunState::Starting) {
        // Nothing ran yet: the keychain's answer, when it comes, starts nothing.
        ++m_runGeneration;
        m_runState = RunState::Idle;
        Q_EMIT finished(static_cast<int>(RunStatus::Stopped), tr("aborted before the run started"), QString(),
                        QString());
    }
}

} // namespace cockpit::migration
