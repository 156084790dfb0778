#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace cockpit {

// Qt's JSON parser keeps the last of two equal keys in an object and says nothing; a runbook
// or profile with "title" twice would silently lose one. This finds every such pair in a
// document that already parses: the key's path as the loaders write it
// ("checklist.sections[0].title") and "duplicate key "title" at line L, column C (first at
// line L, column C)".
struct DuplicateKey
{
    QString path;
    QString message;
};
QList<DuplicateKey> findDuplicateKeys(const QByteArray& json);

} // namespace cockpit
