#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace cockpit {

// What one probe saw, as a table: SQL rows, one row per Prometheus series, per Patroni member,
// per TLS endpoint ... A null QVariant is "no value". Expectations judge it.
struct Observation
{
    QStringList columns;
    QList<QVariantList> rows;
    QStringList rowNames; // who each row is about: "pg1", "instance=127.0.0.1:29100", ...
    QString source; // "SQL on pg1 (127.0.0.1:25432)", "Prometheus 127.0.0.1:29090"

    int column(const QString& name) const { return static_cast<int>(columns.indexOf(name)); }
    QVariant value(int row, int column) const
    {
        return row >= 0 && row < rows.size() && column >= 0 && column < rows[row].size() ? rows[row][column]
                                                                                        : QVariant();
    }
    QString rowName(int row) const { return rowNames.value(row, QStringLiteral("row %1").arg(row + 1)); }
    void addRow(const QString& name, QVariantList values)
    {
        rowNames.append(name);
        rows.append(std::move(values));
    }
    // Appends another observation's rows (the same columns), e.g. every node's answer.
    void append(const Observation& other);
};

} // namespace cockpit
