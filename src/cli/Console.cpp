#include "Console.h"

#include <cstdio>

#include <unistd.h>

namespace cockpit::cli {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString escapeControls(const QString& text)
{
    QString safe;
    safe.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || (u >= 0x7f && u < 0xa0);
        // Bidirectional overrides and isolates reorder what follows them on screen.
        const bool bidi = (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x200e || u == 0x200f;
        if (u == '\t' || (!control && !bidi))
            safe.append(c);
        else if (u == '\n')
            safe.append(QStringLiteral("\\n")); // a line of its own could pass for another item
        else if (u == '\r')
            safe.append(QStringLiteral("\\r"));
        else if (u < 0x100)
            safe.append(QStringLiteral("\\x%1").arg(static_cast<uint>(u), 2, 16, QLatin1Char('0')));
        else
            safe.append(QStringLiteral("\\u%1").arg(static_cast<uint>(u), 4, 16, QLatin1Char('0')));
    }
    return safe;
}

QString terminalSafe(const QString& text)
{
    static const bool terminal = ::isatty(STDOUT_FILENO) != 0;
    return terminal ? escapeControls(text) : text;
}

} // namespace cockpit::cli
