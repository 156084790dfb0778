#include "JsonBody.h"

#include "AnswerChecks.h"

#include <QRegularExpression>

namespace cockpit {

Error httpStatusError(const HttpRequest& request, const HttpResponse& response)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QString excerpt = QString::fromUtf8(response.body.left(4096));
    if (excerpt.contains(QLatin1Char('<')))
        excerpt.replace(tags, QStringLiteral(" "));
    excerpt = excerpt.replace(space, QStringLiteral(" ")).trimmed();
    if (excerpt.size() > 300)
        excerpt = excerpt.left(300) + QStringLiteral("…");
    const ErrorKind kind = response.status == 401 || response.status == 403 ? ErrorKind::Auth
        : response.status == 404                                            ? ErrorKind::NotFound
        : response.status == 409                                            ? ErrorKind::Conflict
        : response.status >= 500                                            ? ErrorKind::Server
                                                                            : ErrorKind::InvalidInput;
    Error error = makeError(kind,
                            excerpt.isEmpty() ? QStringLiteral("HTTP %1").arg(response.status)
                                              : QStringLiteral("HTTP %1: %2").arg(response.status).arg(excerpt),
                            request.describe());
    error.code = QString::number(response.status);
    return error;
}

Result<QJsonDocument> parseJsonBody(const QByteArray& body, const QString& where)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(ErrorKind::Protocol,
                         QStringLiteral("the answer is not valid JSON (%1 at byte %2 of %3)")
                             .arg(parseError.errorString())
                             .arg(parseError.offset)
                             .arg(body.size()),
                         where);
    }
    return document;
}

Result<QJsonObject> objectAnswer(const QByteArray& body, const QString& where)
{
    const auto document = parseJsonBody(body, where);
    if (!document)
        return document.error();
    if (!document->isObject())
        return unexpectedAnswer(where, QStringLiteral("expected a JSON object"));
    return document->object();
}

Result<QJsonArray> arrayAnswer(const QByteArray& body, const QString& where)
{
    const auto document = parseJsonBody(body, where);
    if (!document)
        return document.error();
    if (!document->isArray())
        return unexpectedAnswer(where, QStringLiteral("expected a JSON array"));
    return document->array();
}

QMap<QString, QString> stringMap(const QJsonValue& value)
{
    QMap<QString, QString> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue entry : value.toArray())
        list.append(entry.toString());
    return list;
}

QDateTime isoTime(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace cockpit
