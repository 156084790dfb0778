#include "Anchors.h"

#include "core/Clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace cockpit {
namespace {

constexpr qint64 kMaxFileBytes = qint64{4} * 1024 * 1024;
constexpr int kLockWaitMs = 10000;
const QString kHint = QStringLiteral(
    "The file holds what this machine verified of each store's record. If it was damaged, move it aside: the "
    "stores then verify as on a machine that never saw them.");

Error anchorError(ErrorKind kind, const QString& message, const QString& file)
{
    return makeError(kind, message, file, kHint);
}

// The whole book: {"version": 1, "stores": {KEY: {"records": N, "head": H, "verified_at": T}}}.
Result<QJsonObject> readBook(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return QJsonObject{};
    if (!file.open(QIODevice::ReadOnly))
        return anchorError(ErrorKind::Io,
                           QStringLiteral("cannot read this machine's ledger anchors: %1").arg(file.errorString()),
                           path);
    if (file.size() > kMaxFileBytes)
        return anchorError(
            ErrorKind::InvalidInput,
            QStringLiteral("this machine's ledger anchors file is larger than it can be (%1 bytes)").arg(file.size()),
            path);
    QJsonParseError parsed{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parsed);
    if (parsed.error != QJsonParseError::NoError || !document.isObject()
        || document.object().value(QStringLiteral("version")).toInt() != 1
        || !document.object().value(QStringLiteral("stores")).isObject())
        return anchorError(
            ErrorKind::InvalidInput,
            QStringLiteral("this machine's ledger anchors file cannot be understood%1")
                .arg(parsed.error != QJsonParseError::NoError
                         ? QStringLiteral(" (%1 at byte %2)").arg(parsed.errorString()).arg(parsed.offset)
                         : QString()),
            path);
    return document.object().value(QStringLiteral("stores")).toObject();
}

Result<std::optional<ledger::Anchor>> anchorIn(const QJsonObject& stores, const QString& store, const QString& path)
{
    if (!stores.contains(store))
        return std::optional<ledger::Anchor>();
    const QJsonObject o = stores.value(store).toObject();
    ledger::Anchor anchor;
    anchor.records = o.value(QStringLiteral("records")).toInt();
    anchor.head = o.value(QStringLiteral("head")).toString();
    anchor.verifiedAt = fromIsoUtc(o.value(QStringLiteral("verified_at")).toString());
    if (anchor.records <= 0 || anchor.head.size() != ledger::genesisHash().size())
        return anchorError(ErrorKind::InvalidInput,
                           QStringLiteral("this machine's ledger anchor of %1 cannot be understood").arg(store), path);
    return std::optional<ledger::Anchor>(anchor);
}

Result<Done> writeBook(const QString& path, const QJsonObject& stores)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return anchorError(ErrorKind::Io, QStringLiteral("cannot create the folder of this machine's ledger anchors"),
                           path);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return anchorError(ErrorKind::Io,
                           QStringLiteral("cannot write this machine's ledger anchors: %1").arg(out.errorString()),
                           path);
    out.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    out.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("stores"), stores}})
                  .toJson(QJsonDocument::Indented));
    if (!out.commit())
        return anchorError(ErrorKind::Io,
                           QStringLiteral("cannot write this machine's ledger anchors: %1").arg(out.errorString()),
                           path);
    return Done{};
}

// Changes the book under its lock; `change` answers whether there is anything to write.
template<typename Change> Result<Done> changeBook(const QString& path, Change change)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return anchorError(ErrorKind::Io, QStringLiteral("cannot create the folder of this machine's ledger anchors"),
                           path);
    QFile::setPermissions(info.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QLockFile lock(path + QStringLiteral(".lock"));
    if (!lock.tryLock(kLockWaitMs))
        return anchorError(
            ErrorKind::Io,
            QStringLiteral("another cockpit holds this machine's ledger anchors (lock file %1.lock)").arg(path), path);
    auto stores = readBook(path);
    if (!stores)
        return stores.error();
    if (!change(stores.value()))
        return Done{};
    return writeBook(path, stores.value());
}

} // namespace

QString AnchorBook::defaultFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/anchors.json");
}

Result<std::optional<ledger::Anchor>> AnchorBook::find(const QString& store) const
{
    const auto stores = readBook(m_file);
    if (!stores)
        return stores.error();
    return anchorIn(stores.value(), store, m_file);
}

Result<Done> AnchorBook::advance(const QString& store, const ledger::Anchor& anchor)
{
    return changeBook(m_file, [&](QJsonObject& stores) {
        const auto kept = anchorIn(stores, store, m_file);
        if (kept && kept.value() && kept.value()->records >= anchor.records)
            return false; // never backwards (another cockpit may have gone further meanwhile)
        stores.insert(store,
                      QJsonObject{{QStringLiteral("records"), anchor.records},
                                  {QStringLiteral("head"), anchor.head},
                                  {QStringLiteral("verified_at"), toIsoUtc(anchor.verifiedAt)}});
        return true;
    });
}

Result<std::optional<ledger::Anchor>> AnchorBook::forget(const QString& store)
{
    std::optional<ledger::Anchor> forgotten;
    const auto changed = changeBook(m_file, [&](QJsonObject& stores) {
        const auto kept = anchorIn(stores, store, m_file);
        if (kept)
            forgotten = kept.value();
        if (!stores.contains(store))
            return false;
        stores.remove(store);
        return true;
    });
    if (!changed)
        return changed.error();
    return forgotten;
}

} // namespace cockpit
