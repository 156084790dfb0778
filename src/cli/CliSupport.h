#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QFuture>
#include <QString>
#include <QStringList>

#include <optional>

namespace cockpit::cli {

// Runs asynchronous work on the event loop and exits with its code.
int runAsync(QFuture<int> work);

// Takes "--name VALUE" or "--name=VALUE" out of the arguments, every occurrence, in order.
// An option without its value is an error (nullopt), the caller's to report.
std::optional<QStringList> takeOption(QStringList& arguments, const QString& name);
// The last value of an option that may be given once; empty when absent.
std::optional<QString> takeSingleOption(QStringList& arguments, const QString& name);
// An ISO 8601 instant with its offset ("2026-12-05T22:00:00+01:00", "...Z"), or without one in the
// named zone; the instant in UTC and the zone it was given in. nullopt: no offset and no zone (a
// time means nothing to a team across zones), or not a time.
std::optional<std::pair<QDateTime, QString>> parseInstant(const QString& text, const QString& zone = {});
// Takes "--name" out of the arguments; whether it was there.
bool takeFlag(QStringList& arguments, const QString& name);
// "rollout-cockpit COMMAND: message" on standard error; returns the exit code of input the caller
// must fix (2).
int refuse(const QString& command, const QString& message);
// A mistake in the command line itself (an unknown subcommand or option, a missing value): said
// the same way, exit 64; nothing has been opened or created for it.
int usageError(const QString& command, const QString& message);
// Takes "--format F" out of the arguments: one of the allowed, the first when absent. A missing
// value or another format is an error naming the allowed ones.
Result<QString> takeFormat(QStringList& arguments,
                           const QStringList& allowed = {QStringLiteral("text"), QStringLiteral("json")});

} // namespace cockpit::cli
