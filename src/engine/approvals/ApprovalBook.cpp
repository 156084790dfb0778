#include "ApprovalBook.h"

#include "core/Clock.h"
#include "core/Duration.h"

#include <QCoreApplication>
#include <QHash>
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

} // namespace

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

ApprovalState readApprovals(const Approvals& runbook, const QList<AuditEntry>& records)
{
    ApprovalState state;
    state.records = records;
    state.distinctSigners = runbook.distinctSigners;
    state.validFor = runbook.validFor;
    for (const ApprovalRole& role : runbook.roles)
        state.roles.append({role.id, role.title, std::nullopt, {}, {}, {}, {}, 0});
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
            o.actor = e.actor;
            o.reason = jsonOf(e.comment).value(QStringLiteral("reason")).toString();
            o.at = e.at;
            o.until = e.at.addSecs(std::chrono::duration_cast<std::chrono::seconds>(kOverrideValidity).count());
            state.latestOverride = o;
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
    if (state.latestOverride && now >= state.latestOverride->at && now < state.latestOverride->until) {
        verdict.open = true;
        verdict.overridden = true;
        verdict.reasons.prepend(Tr::tr("emergency override by %1 until %2: %3")
                                    .arg(state.latestOverride->actor,
                                         describeInstant(state.latestOverride->until, QString()),
                                         state.latestOverride->reason));
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
