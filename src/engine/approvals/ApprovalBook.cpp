#include "ApprovalBook.h"

#include "core/Clock.h"
#include "core/Duration.h"
#include "core/RunbookWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace cockpit::approvals {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Approvals)
};

QJsonObject jsonOf(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// One person, however the name was typed ("Dana", "dana ").
QString signerKey(const QString& signer)
{
    return signer.trimmed().toCaseFolded();
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString statusOf(const QString& value)
{
    return value.section(QLatin1Char('/'), 0, 0);
}

QString checkOf(const QString& value)
{
    return value.section(QLatin1Char('/'), 1, 1);
}

bool passes(const QString& check)
{
    return check == QLatin1String("pass") || check == QLatin1String("warn");
}

QString statusWords(const QString& token)
{
    return token == QLatin1String("not_applicable") ? Tr::tr("not applicable") : token;
}

qint64 msecs(std::chrono::minutes minutes)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(minutes).count();
}

} // namespace

QString ReadinessDigest::hash() const
{
    QByteArray text = runbookId.toUtf8() + '\n' + runbookFingerprint.toUtf8() + '\n';
    for (auto it = items.cbegin(); it != items.cend(); ++it)
        text += it.key().toUtf8() + '=' + it.value().toUtf8() + '\n';
    return sha256(text);
}

QString ReadinessDigest::counts() const
{
    QMap<QString, int> statuses;
    QMap<QString, int> checks;
    for (const QString& value : items) {
        ++statuses[statusOf(value)];
        if (checkOf(value) != QLatin1String("none"))
            ++checks[checkOf(value)];
    }
    QStringList statusText;
    for (const QString& token : {QStringLiteral("done"), QStringLiteral("not_applicable"), QStringLiteral("open"),
                                 QStringLiteral("blocked")}) {
        if (statuses.value(token) > 0 || token == QLatin1String("done"))
            statusText.append(QStringLiteral("%1 %2").arg(statuses.value(token)).arg(statusWords(token)));
    }
    QStringList checkText;
    for (auto it = checks.cbegin(); it != checks.cend(); ++it)
        checkText.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
    return checkText.isEmpty()
        ? Tr::tr("%1; no check results").arg(statusText.join(QStringLiteral(", ")))
        : Tr::tr("%1; checks: %2").arg(statusText.join(QStringLiteral(", ")), checkText.join(QStringLiteral(", ")));
}

QJsonObject ReadinessDigest::toJson() const
{
    QJsonObject itemObject;
    for (auto it = items.cbegin(); it != items.cend(); ++it)
        itemObject.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("runbook"), runbookId},
                       {QStringLiteral("fingerprint"), runbookFingerprint},
                       {QStringLiteral("hash"), hash()},
                       {QStringLiteral("counts"), counts()},
                       {QStringLiteral("items"), itemObject}};
}

std::optional<ReadinessDigest> ReadinessDigest::fromJson(const QJsonObject& object)
{
    const QJsonObject itemObject = object.value(QStringLiteral("items")).toObject();
    ReadinessDigest digest;
    digest.runbookId = object.value(QStringLiteral("runbook")).toString();
    digest.runbookFingerprint = object.value(QStringLiteral("fingerprint")).toString();
    if (digest.runbookFingerprint.isEmpty() || itemObject.isEmpty())
        return std::nullopt;
    for (auto it = itemObject.constBegin(); it != itemObject.constEnd(); ++it)
        digest.items.insert(it.key(), it.value().toString());
    // The record's hash is what it approved: items that do not add up to it are not that digest.
    if (digest.hash() != object.value(QStringLiteral("hash")).toString())
        return std::nullopt;
    return digest;
}

ReadinessDigest digestOf(const Runbook& runbook, const QList<ItemState>& states, const QList<ItemCheckResult>& checks)
{
    ReadinessDigest digest;
    digest.runbookId = runbook.id;
    digest.runbookFingerprint = sha256(QJsonDocument(runbookToJson(runbook)).toJson(QJsonDocument::Compact));
    QHash<QString, ItemStatus> status;
    for (const ItemState& state : states)
        status.insert(state.itemId, state.status);
    QHash<QString, CheckStatus> check;
    for (const ItemCheckResult& result : checks)
        check.insert(result.itemId, result.status);
    for (const ChecklistSection& section : runbook.sections) {
        for (const ChecklistItem& item : section.items) {
            const auto checked = check.constFind(item.id);
            digest.items.insert(item.id,
                                QStringLiteral("%1/%2").arg(itemStatusToken(status.value(item.id, ItemStatus::Open)),
                                                            checked == check.cend()
                                                                ? QStringLiteral("none")
                                                                : checkStatusToken(checked.value())));
        }
    }
    return digest;
}

