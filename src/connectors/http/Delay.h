#pragma once

#include <QFuture>
#include <QPromise>
#include <QTimer>

#include <chrono>
#include <memory>

namespace cockpit {

// A future that finishes after the given time on the calling thread's event loop; for
// polling loops built from continuations (never a sleep, never a nested event loop).
inline QFuture<void> delay(std::chrono::milliseconds duration)
{
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    QFuture<void> future = promise->future();
    QTimer::singleShot(duration, [promise] { promise->finish(); });
    return future;
}

} // namespace cockpit
