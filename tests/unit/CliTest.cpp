// Runs the real binary, as a script or CI pipeline would.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace cockpit;

namespace {

test::CommandResult run(const QStringList& arguments)
{
    return test::runCommand(QStringLiteral(COCKPIT_BINARY), arguments, 30000);
}

} // namespace

TEST(Cli, PrintsVersionAndHelp)
{
    const test::CommandResult version = run({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.out.trimmed(), QStringLiteral("rollout-cockpit " COCKPIT_VERSION));
    const test::CommandResult help = run({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("rollout-cockpit runbook validate FILE")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("runbook show [--format text|json] [FILE]")));
}

// Every command answers --help and `help COMMAND` with its own usage: every option, its exit
// codes and an example; the global usage puts each summary under its own command.
TEST(Cli, EveryCommandHelpsWithItsOptionsExitCodesAndAnExample)
{
    for (const char* command : {"runbook", "profile", "check", "checklist", "approvals", "migrate", "rollback", "watch",
                                "triggers", "switchover", "report", "store", "team"}) {
        const QString name = QString::fromLatin1(command);
        const test::CommandResult help = run({name, QStringLiteral("--help")});
        EXPECT_EQ(help.exitCode, 0) << command << help.err.toStdString();
        EXPECT_TRUE(help.out.contains(QStringLiteral("rollout-cockpit ") + name)) << command;
        EXPECT_TRUE(help.out.contains(QStringLiteral("Exit codes:"))) << command;
        EXPECT_TRUE(help.out.contains(QStringLiteral("Example:\n  rollout-cockpit ") + name)) << command;
        const test::CommandResult viaHelp = run({QStringLiteral("help"), name});
        EXPECT_EQ(viaHelp.exitCode, 0) << command;
        EXPECT_EQ(viaHelp.out, help.out) << command;
    }
    const test::CommandResult migrate = run({QStringLiteral("migrate"), QStringLiteral("-h")});
    for (const char* option : {"--phase N", "--dry-run", "--rehearse", "--from-snapshot LABEL", "--wait-clear D",
                               "--override GATE", "--profile NAME", "--store PATH"})
        EXPECT_TRUE(migrate.out.contains(QString::fromLatin1(option))) << option;
    EXPECT_TRUE(migrate.out.contains(QStringLiteral("5   the preflight found a blocker")));

    const QString usage = run({QStringLiteral("--help")}).out;
    const qsizetype rollback = usage.indexOf(QStringLiteral("rollout-cockpit rollback"));
    const qsizetype approvals = usage.indexOf(QStringLiteral("rollout-cockpit approvals show"));
    const qsizetype sentence = usage.indexOf(QStringLiteral("The five sign-offs"));
    ASSERT_GT(rollback, 0);
    ASSERT_GT(sentence, 0);
    EXPECT_GT(sentence, approvals);
    EXPECT_LT(sentence, usage.indexOf(QStringLiteral("rollout-cockpit migrate [")));
    EXPECT_TRUE(usage.mid(rollback, 200).contains(QStringLiteral("rollback procedure")));
}

TEST(Cli, UnknownOptionsAndCommandsSuggestTheNearestOne)
{
    const test::CommandResult option = run({QStringLiteral("migrate"), QStringLiteral("--dyr-run")});
    EXPECT_EQ(option.exitCode, 64);
    EXPECT_TRUE(option.err.contains(QStringLiteral("unknown option \"--dyr-run\"; did you mean --dry-run?")))
        << option.err.toStdString();
    const test::CommandResult withValue = run({QStringLiteral("report"), QStringLiteral("--outptu=r.pdf")});
    EXPECT_EQ(withValue.exitCode, 64);
    EXPECT_TRUE(withValue.err.contains(QStringLiteral("did you mean --output?"))) << withValue.err.toStdString();
    const test::CommandResult far = run({QStringLiteral("watch"), QStringLiteral("--zzzzzzzz")});
    EXPECT_EQ(far.exitCode, 64);
    EXPECT_TRUE(far.err.contains(QStringLiteral("\"rollout-cockpit watch --help\" lists them")))
        << far.err.toStdString();
    // A value that looks like an option is the option's value, not an unknown option.
    const test::CommandResult value
        = run({QStringLiteral("runbook"), QStringLiteral("show"), QStringLiteral("--format"), QStringLiteral("--xml")});
    EXPECT_EQ(value.exitCode, 64);
    EXPECT_FALSE(value.err.contains(QStringLiteral("unknown option \"--xml\""))) << value.err.toStdString();
    EXPECT_TRUE(value.err.contains(QStringLiteral("unknown format \"--xml\""))) << value.err.toStdString();
    // "-h" as an option's value is that value, not a request for help.
    const test::CommandResult helpAsValue
        = run({QStringLiteral("runbook"), QStringLiteral("show"), QStringLiteral("--format"), QStringLiteral("-h")});
    EXPECT_NE(helpAsValue.exitCode, 0);
    EXPECT_FALSE(helpAsValue.out.startsWith(QStringLiteral("Usage:"))) << helpAsValue.out.toStdString();
    const test::CommandResult command = run({QStringLiteral("migrat")});
    EXPECT_EQ(command.exitCode, 64);
    EXPECT_TRUE(command.err.contains(QStringLiteral("did you mean migrate?"))) << command.err.toStdString();
    const test::CommandResult helpOfNothing = run({QStringLiteral("help"), QStringLiteral("aproovals")});
    EXPECT_EQ(helpOfNothing.exitCode, 64);
    EXPECT_TRUE(helpOfNothing.err.contains(QStringLiteral("did you mean approvals?")))
        << helpOfNothing.err.toStdString();
}

// The man page and the completion scripts come from the same tables as --help.
TEST(Cli, ManPageAndCompletionScriptsComeFromTheOptionTables)
{
    const test::CommandResult man = run({QStringLiteral("help"), QStringLiteral("--man")});
    EXPECT_EQ(man.exitCode, 0);
    EXPECT_TRUE(man.out.startsWith(QStringLiteral(".TH ROLLOUT\\-COCKPIT 1")));
    EXPECT_TRUE(man.out.contains(QStringLiteral(".SS migrate")));
    EXPECT_TRUE(man.out.contains(QStringLiteral("\\-\\-rehearse")));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const test::CommandResult bash = run({QStringLiteral("completion"), QStringLiteral("bash")});
    ASSERT_EQ(bash.exitCode, 0);
    QFile script(dir.filePath(QStringLiteral("completion.bash")));
    ASSERT_TRUE(script.open(QIODevice::WriteOnly));
    script.write(bash.out.toUtf8());
    script.close();
    // Complete "rollout-cockpit migrate --reh" with the real script in a real bash.
    const test::CommandResult completed
        = test::runCommand(QStringLiteral("bash"),
                           {QStringLiteral("-c"),
                            QStringLiteral("source '%1'; COMP_WORDS=(rollout-cockpit migrate --reh); COMP_CWORD=2; "
                                           "_rollout_cockpit; printf '%s\\n' \"${COMPREPLY[@]}\"")
                                .arg(script.fileName())});
    EXPECT_EQ(completed.exitCode, 0) << completed.err.toStdString();
    EXPECT_EQ(completed.out.trimmed(), QStringLiteral("--rehearse"));
    const test::CommandResult zsh = run({QStringLiteral("completion"), QStringLiteral("zsh")});
    EXPECT_EQ(zsh.exitCode, 0);
    EXPECT_TRUE(zsh.out.startsWith(QStringLiteral("#compdef rollout-cockpit")));
    EXPECT_TRUE(zsh.out.contains(QStringLiteral("--from-snapshot")));
    EXPECT_EQ(run({QStringLiteral("completion"), QStringLiteral("fish")}).exitCode, 64);
}

TEST(Cli, ValidateAcceptsTheShippedAndMinimalRunbooks)
{
    const test::CommandResult shipped
        = run({QStringLiteral("runbook"), QStringLiteral("validate"),
               test::sourcePath(QStringLiteral("resources/runbooks/production-rollout.json"))});
    EXPECT_EQ(shipped.exitCode, 0) << shipped.err.toStdString();
    EXPECT_TRUE(shipped.out.contains(QStringLiteral("77 checklist items")));
    const test::CommandResult minimal = run({QStringLiteral("runbook"), QStringLiteral("validate"),
                                             test::dataPath(QStringLiteral("runbooks/minimal.json"))});
    EXPECT_EQ(minimal.exitCode, 0) << minimal.err.toStdString();
}

TEST(Cli, ValidateExitsTwoOnEveryBrokenFixtureNamingIt)
{
    const QDir dir(test::dataPath(QStringLiteral("runbooks/broken")));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    ASSERT_GE(files.size(), 20);
    for (const QString& file : files) {
        const test::CommandResult result
            = run({QStringLiteral("runbook"), QStringLiteral("validate"), dir.filePath(file)});
        EXPECT_EQ(result.exitCode, 2) << file.toStdString();
        EXPECT_TRUE(result.err.startsWith(dir.filePath(file) + QStringLiteral(": "))) << result.err.toStdString();
        EXPECT_TRUE(result.out.isEmpty());
    }
}

TEST(Cli, ShowJsonHasTheDocumentedPathsAndCounts)
{
    const test::CommandResult result
        = run({QStringLiteral("runbook"), QStringLiteral("show"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError);
    const QJsonArray sections = root[QStringLiteral("checklist")][QStringLiteral("sections")].toArray();
    QList<int> counts;
    for (const QJsonValue& section : sections) {
        EXPECT_FALSE(section[QStringLiteral("id")].toString().isEmpty());
        EXPECT_FALSE(section[QStringLiteral("title")].toString().isEmpty());
        for (const QJsonValue& item : section[QStringLiteral("items")].toArray()) {
            EXPECT_FALSE(item[QStringLiteral("id")].toString().isEmpty());
            EXPECT_FALSE(item[QStringLiteral("title")].toString().isEmpty());
        }
        counts.append(static_cast<int>(section[QStringLiteral("items")].toArray().size()));
    }
    EXPECT_EQ(counts, (QList<int>{15, 18, 17, 10, 12, 5}));
    QList<int> steps;
    for (const QJsonValue& phase : root[QStringLiteral("migration")][QStringLiteral("phases")].toArray())
        steps.append(static_cast<int>(phase[QStringLiteral("steps")].toArray().size()));
    EXPECT_EQ(steps, (QList<int>{5, 8, 4}));
    const QJsonObject rollback = root[QStringLiteral("rollback")].toObject();
    EXPECT_EQ(rollback[QStringLiteral("triggers")].toArray().size(), 6);
    EXPECT_EQ(rollback[QStringLiteral("procedure")].toArray().size(), 6);
    EXPECT_EQ(rollback[QStringLiteral("consistency_checks")].toArray().size(), 3);
    EXPECT_EQ(root[QStringLiteral("monitoring")][QStringLiteral("metrics")].toArray().size(), 16);
    EXPECT_EQ(root[QStringLiteral("week1_validations")].toArray().size(), 7);
    EXPECT_EQ(root[QStringLiteral("response_matrix")].toArray().size(), 6);
    EXPECT_EQ(root[QStringLiteral("success_criteria")].toArray().size(), 9);
    EXPECT_EQ(root[QStringLiteral("contacts")].toArray().size(), 4);
    EXPECT_EQ(root[QStringLiteral("approvals")][QStringLiteral("roles")].toArray().size(), 5);
    for (const char* key : {"triggers", "procedure", "consistency_checks"}) {
        for (const QJsonValue& entry : rollback[QString::fromLatin1(key)].toArray()) {
            EXPECT_FALSE(entry[QStringLiteral("id")].toString().isEmpty()) << key;
            EXPECT_FALSE(entry[QStringLiteral("title")].toString().isEmpty()) << key;
        }
    }
}

TEST(Cli, ShowTextIsReadable)
{
    const test::CommandResult result = run(
        {QStringLiteral("runbook"), QStringLiteral("show"), test::dataPath(QStringLiteral("runbooks/minimal.json"))});
    ASSERT_EQ(result.exitCode, 0);
    EXPECT_TRUE(
        result.out.contains(QStringLiteral("[ ] Kernel parameters tuned (`vm.swappiness=10`)  (infra.kernel)")));
    EXPECT_TRUE(result.out.contains(QStringLiteral("vm.swappiness = 10")));
    EXPECT_TRUE(result.out.contains(QStringLiteral("error_rate > 5% for 5m")));
}

TEST(Cli, RejectsABadCommandLineWithUsage)
{
    EXPECT_EQ(run({QStringLiteral("runbok")}).exitCode, 64);
    EXPECT_EQ(run({QStringLiteral("runbook")}).exitCode, 64);
    EXPECT_EQ(
        run({QStringLiteral("runbook"), QStringLiteral("show"), QStringLiteral("--format"), QStringLiteral("xml")})
            .exitCode,
        64);
    EXPECT_EQ(run({QStringLiteral("runbook"), QStringLiteral("validate")}).exitCode, 64);
    const test::CommandResult missing
        = run({QStringLiteral("runbook"), QStringLiteral("validate"), QStringLiteral("/no/such.json")});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("/no/such.json: no such file")));
}

TEST(Cli, ValidatePrintsWarningsButPasses)
{
    const test::CommandResult warned = run({QStringLiteral("runbook"), QStringLiteral("validate"),
                                            test::dataPath(QStringLiteral("runbooks/duplicate-section-title.json"))});
    EXPECT_EQ(warned.exitCode, 0) << warned.err.toStdString();
    EXPECT_TRUE(
        warned.err.contains(QStringLiteral("warning: checklist.sections[1].title: this section has the same title")))
        << warned.err.toStdString();
}

TEST(Cli, AFifoIsRefusedInsteadOfHangingTheCommandLine)
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("runbook.json"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const test::CommandResult validated = run({QStringLiteral("runbook"), QStringLiteral("validate"), fifo});
    EXPECT_EQ(validated.exitCode, 2);
    EXPECT_TRUE(validated.err.contains(QStringLiteral("FIFO"))) << validated.err.toStdString();
    const test::CommandResult imported = run({QStringLiteral("--settings"), dir.filePath(QStringLiteral("s.ini")),
                                              QStringLiteral("profile"), QStringLiteral("import"), fifo});
    EXPECT_EQ(imported.exitCode, 2);
    EXPECT_TRUE(imported.err.contains(QStringLiteral("FIFO"))) << imported.err.toStdString();
    const test::CommandResult settings
        = run({QStringLiteral("--settings"), fifo, QStringLiteral("profile"), QStringLiteral("list")});
    EXPECT_EQ(settings.exitCode, 2);
    EXPECT_TRUE(settings.err.contains(QStringLiteral("a settings file must be a regular file")))
        << settings.err.toStdString();
    // The window, too, refuses before it would block.
    const test::CommandResult window
        = run({QStringLiteral("--settings"), fifo, QStringLiteral("-platform"), QStringLiteral("offscreen")});
    EXPECT_EQ(window.exitCode, 2);
}

TEST(Cli, AValidProfileLargerThanTheLimitIsRefusedWithItsSize)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("big.json"));
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(R"({"name": "big", "description": ")");
    out.write(QByteArray(5 * 1024 * 1024, 'x'));
    out.write(R"("})");
    out.close();
    const test::CommandResult imported = run({QStringLiteral("--settings"), dir.filePath(QStringLiteral("s.ini")),
                                              QStringLiteral("profile"), QStringLiteral("import"), file});
    EXPECT_EQ(imported.exitCode, 2);
    EXPECT_TRUE(imported.err.contains(QStringLiteral("the file is %1 bytes").arg(out.size())))
        << imported.err.toStdString();
    EXPECT_FALSE(imported.err.contains(QStringLiteral("malformed"))) << imported.err.toStdString();
}

