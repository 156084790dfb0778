#pragma once

#include "Records.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

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
    QString notice; // intact, but something the reader should know (the anchor could not be kept)
};

// Verifies rows in sequence order (ascending id): each row's prevHash must be the hash of the
// row before it, and its hash must be that of its own canonical form.
Verification verify(const QList<AuditEntry>& entriesInOrder);

// A point of the chain held outside the store (docs/store.md, "Anchors"): its length and head
// when a cockpit verified it, or a head printed in a report, a ticket or a chat. A hash chain
// proves nothing inside it changed; only a head held elsewhere shows that its tail was cut off.
struct Anchor
{
    int records = 0; // 0: the head anywhere in the chain
    QString head; // the full hash, or (given by a person) a prefix of at least kMinimumHeadPrefix
    QDateTime verifiedAt; // when it was taken; invalid for a head a person gave
};
inline constexpr int kMinimumHeadPrefix = 16;

// Whether the chain (rows in order) still holds the anchor: at least anchor.records rows, the
// row at that position with that hash (or, without a position, some row with that hash). Empty
// when it does; otherwise what is missing, in a sentence ("the record has lost records since
// this machine last verified it (22 records, head 5f1c…, at 14:02): it now ends at record 20").
// `whose` completes "since …": "this machine last verified it", "the anchor given was taken".
QString missingAnchor(const QList<AuditEntry>& entriesInOrder, const Anchor& anchor, const QString& whose);
// "HEAD" or "HEAD@COUNT" (as `approvals verify --anchor` takes it); nullopt when malformed.
std::optional<Anchor> parseAnchor(const QString& text);

// "#17 (approval database-lead: decision by alice at 2026-12-01T10:00:00.000Z)"
QString describe(const AuditEntry& entry);

} // namespace cockpit::ledger
