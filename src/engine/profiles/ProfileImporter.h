#pragma once

#include "core/ConnectionProfile.h"
#include "core/Result.h"

#include <QFuture>

namespace cockpit {

class SecretStore;

// Adds a profile from a JSON file: the profile goes to the settings, and each password its
// "password_file" entries name (relative to the file) goes to the secret store. Nothing is
// saved unless every password was stored.
class ProfileImporter
{
public:
    static QFuture<Result<ConnectionProfile>> import(const QString& path, const QString& rename, SecretStore& secrets,
                                                     ProfileStore& profiles);
    // Stores the passwords, then the profile (the dialog's Save).
    static QFuture<Result<ConnectionProfile>> save(const ConnectionProfile& profile,
                                                   const QHash<QString, QString>& passwords, SecretStore& secrets,
                                                   ProfileStore& profiles);
    // Removes the profile and its passwords.
    static QFuture<Result<Done>> remove(const QString& name, SecretStore& secrets, ProfileStore& profiles);

    // A larger profile file is refused with its size (a real one is a few KiB).
    static constexpr qint64 kMaxProfileSize = qint64{4} * 1024 * 1024;
};

} // namespace cockpit
