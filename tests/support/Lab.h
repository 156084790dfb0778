#pragma once

#include "connectors/postgres/PgTypes.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace cockpit::test {

// The running lab as scripts/lab describes it in <lab dir>/profile.json. Tests that need
// the lab fail (they do not skip) when it is not up: scripts/test starts it.
struct Lab
{
    QString dir;
    QJsonObject profile;

    static const Lab& get(); // fails the calling test (ADD_FAILURE) if the lab is not up
    static bool isUp();

    QString caFile() const;
    QString secret(const QString& name) const; // a lab password file's content
    QStringList patroniUrls() const;
    QList<int> pgPorts() const;
    QString dockerSocket() const;
    // dpg_cluster on the given ports (default: all three nodes), verify-full against the lab CA.
    PgConnectOptions postgresOptions(QList<int> ports = {}, const QString& host = QStringLiteral("localhost")) const;
    QUrl prometheusUrl() const;
    QUrl alertmanagerUrl() const;
    QUrl etcdUrl() const;
};

} // namespace cockpit::test
