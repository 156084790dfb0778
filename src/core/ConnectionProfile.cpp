#include "ConnectionProfile.h"

#include "JsonReader.h"
#include "Settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace cockpit {
namespace {

const QStringList kSslModes{QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
                            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

void readTls(JsonObjectReader& r, ConnectionProfile::Tls& tls, bool clientCertificate)
{
    tls.caFile = r.optionalString(QStringLiteral("ca_file"));
    if (clientCertificate) {
        tls.certFile = r.optionalString(QStringLiteral("cert_file"));
        tls.keyFile = r.optionalString(QStringLiteral("key_file"));
        if (tls.certFile.isEmpty() != tls.keyFile.isEmpty())
            r.problems().add(r.path(), QStringLiteral("cert_file and key_file go together"));
    }
}

void putTls(QJsonObject& o, const ConnectionProfile::Tls& tls)
{
    if (!tls.caFile.isEmpty())
        o[QStringLiteral("ca_file")] = tls.caFile;
    if (!tls.certFile.isEmpty()) {
        o[QStringLiteral("cert_file")] = tls.certFile;
        o[QStringLiteral("key_file")] = tls.keyFile;
    }
}

QString readUrl(JsonObjectReader& r, const QString& value, const QString& path)
{
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        || url.host().isEmpty())
        r.problems().add(path, QStringLiteral("expected an http:// or https:// URL, found \"%1\"").arg(value));
    return value;
}

// Reads an optional section object; calls read with its reader.
template<typename Fn> void section(JsonObjectReader& parent, const QString& key, Fn read)
{
    if (!parent.has(key)) {
        (void)parent.optionalString(key); // mark as known
        return;
    }
    const auto object = parent.requiredObject(key);
    if (!object)
        return;
    JsonObjectReader r(*object, parent.pathOf(key), parent.problems());
    read(r);
    r.finish();
}

QString settingsKey(const QString& name)
{
    return QStringLiteral("profiles/") + name;
}

} // namespace

bool isValidProfileName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

QStringList ConnectionProfile::credentials() const
{
    QStringList list;
    if (hasPostgres() || pgbouncerPort > 0)
        list.append(QStringLiteral("postgres"));
    if (!pgCheckUser.isEmpty())
        list.append(QStringLiteral("postgres-check"));
    if (!patroniUser.isEmpty())
        list.append(QStringLiteral("patroni"));
    if (hasTeamStore())
        list.append(QStringLiteral("team-store"));
    if (!backupUser.isEmpty())
        list.append(QStringLiteral("backup"));
    return list;
}