QStringList changesSince(const ReadinessDigest& approved, const ReadinessDigest& now)
{
    QStringList changes;
    if (approved.runbookFingerprint != now.runbookFingerprint)
        changes.append(Tr::tr("the runbook changed (%1… → %2…)")
                           .arg(approved.runbookFingerprint.left(12), now.runbookFingerprint.left(12)));
    for (auto it = approved.items.cbegin(); it != approved.items.cend(); ++it) {
        const auto current = now.items.constFind(it.key());
        if (current == now.items.cend()) {
            changes.append(Tr::tr("%1: no longer in the runbook").arg(it.key()));
            continue;
        }
        const QString was = statusOf(it.value());
        const QString is = statusOf(current.value());
        const bool decided = was == QLatin1String("done") || was == QLatin1String("not_applicable");
        if (decided && is != was)
            changes.append(QStringLiteral("%1: %2 → %3").arg(it.key(), statusWords(was), statusWords(is)));
        if (passes(checkOf(it.value())) && !passes(checkOf(current.value())))
            changes.append(Tr::tr("%1: check %2 → %3").arg(it.key(), checkOf(it.value()), checkOf(current.value())));
    }
    return changes;
}

QJsonObject signOffJson(const RoleSignOff& role)
{
    return QJsonObject{
        {QStringLiteral("id"), role.roleId},
        {QStringLiteral("title"), role.title},
        {QStringLiteral("decision"), role.decision ? QJsonValue(approvalDecisionToken(*role.decision)) : QJsonValue()},
        {QStringLiteral("signer"), role.signer.isEmpty() ? QJsonValue() : QJsonValue(role.signer)},
        {QStringLiteral("at"), role.at.isValid() ? QJsonValue(toIsoUtc(role.at)) : QJsonValue()},
        {QStringLiteral("comment"), role.comment},
        {QStringLiteral("reason"), role.reason},
        {QStringLiteral("record"), role.recordId == 0 ? QJsonValue() : QJsonValue(role.recordId)},
        {QStringLiteral("approved"),
         role.approved ? QJsonValue(QJsonObject{{QStringLiteral("runbook"), role.approved->runbookId},
                                                {QStringLiteral("fingerprint"), role.approved->runbookFingerprint},
                                                {QStringLiteral("hash"), role.approved->hash()},
                                                {QStringLiteral("counts"), role.approved->counts()}})
                       : QJsonValue()},
        {QStringLiteral("changed_since"), QJsonArray::fromStringList(role.changedSince)}};
}

const RoleSignOff* ApprovalState::role(const QString& roleId) const
{
    for (const RoleSignOff& r : roles) {
        if (r.roleId == roleId)
            return &r;
    }
    return nullptr;
}

int ApprovalState::approvedCount() const
{
    return static_cast<int>(
        std::count_if(roles.begin(), roles.end(), [](const RoleSignOff& r) { return r.isApproved(); }));
}

ApprovalState readApprovals(const Approvals& runbook, const QList<AuditEntry>& records, const ReadContext& context)
{
    ApprovalState state;
    state.records = records;
    state.distinctSigners = runbook.distinctSigners;
    state.validFor = runbook.validFor;
    state.requalifyOnChange = runbook.requalifyOnChange;
    state.current = context.current;
    for (const ApprovalRole& role : runbook.roles) {
        RoleSignOff signOff;
        signOff.roleId = role.id;
        signOff.title = role.title;
        state.roles.append(signOff);
    }
    const auto allApproved = [&state] {
        return !state.roles.isEmpty()
            && std::all_of(state.roles.begin(), state.roles.end(), [](const RoleSignOff& r) { return r.isApproved(); });
    };
    for (const AuditEntry& e : records) {
        if (e.entity == QLatin1String("approval")) {
            auto it = std::find_if(state.roles.begin(), state.roles.end(),
                                   [&](const RoleSignOff& r) { return r.roleId == e.entityId; });
            if (it == state.roles.end())
                continue; // a role this runbook does not have
            const bool wasComplete = allApproved();
            const QJsonObject comment = jsonOf(e.comment);
            it->decision = parseApprovalDecision(e.newValue);
            it->signer = e.actor;
            it->at = e.at;
            it->comment = comment.value(QStringLiteral("comment")).toString();
            it->reason = comment.value(QStringLiteral("reason")).toString();
            it->recordId = e.id;
            it->approved = ReadinessDigest::fromJson(comment.value(QStringLiteral("approved")).toObject());
            it->changedSince.clear();
            if (it->decision == ApprovalDecision::Approve && it->approved && context.current)
                it->changedSince = changesSince(*it->approved, *context.current);
            if (it->decision == ApprovalDecision::Revoke)
                it->decision.reset(); // taken back: undecided again
            if (!allApproved())
                state.dateApproved.reset();
            else if (!wasComplete)
                state.dateApproved = e.at;
        } else if (e.entity == QLatin1String("approval_record") && e.entityId == QLatin1String("maintenance_window")) {
            state.window = MaintenanceWindow::fromJson(e.newValue);
        } else if (e.entity == QLatin1String("approval_record") && e.entityId == QLatin1String("scheduled_rollout")) {
            const QJsonObject value = jsonOf(e.newValue);
            const QDateTime at = fromIsoUtc(value.value(QStringLiteral("at")).toString());
            if (at.isValid()) {
                state.scheduled = at;
                state.scheduledZone = value.value(QStringLiteral("zone")).toString();
            }
        } else if (e.entity == QLatin1String("gate") && e.field == QLatin1String("override")) {
            GateOverride o;
            o.recordId = e.id;
            o.actor = e.actor;
            o.reason = jsonOf(e.comment).value(QStringLiteral("reason")).toString();
            o.at = e.at;
            o.until = e.at.addMSecs(msecs(kOverrideValidity));
            o.needsConfirmation = context.teamStore && runbook.overrideNeedsSecondPerson;
            state.latestOverride = o;
        } else if (e.entity == QLatin1String("gate") && e.field == QLatin1String("confirm")) {
            // A second person's confirmation of the request it names, in time, by someone else.
            GateOverride* o = state.latestOverride ? &*state.latestOverride : nullptr;
            if (o && o->confirmedBy.isEmpty() && e.newValue == QString::number(o->recordId)
                && signerKey(e.actor) != signerKey(o->actor) && e.at <= o->at.addMSecs(msecs(kOverrideConfirmation))) {
                o->confirmedBy = e.actor;
                o->confirmedAt = e.at;
            }
        }
    }
    return state;
}

