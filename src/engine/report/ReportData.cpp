#include "ReportData.h"

#include "Masking.h"
#include "core/Clock.h"
#include "core/Comparison.h"
#include "core/Duration.h"
#include "core/Unit.h"
#include "engine/approvals/ApprovalLedger.h"
#include "engine/migration/MigrationPlan.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace cockpit::report {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

constexpr int kExcerpt = 600; // characters of an action's output kept in the report

QJsonValue instant(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(toIsoUtc(at)) : QJsonValue();
}

QString compact(const QJsonObject& object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// A limit as the runbook gives it, and its value in the metric's own unit (what the chart plots:
// "1 s" beside samples in milliseconds is 1000).
QJsonValue limitJson(const std::optional<Limit>& limit, Unit metricUnit)
{
    if (!limit)
        return QJsonValue();
    const std::optional<double> converted = convertUnit(limit->value, limit->unit, metricUnit);
    return QJsonObject{
        {QStringLiteral("comparison"), comparisonToken(limit->comparison)},
        {QStringLiteral("value"), converted.value_or(limit->value)},
        {QStringLiteral("unit"), unitToken(converted ? metricUnit : limit->unit)},
        {QStringLiteral("text"),
         QStringLiteral("%1 %2").arg(comparisonSymbol(limit->comparison), formatWithUnit(limit->value, limit->unit))}};
}

QJsonObject ledgerJson(const ledger::Verification& chain)
{
    return QJsonObject{
        {QStringLiteral("intact"), chain.intact},
        {QStringLiteral("records"), chain.records},
        {QStringLiteral("head"), chain.head},
        {QStringLiteral("anchor"),
         chain.intact ? QJsonValue(QStringLiteral("%1@%2").arg(chain.head).arg(chain.records)) : QJsonValue()},
        {QStringLiteral("problem"), chain.problem},
        {QStringLiteral("first_bad_record"), chain.firstBadId == 0 ? QJsonValue() : QJsonValue(chain.firstBadId)}};
}

QJsonObject approvalsJson(const approvals::ApprovalState& state, const approvals::GateVerdict& gate)
{
    QJsonArray roles;
    for (const approvals::RoleSignOff& role : state.roles) {
        roles.append(approvals::signOffJson(role));
    }
    QJsonArray records;
    for (const AuditEntry& e : state.records) {
        const QJsonObject comment = QJsonDocument::fromJson(e.comment.toUtf8()).object();
        // A sign-off, the window or the schedule: what and its value; the gate's records in words.
        QString what = QStringLiteral("%1: %2").arg(e.entityId, e.newValue);
        if (e.entity == QLatin1String("gate") && e.field == QLatin1String("confirm"))
            what = Tr::tr("emergency override (record #%1) confirmed").arg(e.newValue);
        else if (e.entity == QLatin1String("gate"))
            what = Tr::tr("EMERGENCY OVERRIDE");
        records.append(QJsonObject{{QStringLiteral("id"), e.id},
                                   {QStringLiteral("at"), instant(e.at)},
                                   {QStringLiteral("actor"), e.actor},
                                   {QStringLiteral("what"), what},
                                   {QStringLiteral("comment"), comment.value(QStringLiteral("comment")).toString()},
                                   {QStringLiteral("reason"), comment.value(QStringLiteral("reason")).toString()}});
    }
    QJsonObject root{
        {QStringLiteral("roles"), roles},
        {QStringLiteral("approved"), state.approvedCount()},
        {QStringLiteral("date_approved"), state.dateApproved ? instant(*state.dateApproved) : QJsonValue()},
        {QStringLiteral("scheduled_rollout"),
         state.scheduled ? QJsonValue(approvals::describeInstant(*state.scheduled, state.scheduledZone))
                         : QJsonValue()},
        {QStringLiteral("maintenance_window"),
         state.window ? QJsonValue(Tr::tr("%1 to %2")
                                       .arg(approvals::describeInstant(state.window->start, state.window->zone),
                                            approvals::describeInstant(state.window->end, state.window->zone)))
                      : QJsonValue()},
        {QStringLiteral("gate"),
         QJsonObject{{QStringLiteral("open"), gate.open},
                     {QStringLiteral("overridden"), gate.overridden},
                     {QStringLiteral("summary"), gate.summary()},
                     {QStringLiteral("reasons"), QJsonArray::fromStringList(gate.reasons)}}},
        {QStringLiteral("records"), records}};
    return root;
}

QJsonObject readinessJson(const Runbook& runbook, const QList<ItemState>& states, const QList<ItemCheckResult>& checks)
{
    QHash<QString, ItemState> stateOf;
    for (const ItemState& s : states)
        stateOf.insert(s.itemId, s);
    QHash<QString, ItemCheckResult> checkOf;
    for (const ItemCheckResult& c : checks)
        checkOf.insert(c.itemId, c);
    QJsonArray sections;
    QJsonObject total{{QStringLiteral("items"), 0}};
    QHash<QString, int> totals;
    for (const ChecklistSection& section : runbook.sections) {
        QJsonArray items;
        QHash<QString, int> counts;
        for (const ChecklistItem& item : section.items) {
            const ItemState state = stateOf.value(item.id, ItemState::unrecorded(item.id));
            const auto check = checkOf.constFind(item.id);
            const bool checked = check != checkOf.cend();
            const bool contradicted = checked && state.status == ItemStatus::Done && check->status == CheckStatus::Fail;
            ++counts[itemStatusToken(state.status)];
            if (checked)
                ++counts[QStringLiteral("check_") + checkStatusToken(check->status)];
            if (contradicted)
                ++counts[QStringLiteral("contradicted")];
            QJsonValue checkJson;
            if (checked) {
                checkJson = QJsonObject{{QStringLiteral("status"), checkStatusToken(check->status)},
                                        {QStringLiteral("observed"), check->observed()},
                                        {QStringLiteral("expected"), check->expected()},
                                        {QStringLiteral("source"), check->source()},
                                        {QStringLiteral("at"), instant(check->checkedAt)}};
            }
            items.append(QJsonObject{{QStringLiteral("id"), item.id},
                                     {QStringLiteral("title"), item.title},
                                     {QStringLiteral("status"), itemStatusToken(state.status)},
                                     {QStringLiteral("recorded"), state.isRecorded()},
                                     {QStringLiteral("changed_by"), state.changedBy},
                                     {QStringLiteral("changed_at"), instant(state.changedAt)},
                                     {QStringLiteral("note"), state.note},
                                     {QStringLiteral("evidence"), state.evidence},
                                     {QStringLiteral("check"), checkJson},
                                     {QStringLiteral("contradicted"), contradicted}});
        }
        QJsonObject summary{{QStringLiteral("items"), static_cast<int>(section.items.size())}};
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            summary.insert(it.key(), it.value());
            totals[it.key()] += it.value();
        }
        totals[QStringLiteral("items")] += static_cast<int>(section.items.size());
        sections.append(QJsonObject{{QStringLiteral("id"), section.id},
                                    {QStringLiteral("title"), section.title},
                                    {QStringLiteral("summary"), summary},
                                    {QStringLiteral("items"), items}});
    }
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        total.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("summary"), total}, {QStringLiteral("sections"), sections}};
}

