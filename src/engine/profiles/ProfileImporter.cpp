#include "ProfileImporter.h"

#include "core/Continuation.h"

#include "connectors/secrets/SecretStore.h"
#include "core/FileInput.h"
#include "core/JsonDuplicates.h"
#include "core/JsonReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace cockpit {

QFuture<Result<ConnectionProfile>> ProfileImporter::import(const QString& path, const QString& rename,
                                                           SecretStore& secrets, ProfileStore& profiles)
{
    const auto fail
        = [](Error error) { return QtFuture::makeReadyFuture(Result<ConnectionProfile>(std::move(error))); };
    const auto bytes = readInputFile(path, kMaxProfileSize, QStringLiteral("a profile"));
    if (!bytes)
        return fail(bytes.error());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.value(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(bytes.value(), parseError.offset);
        return fail(makeError(ErrorKind::InvalidInput,
                              QStringLiteral("malformed JSON at line %1, column %2: %3")
                                  .arg(line)
                                  .arg(column)
                                  .arg(parseError.errorString()),
                              path));
    }
    if (!document.isObject())
        return fail(
            makeError(ErrorKind::InvalidInput, QStringLiteral("expected a JSON object at the top level"), path));
    if (const auto duplicates = findDuplicateKeys(bytes.value()); !duplicates.isEmpty()) {
        Error error
            = makeError(ErrorKind::InvalidInput,
                        QStringLiteral("%1: %2").arg(duplicates.first().path, duplicates.first().message), path);
        for (qsizetype i = 1; i < duplicates.size(); ++i)
            error.details.append(QStringLiteral("%1: %2").arg(duplicates[i].path, duplicates[i].message));
        return fail(error);
    }
    QJsonObject json = document.object();
    if (!rename.isEmpty())
        json[QStringLiteral("name")] = rename;
    QHash<QString, QString> passwordFiles;
    const auto profile = ConnectionProfile::fromJson(json, path, &passwordFiles);
    if (!profile)
        return fail(profile.error());
    const QDir base = QFileInfo(path).absoluteDir(); // relative password files sit beside the profile
    QHash<QString, QString> passwords;
    for (auto it = passwordFiles.constBegin(); it != passwordFiles.constEnd(); ++it) {
        const auto secret
            = readInputFile(base.absoluteFilePath(it.value()), qint64{64} * 1024, QStringLiteral("a password file"));
        if (!secret)
            return fail(secret.error());
        passwords.insert(it.key(), QString::fromUtf8(secret.value()).trimmed());
    }
    return save(profile.value(), passwords, secrets, profiles);
}

QFuture<Result<ConnectionProfile>> ProfileImporter::save(const ConnectionProfile& profile,
                                                         const QHash<QString, QString>& passwords, SecretStore& secrets,
                                                         ProfileStore& profiles)
{
    QList<QFuture<Result<Done>>> writes;
    for (auto it = passwords.constBegin(); it != passwords.constEnd(); ++it)
        writes.append(secrets.write(secretKey(profile.name, it.key()), it.value()));
    return QtFuture::whenAll(writes.begin(), writes.end())
        .then([profile, &profiles,
               backend = secrets.backendName()](const QList<QFuture<Result<Done>>>& done) -> Result<ConnectionProfile> {
            for (const auto& write : done) {
                if (const Result<Done> written = resultOf(write); !written) {
                    Error error = written.error();
                    error.message
                        = QStringLiteral("the passwords could not be stored in the %1: %2").arg(backend, error.message);
                    return error;
                }
            }
            profiles.save(profile);
            return profile;
        });
}

QFuture<Result<Done>> ProfileImporter::remove(const QString& name, SecretStore& secrets, ProfileStore& profiles)
{
    const auto profile = profiles.load(name);
    QList<QFuture<Result<Done>>> removals;
    for (const QString& credential :
         profile ? profile->credentials() : QStringList{QStringLiteral("postgres"), QStringLiteral("patroni")})
        removals.append(secrets.remove(secretKey(name, credential)));
    return QtFuture::whenAll(removals.begin(), removals.end()).then([name, &profiles](const auto&) -> Result<Done> {
        profiles.remove(name); // a password that was not there is no reason to keep the profile
        return Done{};
    });
}

} // namespace cockpit