QString GateVerdict::summary() const
{
    if (open && overridden)
        return Tr::tr("Open by emergency override.");
    if (open)
        return Tr::tr("Open: every role approved, inside the maintenance window.");
    return Tr::tr("Closed: %1.").arg(reasons.join(QStringLiteral("; ")));
}

GateVerdict judgeGate(const ApprovalState& state, const QDateTime& now,
                      const std::optional<ledger::Verification>& chain)
{
    GateVerdict verdict;
    if (!chain) {
        verdict.reasons.append(Tr::tr("the record has not been verified yet"));
        return verdict;
    }
    if (!chain->intact) {
        verdict.reasons.append(Tr::tr("the record cannot be trusted: %1").arg(chain->problem));
        return verdict;
    }
    QStringList rejected;
    QStringList missing;
    QStringList expired;
    QHash<QString, QStringList> approvedBy; // signer -> the roles they approved
    for (const RoleSignOff& role : state.roles) {
        if (role.isRejected()) {
            rejected.append(Tr::tr("%1 rejected it (%2: %3)").arg(role.title, role.signer, role.reason));
        } else if (!role.isApproved()) {
            missing.append(role.title);
        } else if (state.validFor.count() > 0 && role.at.isValid() && now >= role.at.addMSecs(state.validFor.count())) {
            expired.append(
                Tr::tr("%1's approval by %2 at %3 expired after %4")
                    .arg(role.title, role.signer, describeInstant(role.at, QString()), formatDuration(state.validFor)));
        } else {
            approvedBy[signerKey(role.signer)].append(role.title);
            if (state.requalifyOnChange && !role.changedSince.isEmpty()) {
                constexpr qsizetype kListed = 5;
                QStringList listed = role.changedSince.mid(0, kListed);
                if (role.changedSince.size() > kListed)
                    listed.append(Tr::tr("and %n more", nullptr, static_cast<int>(role.changedSince.size() - kListed)));
                verdict.reasons.append(Tr::tr("%1's approval by %2 was signed before: %n change(s) since (%3): it "
                                              "must be signed again",
                                              nullptr, static_cast<int>(role.changedSince.size()))
                                           .arg(role.title, role.signer, listed.join(QStringLiteral("; "))));
            }
        }
    }
    if (state.roles.isEmpty())
        verdict.reasons.append(Tr::tr("the runbook names no approval role"));
    verdict.reasons.append(rejected);
    if (!missing.isEmpty())
        verdict.reasons.append(Tr::tr("waiting for %1").arg(missing.join(QStringLiteral(", "))));
    if (!expired.isEmpty())
        verdict.reasons.append(Tr::tr("%1: it must be signed again").arg(expired.join(QStringLiteral("; "))));
    if (state.distinctSigners) {
        for (const RoleSignOff& role : state.roles) {
            const QStringList held = approvedBy.value(signerKey(role.signer));
            if (role.isApproved() && held.size() > 1 && held.first() == role.title)
                verdict.reasons.append(Tr::tr("%1 holds %2 approvals (%3): the runbook requires a different person "
                                              "for each role")
                                           .arg(role.signer)
                                           .arg(held.size())
                                           .arg(held.join(QStringLiteral(", "))));
        }
    }
    if (!state.window)
        verdict.reasons.append(Tr::tr("no maintenance window is set"));
    else if (now < state.window->start)
        verdict.reasons.append(
            Tr::tr("the maintenance window opens at %1").arg(describeInstant(state.window->start, state.window->zone)));
    else if (now >= state.window->end)
        verdict.reasons.append(
            Tr::tr("the maintenance window closed at %1").arg(describeInstant(state.window->end, state.window->zone)));
    if (verdict.reasons.isEmpty()) {
        verdict.open = true;
        return verdict;
    }
    const std::optional<GateOverride>& o = state.latestOverride;
    if (o && now >= o->at && now < o->until) {
        if (!o->holds()) {
            const QDateTime deadline = o->at.addMSecs(msecs(kOverrideConfirmation));
            verdict.reasons.append(
                now < deadline ? Tr::tr("the emergency override requested by %1 (record #%2) waits for a second "
                                        "person to confirm it, until %3")
                                     .arg(o->actor)
                                     .arg(o->recordId)
                                     .arg(describeInstant(deadline, QString()))
                               : Tr::tr("the emergency override requested by %1 (record #%2) was not confirmed by a "
                                        "second person within %3 minutes")
                                     .arg(o->actor)
                                     .arg(o->recordId)
                                     .arg(kOverrideConfirmation.count()));
            return verdict;
        }
        verdict.open = true;
        verdict.overridden = true;
        verdict.reasons.prepend(
            o->confirmedBy.isEmpty()
                ? Tr::tr("emergency override by %1 until %2: %3")
                      .arg(o->actor, describeInstant(o->until, QString()), o->reason)
                : Tr::tr("emergency override by %1, confirmed by %2, until %3: %4")
                      .arg(o->actor, o->confirmedBy, describeInstant(o->until, QString()), o->reason));
    }
    return verdict;
}

