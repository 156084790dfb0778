#include "Masking.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace cockpit::report {
namespace {

const QString kSecretKey = QStringLiteral(
    R"((?:pgpassword|password|passwd|pwd|secret|client_secret|token|access_token|api[_-]?key|auth_token))");

bool isSecretKey(const QString& key)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:[A-Za-z0-9_.-]*[_.-])?%1$").arg(kSecretKey),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(key).hasMatch();
}

QJsonValue maskValue(const QJsonValue& value, const QStringList& known, bool secretKey)
{
    if (value.isString())
        return secretKey && !value.toString().isEmpty() ? QJsonValue(QString(kMask))
                                                        : QJsonValue(maskSecrets(value.toString(), known));
    if (value.isObject())
        return maskSecrets(value.toObject(), known);
    if (value.isArray()) {
        QJsonArray array;
        for (const auto& v : value.toArray())
            array.append(maskValue(v, known, secretKey));
        return array;
    }
    if (secretKey && (value.isDouble()))
        return QString(kMask);
    return value;
}

} // namespace

QString maskSecrets(const QString& text, const QStringList& knownSecrets)
{
    if (text.isEmpty())
        return text;
    QString masked = text;
    // Known secrets first, longest first, so that a shorter one inside a longer one leaves no tail.
    QStringList known;
    for (const QString& s : knownSecrets) {
        if (s.size() >= 4) // a one-letter "secret" would mask half the report
            known.append(s);
    }
    std::sort(known.begin(), known.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    for (const QString& secret : known)
        masked.replace(secret, kMask);
    // "password": "value" (JSON)
    static const QRegularExpression jsonPair(
        QStringLiteral(R"(("[A-Za-z0-9_.-]*%1"\s*:\s*")((?:[^"\\]|\\.)*)("))").arg(kSecretKey),
        QRegularExpression::CaseInsensitiveOption);
    masked.replace(jsonPair, QStringLiteral("\\1%1\\3").arg(kMask));
    // scheme://user:password@host
    static const QRegularExpression urlPassword(
        QStringLiteral(R"(([A-Za-z][A-Za-z0-9+.-]*://[^\s:/@]*:)([^\s@/]+)(@))"));
    masked.replace(urlPassword, QStringLiteral("\\1%1\\3").arg(kMask));
    // Authorization: Bearer abc / Basic abc / a bare token
    static const QRegularExpression authorization(
        QStringLiteral(
            R"(((?:proxy-)?authorization\s*[:=]\s*(?:(?:bearer|basic|digest|token|negotiate)\s+)?)([^\s"',;]+))"),
        QRegularExpression::CaseInsensitiveOption);
    masked.replace(authorization, QStringLiteral("\\1%1").arg(kMask));
    // key=value, key: value (libpq conninfo, environment, YAML, INI, command-line flags)
    static const QRegularExpression pair(
        QStringLiteral(R"(((?:^|[\s;,&?{(\-"'])[A-Za-z0-9_.-]*%1\s*(?:=|:)\s*)('[^']*'|"[^"]*"|[^\s;,&'"\\)}]+))")
            .arg(kSecretKey),
        QRegularExpression::CaseInsensitiveOption);
    masked.replace(pair, QStringLiteral("\\1%1").arg(kMask));
    // --password VALUE
    static const QRegularExpression flag(QStringLiteral(R"((--[A-Za-z0-9-]*%1\s+)([^\s-][^\s]*))").arg(kSecretKey),
                                         QRegularExpression::CaseInsensitiveOption);
    masked.replace(flag, QStringLiteral("\\1%1").arg(kMask));
    return masked;
}

QJsonObject maskSecrets(const QJsonObject& object, const QStringList& knownSecrets)
{
    QJsonObject masked;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        masked.insert(it.key(), maskValue(it.value(), knownSecrets, isSecretKey(it.key())));
    return masked;
}

} // namespace cockpit::report
