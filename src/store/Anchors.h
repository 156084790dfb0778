#pragma once

#include "core/Ledger.h"
#include "core/Result.h"

#include <QString>

#include <optional>

namespace cockpit {

// What this machine has verified of each store's ledger (docs/store.md, "Anchors"): per store,
// the longest chain a cockpit here verified intact, its length and head, kept outside the store
// in a small JSON file of the user's (0600, in a 0700 folder). A ledger that is later shorter, or
// holds another record at that position, lost records behind the cockpit's back.
//
// Several cockpits share the file: every change is made under a lock file and written
// atomically (a crash leaves the old file or the new one, never half of one).
class AnchorBook
{
public:
    explicit AnchorBook(QString file) : m_file(std::move(file)) { }
    // <AppDataLocation>/anchors.json
    static QString defaultFile();
    QString file() const { return m_file; }

    // The anchor of a store (its key: Store::anchorKey()), if this machine has one. A file that
    // cannot be read or understood is an error: it must not pass for "never verified here".
    Result<std::optional<ledger::Anchor>> find(const QString& store) const;
    // Moves the store's anchor forward to `anchor`; an anchor that is not longer than the one
    // kept is ignored (anchors never move backwards).
    Result<Done> advance(const QString& store, const ledger::Anchor& anchor);
    // Forgets a store's anchor (a store deliberately replaced); the anchor forgotten, if any.
    Result<std::optional<ledger::Anchor>> forget(const QString& store);

private:
    QString m_file;
};

} // namespace cockpit
