#include "JsonReader.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace cockpit {
namespace {

// Levenshtein distance, for "did you mean" on misspelt keys.
int editDistance(const QString& a, const QString& b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

QString quoted(const QString& text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

void JsonProblems::add(const QString& path, const QString& message)
{
    m_lines.append(path.isEmpty() ? message : path + QStringLiteral(": ") + message);
}

JsonObjectReader::JsonObjectReader(QJsonObject object, QString path, JsonProblems& problems)
    : m_object(std::move(object)), m_path(std::move(path)), m_problems(problems)
{ }

void JsonObjectReader::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    QStringList known(m_read.cbegin(), m_read.cend());
    std::sort(known.begin(), known.end());
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (m_read.contains(it.key()))
            continue;
        QString message = QStringLiteral("unknown key ") + quoted(it.key());
        const QString* closest = nullptr;
        int best = 3; // suggest only near misses
        for (const QString& candidate : known) {
            const int distance = editDistance(it.key(), candidate);
            if (distance < best) {
                best = distance;
                closest = &candidate;
            }
        }
        if (closest)
            message += QStringLiteral(" (did you mean ") + quoted(*closest) + QStringLiteral("?)");
        else if (!known.isEmpty())
            message += QStringLiteral(" (expected one of: ") + known.join(QStringLiteral(", ")) + QLatin1Char(')');
        m_problems.add(pathOf(it.key()), message);
    }
}

void JsonObjectReader::skipRest()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it)
        m_read.insert(it.key());
}

QString JsonObjectReader::pathOf(const QString& key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

std::optional<QJsonValue> JsonObjectReader::take(const QString& key, bool required)
{
    m_read.insert(key);
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        if (required)
            m_problems.add(pathOf(key), QStringLiteral("missing required key"));
        return std::nullopt;
    }
    return it.value();
}

void JsonObjectReader::wrongType(const QString& key, const QString& expected, const QJsonValue& found)
{
    m_problems.add(pathOf(key),
                   QStringLiteral("expected ") + expected + QStringLiteral(", found ") + jsonTypeName(found));
}

QString JsonObjectReader::requiredString(const QString& key)
{
    const auto value = take(key, true);
    if (!value)
        return {};
    if (!value->isString()) {
        wrongType(key, QStringLiteral("a string"), *value);
        return {};
    }
    QString text = value->toString();
    if (text.trimmed().isEmpty())
        m_problems.add(pathOf(key), QStringLiteral("must not be empty"));
    return text;
}

QString JsonObjectReader::optionalString(const QString& key, const QString& fallback)
{
    const auto value = take(key, false);
    if (!value)
        return fallback;
    if (!value->isString()) {
        wrongType(key, QStringLiteral("a string"), *value);
        return fallback;
    }
    return value->toString();
}

std::optional<double> JsonObjectReader::requiredNumber(const QString& key)
{
    const auto value = take(key, true);
    if (!value)
        return std::nullopt;
    if (!value->isDouble()) {
        wrongType(key, QStringLiteral("a number"), *value);
        return std::nullopt;
    }
    return value->toDouble();
}

std::optional<double> JsonObjectReader::optionalNumber(const QString& key)
{
    if (!m_object.contains(key)) {
        m_read.insert(key);
        return std::nullopt;
    }
    return requiredNumber(key);
}

std::optional<int> JsonObjectReader::requiredInt(const QString& key, int minimum, int maximum)
{
    const auto number = requiredNumber(key);
    if (!number)
        return std::nullopt;
    if (std::floor(*number) != *number || *number < minimum || *number > maximum) {
        m_problems.add(
            pathOf(key),
            QStringLiteral("expected a whole number from %1 to %2, found %3").arg(minimum).arg(maximum).arg(*number));
        return std::nullopt;
    }
    return static_cast<int>(*number);
}

bool JsonObjectReader::optionalBool(const QString& key, bool fallback)
{
    const auto value = take(key, false);
    if (!value)
        return fallback;
    if (!value->isBool()) {
        wrongType(key, QStringLiteral("true or false"), *value);
        return fallback;
    }
    return value->toBool();
}

std::optional<bool> JsonObjectReader::requiredBool(const QString& key)
{
    const auto value = take(key, true);
    if (!value)
        return std::nullopt;
    if (!value->isBool()) {
        wrongType(key, QStringLiteral("true or false"), *value);
        return std::nullopt;
    }
    return value->toBool();
}