QJsonObject ConnectionProfile::toJson() const
{
    QJsonObject root{{QStringLiteral("name"), name}};
    if (!description.isEmpty())
        root[QStringLiteral("description")] = description;
    if (hasPostgres()) {
        QJsonArray nodes;
        for (const PgNode& node : pgNodes) {
            nodes.append(QJsonObject{{QStringLiteral("name"), node.name},
                                     {QStringLiteral("host"), node.host},
                                     {QStringLiteral("port"), node.port}});
        }
        QJsonObject pg{{QStringLiteral("nodes"), nodes},
                       {QStringLiteral("database"), pgDatabase},
                       {QStringLiteral("user"), pgUser}};
        if (!pgSslMode.isEmpty())
            pg[QStringLiteral("sslmode")] = pgSslMode;
        if (!pgCheckUser.isEmpty())
            pg[QStringLiteral("check_user")] = pgCheckUser;
        putTls(pg, pgTls);
        root[QStringLiteral("postgres")] = pg;
    }
    if (pgbouncerPort > 0) {
        QJsonObject bouncer{{QStringLiteral("host"), pgbouncerHost}, {QStringLiteral("port"), pgbouncerPort}};
        if (!pgbouncerSslMode.isEmpty())
            bouncer[QStringLiteral("sslmode")] = pgbouncerSslMode;
        root[QStringLiteral("pgbouncer")] = bouncer;
    }
    if (!patroniUrls.isEmpty()) {
        QJsonObject patroni{{QStringLiteral("urls"), QJsonArray::fromStringList(patroniUrls)}};
        if (!patroniUser.isEmpty())
            patroni[QStringLiteral("user")] = patroniUser;
        putTls(patroni, patroniTls);
        root[QStringLiteral("patroni")] = patroni;
    }
    if (!etcdUrls.isEmpty()) {
        QJsonObject etcd{{QStringLiteral("urls"), QJsonArray::fromStringList(etcdUrls)}};
        putTls(etcd, etcdTls);
        root[QStringLiteral("etcd")] = etcd;
    }
    const auto service = [&root](const char* key, const QString& url, const Tls& tls) {
        if (url.isEmpty())
            return;
        QJsonObject o{{QStringLiteral("url"), url}};
        putTls(o, tls);
        root[QString::fromLatin1(key)] = o;
    };
    service("prometheus", prometheusUrl, prometheusTls);
    service("alertmanager", alertmanagerUrl, alertmanagerTls);
    if (hasTeamStore()) {
        QJsonObject team{{QStringLiteral("database"), teamStore.database}, {QStringLiteral("user"), teamStore.user}};
        if (!teamStore.host.isEmpty())
            team[QStringLiteral("host")] = teamStore.host;
        if (!teamStore.port.isEmpty())
            team[QStringLiteral("port")] = teamStore.port;
        if (!teamStore.sslMode.isEmpty())
            team[QStringLiteral("sslmode")] = teamStore.sslMode;
        if (!teamStore.caFile.isEmpty())
            team[QStringLiteral("ca_file")] = teamStore.caFile;
        root[QStringLiteral("team_store")] = team;
    }
    if (!dockerEndpoint.isEmpty()) {
        QJsonObject docker{{QStringLiteral("endpoint"), dockerEndpoint}};
        if (!dockerService.isEmpty())
            docker[QStringLiteral("service")] = dockerService;
        putTls(docker, dockerTls);
        root[QStringLiteral("docker")] = docker;
    }
    if (!dnsNames.isEmpty()) {
        QJsonObject dns{{QStringLiteral("names"), QJsonArray::fromStringList(dnsNames)}};
        if (!dnsServer.isEmpty())
            dns[QStringLiteral("server")] = dnsServer;
        root[QStringLiteral("dns")] = dns;
    }
    if (!applicationUrls.isEmpty())
        root[QStringLiteral("application")]
            = QJsonObject{{QStringLiteral("urls"), QJsonArray::fromStringList(applicationUrls)}};
    if (!backupMountpoint.isEmpty() || !backupDirectory.isEmpty() || !backupUser.isEmpty()) {
        QJsonObject backup;
        if (!backupMountpoint.isEmpty())
            backup[QStringLiteral("mountpoint")] = backupMountpoint;
        if (!backupDirectory.isEmpty())
            backup[QStringLiteral("directory")] = backupDirectory;
        if (!backupUser.isEmpty())
            backup[QStringLiteral("user")] = backupUser;
        root[QStringLiteral("backup")] = backup;
    }
    if (!deployStack.isEmpty() || !deployDirectory.isEmpty())
        root[QStringLiteral("deploy")]
            = QJsonObject{{QStringLiteral("stack"), deployStack}, {QStringLiteral("directory"), deployDirectory}};
    return root;
}

