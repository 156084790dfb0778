#include "JsonDuplicates.h"

#include "JsonReader.h"

#include <QHash>

namespace cockpit {
namespace {

// A walk over valid JSON (QJsonDocument has already accepted it): only keys are decoded.
class Scanner
{
public:
    explicit Scanner(const QByteArray& json) : m_json(json) { }

    QList<DuplicateKey> run()
    {
        skipSpace();
        value(QString(), 0);
        return m_problems;
    }

private:
    static constexpr int kMaxDepth = 512;

    bool atEnd() const { return m_pos >= m_json.size(); }
    char peek() const { return atEnd() ? '\0' : m_json[m_pos]; }
    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_pos;
    }

    static QString childPath(const QString& path, const QString& key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

    QString where(qsizetype offset) const
    {
        const auto [line, column] = lineAndColumn(m_json, offset);
        return QStringLiteral("line %1, column %2").arg(line).arg(column);
    }

    // A string at m_pos (on its opening quote), decoded; m_pos ends past the closing quote.
    QString string()
    {
        ++m_pos; // "
        QByteArray utf8;
        QString decoded;
        const auto flush = [&] {
            decoded += QString::fromUtf8(utf8);
            utf8.clear();
        };
        while (!atEnd() && peek() != '"') {
            char c = m_json[m_pos++];
            if (c != '\\') {
                utf8.append(c);
                continue;
            }
            c = m_json[m_pos++];
            switch (c) {
            case 'b': utf8.append('\b'); break;
            case 'f': utf8.append('\f'); break;
            case 'n': utf8.append('\n'); break;
            case 'r': utf8.append('\r'); break;
            case 't': utf8.append('\t'); break;
            case 'u': {
                flush();
                decoded += QChar(static_cast<char16_t>(m_json.mid(m_pos, 4).toUShort(nullptr, 16)));
                m_pos += 4;
                break;
            }
            default: utf8.append(c); break; // " \ /
            }
        }
        ++m_pos; // "
        flush();
        return decoded;
    }

    void value(const QString& path, int depth)
    {
        if (depth > kMaxDepth)
            return; // deeper than any runbook; the loader reports what it finds there
        const char c = peek();
        if (c == '{')
            object(path, depth);
        else if (c == '[')
            array(path, depth);
        else if (c == '"')
            string();
        else
            while (!atEnd() && peek() != ',' && peek() != '}' && peek() != ']' && peek() != ' ' && peek() != '\n'
                   && peek() != '\r' && peek() != '\t')
                ++m_pos;
    }

    void object(const QString& path, int depth)
    {
        ++m_pos; // {
        QHash<QString, qsizetype> seen;
        skipSpace();
        while (!atEnd() && peek() != '}') {
            const qsizetype keyAt = m_pos;
            const QString key = string();
            const auto first = seen.constFind(key);
            if (first != seen.constEnd()) {
                m_problems.append({childPath(path, key),
                                   QStringLiteral("duplicate key \"%1\" at %2 (first at %3); only one may be given")
                                       .arg(key, where(keyAt), where(first.value()))});
            } else {
                seen.insert(key, keyAt);
            }
            skipSpace();
            ++m_pos; // :
            skipSpace();
            value(childPath(path, key), depth + 1);
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                skipSpace();
            }
        }
        ++m_pos; // }
    }

    void array(const QString& path, int depth)
    {
        ++m_pos; // [
        skipSpace();
        qsizetype index = 0;
        while (!atEnd() && peek() != ']') {
            value(jsonIndexPath(path, index++), depth + 1);
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                skipSpace();
            }
        }
        ++m_pos; // ]
    }

    const QByteArray& m_json;
    qsizetype m_pos = 0;
    QList<DuplicateKey> m_problems;
};

} // namespace

QList<DuplicateKey> findDuplicateKeys(const QByteArray& json)
{
    return Scanner(json).run();
}

} // namespace cockpit
