#include "TestSupport.h"

#include "connectors/secrets/SecretStore.h"
#include "store/Store.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace cockpit::test {

QString sqliteExec(const QString& path, const QStringList& statements)
{
    const QString name = QUuid::createUuid().toString();
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery query(db);
            for (const QString& statement : statements) {
                if (!query.exec(statement)) {
                    problem = statement + QStringLiteral(": ") + query.lastError().text();
                    break;
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

TmpfsMount::~TmpfsMount()
{
    QProcess::execute(QStringLiteral("umount"), {m_dir});
}

std::unique_ptr<TmpfsMount> mountTmpfs(const QString& dir, const QString& size)
{
    if (QProcess::execute(QStringLiteral("mount"),
                          {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                           QStringLiteral("size=") + size, QStringLiteral("tmpfs"), dir})
        != 0)
        return {};
    return std::make_unique<TmpfsMount>(dir);
}

Result<std::unique_ptr<Store>> openAsCockpit(const QString& path)
{
    auto store = Store::open(path);
    if (!store)
        return store.error();
    const auto seal = store.value()->seal();
    if (!seal)
        return seal.error();
    if (seal.value()) {
        KeychainSecretStore keychain;
        const auto key = resultOf(keychain.read(Store::sealKeyName(seal.value()->storeId)));
        if (!key)
            return key.error();
        if (const auto used = store.value()->useSealKey(QByteArray::fromBase64(key->toLatin1())); !used)
            return used.error();
    }
    return store;
}

QString dataPath(const QString& relative)
{
    return QStringLiteral(COCKPIT_TEST_DATA_DIR "/") + relative;
}

QString sourcePath(const QString& relative)
{
    return QStringLiteral(COCKPIT_SOURCE_DIR "/") + relative;
}

QString unwritablePath(const QString& tempDir, const QString& fileName)
{
    const QString blocker = tempDir + QStringLiteral("/not-a-folder");
    QFile file(blocker);
    if (file.open(QIODevice::WriteOnly))
        file.close();
    return blocker + QStringLiteral("/sub/") + fileName;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

CommandResult runCommand(const QString& program, const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, QString::fromUtf8(process.readAllStandardOutput()), QStringLiteral("timed out")};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

CertificateFiles makeSelfSignedCertificate(const QString& dir, const QString& commonName)
{
    CertificateFiles files{dir + QStringLiteral("/") + commonName + QStringLiteral(".crt"),
                           dir + QStringLiteral("/") + commonName + QStringLiteral(".key")};
    QProcess openssl;
    openssl.setStandardOutputFile(QProcess::nullDevice());
    openssl.setStandardErrorFile(QProcess::nullDevice());
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName, QStringLiteral("-keyout"), files.key,
                   QStringLiteral("-out"), files.certificate});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        return {};
    return files;
}

bool waitFor(const std::function<bool()>& predicate, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!predicate()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
    return true;
}

QString reportBodyText(const QString& pdf)
{
    const CommandResult text
        = runCommand(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    if (text.exitCode != 0)
        return {};
    // Each page draws its header ("Rollout report: … VERDICT") and footer ("Page n of m Generated …")
    // first: two lines between one page's body and the next.
    static const QRegularExpression footer(QStringLiteral("^Page \\d+ of \\d+ Generated "));
    const QStringList lines = text.out.split(QLatin1Char('\n'));
    QStringList body;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].startsWith(QLatin1String("Rollout report: ")) && i + 1 < lines.size()
            && footer.match(lines[i + 1]).hasMatch()) {
            ++i;
            continue;
        }
        body.append(lines[i]);
    }
    return body.join(QString()).remove(QRegularExpression(QStringLiteral("\\s")));
}

bool holdsWrapped(const QString& text, const QString& phrase)
{
    constexpr int kGap = 600; // what a row's other cells may put between two lines of one cell
    QString pattern;
    for (const QString& word : phrase.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        if (!pattern.isEmpty())
            pattern += QStringLiteral("[\\s\\S]{0,%1}?").arg(kGap);
        QString piece;
        for (const QChar c : word) {
            piece += QRegularExpression::escape(QString(c));
            if (c == QLatin1Char('/') || c == QLatin1Char('-') || c == QLatin1Char(','))
                piece += QStringLiteral("[\\s\\S]{0,%1}?").arg(kGap);
        }
        pattern += piece;
    }
    return QRegularExpression(pattern).match(text).hasMatch();
}

} // namespace cockpit::test