TEST(Cli, FileNamesThatAreNotUtf8AreRefusedRatherThanConfused)
{
    // "\xff.sqlite" and "\xfe.sqlite" are two files, but Qt reads both names as "\uFFFD.sqlite":
    // the cockpit refuses such a name instead of opening another file. A shell passes the raw
    // byte (QProcess only takes Unicode arguments).
    QTemporaryDir dir;
    QProcess shell;
    shell.start(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"),
                 QStringLiteral("\"$0\" --store \"$(printf '%s/\\377.sqlite' \"$1\")\" runbook show"),
                 QStringLiteral(COCKPIT_BINARY), dir.path()});
    ASSERT_TRUE(shell.waitForFinished(30000));
    const QString err = QString::fromUtf8(shell.readAllStandardError());
    EXPECT_EQ(shell.exitCode(), 2) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("not valid in the system's encoding"))) << err.toStdString();
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).isEmpty()) << "nothing was created";
}

// The checklist headless, on a store of its own: what `set` writes, `show` reads back, with who
// and why; bad input changes nothing.
TEST(Cli, ChecklistSetAndShowShareTheStoreAndRefuseBadInput)
{
    QTemporaryDir dir;
    const QStringList store{QStringLiteral("--settings"), dir.filePath(QStringLiteral("s.ini")),
                            QStringLiteral("--store"), dir.filePath(QStringLiteral("store.sqlite"))};
    const auto cockpit = [&](const QStringList& arguments) { return run(store + arguments); };
    const auto shown = [&] {
        const test::CommandResult result = cockpit(
            {QStringLiteral("checklist"), QStringLiteral("show"), QStringLiteral("--format"), QStringLiteral("json")});
        EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
        QMap<QString, QJsonObject> items;
        for (const QJsonValue& item : QJsonDocument::fromJson(result.out.toUtf8())[QStringLiteral("items")].toArray())
            items.insert(item[QStringLiteral("id")].toString(), item.toObject());
        return items;
    };
    QMap<QString, QJsonObject> items = shown();
    ASSERT_EQ(items.size(), 77);
    EXPECT_EQ(items[QStringLiteral("infra.ntp")][QStringLiteral("status")].toString(), QStringLiteral("open"));
    EXPECT_EQ(items[QStringLiteral("infra.ntp")][QStringLiteral("classification")].toString(),
              QStringLiteral("automated"));

    const test::CommandResult done
        = cockpit({QStringLiteral("checklist"), QStringLiteral("set"), QStringLiteral("infra.ntp"),
                   QStringLiteral("--status"), QStringLiteral("done"), QStringLiteral("--evidence"),
                   QStringLiteral("chronyc tracking on all nodes"), QStringLiteral("--as"), QStringLiteral("bob")});
    EXPECT_EQ(done.exitCode, 0) << done.err.toStdString();
    const test::CommandResult blocked
        = cockpit({QStringLiteral("checklist"), QStringLiteral("set"), QStringLiteral("infra.dns"),
                   QStringLiteral("--status"), QStringLiteral("blocked")});
    EXPECT_EQ(blocked.exitCode, 2);
    EXPECT_TRUE(blocked.err.contains(QStringLiteral("reason"))) << blocked.err.toStdString();
    const test::CommandResult unknownItem
        = cockpit({QStringLiteral("checklist"), QStringLiteral("set"), QStringLiteral("infra.nothing"),
                   QStringLiteral("--status"), QStringLiteral("done")});
    EXPECT_EQ(unknownItem.exitCode, 2);
    EXPECT_TRUE(unknownItem.err.contains(QStringLiteral("infra.nothing"))) << unknownItem.err.toStdString();
    const test::CommandResult badStatus
        = cockpit({QStringLiteral("checklist"), QStringLiteral("set"), QStringLiteral("infra.dns"),
                   QStringLiteral("--status"), QStringLiteral("finished")});
    EXPECT_NE(badStatus.exitCode, 0);

    items = shown();
    EXPECT_EQ(items[QStringLiteral("infra.ntp")][QStringLiteral("status")].toString(), QStringLiteral("done"));
    EXPECT_EQ(items[QStringLiteral("infra.ntp")][QStringLiteral("changed_by")].toString(), QStringLiteral("bob"));
    EXPECT_EQ(items[QStringLiteral("infra.ntp")][QStringLiteral("evidence")].toString(),
              QStringLiteral("chronyc tracking on all nodes"));
    EXPECT_EQ(items[QStringLiteral("infra.dns")][QStringLiteral("status")].toString(), QStringLiteral("open"));
}