QJsonArray proceduresJson(const Runbook& runbook, const QList<AuditEntry>& entries, const QDateTime& now)
{
    const migration::JournalView journal = migration::readJournal(entries);
    QJsonArray procedures;
    for (const migration::Procedure procedure : {migration::Procedure::Migration, migration::Procedure::Rollback}) {
        const migration::Plan plan = migration::buildPlan(runbook, procedure);
        QJsonArray phases;
        for (const QString& phaseId : plan.phaseIds) {
            const QList<const migration::PlannedAction*> actions = plan.ofPhase(phaseId);
            if (actions.isEmpty())
                continue;
            QJsonArray actionArray;
            for (const migration::PlannedAction* planned : actions) {
                const migration::ActionRecord record = journal.record(planned->path);
                const qint64 durationMs = record.startedAt.isValid() && record.endedAt.isValid()
                    ? record.startedAt.msecsTo(record.endedAt)
                    : -1;
                actionArray.append(
                    QJsonObject{{QStringLiteral("path"), planned->path},
                                {QStringLiteral("step"), planned->stepTitle},
                                {QStringLiteral("kind"),
                                 planned->action.message.isEmpty() ? planned->command : planned->action.message},
                                {QStringLiteral("state"), migration::actionStateToken(record.state)},
                                {QStringLiteral("started"), instant(record.startedAt)},
                                {QStringLiteral("ended"), instant(record.endedAt)},
                                {QStringLiteral("duration_ms"), durationMs < 0 ? QJsonValue() : QJsonValue(durationMs)},
                                {QStringLiteral("actor"), record.actor},
                                {QStringLiteral("outcome"), record.outcome},
                                {QStringLiteral("message"), record.message},
                                {QStringLiteral("inputs"), compact(record.inputs)},
                                {QStringLiteral("output"), compact(record.outputs).left(kExcerpt)},
                                {QStringLiteral("rehearsal"), record.rehearsal},
                                {QStringLiteral("starts"), record.starts}});
            }
            const migration::BudgetUse use = migration::budgetUse(journal, plan, phaseId, now);
            const migration::PlannedAction* first = actions.first();
            phases.append(QJsonObject{{QStringLiteral("id"), phaseId},
                                      {QStringLiteral("title"), first->phaseTitle},
                                      {QStringLiteral("number"), first->phaseNumber},
                                      {QStringLiteral("budget"), formatDuration(first->phaseBudget)},
                                      {QStringLiteral("budget_ms"), qint64{first->phaseBudget.count()}},
                                      {QStringLiteral("started"), instant(journal.phaseStarted(plan, phaseId))},
                                      {QStringLiteral("ended"), instant(journal.phaseEnded(plan, phaseId))},
                                      {QStringLiteral("elapsed_ms"), use.elapsedMs},
                                      {QStringLiteral("actions"), actionArray}});
        }
        QJsonObject overrides;
        for (auto it = journal.gateOverrides.cbegin(); it != journal.gateOverrides.cend(); ++it)
            overrides.insert(it.key(), it.value());
        procedures.append(QJsonObject{{QStringLiteral("procedure"), migration::procedureToken(procedure)},
                                      {QStringLiteral("phases"), phases},
                                      {QStringLiteral("gate_overrides"), overrides},
                                      {QStringLiteral("abandoned_at"), journal.abandonedAt}});
    }
    return procedures;
}

