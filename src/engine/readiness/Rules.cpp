#include "Rules.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace cockpit {
namespace {

class RuleTr
{
    Q_DECLARE_TR_FUNCTIONS(cockpit::Rules)
};

constexpr int kMaxListed = 12;

QString text(const Observation& o, int row, const char* column)
{
    return o.value(row, o.column(QString::fromLatin1(column))).toString();
}

bool truthy(const QVariant& value)
{
    const QString t = value.toString().toLower();
    return t == QLatin1String("t") || t == QLatin1String("true") || t == QLatin1String("on") || t == QLatin1String("1");
}

bool hasColumns(const Observation& o, std::initializer_list<const char*> columns, RuleVerdict& verdict)
{
    QStringList missing;
    for (const char* column : columns) {
        if (o.column(QString::fromLatin1(column)) < 0)
            missing.append(QString::fromLatin1(column));
    }
    if (missing.isEmpty())
        return true;
    verdict.status = CheckStatus::Unknown;
    verdict.observed = RuleTr::tr("the probe gave no column %1").arg(missing.join(QStringLiteral(", ")));
    return false;
}

RuleVerdict offenders(const QStringList& found, const QString& none, const QString& some, bool warnOnly = false)
{
    RuleVerdict verdict;
    if (found.isEmpty()) {
        verdict.status = CheckStatus::Pass;
        verdict.observed = none;
        return verdict;
    }
    verdict.status = warnOnly ? CheckStatus::Warn : CheckStatus::Fail;
    verdict.observed = some.arg(found.size());
    verdict.details = found.mid(0, kMaxListed);
    if (found.size() > kMaxListed)
        verdict.details.append(RuleTr::tr("… and %1 more").arg(found.size() - kMaxListed));
    return verdict;
}

QString hbaLine(const Observation& o, int row)
{
    QString line = QStringLiteral("line %1: %2 %3 %4")
                       .arg(text(o, row, "line_number"), text(o, row, "type"), text(o, row, "database"),
                            text(o, row, "user_name"));
    const QString address = text(o, row, "address");
    if (!address.isEmpty())
        line += QLatin1Char(' ') + address
            + (text(o, row, "netmask").isEmpty() ? QString() : QLatin1Char('/') + text(o, row, "netmask"));
    return line + QLatin1Char(' ') + text(o, row, "auth_method");
}

RuleVerdict hbaRestricted(const Observation& o)
{
    RuleVerdict verdict;
    if (!hasColumns(o, {"line_number", "type", "address", "netmask", "auth_method", "error"}, verdict))
        return verdict;
    if (o.rows.isEmpty()) {
        verdict.observed = RuleTr::tr("pg_hba_file_rules is empty");
        return verdict; // unknown: a server with no rules at all would refuse every client
    }
    QStringList found;
    for (int row = 0; row < o.rows.size(); ++row) {
        const QString node = o.rowName(row);
        if (!text(o, row, "error").isEmpty()) {
            found.append(RuleTr::tr("%1 %2: error: %3").arg(node, hbaLine(o, row), text(o, row, "error")));
        } else if (text(o, row, "auth_method") == QLatin1String("trust")) {
            found.append(RuleTr::tr("%1 %2: trust lets anyone in without a password").arg(node, hbaLine(o, row)));
        } else if (text(o, row, "type") != QLatin1String("local")
                   && text(o, row, "auth_method") != QLatin1String("reject")
                   && isOpenToTheWorld(text(o, row, "address"), text(o, row, "netmask"))) {
            found.append(RuleTr::tr("%1 %2: open to every address").arg(node, hbaLine(o, row)));
        }
    }
    return offenders(
        found,
        RuleTr::tr("%n line(s), none with trust or open to every address", nullptr, static_cast<int>(o.rows.size())),
        RuleTr::tr("%1 line(s) too open"));
}

RuleVerdict hbaSslOnly(const Observation& o)
{
    RuleVerdict verdict;
    if (!hasColumns(o, {"line_number", "type", "address", "netmask", "auth_method"}, verdict))
        return verdict;
    if (o.rows.isEmpty()) {
        verdict.observed = RuleTr::tr("pg_hba_file_rules is empty");
        return verdict;
    }
    QStringList found;
    const bool hasErrors = o.column(QStringLiteral("error")) >= 0;
    for (int row = 0; row < o.rows.size(); ++row) {
        const QString type = text(o, row, "type");
        // A line the server could not read leaves it on its previous rules: nothing is known.
        if (hasErrors && !text(o, row, "error").isEmpty()) {
            found.append(RuleTr::tr("%1 %2: error: %3").arg(o.rowName(row), hbaLine(o, row), text(o, row, "error")));
            continue;
        }
        // A line that rejects is how plain connections are refused; GSSAPI encryption encrypts.
        if (text(o, row, "auth_method") == QLatin1String("reject"))
            continue;
        if (type == QLatin1String("host") || type == QLatin1String("hostnossl"))
            found.append(
                RuleTr::tr("%1 %2: %3 admits connections without TLS").arg(o.rowName(row), hbaLine(o, row), type));
    }
    return offenders(found, RuleTr::tr("every TCP line is hostssl"), RuleTr::tr("%1 TCP line(s) without hostssl"));
}

RuleVerdict noMd5Secrets(const Observation& o)
{
    RuleVerdict verdict;
    if (!hasColumns(o, {"rolname", "secret_head", "secret_length", "scram"}, verdict))
        return verdict;
    QStringList found;
    int hashed = 0;
    for (int row = 0; row < o.rows.size(); ++row) {
        const QVariant head = o.value(row, o.column(QStringLiteral("secret_head")));
        const SecretKind kind = classifySecret(head.isNull() ? QString() : head.toString(),
                                               o.value(row, o.column(QStringLiteral("secret_length"))).toLongLong(),
                                               truthy(o.value(row, o.column(QStringLiteral("scram")))));
        const QString role = text(o, row, "rolname");
        if (kind == SecretKind::Md5)
            found.append(RuleTr::tr("%1 (%2): MD5 secret").arg(role, o.rowName(row)));
        else if (kind == SecretKind::Other)
            found.append(
                RuleTr::tr("%1 (%2): a secret that is neither SCRAM nor MD5 (plain text?)").arg(role, o.rowName(row)));
        else if (kind == SecretKind::Scram)
            ++hashed;
    }
    return offenders(found, RuleTr::tr("%n role(s) with a password, all SCRAM-SHA-256", nullptr, hashed),
                     RuleTr::tr("%1 role(s) with an MD5 or plain secret"));
}

RuleVerdict vectorColumnsIndexed(const Observation& o)
{
    RuleVerdict verdict;
    if (!hasColumns(o, {"table_name", "column_name", "hnsw"}, verdict))
        return verdict;
    if (o.rows.isEmpty()) {
        verdict.status = CheckStatus::Fail;
        verdict.observed = RuleTr::tr("no vector column found: nothing is indexed for vector search");
        return verdict;
    }
    QStringList found;
    for (int row = 0; row < o.rows.size(); ++row) {
        if (!truthy(o.value(row, o.column(QStringLiteral("hnsw")))))
            found.append(
                RuleTr::tr("%1.%2 has no HNSW index").arg(text(o, row, "table_name"), text(o, row, "column_name")));
    }
    return offenders(
        found, RuleTr::tr("%n vector column(s), each with an HNSW index", nullptr, static_cast<int>(o.rows.size())),
        RuleTr::tr("%1 vector column(s) without an HNSW index"));
}

RuleVerdict tls(const Observation& o, bool trusted)
{
    RuleVerdict verdict;
    if (!hasColumns(o, {"endpoint", "verified", "host_matches", "self_signed", "days_left", "problems"}, verdict))
        return verdict;
    if (o.rows.isEmpty()) {
        verdict.observed = RuleTr::tr("no TLS endpoint to check");
        return verdict;
    }
    QStringList failures;
    QStringList warnings;
    for (int row = 0; row < o.rows.size(); ++row) {
        const QString endpoint = text(o, row, "endpoint");
        const qint64 daysLeft = o.value(row, o.column(QStringLiteral("days_left"))).toLongLong();
        if (!truthy(o.value(row, o.column(QStringLiteral("verified")))))
            failures.append(
                RuleTr::tr("%1: the certificate does not verify (%2)").arg(endpoint, text(o, row, "problems")));
        else if (!truthy(o.value(row, o.column(QStringLiteral("host_matches")))))
            failures.append(RuleTr::tr("%1: the certificate does not name this host").arg(endpoint));
        else if (daysLeft < 0)
            failures.append(RuleTr::tr("%1: the certificate expired %2 day(s) ago").arg(endpoint).arg(-daysLeft));
        else if (trusted && truthy(o.value(row, o.column(QStringLiteral("self_signed")))))
            failures.append(RuleTr::tr("%1: the certificate is self-signed").arg(endpoint));
        else if (daysLeft < 14)
            warnings.append(RuleTr::tr("%1: the certificate expires in %2 day(s)").arg(endpoint).arg(daysLeft));
    }
    if (!failures.isEmpty())
        return offenders(failures, QString(), RuleTr::tr("%1 endpoint(s) with a certificate problem"));
    if (!warnings.isEmpty())
        return offenders(warnings, QString(), RuleTr::tr("%1 certificate(s) expiring soon"), true);
    verdict.status = CheckStatus::Pass;
    verdict.observed = trusted
        ? RuleTr::tr("%n endpoint(s): valid, not self-signed, not expiring", nullptr, static_cast<int>(o.rows.size()))
        : RuleTr::tr("%n endpoint(s): valid and not expiring", nullptr, static_cast<int>(o.rows.size()));
    return verdict;
}

RuleVerdict slotPerReplica(const Observation& o)
{
    RuleVerdict verdict;
    if (!hasColumns(o, {"replica", "slot_name", "active"}, verdict))
        return verdict;
    if (o.rows.isEmpty()) {
        verdict.status = CheckStatus::Fail;
        verdict.observed = RuleTr::tr("no replica streams and no slot exists");
        return verdict;
    }
    QStringList found;
    int streaming = 0;
    for (int row = 0; row < o.rows.size(); ++row) {
        const QString replica = text(o, row, "replica");
        const QString slot = text(o, row, "slot_name");
        if (!replica.isEmpty())
            ++streaming;
        if (!replica.isEmpty() && slot.isEmpty())
            found.append(RuleTr::tr("replica %1 streams without a replication slot").arg(replica));
        else if (!slot.isEmpty() && !truthy(o.value(row, o.column(QStringLiteral("active")))))
            found.append(RuleTr::tr("slot %1 is not in use (it holds WAL back)").arg(slot));
    }
    if (streaming == 0)
        found.append(RuleTr::tr("no replica streams from the leader"));
    return offenders(found, RuleTr::tr("%n replica(s), each streaming through an active slot", nullptr, streaming),
                     RuleTr::tr("%1 slot problem(s)"));
}

RuleVerdict archiverHealthy(const Observation& o)
{
    RuleVerdict verdict;
    if (!hasColumns(o,
                    {"archive_mode", "archive_command", "archived_count", "failed_count", "last_archived_time",
                     "last_failed_time"},
                    verdict))
        return verdict;
    if (o.rows.isEmpty()) {
        verdict.observed = RuleTr::tr("pg_stat_archiver gave no row");
        return verdict;
    }
    QStringList found;
    for (int row = 0; row < o.rows.size(); ++row) {
        const QString node = o.rowName(row);
        const QString mode = text(o, row, "archive_mode");
        const QString command = text(o, row, "archive_command");
        const qint64 archived = o.value(row, o.column(QStringLiteral("archived_count"))).toLongLong();
        const qint64 failed = o.value(row, o.column(QStringLiteral("failed_count"))).toLongLong();
        const QDateTime lastArchived = o.value(row, o.column(QStringLiteral("last_archived_time"))).toDateTime();
        const QDateTime lastFailed = o.value(row, o.column(QStringLiteral("last_failed_time"))).toDateTime();
        if (mode == QLatin1String("off"))
            found.append(RuleTr::tr("%1: archive_mode is off").arg(node));
        else if (command.isEmpty() || command == QLatin1String("(disabled)"))
            found.append(RuleTr::tr("%1: archive_mode is %2 but no archive_command is set").arg(node, mode));
        else if (archived == 0)
            found.append(
                RuleTr::tr("%1: nothing archived yet (%2 failure(s)): archiving is not tested").arg(node).arg(failed));
        else if (failed > 0 && lastFailed.isValid() && (!lastArchived.isValid() || lastFailed > lastArchived))
            found.append(RuleTr::tr("%1: the archiver is failing (last failure %2, last success %3)")
                             .arg(node, lastFailed.toString(Qt::ISODate), lastArchived.toString(Qt::ISODate)));
    }
    return offenders(found, RuleTr::tr("archiving on, last WAL archived without a later failure"),
                     RuleTr::tr("%1 archiving problem(s)"));
}

RuleVerdict oneLeader(const Observation& o)
{
    RuleVerdict verdict;
    if (!hasColumns(o, {"member", "role", "state"}, verdict))
        return verdict;
    QStringList leaders;
    QStringList notRunning;
    for (int row = 0; row < o.rows.size(); ++row) {
        if (text(o, row, "role") == QLatin1String("leader"))
            leaders.append(text(o, row, "member"));
        const QString state = text(o, row, "state");
        if (state != QLatin1String("running") && state != QLatin1String("streaming"))
            notRunning.append(RuleTr::tr("%1 is %2").arg(text(o, row, "member"), state));
    }
    if (leaders.size() != 1) {
        verdict.status = CheckStatus::Fail;
        verdict.observed = leaders.isEmpty()
            ? RuleTr::tr("no leader")
            : RuleTr::tr("%1 leaders: %2").arg(leaders.size()).arg(leaders.join(QStringLiteral(", ")));
        return verdict;
    }
    if (!notRunning.isEmpty())
        return offenders(notRunning, QString(), RuleTr::tr("%1 member(s) not running"));
    // Maintenance mode: Patroni will not fail over, whatever happens to the leader.
    if (o.column(QStringLiteral("paused")) >= 0) {
        for (int row = 0; row < o.rows.size(); ++row) {
            if (truthy(o.value(row, o.column(QStringLiteral("paused"))))) {
                verdict.status = CheckStatus::Fail;
                verdict.observed = RuleTr::tr("the cluster is paused (maintenance mode): automatic failover is off");
                return verdict;
            }
        }
    }
    verdict.status = CheckStatus::Pass;
    verdict.observed = RuleTr::tr("leader %1; every member running").arg(leaders.first());
    return verdict;
}

RuleVerdict etcdHealthy(const Observation& o)
{
    RuleVerdict verdict;
    if (!hasColumns(o, {"health"}, verdict))
        return verdict;
    if (o.rows.isEmpty()) {
        verdict.observed = RuleTr::tr("no health answer");
        return verdict;
    }
    QStringList found;
    for (int row = 0; row < o.rows.size(); ++row) {
        if (truthy(o.value(row, o.column(QStringLiteral("health")))))
            continue;
        const QString error = o.column(QStringLiteral("error")) >= 0 ? text(o, row, "error") : QString();
        found.append(error.isEmpty() ? RuleTr::tr("%1 reports itself unhealthy").arg(o.rowName(row))
                                     : RuleTr::tr("%1: %2").arg(o.rowName(row), error));
    }
    return offenders(found, RuleTr::tr("healthy"), RuleTr::tr("%1 member(s) unhealthy"));
}

bool isLoopback(const QString& host)
{
    return host == QLatin1String("localhost") || host.startsWith(QLatin1String("127.")) || host == QLatin1String("::1");
}

// PgBouncer's entry for the profile's database (or its "*" fallback) points at the leader.
RuleVerdict pgbouncerRoutesToLeader(const Observation& o)
{
    RuleVerdict verdict;
    if (!hasColumns(o, {"name", "host", "port", "profile_database", "leader"}, verdict))
        return verdict;
    int entry = -1;
    for (int row = 0; row < o.rows.size(); ++row) {
        if (truthy(o.value(row, o.column(QStringLiteral("profile_database")))))
            entry = row;
    }
    if (entry < 0) {
        for (int row = 0; row < o.rows.size(); ++row) {
            if (text(o, row, "name") == QLatin1String("*"))
                entry = row;
        }
    }
    if (entry < 0) {
        verdict.status = CheckStatus::Fail;
        verdict.observed = RuleTr::tr("PgBouncer has no entry for the application's database");
        return verdict;
    }
    const QString leader = text(o, entry, "leader");
    const QString host = text(o, entry, "host");
    const QString port = text(o, entry, "port");
    const QString target = QStringLiteral("%1:%2").arg(host, port);
    if (leader.isEmpty()) {
        verdict.observed
            = RuleTr::tr("PgBouncer sends %1 to %2, but the leader is not known").arg(text(o, entry, "name"), target);
        return verdict; // unknown
    }
    const qsizetype colon = leader.lastIndexOf(QLatin1Char(':'));
    const QString leaderHost = leader.left(colon);
    const QString leaderPort = leader.mid(colon + 1);
    const bool sameHost = host == leaderHost || (isLoopback(host) && isLoopback(leaderHost));
    verdict.status = sameHost && port == leaderPort ? CheckStatus::Pass : CheckStatus::Fail;
    verdict.observed = verdict.status == CheckStatus::Pass
        ? RuleTr::tr("%1 → %2, the leader").arg(text(o, entry, "name"), target)
        : RuleTr::tr("%1 → %2, but the leader is %3").arg(text(o, entry, "name"), target, leader);
    return verdict;
}

} // namespace

