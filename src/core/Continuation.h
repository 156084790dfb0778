#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QPointer>

#include "Result.h"

namespace cockpit {

// Runs fn(result) on the main thread once the future finishes, unless receiver is gone by
// then. Use it instead of QFuture::then(receiver, fn): in Qt 6.4 that asserts the receiver
// still lives when the future finishes (and in release drops the continuation), while a
// window or a session may well close first. The application object outlives every future.
template<typename T, typename Fn> void onFinished(QFuture<T> future, QObject* receiver, Fn fn)
{
    future.then(QCoreApplication::instance(),
                [receiver = QPointer<QObject>(receiver), fn = std::move(fn)](const T& value) mutable {
                    if (receiver)
                        fn(value);
                });
}

// The result of a finished future of Result<T>; a future that finished without one (it was
// cancelled: its promise died unanswered) becomes a Cancelled error instead of a crash.
template<typename T> Result<T> resultOf(const QFuture<Result<T>>& future, const QString& where = {})
{
    if (future.isCanceled() || future.resultCount() < 1)
        return makeError(ErrorKind::Cancelled, QStringLiteral("the answer was abandoned before it came"), where);
    return future.result();
}

} // namespace cockpit
