#include "ProfileImporter.h"

#include "connectors/secrets/SecretStore.h"

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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(makeError(ErrorKind::Io, file.errorString(), path));
    QJsonParseError parseError;
    QJsonObject json = QJsonDocument::fromJson(file.read(4 * 1024 * 1024), &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return fail(
            makeError(ErrorKind::InvalidInput, QStringLiteral("malformed JSON: ") + parseError.errorString(), path));
    if (!rename.isEmpty())
        json[QStringLiteral("name")] = rename;
    QHash<QString, QString> passwordFiles;
    const auto profile = ConnectionProfile::fromJson(json, path, &passwordFiles);
    if (!profile)
        return fail(profile.error());
    const QDir base = QFileInfo(file).absoluteDir(); // relative password files sit beside the profile
    QHash<QString, QString> passwords;
    for (auto it = passwordFiles.constBegin(); it != passwordFiles.constEnd(); ++it) {
        QFile secret(base.absoluteFilePath(it.value()));
        if (!secret.open(QIODevice::ReadOnly))
            return fail(makeError(ErrorKind::Io, secret.errorString(), secret.fileName()));
        passwords.insert(it.key(), QString::fromUtf8(secret.read(64 * 1024)).trimmed());
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
                if (!write.result()) {
                    Error error = write.result().error();
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
