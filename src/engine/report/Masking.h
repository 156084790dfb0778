#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// One masking function for everything the cockpit exports (the report in PDF, JSON and HTML):
// whatever could carry a secret — evidence, notes, command lines, output excerpts, error texts —
// goes through it before it is written.
namespace cockpit::report {

inline constexpr QLatin1StringView kMask{"********"};

// Masks, in any text: the values of password, passwd, pwd, secret, token, api_key/apikey and
// PGPASSWORD in key=value, key: value and "key": "value" forms; the password of a URL
// (scheme://user:PASSWORD@host); the credentials of an Authorization header (Bearer, Basic,
// anything); and every known secret given (the keychain's entries the export could meet),
// wherever it stands.
QString maskSecrets(const QString& text, const QStringList& knownSecrets = {});

// The same over every string of a JSON object (keys named like a password have their value
// masked whatever it looks like).
QJsonObject maskSecrets(const QJsonObject& object, const QStringList& knownSecrets = {});

} // namespace cockpit::report
