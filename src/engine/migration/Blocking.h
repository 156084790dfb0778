#pragma once

#include "core/Continuation.h"

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QTimer>

#include <chrono>
#include <optional>

// Waiting inside the migration's own thread: a step reads top to bottom, while the thread's
// event loop keeps the connectors' sockets and timers going. Never on the window's thread.
namespace cockpit::migration {

template<typename T> Result<T> await(QFuture<Result<T>> future, const QString& where = {})
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<Result<T>> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return resultOf(future, where);
}

// For futures of plain values: nullopt when the future finished without one (its promise died
// unanswered), never a crash.
template<typename T> std::optional<T> awaitValue(QFuture<T> future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    if (future.isCanceled() || future.resultCount() < 1)
        return std::nullopt;
    return future.result();
}

// Lets the thread's events run for a while (a poll's interval).
inline void pauseFor(std::chrono::milliseconds duration)
{
    QEventLoop loop;
    QTimer::singleShot(duration, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace cockpit::migration
