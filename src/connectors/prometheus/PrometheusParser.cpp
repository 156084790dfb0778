#include "PrometheusParser.h"

#include "connectors/http/AnswerChecks.h"
#include "connectors/http/JsonBody.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

namespace cockpit {

bool PromQueryResult::isEmpty() const
{
    switch (type) {
    case Type::Vector: return vector.isEmpty();
    case Type::Matrix: return matrix.isEmpty();
    case Type::Scalar:
    case Type::String: return false;
    }
    return true;
}

std::optional<double> PromQueryResult::single() const
{
    if (type == Type::Scalar)
        return scalar.value;
    if (type == Type::Vector && vector.size() == 1)
        return vector.first().value.value;
    return std::nullopt;
}

namespace prometheus {
namespace {

// The "data" of a successful answer, or the error the answer carries.
Result<QJsonValue> dataOf(const QByteArray& body, const QString& where, QStringList* warnings = nullptr)
{
    const auto document = parseJsonBody(body, where);
    if (!document)
        return document.error();
    const QJsonObject root = document->object();
    const QString status = root.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("error")) {
        Error error = makeError(ErrorKind::Server, root.value(QStringLiteral("error")).toString(), where);
        error.code = root.value(QStringLiteral("errorType")).toString();
        if (error.message.isEmpty())
            error.message = QStringLiteral("Prometheus reported an error without a message");
        return error;
    }
    if (status != QLatin1String("success"))
        return unexpectedAnswer(where, QStringLiteral("no \"status\": \"success\""));
    if (warnings) {
        for (const QJsonValue warning : root.value(QStringLiteral("warnings")).toArray())
            warnings->append(warning.toString());
    }
    return root.value(QStringLiteral("data"));
}

// [ <unix time>, "<value>" ]
std::optional<PromValue> valueOf(const QJsonValue& pair)
{
    const QJsonArray array = pair.toArray();
    if (array.size() != 2 || !array[0].isDouble() || !array[1].isString())
        return std::nullopt;
    PromValue value;
    value.timestamp = array[0].toDouble();
    value.text = array[1].toString();
    const auto number = parseSampleValue(value.text);
    if (!number)
        return std::nullopt;
    value.value = *number;
    return value;
}

PromAlert alertOf(const QJsonObject& a)
{
    return {stringMap(a.value(QStringLiteral("labels"))), stringMap(a.value(QStringLiteral("annotations"))),
            a.value(QStringLiteral("state")).toString(), isoTime(a.value(QStringLiteral("activeAt"))),
            a.value(QStringLiteral("value")).toString()};
}

} // namespace

std::optional<double> parseSampleValue(QStringView text)
{
    if (text == u"NaN")
        return std::numeric_limits<double>::quiet_NaN();
    if (text == u"+Inf" || text == u"Inf")
        return std::numeric_limits<double>::infinity();
    if (text == u"-Inf")
        return -std::numeric_limits<double>::infinity();
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || std::isinf(value) || std::isnan(value))
        return std::nullopt;
    return value;
}

