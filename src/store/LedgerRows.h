#pragma once

#include "core/Records.h"

#include <QSqlQuery>
#include <QString>

namespace cockpit {

// The ledger's columns in the order auditEntryFrom() reads them; both backends have them all.
inline const QString kLedgerColumns = QStringLiteral(
    "id, rollout_id, at, actor, entity, entity_id, field, old_value, new_value, change_id, origin, reverses, comment, "
    "prev_hash, hash");

AuditEntry auditEntryFrom(const QSqlQuery& query);

} // namespace cockpit