bool isOpenToTheWorld(const QString& address, const QString& netmask)
{
    if (address == QLatin1String("all"))
        return true;
    const QHostAddress host(address);
    if (host.isNull())
        return false; // a host name, samehost, samenet: not the whole internet
    if (netmask.isEmpty())
        return false;
    const QHostAddress mask(netmask);
    if (mask.isNull())
        return false;
    // A mask of all zeros admits every address of its family.
    return mask == QHostAddress(QStringLiteral("0.0.0.0")) || mask == QHostAddress(QStringLiteral("::"));
}

SecretKind classifySecret(const QString& head, qint64 length, bool scramPrefix)
{
    if (head.isNull() && length == 0)
        return SecretKind::None;
    if (scramPrefix)
        return SecretKind::Scram;
    if (head.startsWith(QLatin1String("md5")) && length == 35)
        return SecretKind::Md5;
    return SecretKind::Other;
}

namespace {

// The registry: a rule's name in the runbook -> its judgement. core's ruleNames() lists what the
// loader accepts; a test keeps the two in step.
struct RuleEntry
{
    QStringView name;
    RuleVerdict (*judge)(const Observation&);
};

const RuleEntry kRules[] = {
    {u"pg_hba_restricted", hbaRestricted},
    {u"pg_hba_ssl_only", hbaSslOnly},
    {u"no_md5_secrets", noMd5Secrets},
    {u"vector_columns_indexed", vectorColumnsIndexed},
    {u"tls_valid", [](const Observation& o) { return tls(o, false); }},
    {u"tls_trusted", [](const Observation& o) { return tls(o, true); }},
    {u"slot_per_replica", slotPerReplica},
    {u"archiver_healthy", archiverHealthy},
    {u"one_leader", oneLeader},
    {u"etcd_healthy", etcdHealthy},
    {u"pgbouncer_routes_to_leader", pgbouncerRoutesToLeader},
};

} // namespace

QStringList judgedRuleNames()
{
    QStringList names;
    for (const RuleEntry& entry : kRules)
        names.append(entry.name.toString());
    return names;
}

RuleVerdict applyRule(const QString& rule, const Observation& observation)
{
    for (const RuleEntry& entry : kRules) {
        if (entry.name == rule)
            return entry.judge(observation);
    }
    RuleVerdict verdict;
    verdict.observed = RuleTr::tr("no rule named %1").arg(rule);
    return verdict;
}

} // namespace cockpit
