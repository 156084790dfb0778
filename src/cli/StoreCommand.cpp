#include "StoreCommand.h"

#include "Cli.h"
#include "CliSupport.h"
#include "CommandContext.h"
#include "Console.h"
#include "connectors/secrets/SecretStore.h"
#include "engine/migration/Blocking.h"
#include "engine/services/Services.h"
#include "store/Store.h"

namespace cockpit::cli {
namespace {

const QString kCommand = QStringLiteral("store");
const QString kTokenPrefix = QStringLiteral("rckey1:");

// The key as one line: "rckey1:STORE-ID:BASE64".
QString token(const QString& storeId, const QString& key)
{
    return kTokenPrefix + storeId + QLatin1Char(':') + key;
}

// What this machine verified of the store's ledger, or (forget) that anchor forgotten: for a
// store deliberately replaced by an older copy, which every verification here would otherwise
// call broken. Other machines' anchors and the heads printed in reports still hold.
int runAnchor(CommandContext& context, bool forget)
{
    const auto opened = context.store(true);
    if (!opened)
        return refuse(kCommand, opened.error().toString());
    Store& store = *opened.value();
    AnchorBook& anchors = context.services().anchors();
    const QString key = store.anchorKey();
    const auto anchor = forget ? anchors.forget(key) : anchors.find(key);
    if (!anchor)
        return refuse(kCommand, anchor.error().toString());
    if (!anchor.value()) {
        out() << CliText::tr("this machine holds no anchor of %1 (%2)\n").arg(store.path(), anchors.file());
        return ExitOk;
    }
    const ledger::Anchor& a = *anchor.value();
    if (forget) {
        err() << CliText::tr("This machine no longer remembers that %1 had %2 records (head %3, verified at %4); "
                             "the next verification anchors the record as it is now.\n")
                     .arg(store.path())
                     .arg(a.records)
                     .arg(a.head, toIsoUtc(a.verifiedAt));
        return ExitOk;
    }
    out() << CliText::tr("%1: %2 records, head %3, verified at %4 (%5)\n")
                 .arg(store.path())
                 .arg(a.records)
                 .arg(a.head, toIsoUtc(a.verifiedAt), anchors.file());
    return ExitOk;
}

} // namespace

int runStoreCommand(QStringList arguments)
{
    // The common options (--store, --settings ...) out first; nothing is opened by that.
    auto created = CommandContext::create(arguments);
    if (!created)
        return refuse(kCommand, created.error().toString());
    const QString usage = CliText::tr("store key export | store key import TOKEN | store anchor [forget]");
    if (!arguments.isEmpty() && arguments.first() == QLatin1String("anchor")) {
        arguments.removeFirst();
        if (arguments.size() > 1 || (arguments.size() == 1 && arguments.first() != QLatin1String("forget")))
            return usageError(kCommand, usage);
        return runAnchor(*created.value(), !arguments.isEmpty());
    }
    if (arguments.size() < 2 || arguments.first() != QLatin1String("key"))
        return usageError(kCommand, usage);
    arguments.removeFirst();
    const QString sub = arguments.takeFirst();
    if (sub != QLatin1String("export") && sub != QLatin1String("import"))
        return usageError(kCommand, CliText::tr("unknown subcommand \"key %1\" (export or import)").arg(sub));
    if ((sub == QLatin1String("export") && !arguments.isEmpty())
        || (sub == QLatin1String("import") && arguments.size() != 1))
        return usageError(kCommand, usage);
    const auto opened = created.value()->store(true);
    if (!opened)
        return refuse(kCommand, opened.error().toString());
    Store& store = *opened.value();
    const auto seal = store.seal();
    if (!seal)
        return refuse(kCommand, seal.error().toString());
    if (!seal.value())
        return refuse(kCommand,
                      CliText::tr("%1 is not sealed (a team store, or no keychain kept a key when it was "
                                  "first used)")
                          .arg(store.path()));
    const QString storeId = seal.value()->storeId;
    KeychainSecretStore keychain;
    if (sub == QLatin1String("export")) {
        const auto key = migration::await(keychain.read(Store::sealKeyName(storeId)));
        if (!key)
            return refuse(kCommand,
                          CliText::tr("the keychain has no key for store %1: %2").arg(storeId, key.error().message));
        err() << CliText::tr("The key below lets whoever holds it write records this store trusts: hand it over "
                             "like a password, and only to a machine that is to record in this store.\n");
        out() << token(storeId, key.value()) << '\n';
        return ExitOk;
    }
    const QStringList parts = arguments.first().trimmed().split(QLatin1Char(':'));
    if (parts.size() != 3 || parts[0] + QLatin1Char(':') != kTokenPrefix)
        return refuse(kCommand, CliText::tr("not a store key (it reads rckey1:STORE-ID:KEY)"));
    if (parts[1] != storeId)
        return refuse(kCommand,
                      CliText::tr("this key is store %1's; %2 is store %3").arg(parts[1], store.path(), storeId));
    // Checked against the store's own seal before the keychain keeps it.
    if (const auto used = store.useSealKey(QByteArray::fromBase64(parts[2].toLatin1())); !used)
        return refuse(kCommand, used.error().toString());
    if (const auto kept = migration::await(keychain.write(Store::sealKeyName(storeId), parts[2])); !kept)
        return refuse(kCommand, CliText::tr("the keychain did not keep the key: %1").arg(kept.error().toString()));
    out() << CliText::tr("the key of store %1 is in the keychain; this machine can now verify and record in %2\n")
                 .arg(storeId, store.path());
    return ExitOk;
}

} // namespace cockpit::cli
