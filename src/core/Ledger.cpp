#include "Ledger.h"

#include "Clock.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace cockpit::ledger {
namespace {

QByteArray escaped(const QString& value)
{
    QByteArray out;
    const QByteArray utf8 = value.toUtf8();
    out.reserve(utf8.size());
    for (char c : utf8) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else if (c == '\r')
            out += "\\r";
        else
            out += c;
    }
    return out;
}

} // namespace

QString mac(const QByteArray& key, const QString& text)
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(text.toUtf8(), key, QCryptographicHash::Sha256).toHex());
}

QByteArray newSealKey()
{
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(key.begin(), key.end());
    return key;
}

QString genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QByteArray canonicalForm(const AuditEntry& e)
{
    QByteArray form = "rollout-cockpit ledger 1\n";
    const auto line = [&form](const char* key, const QString& value) {
        form += key;
        form += '=';
        form += escaped(value);
        form += '\n';
    };
    line("id", QString::number(e.id));
    line("rollout", QString::number(e.rolloutId));
    line("at", toIsoUtc(e.at));
    line("actor", e.actor);
    line("entity", e.entity);
    line("entity_id", e.entityId);
    line("field", e.field);
    line("old", e.oldValue);
    line("new", e.newValue);
    line("change_id", e.changeId);
    line("origin", changeOriginToken(e.origin));
    line("reverses", e.reverses);
    line("comment", e.comment);
    line("prev", e.prevHash);
    return form;
}

QString hashOf(const AuditEntry& entry)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalForm(entry), QCryptographicHash::Sha256).toHex());
}

void seal(AuditEntry& entry, const QString& previousHash)
{
    entry.prevHash = previousHash.isEmpty() ? genesisHash() : previousHash;
    entry.hash = hashOf(entry);
}

QString describe(const AuditEntry& e)
{
    return QStringLiteral("#%1 (%2 %3: %4 by %5 at %6)")
        .arg(e.id)
        .arg(e.entity, e.entityId, e.field, e.actor, toIsoUtc(e.at));
}

Verification verify(const QList<AuditEntry>& entries)
{
    Verification v;
    QString previous = genesisHash();
    for (const AuditEntry& e : entries) {
        if (e.prevHash != previous) {
            v.intact = false;
            v.firstBadId = e.id;
            v.problem = e.prevHash.isEmpty()
                ? QStringLiteral("record %1 carries no chain link").arg(describe(e))
                : QStringLiteral("record %1 does not follow the record before it: a record was removed, "
                                 "inserted or rewritten there")
                      .arg(describe(e));
            return v;
        }
        const QString actual = hashOf(e);
        if (e.hash != actual) {
            v.intact = false;
            v.firstBadId = e.id;
            v.problem = QStringLiteral("record %1 was changed after it was written: its content no longer "
                                       "matches its hash")
                            .arg(describe(e));
            return v;
        }
        previous = e.hash;
        ++v.records;
    }
    v.head = entries.isEmpty() ? genesisHash() : previous;
    return v;
}

namespace {

QString shortHash(const QString& hash)
{
    return hash.left(12) + QStringLiteral("…");
}

QString anchorText(const Anchor& anchor)
{
    QString text = anchor.records > 0
        ? QStringLiteral("%1 records, head %2").arg(anchor.records).arg(shortHash(anchor.head))
        : QStringLiteral("head %1").arg(shortHash(anchor.head));
    if (anchor.verifiedAt.isValid())
        text += QStringLiteral(", at %1").arg(toIsoUtc(anchor.verifiedAt));
    return text;
}

bool sameHash(const QString& stored, const QString& given)
{
    return given.size() == stored.size() ? stored == given : stored.startsWith(given);
}

} // namespace

QString missingAnchor(const QList<AuditEntry>& entries, const Anchor& anchor, const QString& whose)
{
    const QString head = anchor.head.toLower();
    if (anchor.records <= 0) {
        for (const AuditEntry& e : entries) {
            if (sameHash(e.hash, head))
                return {};
        }
        return QStringLiteral("the record does not contain head %1 (%2): it now has %3 records, head %4")
            .arg(shortHash(head), whose)
            .arg(entries.size())
            .arg(shortHash(entries.isEmpty() ? genesisHash() : entries.last().hash));
    }
    if (entries.size() < anchor.records) {
        return QStringLiteral("the record has lost records since %1 (%2): it now ends at record %3")
            .arg(whose, anchorText(anchor))
            .arg(entries.size());
    }
    const AuditEntry& there = entries.at(anchor.records - 1);
    if (!sameHash(there.hash, head)) {
        return QStringLiteral("the record was rewritten since %1 (%2): its record %3 is now %4, with hash %5")
            .arg(whose, anchorText(anchor))
            .arg(anchor.records)
            .arg(describe(there), shortHash(there.hash));
    }
    return {};
}

std::optional<Anchor> parseAnchor(const QString& text)
{
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    Anchor anchor;
    anchor.head = (at < 0 ? text : text.left(at)).trimmed().toLower();
    if (anchor.head.size() < kMinimumHeadPrefix || anchor.head.size() > genesisHash().size())
        return std::nullopt;
    for (const QChar c : std::as_const(anchor.head)) {
        if (!c.isDigit() && (c < QLatin1Char('a') || c > QLatin1Char('f')))
            return std::nullopt;
    }
    if (at >= 0) {
        bool ok = false;
        anchor.records = text.mid(at + 1).trimmed().toInt(&ok);
        if (!ok || anchor.records <= 0)
            return std::nullopt;
    }
    return anchor;
}

} // namespace cockpit::ledger
