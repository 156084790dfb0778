#pragma once

#include "Duration.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace cockpit {

// Collects problems found while reading a JSON document, each with the JSON path it concerns.
class JsonProblems
{
public:
    void add(const QString& path, const QString& message);
    bool isEmpty() const { return m_lines.isEmpty(); }
    qsizetype size() const { return m_lines.size(); }
    const QStringList& lines() const { return m_lines; }

private:
    QStringList m_lines;
};

// Reads one JSON object, remembering the path that leads to it and which keys were read, so
// that a misspelt key is reported instead of silently ignored (with a "did you mean").
class JsonObjectReader
{
public:
    JsonObjectReader(QJsonObject object, QString path, JsonProblems& problems);
    // Reports the keys nobody asked for. Call once, after reading every known key.
    void finish();
    // Treats every key as read: for an object whose other keys cannot be judged (its kind
    // is unknown), so that one mistake is reported once, not once per key.
    void skipRest();

    const QString& path() const { return m_path; }
    QString pathOf(const QString& key) const;
    bool has(const QString& key) const { return m_object.contains(key); }
    JsonProblems& problems() { return m_problems; }

    QString requiredString(const QString& key);
    QString optionalString(const QString& key, const QString& fallback = {});
    std::optional<double> requiredNumber(const QString& key);
    std::optional<double> optionalNumber(const QString& key);
    std::optional<int> requiredInt(const QString& key, int minimum, int maximum);
    bool optionalBool(const QString& key, bool fallback);
    std::optional<bool> requiredBool(const QString& key);
    std::optional<Duration> requiredDuration(const QString& key);
    std::optional<Duration> optionalDuration(const QString& key);
    std::optional<QJsonObject> requiredObject(const QString& key);
    std::optional<QJsonArray> requiredArray(const QString& key, bool allowEmpty = false);
    std::optional<QJsonArray> optionalArray(const QString& key);
    QStringList optionalStringList(const QString& key);
    // Anything at all (for values whose type depends on another key); marks the key as read.
    std::optional<QJsonValue> requiredValue(const QString& key);
    // A string naming one of the given tokens; reports the allowed ones otherwise.
    QString requiredToken(const QString& key, const QStringList& allowed);
    QString optionalToken(const QString& key, const QStringList& allowed, const QString& fallback);
    // A required identifier: lower-case letters, digits and . _ - ; starts alphanumeric.
    QString requiredId(const QString& key = QStringLiteral("id"));

private:
    std::optional<QJsonValue> take(const QString& key, bool required);
    void wrongType(const QString& key, const QString& expected, const QJsonValue& found);

    QJsonObject m_object;
    QString m_path;
    JsonProblems& m_problems;
    QSet<QString> m_read;
    bool m_finished = false;
};

QString jsonTypeName(const QJsonValue& value);
QString jsonIndexPath(const QString& arrayPath, qsizetype index);
bool isValidId(const QString& id);
bool isValidMetricName(const QString& name);
// Line and column (1-based) of a byte offset into UTF-8 text.
std::pair<int, int> lineAndColumn(const QByteArray& utf8, qsizetype offset);

} // namespace cockpit