// Each metric's points over the range: the watch's stored history where the store kept one, else
// what Prometheus answered for the range; the source named, and why there is none when there is none.
QJsonArray metricsJson(const Runbook& runbook, const QList<MetricBucket>& history, const Options& options,
                       qint64 fromMs, qint64 toMs)
{
    QHash<QString, QJsonArray> points;
    for (const MetricBucket& b : history) {
        if (b.bucketMs < fromMs || b.bucketMs > toMs)
            continue;
        points[b.metric].append(QJsonArray{b.bucketMs, b.minimum, b.maximum, b.last});
    }
    QJsonArray metrics;
    for (const MonitoredMetric& m : runbook.monitoring.metrics) {
        QJsonArray series = points.value(m.id);
        QString source = series.isEmpty() ? QString() : Tr::tr("the watch's stored history");
        if (series.isEmpty()) {
            for (const auto& [at, value] : options.prometheus.value(m.id)) {
                if (at >= fromMs && at <= toMs)
                    series.append(QJsonArray{at, value, value, value});
            }
            if (!series.isEmpty())
                source = Tr::tr("Prometheus");
        }
        metrics.append(QJsonObject{{QStringLiteral("id"), m.id},
                                   {QStringLiteral("title"), m.title},
                                   {QStringLiteral("unit"), unitToken(m.unit)},
                                   {QStringLiteral("target"), limitJson(m.target, m.unit)},
                                   {QStringLiteral("alert"), limitJson(m.alert, m.unit)},
                                   {QStringLiteral("source"), source},
                                   {QStringLiteral("problem"), options.historyProblems.value(m.id)},
                                   {QStringLiteral("points"), series}});
    }
    return metrics;
}