TEST(Cli, CheckWithoutAProfileSaysHowToGetOne)
{
    QTemporaryDir dir;
    const test::CommandResult result
        = run({QStringLiteral("--settings"), dir.filePath(QStringLiteral("s.ini")), QStringLiteral("--store"),
               dir.filePath(QStringLiteral("store.sqlite")), QStringLiteral("check")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("profile"))) << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty());
}

// Two cockpits started at once on a store that does not exist yet: both open it (the schema is
// created once, under the write lock), neither goes read-only or sees "table already exists".
// 27 cockpits started at once on a new store, 20 times: every one opens it. Before, the header
// and the table list were read one statement at a time, and about one round in nine had a
// cockpit read the schema another had just created without its application id: "this SQLite
// file belongs to another program".
TEST(Cli, ManyCockpitsStartedAtOnceOnANewStoreAllOpenIt)
{
    QTemporaryDir dir;
    for (int round = 0; round < 20; ++round) {
        const QString store = dir.filePath(QStringLiteral("race-%1.sqlite").arg(round));
        QList<QProcess*> processes;
        for (int i = 0; i < 27; ++i) {
            auto* process = new QProcess;
            process->start(QStringLiteral(COCKPIT_BINARY),
                           {QStringLiteral("--settings"), dir.filePath(QStringLiteral("s.ini")),
                            QStringLiteral("--store"), store, QStringLiteral("checklist"), QStringLiteral("show")});
            processes.append(process);
        }
        for (QProcess* process : processes) {
            ASSERT_TRUE(process->waitForFinished(30000));
            EXPECT_EQ(process->exitCode(), 0)
                << "round " << round << ": " << process->readAllStandardError().toStdString();
            delete process;
        }
    }
}

