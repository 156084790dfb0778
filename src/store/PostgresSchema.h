#pragma once

#include <QList>
#include <QStringList>

// The team store's schema, version by version. PostgresBackend applies what a database lacks,
// as its owner, in one transaction under an advisory lock, so that two cockpits connecting at
// once create it once.
namespace cockpit::teamschema {

struct Migration
{
    int version;
    QStringList statements;
};

// Every version, oldest first.
const QList<Migration>& migrations();

// The version that hands the schema to the NOLOGIN role rollout_cockpit_owner.
inline constexpr int kOwnerRoleVersion = 4;

} // namespace cockpit::teamschema