QJsonArray recordsJson(const QList<AuditEntry>& entries, const QHash<QString, QString>& titles)
{
    QJsonArray array;
    for (const AuditEntry& e : entries) {
        array.append(QJsonObject{{QStringLiteral("id"), e.id},
                                 {QStringLiteral("at"), instant(e.at)},
                                 {QStringLiteral("of"), e.entityId},
                                 {QStringLiteral("title"), titles.value(e.entityId, e.entityId)},
                                 {QStringLiteral("event"), e.field},
                                 {QStringLiteral("value"), e.newValue},
                                 {QStringLiteral("comment"), e.comment},
                                 {QStringLiteral("actor"), e.actor}});
    }
    return array;
}

} // namespace

Result<QJsonObject> gather(Store& store, const Runbook& runbook, const RolloutInfo& rollout, const Options& options,
                           const QDateTime& now)
{
    const QDateTime to = options.to.isValid() ? options.to : now;
    const QDateTime from = options.from.isValid() ? options.from : rollout.createdAt;
    QJsonObject root{{QStringLiteral("schema_version"), kSchemaVersion},
                     {QStringLiteral("generated_at"), toIsoUtc(now)},
                     {QStringLiteral("generator"), options.generator}};
    root[QStringLiteral("rollout")] = QJsonObject{
        {QStringLiteral("id"), rollout.id},
        {QStringLiteral("title"), rollout.title.isEmpty() ? runbook.title : rollout.title},
        {QStringLiteral("created_at"), instant(rollout.createdAt)},
        {QStringLiteral("created_by"), rollout.createdBy},
        {QStringLiteral("profile"), options.profile},
        {QStringLiteral("store"), options.storeLabel},
        {QStringLiteral("runbook"),
         QJsonObject{{QStringLiteral("id"), runbook.id},
                     {QStringLiteral("title"), runbook.title},
                     {QStringLiteral("document"), runbook.document},
                     {QStringLiteral("fingerprint"), approvals::digestOf(runbook, {}, {}).runbookFingerprint}}}};
    root[QStringLiteral("range")]
        = QJsonObject{{QStringLiteral("from"), instant(from)}, {QStringLiteral("to"), instant(to)}};

    // The record first: its verification is what the rest stands on.
    auto reading = approvals::readLedger(store, runbook, rollout.id);
    if (!reading)
        return reading.error();
    root[QStringLiteral("ledger")] = ledgerJson(reading->chain);
    root[QStringLiteral("approvals")]
        = approvalsJson(reading->state, approvals::judgeGate(reading->state, now, reading->chain));

    auto states = store.checklistStates(rollout.id);
    if (!states)
        return states.error();
    auto checks = store.latestCheckResults(rollout.id);
    if (!checks)
        return checks.error();
    root[QStringLiteral("readiness")] = readinessJson(runbook, states.value(), checks.value());

    auto journal = store.journal(rollout.id);
    if (!journal)
        return journal.error();
    root[QStringLiteral("procedures")] = proceduresJson(runbook, journal.value(), now);

    auto history = store.metricHistory(rollout.id, from.isValid() ? from.toMSecsSinceEpoch() : 0);
    if (!history)
        return history.error();
    root[QStringLiteral("metrics")] = metricsJson(
        runbook, history.value(), options, from.isValid() ? from.toMSecsSinceEpoch() : 0, to.toMSecsSinceEpoch());

    QHash<QString, QString> titles;
    QJsonArray triggers;
    for (const Trigger& t : runbook.rollback.triggers) {
        titles.insert(t.id, t.title);
        triggers.append(QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("title"), t.title}});
    }
    auto triggerRecords = store.records(rollout.id, QStringLiteral("trigger"));
    if (!triggerRecords)
        return triggerRecords.error();
    root[QStringLiteral("triggers")]
        = QJsonObject{{QStringLiteral("defined"), triggers},
                      {QStringLiteral("transitions"), recordsJson(triggerRecords.value(), titles)}};

    QJsonArray criteria;
    for (const Criterion& c : runbook.successCriteria) {
        titles.insert(c.id, c.title);
        criteria.append(
            QJsonObject{{QStringLiteral("id"), c.id},
                        {QStringLiteral("title"), c.title},
                        {QStringLiteral("kind"),
                         c.kind == Criterion::Kind::Metric ? QStringLiteral("metric") : QStringLiteral("manual")}});
    }
    auto successRecords = store.records(rollout.id, QStringLiteral("success"));
    if (!successRecords)
        return successRecords.error();
    root[QStringLiteral("success")]
        = QJsonObject{{QStringLiteral("window"), formatDuration(runbook.successWindow)},
                      {QStringLiteral("window_ms"), qint64{runbook.successWindow.count()}},
                      {QStringLiteral("criteria"), criteria},
                      {QStringLiteral("records"), recordsJson(successRecords.value(), titles)}};

    QJsonArray week1;
    for (const Week1Validation& v : runbook.week1Validations)
        week1.append(QJsonObject{
            {QStringLiteral("id"), v.id}, {QStringLiteral("title"), v.title}, {QStringLiteral("day"), v.day}});
    root[QStringLiteral("week1_validations")] = week1;
    QJsonArray contacts;
    for (const Contact& c : runbook.contacts)
        contacts.append(QJsonObject{{QStringLiteral("id"), c.id},
                                    {QStringLiteral("title"), c.title},
                                    {QStringLiteral("contact"), c.contact},
                                    {QStringLiteral("backup"), c.backup},
                                    {QStringLiteral("oncall"), c.oncall}});
    root[QStringLiteral("contacts")] = contacts;
    root[QStringLiteral("verdict")] = verdictOf(root);
    return maskSecrets(root, options.knownSecrets);
}