// The approvals headless on a local store: closed with its reason when fresh, open after five
// approvals inside the window, and `approvals verify` exits 1 naming a record changed directly.
TEST(Cli, ApprovalsShowSignVerifyOnTheLocalStore)
{
    QTemporaryDir dir;
    const QString storePath = dir.filePath(QStringLiteral("store.sqlite"));
    const QStringList store{QStringLiteral("--settings"), dir.filePath(QStringLiteral("s.ini")),
                            QStringLiteral("--store"), storePath};
    const auto cockpit = [&](const QStringList& arguments) { return run(store + arguments); };
    const auto show = [&] {
        const test::CommandResult shown = cockpit(
            {QStringLiteral("approvals"), QStringLiteral("show"), QStringLiteral("--format"), QStringLiteral("json")});
        EXPECT_EQ(shown.exitCode, 0) << shown.err.toStdString();
        return QJsonDocument::fromJson(shown.out.toUtf8()).object();
    };
    QJsonObject root = show();
    EXPECT_FALSE(root[QStringLiteral("gate")][QStringLiteral("open")].toBool());
    const QString reasons = root[QStringLiteral("gate")][QStringLiteral("summary")].toString();
    EXPECT_TRUE(reasons.contains(QStringLiteral("waiting for Database Team Lead"))) << reasons.toStdString();
    EXPECT_TRUE(reasons.contains(QStringLiteral("no maintenance window")));
    EXPECT_EQ(root[QStringLiteral("roles")].toArray().size(), 5);
    EXPECT_TRUE(root[QStringLiteral("chain")][QStringLiteral("intact")].toBool());

    const QStringList roles{QStringLiteral("database-lead"), QStringLiteral("infrastructure-lead"),
                            QStringLiteral("security-reviewer"), QStringLiteral("product-manager"),
                            QStringLiteral("operations-manager")};
    for (const QString& role : roles) {
        const test::CommandResult signed_
            = cockpit({QStringLiteral("approvals"), QStringLiteral("sign"), role, QStringLiteral("--decision"),
                       QStringLiteral("approve"), QStringLiteral("--comment"), QStringLiteral("ok"),
                       QStringLiteral("--as"), QStringLiteral("signer-") + role});
        ASSERT_EQ(signed_.exitCode, 0) << signed_.err.toStdString();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const test::CommandResult window = cockpit({QStringLiteral("approvals"), QStringLiteral("window"),
                                                QStringLiteral("--start"), now.addSecs(-600).toString(Qt::ISODate),
                                                QStringLiteral("--end"), now.addSecs(3600).toString(Qt::ISODate)});
    ASSERT_EQ(window.exitCode, 0) << window.err.toStdString();
    const test::CommandResult badRole
        = cockpit({QStringLiteral("approvals"), QStringLiteral("sign"), QStringLiteral("ceo"),
                   QStringLiteral("--decision"), QStringLiteral("approve")});
    EXPECT_EQ(badRole.exitCode, 2);
    const test::CommandResult noReason
        = cockpit({QStringLiteral("approvals"), QStringLiteral("sign"), QStringLiteral("security-reviewer"),
                   QStringLiteral("--decision"), QStringLiteral("reject")});
    EXPECT_EQ(noReason.exitCode, 2);
    EXPECT_TRUE(noReason.err.contains(QStringLiteral("needs a reason"))) << noReason.err.toStdString();
    root = show();
    EXPECT_TRUE(root[QStringLiteral("gate")][QStringLiteral("open")].toBool())
        << QJsonDocument(root).toJson().toStdString();
    EXPECT_FALSE(root[QStringLiteral("date_approved")].isNull());
    EXPECT_EQ(run(store + QStringList{QStringLiteral("approvals"), QStringLiteral("verify")}).exitCode, 0);

    // A stored sign-off edited directly (its trigger dropped first): verify names it, exit 1.
    const qint64 forged = root[QStringLiteral("roles")].toArray().at(2)[QStringLiteral("record")].toInteger();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("forge"));
        db.setDatabaseName(storePath);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        ASSERT_TRUE(query.exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = %1").arg(forged)));
        ASSERT_TRUE(query.exec(QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN "
                                              "SELECT RAISE(ABORT, 'audit_log is append-only'); END")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("forge"));
    const test::CommandResult verified = cockpit({QStringLiteral("approvals"), QStringLiteral("verify")});
    EXPECT_EQ(verified.exitCode, 1);
    EXPECT_TRUE(verified.out.contains(QStringLiteral("#%1").arg(forged))) << verified.out.toStdString();
    root = show();
    EXPECT_FALSE(root[QStringLiteral("gate")][QStringLiteral("open")].toBool());
    EXPECT_EQ(root[QStringLiteral("chain")][QStringLiteral("first_bad_record")].toInteger(), forged);
}
