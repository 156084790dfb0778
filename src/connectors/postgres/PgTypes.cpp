#include "PgTypes.h"

#include "connectors/http/HttpTypes.h"

namespace cockpit {

QString PgConnectOptions::effectiveSslMode() const
{
    if (!sslMode.isEmpty())
        return sslMode;
    for (const Host& h : hosts) {
        if (!h.host.startsWith(QLatin1Char('/')) && !isLoopbackHost(h.host))
            return QStringLiteral("verify-full");
    }
    return QStringLiteral("prefer");
}

QString PgConnectOptions::describe() const
{
    QStringList nodes;
    for (const Host& h : hosts)
        nodes.append(QStringLiteral("%1:%2").arg(h.host).arg(h.port));
    return QStringLiteral("%1@%2/%3").arg(user, nodes.join(QLatin1Char(',')), database);
}

int PgQueryResult::column(QStringView name) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].name == name)
            return i;
    }
    return -1;
}

QVariant PgQueryResult::value(int row, int column) const
{
    if (row < 0 || row >= rows.size() || column < 0 || column >= rows[row].size())
        return {};
    return rows[row][column];
}

QVariant PgQueryResult::value(int row, QStringView name) const
{
    return value(row, column(name));
}

} // namespace cockpit
