#include "CliSupport.h"

#include "Cli.h"
#include "Console.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace cockpit::cli {

int runAsync(QFuture<int> work)
{
    work.then(qApp, [](int code) {
        QMetaObject::invokeMethod(
            qApp, [code] { QCoreApplication::exit(code); }, Qt::QueuedConnection);
    });
    return QCoreApplication::exec();
}

std::optional<QStringList> takeOption(QStringList& arguments, const QString& name)
{
    QStringList values;
    const QString prefix = name + QLatin1Char('=');
    for (qsizetype i = 0; i < arguments.size();) {
        if (arguments[i] == name) {
            if (i + 1 >= arguments.size())
                return std::nullopt;
            values.append(arguments[i + 1]);
            arguments.remove(i, 2);
        } else if (arguments[i].startsWith(prefix)) {
            values.append(arguments[i].mid(prefix.size()));
            arguments.remove(i);
        } else {
            ++i;
        }
    }
    return values;
}

// An ISO 8601 instant with its offset ("2026-12-05T22:00:00+01:00", "...Z"); the zone it was
// given in is the named one, else the offset's.
std::optional<std::pair<QDateTime, QString>> parseInstant(const QString& text, const QString& zone)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        return std::nullopt;
    if (!zone.isEmpty()) {
        const QTimeZone named(zone.toUtf8());
        if (!named.isValid())
            return std::nullopt;
        if (parsed.timeSpec() == Qt::LocalTime) // no offset given: the time is the zone's
            parsed = QDateTime(parsed.date(), parsed.time(), named);
        return std::make_pair(parsed.toUTC(), zone);
    }
    if (parsed.timeSpec() == Qt::LocalTime)
        return std::nullopt; // a time without an offset or a zone means nothing to a team across zones
    const QString offsetZone = parsed.timeSpec() == Qt::UTC || parsed.offsetFromUtc() == 0
        ? QStringLiteral("UTC")
        : QString::fromUtf8(QTimeZone(parsed.offsetFromUtc()).id());
    return std::make_pair(parsed.toUTC(), offsetZone);
}

std::optional<QString> takeSingleOption(QStringList& arguments, const QString& name)
{
    const auto values = takeOption(arguments, name);
    if (!values)
        return std::nullopt;
    return values->isEmpty() ? QString() : values->last();
}

bool takeFlag(QStringList& arguments, const QString& name)
{
    const bool present = arguments.contains(name);
    arguments.removeAll(name);
    return present;
}

int refuse(const QString& command, const QString& message)
{
    err() << QStringLiteral("rollout-cockpit %1: ").arg(command) << message << '\n';
    return ExitInvalidInput;
}

int usageError(const QString& command, const QString& message)
{
    err() << QStringLiteral("rollout-cockpit %1: ").arg(command) << message << '\n'
          << CliText::tr("(\"rollout-cockpit %1 --help\" lists its options)\n").arg(command);
    return ExitUsage;
}

Result<QString> takeFormat(QStringList& arguments, const QStringList& allowed)
{
    QStringList quoted = allowed;
    const QString last = quoted.takeLast();
    const QString choices
        = quoted.isEmpty() ? last : CliText::tr("%1 or %2").arg(quoted.join(QLatin1String(", ")), last);
    const auto format = takeSingleOption(arguments, QStringLiteral("--format"));
    if (!format)
        return makeError(ErrorKind::InvalidInput, CliText::tr("--format needs a value: %1").arg(choices));
    if (format->isEmpty())
        return allowed.first();
    if (!allowed.contains(format.value()))
        return makeError(ErrorKind::InvalidInput,
                         CliText::tr("unknown format \"%1\" (use %2)").arg(format.value(), choices));
    return format.value();
}

} // namespace cockpit::cli
