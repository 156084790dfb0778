#pragma once

#include <QEventLoop>
#include <QFuture>
#include <QString>
#include <QStringList>

#include <optional>

namespace cockpit::cli {

// Runs asynchronous work on the event loop and exits with its code.
int runAsync(QFuture<int> work);

// Runs the event loop until the future is finished (a command line may wait; the window never).
template<typename T> T waitFor(QFuture<T> future)
{
    QEventLoop loop;
    future.then(&loop, [&loop](const T&) { loop.quit(); });
    if (!future.isFinished())
        loop.exec();
    return future.result();
}

// Takes "--name VALUE" or "--name=VALUE" out of the arguments, every occurrence, in order.
// An option without its value is an error (nullopt), the caller's to report.
std::optional<QStringList> takeOption(QStringList& arguments, const QString& name);
// The last value of an option that may be given once; empty when absent.
std::optional<QString> takeSingleOption(QStringList& arguments, const QString& name);
// Takes "--name" out of the arguments; whether it was there.
bool takeFlag(QStringList& arguments, const QString& name);

} // namespace cockpit::cli