QString verdictOf(const QJsonObject& report)
{
    const QJsonObject ledger = report.value(QStringLiteral("ledger")).toObject();
    QString prefix;
    if (!ledger.value(QStringLiteral("intact")).toBool(true))
        prefix = Tr::tr("THE RECORD IS BROKEN (%1); ").arg(ledger.value(QStringLiteral("problem")).toString());
    const QJsonArray procedures = report.value(QStringLiteral("procedures")).toArray();
    const auto actionsOf = [&](int index) {
        QList<QJsonObject> actions;
        for (const auto& phase : procedures.at(index).toObject().value(QStringLiteral("phases")).toArray()) {
            for (const auto& a : phase.toObject().value(QStringLiteral("actions")).toArray())
                actions.append(a.toObject());
        }
        return actions;
    };
    const QList<QJsonObject> migration = actionsOf(0);
    const QList<QJsonObject> rollback = actionsOf(1);
    const auto started = [](const QJsonObject& a) { return !a.value(QStringLiteral("started")).isNull(); };
    const auto ended = [](const QJsonObject& a) {
        const QString s = a.value(QStringLiteral("state")).toString();
        return s == QLatin1String("done") || s == QLatin1String("skipped");
    };
    const auto firstRollback = std::find_if(rollback.begin(), rollback.end(), started);
    if (firstRollback != rollback.end()) {
        const QString at = firstRollback->value(QStringLiteral("started")).toString();
        QString trigger;
        for (const auto& t :
             report.value(QStringLiteral("triggers")).toObject().value(QStringLiteral("transitions")).toArray()) {
            const QJsonObject o = t.toObject();
            if (o.value(QStringLiteral("event")).toString() == QLatin1String("firing")
                && o.value(QStringLiteral("at")).toString() <= at)
                trigger = o.value(QStringLiteral("title")).toString();
        }
        const QString when = approvals::describeInstant(fromIsoUtc(at), QString());
        return prefix
            + (trigger.isEmpty() ? Tr::tr("Rolled back at %1 (no trigger fired before: a person's decision)").arg(when)
                                 : Tr::tr("Rolled back at %1 after trigger \"%2\"").arg(when, trigger));
    }
    if (migration.isEmpty() || std::none_of(migration.begin(), migration.end(), started)) {
        const QJsonObject summary
            = report.value(QStringLiteral("readiness")).toObject().value(QStringLiteral("summary")).toObject();
        return prefix
            + Tr::tr("Not migrated yet: readiness %1 of %2 items done or not applicable; approval gate %3")
                  .arg(summary.value(QStringLiteral("done")).toInt()
                       + summary.value(QStringLiteral("not_applicable")).toInt())
                  .arg(summary.value(QStringLiteral("items")).toInt())
                  .arg(report.value(QStringLiteral("approvals"))
                               .toObject()
                               .value(QStringLiteral("gate"))
                               .toObject()
                               .value(QStringLiteral("open"))
                               .toBool()
                           ? Tr::tr("open")
                           : Tr::tr("closed"));
    }
    if (!std::all_of(migration.begin(), migration.end(), ended)) {
        const auto stuck
            = std::find_if(migration.begin(), migration.end(), [&](const QJsonObject& a) { return !ended(a); });
        return prefix
            + Tr::tr("Migration not finished: %1 is %2")
                  .arg(stuck->value(QStringLiteral("step")).toString(),
                       stuck->value(QStringLiteral("state")).toString());
    }
    int violated = 0;
    QHash<QString, bool> open;
    for (const auto& r :
         report.value(QStringLiteral("success")).toObject().value(QStringLiteral("records")).toArray()) {
        const QJsonObject o = r.toObject();
        const QString event = o.value(QStringLiteral("event")).toString();
        if (event == QLatin1String("violated")) {
            ++violated;
            open[o.value(QStringLiteral("of")).toString()] = true;
        } else if (event == QLatin1String("holding")) {
            open[o.value(QStringLiteral("of")).toString()] = false;
        }
    }
    if (violated == 0) {
        QString lastEnd;
        for (const QJsonObject& a : migration)
            lastEnd = std::max(lastEnd, a.value(QStringLiteral("ended")).toString());
        const QJsonObject success = report.value(QStringLiteral("success")).toObject();
        const qint64 windowMs = success.value(QStringLiteral("window_ms")).toInteger();
        const qint64 heldMs
            = fromIsoUtc(lastEnd).msecsTo(fromIsoUtc(report.value(QStringLiteral("generated_at")).toString()));
        // Whole seconds under an hour, whole minutes beyond: "2m6s", "3h12m".
        const qint64 unit = heldMs < 3'600'000 ? 1000 : 60'000;
        const qint64 roundedMs = std::max<qint64>(heldMs, 0) / unit * unit;
        if (windowMs > 0 && heldMs >= windowMs)
            return prefix
                + Tr::tr("Migrated; success criteria held for %1")
                      .arg(success.value(QStringLiteral("window")).toString());
        return prefix
            + Tr::tr("Migrated; no success criterion violated so far (%1 of %2 watched)")
                  .arg(formatDuration(Duration(std::chrono::milliseconds(roundedMs))),
                       success.value(QStringLiteral("window")).toString());
    }
    const qsizetype stillOpen = std::count(open.cbegin(), open.cend(), true);
    return prefix
        + Tr::tr("Migrated; success criteria violated %1 time(s), %2 still violated").arg(violated).arg(stillOpen);
}

} // namespace cockpit::report