Result<ConnectionProfile> ConnectionProfile::fromJson(const QJsonObject& json, const QString& source,
                                                      QHash<QString, QString>* passwordFiles)
{
    JsonProblems problems;
    JsonObjectReader r(json, QString(), problems);
    ConnectionProfile p;
    p.name = r.requiredString(QStringLiteral("name"));
    if (!p.name.isEmpty() && !isValidProfileName(p.name))
        problems.add(QStringLiteral("name"), QStringLiteral("use letters, digits, '.', '_' and '-' (at most 64)"));
    p.description = r.optionalString(QStringLiteral("description"));
    const auto passwordFile = [&](JsonObjectReader& s, const QString& credential) {
        if (!passwordFiles) {
            return; // not accepted: finish() reports it as unknown
        }
        const QString file = s.optionalString(QStringLiteral("password_file"));
        if (!file.isEmpty())
            passwordFiles->insert(credential, file);
    };
    section(r, QStringLiteral("postgres"), [&](JsonObjectReader& s) {
        if (const auto nodes = s.requiredArray(QStringLiteral("nodes"))) {
            for (qsizetype i = 0; i < nodes->size(); ++i) {
                JsonObjectReader n(nodes->at(i).toObject(), jsonIndexPath(s.pathOf(QStringLiteral("nodes")), i),
                                   problems);
                PgNode node;
                node.host = n.requiredString(QStringLiteral("host"));
                node.port = n.requiredInt(QStringLiteral("port"), 1, 65535).value_or(5432);
                node.name
                    = n.optionalString(QStringLiteral("name"), QStringLiteral("%1:%2").arg(node.host).arg(node.port));
                n.finish();
                p.pgNodes.append(node);
            }
        }
        p.pgDatabase = s.requiredString(QStringLiteral("database"));
        p.pgUser = s.requiredString(QStringLiteral("user"));
        p.pgSslMode = s.optionalToken(QStringLiteral("sslmode"), kSslModes, QString());
        readTls(s, p.pgTls, true);
        passwordFile(s, QStringLiteral("postgres"));
        p.pgCheckUser = s.optionalString(QStringLiteral("check_user"));
        if (passwordFiles) {
            const QString file = s.optionalString(QStringLiteral("check_password_file"));
            if (!file.isEmpty())
                passwordFiles->insert(QStringLiteral("postgres-check"), file);
        }
    });
    section(r, QStringLiteral("pgbouncer"), [&](JsonObjectReader& s) {
        p.pgbouncerHost = s.requiredString(QStringLiteral("host"));
        p.pgbouncerPort = s.requiredInt(QStringLiteral("port"), 1, 65535).value_or(0);
        p.pgbouncerSslMode = s.optionalToken(QStringLiteral("sslmode"), kSslModes, QString());
    });
    section(r, QStringLiteral("patroni"), [&](JsonObjectReader& s) {
        p.patroniUrls = s.optionalStringList(QStringLiteral("urls"));
        for (qsizetype i = 0; i < p.patroniUrls.size(); ++i)
            readUrl(s, p.patroniUrls[i], jsonIndexPath(s.pathOf(QStringLiteral("urls")), i));
        p.patroniUser = s.optionalString(QStringLiteral("user"));
        readTls(s, p.patroniTls, false);
        passwordFile(s, QStringLiteral("patroni"));
    });
    section(r, QStringLiteral("etcd"), [&](JsonObjectReader& s) {
        p.etcdUrls = s.optionalStringList(QStringLiteral("urls"));
        for (qsizetype i = 0; i < p.etcdUrls.size(); ++i)
            readUrl(s, p.etcdUrls[i], jsonIndexPath(s.pathOf(QStringLiteral("urls")), i));
        readTls(s, p.etcdTls, false);
    });
    section(r, QStringLiteral("prometheus"), [&](JsonObjectReader& s) {
        p.prometheusUrl = readUrl(s, s.requiredString(QStringLiteral("url")), s.pathOf(QStringLiteral("url")));
        readTls(s, p.prometheusTls, false);
    });
    section(r, QStringLiteral("alertmanager"), [&](JsonObjectReader& s) {
        p.alertmanagerUrl = readUrl(s, s.requiredString(QStringLiteral("url")), s.pathOf(QStringLiteral("url")));
        readTls(s, p.alertmanagerTls, false);
    });
    section(r, QStringLiteral("team_store"), [&](JsonObjectReader& s) {
        p.teamStore.host = s.optionalString(QStringLiteral("host"));
        const QJsonValue port = s.has(QStringLiteral("port"))
            ? json.value(QStringLiteral("team_store")).toObject().value(QStringLiteral("port"))
            : QJsonValue();
        if (port.isDouble()) {
            p.teamStore.port = QString::number(s.requiredInt(QStringLiteral("port"), 1, 65535).value_or(5432));
        } else {
            p.teamStore.port = s.optionalString(QStringLiteral("port"));
        }
        p.teamStore.database = s.requiredString(QStringLiteral("database"));
        p.teamStore.user = s.requiredString(QStringLiteral("user"));
        p.teamStore.sslMode = s.optionalToken(QStringLiteral("sslmode"), kSslModes, QString());
        p.teamStore.caFile = s.optionalString(QStringLiteral("ca_file"));
        passwordFile(s, QStringLiteral("team-store"));
    });
    section(r, QStringLiteral("docker"), [&](JsonObjectReader& s) {
        p.dockerEndpoint = s.requiredString(QStringLiteral("endpoint"));
        if (!p.dockerEndpoint.startsWith(QLatin1String("unix://"))
            && !p.dockerEndpoint.startsWith(QLatin1String("tcp://")))
            problems.add(s.pathOf(QStringLiteral("endpoint")),
                         QStringLiteral("expected unix://PATH or tcp://HOST:PORT"));
        p.dockerService = s.optionalString(QStringLiteral("service"));
        readTls(s, p.dockerTls, true);
    });
    section(r, QStringLiteral("dns"), [&](JsonObjectReader& s) {
        p.dnsServer = s.optionalString(QStringLiteral("server"));
        p.dnsNames = s.optionalStringList(QStringLiteral("names"));
    });
    section(r, QStringLiteral("application"), [&](JsonObjectReader& s) {
        p.applicationUrls = s.optionalStringList(QStringLiteral("urls"));
        for (qsizetype i = 0; i < p.applicationUrls.size(); ++i)
            readUrl(s, p.applicationUrls[i], jsonIndexPath(s.pathOf(QStringLiteral("urls")), i));
    });
    section(r, QStringLiteral("backup"), [&](JsonObjectReader& s) {
        p.backupMountpoint = s.optionalString(QStringLiteral("mountpoint"));
        p.backupDirectory = s.optionalString(QStringLiteral("directory"));
        p.backupUser = s.optionalString(QStringLiteral("user"));
        passwordFile(s, QStringLiteral("backup"));
    });
    section(r, QStringLiteral("deploy"), [&](JsonObjectReader& s) {
        p.deployStack = s.optionalString(QStringLiteral("stack"));
        p.deployDirectory = s.optionalString(QStringLiteral("directory"));
    });
    // Facts about the lab that scripts/lab records for its own tests; not the cockpit's.
    section(r, QStringLiteral("lab"), [](JsonObjectReader& s) { s.skipRest(); });
    r.finish();
    if (!problems.isEmpty()) {
        Error error
            = makeError(ErrorKind::InvalidInput,
                        problems.size() == 1 ? QStringLiteral("not a valid profile: ") + problems.lines().first()
                                             : QStringLiteral("not a valid profile (%1 problems)").arg(problems.size()),
                        source);
        if (problems.size() > 1)
            error.details = problems.lines();
        return error;
    }
    return p;
}

ProfileStore::ProfileStore(Settings& settings) : m_settings(settings)
{ }

QStringList ProfileStore::names() const
{
    return m_settings.childKeys(QStringLiteral("profiles"));
}

Result<ConnectionProfile> ProfileStore::load(const QString& name) const
{
    const QString json = m_settings.rawValue(settingsKey(name)).toString();
    if (json.isEmpty())
        return makeError(ErrorKind::NotFound, QStringLiteral("no profile named \"%1\"").arg(name),
                         m_settings.fileName(),
                         QStringLiteral("`rollout-cockpit profile list` shows the profiles there are."));
    return ConnectionProfile::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(),
                                       m_settings.fileName() + QStringLiteral(" [profiles/") + name + QLatin1Char(']'));
}

void ProfileStore::save(const ConnectionProfile& profile)
{
    m_settings.setRawValue(settingsKey(profile.name),
                           QString::fromUtf8(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact)));
    m_settings.sync();
}

void ProfileStore::remove(const QString& name)
{
    m_settings.removeRaw(settingsKey(name));
    m_settings.sync();
}

} // namespace cockpit