Result<PromQueryResult> parseQuery(const QByteArray& body, const QString& where)
{
    PromQueryResult result;
    const auto data = dataOf(body, where, &result.warnings);
    if (!data)
        return data.error();
    const QJsonObject object = data->toObject();
    const QString type = object.value(QStringLiteral("resultType")).toString();
    const QJsonValue payload = object.value(QStringLiteral("result"));
    if (type == QLatin1String("vector") || type == QLatin1String("matrix")) {
        if (!payload.isArray())
            return unexpectedAnswer(where, QStringLiteral("\"result\" is not an array"));
        const QJsonArray list = payload.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject entry = list[i].toObject();
            const PromLabels labels = stringMap(entry.value(QStringLiteral("metric")));
            if (type == QLatin1String("vector")) {
                result.type = PromQueryResult::Type::Vector;
                const auto value = valueOf(entry.value(QStringLiteral("value")));
                if (!value)
                    return unexpectedAnswer(where, QStringLiteral("result[%1] has no [time, \"value\"]").arg(i));
                result.vector.append({labels, *value});
            } else {
                result.type = PromQueryResult::Type::Matrix;
                PromSeries series{labels, {}};
                const QJsonArray values = entry.value(QStringLiteral("values")).toArray();
                series.values.reserve(values.size());
                for (const QJsonValue pair : values) {
                    const auto value = valueOf(pair);
                    if (!value)
                        return unexpectedAnswer(where, QStringLiteral("result[%1] has a malformed value").arg(i));
                    series.values.append(*value);
                }
                result.matrix.append(series);
            }
        }
        result.type = type == QLatin1String("vector") ? PromQueryResult::Type::Vector : PromQueryResult::Type::Matrix;
        return result;
    }
    if (type == QLatin1String("scalar") || type == QLatin1String("string")) {
        result.type = type == QLatin1String("scalar") ? PromQueryResult::Type::Scalar : PromQueryResult::Type::String;
        const QJsonArray pair = payload.toArray();
        if (pair.size() != 2 || !pair[1].isString())
            return unexpectedAnswer(where, QStringLiteral("malformed %1 result").arg(type));
        result.scalar.timestamp = pair[0].toDouble();
        result.scalar.text = pair[1].toString();
        if (result.type == PromQueryResult::Type::Scalar) {
            const auto value = parseSampleValue(result.scalar.text);
            if (!value)
                return unexpectedAnswer(where, QStringLiteral("scalar value \"%1\"").arg(result.scalar.text.left(40)));
            result.scalar.value = *value;
        }
        return result;
    }
    return unexpectedAnswer(where, QStringLiteral("unknown resultType \"%1\"").arg(type.left(40)));
}

Result<QList<PromTarget>> parseTargets(const QByteArray& body, const QString& where)
{
    const auto data = dataOf(body, where);
    if (!data)
        return data.error();
    const QJsonValue active = data->toObject().value(QStringLiteral("activeTargets"));
    if (!active.isArray())
        return unexpectedAnswer(where, QStringLiteral("no \"activeTargets\" array"));
    QList<PromTarget> targets;
    for (const QJsonValue value : active.toArray()) {
        const QJsonObject t = value.toObject();
        targets.append({stringMap(t.value(QStringLiteral("labels"))), t.value(QStringLiteral("scrapePool")).toString(),
                        t.value(QStringLiteral("scrapeUrl")).toString(), t.value(QStringLiteral("health")).toString(),
                        t.value(QStringLiteral("lastError")).toString(), isoTime(t.value(QStringLiteral("lastScrape"))),
                        t.value(QStringLiteral("lastScrapeDuration")).toDouble(),
                        t.value(QStringLiteral("scrapeInterval")).toString()});
    }
    return targets;
}

Result<QList<PromRule>> parseRules(const QByteArray& body, const QString& where)
{
    const auto data = dataOf(body, where);
    if (!data)
        return data.error();
    const QJsonValue groups = data->toObject().value(QStringLiteral("groups"));
    if (!groups.isArray())
        return unexpectedAnswer(where, QStringLiteral("no \"groups\" array"));
    QList<PromRule> rules;
    for (const QJsonValue groupValue : groups.toArray()) {
        const QJsonObject group = groupValue.toObject();
        for (const QJsonValue ruleValue : group.value(QStringLiteral("rules")).toArray()) {
            const QJsonObject r = ruleValue.toObject();
            PromRule rule;
            rule.group = group.value(QStringLiteral("name")).toString();
            rule.name = r.value(QStringLiteral("name")).toString();
            rule.type = r.value(QStringLiteral("type")).toString();
            rule.query = r.value(QStringLiteral("query")).toString();
            rule.health = r.value(QStringLiteral("health")).toString();
            rule.state = r.value(QStringLiteral("state")).toString();
            rule.lastError = r.value(QStringLiteral("lastError")).toString();
            rule.durationSeconds = r.value(QStringLiteral("duration")).toDouble();
            rule.labels = stringMap(r.value(QStringLiteral("labels")));
            for (const QJsonValue alert : r.value(QStringLiteral("alerts")).toArray())
                rule.alerts.append(alertOf(alert.toObject()));
            rules.append(rule);
        }
    }
    return rules;
}