std::optional<Duration> JsonObjectReader::requiredDuration(const QString& key)
{
    const auto value = take(key, true);
    if (!value)
        return std::nullopt;
    if (!value->isString()) {
        wrongType(key, QStringLiteral("a duration string such as \"5m\""), *value);
        return std::nullopt;
    }
    const auto duration = parseDuration(value->toString());
    if (!duration || duration->count() <= 0) {
        m_problems.add(pathOf(key),
                       QStringLiteral("bad duration ") + quoted(value->toString())
                           + QStringLiteral(" (expected a positive number with a unit ms, s, m, h, d "
                                            "or w, such as \"10s\", \"5m\" or \"1h30m\")"));
        return std::nullopt;
    }
    return duration;
}

std::optional<Duration> JsonObjectReader::optionalDuration(const QString& key)
{
    if (!m_object.contains(key)) {
        m_read.insert(key);
        return std::nullopt;
    }
    return requiredDuration(key);
}

std::optional<QJsonObject> JsonObjectReader::requiredObject(const QString& key)
{
    const auto value = take(key, true);
    if (!value)
        return std::nullopt;
    if (!value->isObject()) {
        wrongType(key, QStringLiteral("an object"), *value);
        return std::nullopt;
    }
    return value->toObject();
}

std::optional<QJsonArray> JsonObjectReader::requiredArray(const QString& key, bool allowEmpty)
{
    const auto value = take(key, true);
    if (!value)
        return std::nullopt;
    if (!value->isArray()) {
        wrongType(key, QStringLiteral("an array"), *value);
        return std::nullopt;
    }
    if (!allowEmpty && value->toArray().isEmpty()) {
        m_problems.add(pathOf(key), QStringLiteral("must not be empty"));
        return std::nullopt;
    }
    return value->toArray();
}

std::optional<QJsonArray> JsonObjectReader::optionalArray(const QString& key)
{
    if (!m_object.contains(key)) {
        m_read.insert(key);
        return std::nullopt;
    }
    return requiredArray(key, true);
}

QStringList JsonObjectReader::optionalStringList(const QString& key)
{
    const auto array = optionalArray(key);
    QStringList list;
    if (!array)
        return list;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QJsonValue element = array->at(i);
        if (!element.isString()) {
            m_problems.add(jsonIndexPath(pathOf(key), i),
                           QStringLiteral("expected a string, found ") + jsonTypeName(element));
            continue;
        }
        list.append(element.toString());
    }
    return list;
}

std::optional<QJsonValue> JsonObjectReader::requiredValue(const QString& key)
{
    return take(key, true);
}

QString JsonObjectReader::requiredToken(const QString& key, const QStringList& allowed)
{
    const auto value = take(key, true);
    if (!value)
        return {};
    if (!value->isString() || !allowed.contains(value->toString())) {
        const QString found = value->isString() ? quoted(value->toString()) : jsonTypeName(*value);
        m_problems.add(pathOf(key),
                       QStringLiteral("expected one of ") + allowed.join(QStringLiteral(", "))
                           + QStringLiteral("; found ") + found);
        return {};
    }
    return value->toString();
}

QString JsonObjectReader::optionalToken(const QString& key, const QStringList& allowed, const QString& fallback)
{
    if (!m_object.contains(key)) {
        m_read.insert(key);
        return fallback;
    }
    return requiredToken(key, allowed);
}

QString JsonObjectReader::requiredId(const QString& key)
{
    QString id = requiredString(key);
    if (!id.isEmpty() && !isValidId(id)) {
        m_problems.add(pathOf(key),
                       QStringLiteral("bad id ") + quoted(id)
                           + QStringLiteral(" (use lower-case letters, digits, '.', '_' and '-', "
                                            "starting with a letter or digit)"));
    }
    return id;
}

QString jsonTypeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: return QStringLiteral("nothing");
    }
    return QStringLiteral("nothing");
}

QString jsonIndexPath(const QString& arrayPath, qsizetype index)
{
    return arrayPath + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

bool isValidId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
    return pattern.match(id).hasMatch();
}

bool isValidMetricName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

std::pair<int, int> lineAndColumn(const QByteArray& utf8, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, utf8.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (utf8[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    // Columns count characters, not bytes, so that an editor's column matches.
    const int column = static_cast<int>(QString::fromUtf8(utf8.mid(lineStart, offset - lineStart)).size()) + 1;
    return {line, column};
}

} // namespace cockpit
