#include "RunbookCommand.h"
#include "CommandHelp.h"

#include "CliSupport.h"

#include "Cli.h"
#include "Console.h"
#include "RunbookText.h"
#include "core/RunbookLoader.h"
#include "core/RunbookWriter.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace cockpit::cli {
namespace {

int usage(const QString& message)
{
    err() << QStringLiteral("rollout-cockpit runbook: ") << message << '\n' << usageOf("runbook");
    return ExitUsage;
}

int validate(const QStringList& arguments)
{
    if (arguments.size() != 1)
        return usage(CliText::tr("validate takes exactly one FILE"));
    const auto runbook = RunbookLoader::loadFile(arguments.first());
    if (!runbook) {
        err() << runbook.error().toString() << '\n';
        return ExitInvalidInput;
    }
    for (const QString& warning : runbook->warnings)
        err() << CliText::tr("%1: warning: %2\n").arg(arguments.first(), warning);
    out() << CliText::tr("%1: valid runbook \"%2\" (%3 checklist items, %4 phases)\n")
                 .arg(arguments.first(), runbook->title)
                 .arg(runbook->itemCount())
                 .arg(runbook->phases.size());
    return ExitOk;
}

int show(QStringList arguments)
{
    const auto format = takeFormat(arguments);
    if (!format)
        return usage(format.error().message);
    QString file;
    for (const QString& word : std::as_const(arguments)) {
        if (word.startsWith(QLatin1Char('-')))
            return usage(CliText::tr("unknown option \"%1\"").arg(word));
        if (!file.isEmpty())
            return usage(CliText::tr("show takes at most one FILE"));
        file = word;
    }
    const auto runbook = RunbookLoader::loadFile(file.isEmpty() ? builtinRunbookPath() : file);
    if (!runbook) {
        err() << runbook.error().toString() << '\n';
        return ExitInvalidInput;
    }
    if (format.value() == QLatin1String("json"))
        out() << QString::fromUtf8(QJsonDocument(runbookToJson(runbook.value())).toJson(QJsonDocument::Indented));
    else
        out() << runbookAsText(runbook.value());
    return ExitOk;
}

} // namespace

int runRunbookCommand(const QStringList& arguments)
{
    if (arguments.isEmpty())
        return usage(CliText::tr("missing subcommand (validate or show)"));
    const QString& sub = arguments.first();
    if (sub == QLatin1String("validate"))
        return validate(arguments.mid(1));
    if (sub == QLatin1String("show"))
        return show(arguments.mid(1));
    return usage(CliText::tr("unknown subcommand \"%1\" (validate or show)").arg(sub));
}

} // namespace cockpit::cli