std::optional<QString> signOffRefusal(const ApprovalState& state, const QString& roleId, ApprovalDecision decision,
                                      const QString& signer)
{
    if (!state.distinctSigners || decision != ApprovalDecision::Approve)
        return std::nullopt;
    for (const RoleSignOff& role : state.roles) {
        if (role.roleId != roleId && role.isApproved() && signerKey(role.signer) == signerKey(signer))
            return Tr::tr("%1 already holds the %2 approval, and the runbook requires a different person for each "
                          "role (distinct_signers); revoke that approval first, or let someone else sign")
                .arg(signer, role.title);
    }
    return std::nullopt;
}

std::optional<QString> confirmationRefusal(const ApprovalState& state, qint64 requestId, const QString& actor,
                                           const QDateTime& now)
{
    const std::optional<GateOverride>& o = state.latestOverride;
    if (!o || (requestId != 0 && o->recordId != requestId))
        return requestId == 0 ? Tr::tr("no emergency override has been requested")
                              : Tr::tr("record #%1 is not the latest emergency override request").arg(requestId);
    if (!o->needsConfirmation)
        return Tr::tr("the override (record #%1) needs no confirmation: it holds already").arg(o->recordId);
    if (!o->confirmedBy.isEmpty())
        return Tr::tr("%1 has confirmed the override (record #%2) already").arg(o->confirmedBy).arg(o->recordId);
    if (signerKey(actor) == signerKey(o->actor))
        return Tr::tr("%1 requested the override (record #%2): a second person must confirm it")
            .arg(o->actor)
            .arg(o->recordId);
    if (now > o->at.addMSecs(msecs(kOverrideConfirmation)))
        return Tr::tr("the override (record #%1) was requested more than %2 minutes ago: request it again")
            .arg(o->recordId)
            .arg(kOverrideConfirmation.count());
    return std::nullopt;
}

QString describeInstant(const QDateTime& utc, const QString& zone)
{
    if (!utc.isValid())
        return Tr::tr("not set");
    const QTimeZone tz = zone.isEmpty() ? QTimeZone::utc() : QTimeZone(zone.toUtf8());
    const QDateTime there = utc.toTimeZone(tz.isValid() ? tz : QTimeZone::utc());
    QString text = there.toString(QStringLiteral("yyyy-MM-dd HH:mm t"));
    if (!zone.isEmpty() && tz.isValid() && tz.id() != QByteArrayLiteral("UTC"))
        text += QStringLiteral(" (%1)").arg(zone);
    const QDateTime local = utc.toLocalTime();
    if (local.offsetFromUtc() != there.offsetFromUtc())
        text += Tr::tr(", your time %1").arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm t")));
    return text;
}

} // namespace cockpit::approvals
