#include "CliSupport.h"
#include "Cli.h"
#include "Console.h"

#include <QCoreApplication>

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
          << CliText::tr("(rollout-cockpit --help lists every command and its options)\n");
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