Result<QList<PromAlert>> parseAlerts(const QByteArray& body, const QString& where)
{
    const auto data = dataOf(body, where);
    if (!data)
        return data.error();
    const QJsonValue alerts = data->toObject().value(QStringLiteral("alerts"));
    if (!alerts.isArray())
        return unexpectedAnswer(where, QStringLiteral("no \"alerts\" array"));
    QList<PromAlert> list;
    for (const QJsonValue alert : alerts.toArray())
        list.append(alertOf(alert.toObject()));
    return list;
}

Result<QString> parseBuildVersion(const QByteArray& body, const QString& where)
{
    const auto data = dataOf(body, where);
    if (!data)
        return data.error();
    const QString version = data->toObject().value(QStringLiteral("version")).toString();
    if (version.isEmpty())
        return unexpectedAnswer(where, QStringLiteral("no \"version\""));
    return version;
}

namespace {

// Reads `{name="value",...}` starting at pos (just after '{'); returns false on malformed input.
bool readLabels(QStringView line, qsizetype& pos, PromLabels& labels)
{
    while (pos < line.size()) {
        while (pos < line.size() && (line[pos] == QLatin1Char(' ') || line[pos] == QLatin1Char(',')))
            ++pos;
        if (pos < line.size() && line[pos] == QLatin1Char('}')) {
            ++pos;
            return true;
        }
        const qsizetype nameStart = pos;
        while (pos < line.size() && (line[pos].isLetterOrNumber() || line[pos] == QLatin1Char('_')))
            ++pos;
        const QString name = line.mid(nameStart, pos - nameStart).toString();
        while (pos < line.size() && line[pos] == QLatin1Char(' '))
            ++pos;
        if (name.isEmpty() || pos + 1 >= line.size() || line[pos] != QLatin1Char('=')
            || line[pos + 1] != QLatin1Char('"'))
            return false;
        pos += 2;
        QString value;
        while (pos < line.size() && line[pos] != QLatin1Char('"')) {
            if (line[pos] == QLatin1Char('\\') && pos + 1 < line.size()) {
                ++pos;
                value += line[pos] == QLatin1Char('n') ? QChar(QLatin1Char('\n')) : line[pos];
            } else {
                value += line[pos];
            }
            ++pos;
        }
        if (pos >= line.size())
            return false; // unterminated value
        ++pos;
        labels.insert(name, value);
    }
    return false;
}

} // namespace

Result<QList<PromTextSample>> parseText(const QByteArray& body, const QString& where)
{
    QList<PromTextSample> samples;
    const QString text = QString::fromUtf8(body);
    int lineNumber = 0;
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        ++lineNumber;
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const auto bad = [&](const QString& what) {
            return unexpectedAnswer(where, QStringLiteral("line %1: %2").arg(lineNumber).arg(what));
        };
        qsizetype pos = 0;
        while (pos < line.size()
               && (line[pos].isLetterOrNumber() || line[pos] == QLatin1Char('_') || line[pos] == QLatin1Char(':')))
            ++pos;
        PromTextSample sample;
        sample.name = line.left(pos).toString();
        if (sample.name.isEmpty() || sample.name[0].isDigit())
            return bad(QStringLiteral("no metric name"));
        // Tolerated: a space between the name and its labels (Patroni writes one).
        qsizetype afterName = pos;
        while (afterName < line.size() && line[afterName] == QLatin1Char(' '))
            ++afterName;
        if (afterName < line.size() && line[afterName] == QLatin1Char('{')) {
            pos = afterName + 1;
            if (!readLabels(line, pos, sample.labels))
                return bad(QStringLiteral("malformed labels"));
        }
        const QList<QStringView> rest = line.mid(pos).trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (rest.isEmpty() || rest.size() > 2)
            return bad(QStringLiteral("expected a value and an optional timestamp"));
        const auto value = parseSampleValue(rest[0]);
        if (!value)
            return bad(QStringLiteral("bad value \"%1\"").arg(rest[0].left(40)));
        sample.value = *value;
        if (rest.size() == 2) {
            bool ok = false;
            sample.timestampMs = rest[1].toLongLong(&ok);
            if (!ok)
                return bad(QStringLiteral("bad timestamp"));
        }
        samples.append(sample);
    }
    return samples;
}

} // namespace prometheus
} // namespace cockpit
