#pragma once

#include "Records.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The ledger's hash chain (docs/store.md): every audit row's hash is SHA-256 over its
// canonical form, which ends with the previous row's hash. Rewriting, removing or inserting a
// row breaks the chain from that row on; verification names the first row that does not fit.
namespace cockpit::ledger {

// The hash the first row follows: 64 zeros.
QString genesisHash();

// The canonical form of a row: UTF-8 lines "key=value" in a fixed order, values escaped
// (backslash as \\, line feed as \n, carriage return as \r), the previous hash last.
QByteArray canonicalForm(const AuditEntry& entry);
// Hex SHA-256 of the canonical form (which includes entry.prevHash).
QString hashOf(const AuditEntry& entry);

// Fills in prevHash and hash for a row that follows `previous` (genesis when empty).
void seal(AuditEntry& entry, const QString& previousHash);

// A local store's records are also sealed with a key only the keychain holds (docs/store.md):
// hex HMAC-SHA256 over the text, keyed. The hash chain says nothing inside it changed; the seal
// says a cockpit holding the key wrote it, so that appending valid-looking records needs the
// keychain, not just the file.
QString mac(const QByteArray& key, const QString& text);
// A new key: 32 random bytes.
QByteArray newSealKey();

struct Verification
{
    bool intact = true;
    int records = 0; // how many rows were verified
    QString head; // the last row's hash: what a report quotes
    qint64 firstBadId = 0; // 0 when intact
    QString problem; // why the first bad row does not fit, in a sentence
};

// Verifies rows in sequence order (ascending id): each row's prevHash must be the hash of the
// row before it, and its hash must be that of its own canonical form.
Verification verify(const QList<AuditEntry>& entriesInOrder);

// "#17 (approval database-lead: decision by alice at 2026-12-01T10:00:00.000Z)"
QString describe(const AuditEntry& entry);

} // namespace cockpit::ledger
