#include "Evaluate.h"

#include "Rules.h"
#include "core/RunbookDescribe.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace cockpit {
namespace {

class EvalTr
{
    Q_DECLARE_TR_FUNCTIONS(cockpit::Evaluate)
};

constexpr int kMaxListed = 12;

const Parameter* parameterOf(const Expectation& e, const QList<Parameter>& parameters)
{
    for (const Parameter& p : parameters) {
        if (p.name == e.parameter)
            return &p;
    }
    return nullptr;
}

struct Target
{
    Comparison comparison = Comparison::Equal;
    QJsonValue value;
    Unit unit = Unit::None;
};

std::optional<Target> targetOf(const Expectation& e, const QList<Parameter>& parameters)
{
    if (!e.parameter.isEmpty()) {
        const Parameter* p = parameterOf(e, parameters);
        if (!p)
            return std::nullopt;
        return Target{p->comparison, p->value, p->unit};
    }
    if (!e.comparison)
        return std::nullopt;
    return Target{*e.comparison, e.value, e.unit};
}

QString valueText(const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return EvalTr::tr("no value");
    bool ok = false;
    const double number = value.toString().toDouble(&ok);
    if (ok && value.toString().contains(QLatin1Char('.')))
        return QString::number(number, 'g', 6);
    return value.toString();
}

int columnIndex(const Observation& o, const QString& column)
{
    return column.isEmpty() ? (o.columns.isEmpty() ? -1 : 0) : o.column(column);
}

QString listed(const QStringList& lines)
{
    QStringList shown = lines.mid(0, kMaxListed);
    if (lines.size() > kMaxListed)
        shown.append(EvalTr::tr("… and %1 more").arg(lines.size() - kMaxListed));
    return shown.join(QStringLiteral("; "));
}

CheckEvidence withStatus(CheckEvidence evidence, CheckStatus status, QString observed, QStringList details = {})
{
    evidence.status = status;
    evidence.observed = std::move(observed);
    evidence.details = std::move(details);
    return evidence;
}

QString describeRow(const Observation& o, int row)
{
    const QString name = o.rowNames.value(row);
    QStringList cells;
    for (int c = 0; c < o.columns.size(); ++c) {
        const QString value = valueText(o.value(row, c));
        if (value != name && !name.endsWith(QLatin1Char('/') + value)) // the row's name says it already
            cells.append(QStringLiteral("%1=%2").arg(o.columns[c], value));
    }
    return name.isEmpty() ? cells.join(QStringLiteral(", "))
                          : QStringLiteral("%1: %2").arg(name, cells.join(QStringLiteral(", ")));
}

CheckEvidence compare(const Check& check, const Observation& o, const Target& target, CheckEvidence evidence)
{
    const Expectation& e = check.expect;
    const int column = columnIndex(o, e.column);
    if (column < 0)
        return withStatus(evidence, CheckStatus::Unknown, EvalTr::tr("the probe gave no column %1").arg(e.column));
    if (o.rows.isEmpty())
        return withStatus(evidence, CheckStatus::Unknown, EvalTr::tr("no data: the probe found nothing to compare"));
    QStringList seen;
    QStringList failing;
    QStringList unreadable;
    int passing = 0;
    for (int row = 0; row < o.rows.size(); ++row) {
        const QVariant value = o.value(row, column);
        const QString shown
            = o.rows.size() > 1 ? QStringLiteral("%1: %2").arg(o.rowName(row), valueText(value)) : valueText(value);
        seen.append(shown);
        const auto holds = compareValue(value, target.comparison, target.value, target.unit);
        if (!holds)
            unreadable.append(shown);
        else if (*holds)
            ++passing;
        else
            failing.append(shown);
    }
    const QString observed = listed(seen);
    if (e.anyRow) {
        if (passing > 0)
            return withStatus(evidence, CheckStatus::Pass, observed);
        return withStatus(evidence, unreadable.isEmpty() ? CheckStatus::Fail : CheckStatus::Unknown, observed);
    }
    if (!failing.isEmpty()) {
        // The rows that fail, when not all do (then the observed value says it already).
        const bool some = o.rows.size() > 1 && failing.size() < seen.size();
        return withStatus(evidence, CheckStatus::Fail, observed, some ? failing.mid(0, kMaxListed) : QStringList());
    }
    if (!unreadable.isEmpty()) {
        return withStatus(evidence, CheckStatus::Unknown, observed,
                          {EvalTr::tr("cannot compare: %1").arg(listed(unreadable))});
    }
    return withStatus(evidence, CheckStatus::Pass, observed);
}

CheckEvidence count(const Observation& o, const Target& target, CheckEvidence evidence)
{
    const int n = static_cast<int>(o.rows.size());
    const bool holds = target.value.isDouble() && compareNumbers(n, target.comparison, target.value.toDouble());
    QStringList names;
    for (int row = 0; row < n; ++row)
        names.append(o.rowName(row));
    const QString observed
        = names.isEmpty() ? QStringLiteral("0") : QStringLiteral("%1 (%2)").arg(n).arg(listed(names));
    return withStatus(evidence, holds ? CheckStatus::Pass : CheckStatus::Fail, observed);
}

CheckEvidence includes(const Check& check, const Observation& o, const Target& target, CheckEvidence evidence)
{
    const int column = columnIndex(o, check.expect.column);
    if (column < 0)
        return withStatus(evidence, CheckStatus::Unknown,
                          EvalTr::tr("the probe gave no column %1").arg(check.expect.column));
    QSet<QString> present;
    QStringList seen;
    for (int row = 0; row < o.rows.size(); ++row) {
        // A cell may hold several values ("CNAME,A").
        for (const QString& part : o.value(row, column).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString value = part.trimmed();
            if (!present.contains(value.toLower()))
                seen.append(value);
            present.insert(value.toLower());
        }
    }
    QStringList missing;
    for (const QJsonValue wanted : target.value.toArray()) {
        const QString text = wanted.isDouble() ? QString::number(wanted.toDouble()) : wanted.toString();
        if (!present.contains(text.toLower()))
            missing.append(text);
    }
    const QString observed = seen.isEmpty() ? EvalTr::tr("none") : listed(seen);
    if (!missing.isEmpty())
        return withStatus(evidence, CheckStatus::Fail, observed,
                          {EvalTr::tr("missing: %1").arg(missing.join(QStringLiteral(", ")))});
    return withStatus(evidence, CheckStatus::Pass, observed);
}

} // namespace

std::optional<bool> compareValue(const QVariant& observed, Comparison comparison, const QJsonValue& expected, Unit unit)
{
    if (observed.isNull() || !observed.isValid())
        return std::nullopt;
    const QString text = observed.toString().trimmed();
    if (unit == Unit::Version) {
        const QString wanted = expected.isDouble() ? QString::number(expected.toDouble()) : expected.toString();
        // "20.10.24+dfsg1" and "PostgreSQL 15.20": the first dotted number is the version.
        static const QRegularExpression version(QStringLiteral("[0-9]+(\\.[0-9]+)*"));
        const auto match = version.match(text);
        if (!match.hasMatch())
            return std::nullopt;
        return compareNumbers(compareVersions(match.captured(0), wanted), comparison, 0);
    }
    if (comparison == Comparison::OneOf || comparison == Comparison::Includes) {
        for (const QJsonValue candidate : expected.toArray()) {
            const QString c = candidate.isDouble() ? QString::number(candidate.toDouble()) : candidate.toString();
            if (c.compare(text, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    if (expected.isDouble()) {
        bool ok = false;
        const double number = text.toDouble(&ok);
        if (!ok || std::isnan(number))
            return std::nullopt; // NaN never satisfies a comparison, and is not a pass
        return compareNumbers(number, comparison, expected.toDouble());
    }
    const int order = text.compare(expected.toString(), Qt::CaseInsensitive);
    switch (comparison) {
    case Comparison::Equal: return order == 0;
    case Comparison::NotEqual: return order != 0;
    default: return std::nullopt; // an order on text means nothing here
    }
}

QString describeExpectation(const Expectation& e, const QList<Parameter>& parameters)
{
    switch (e.kind) {
    case Expectation::Kind::None: return EvalTr::tr("none");
    case Expectation::Kind::Some: return EvalTr::tr("at least one");
    case Expectation::Kind::Ratio:
        if (const Parameter* p = parameterOf(e, parameters))
            return EvalTr::tr("%1 (of %2)").arg(describeParameter(*p), e.relativeTo);
        return EvalTr::tr("between %1 and %2 of %3").arg(e.min).arg(e.max).arg(e.relativeTo);
    case Expectation::Kind::Rule: return e.rule;
    default: break;
    }
    if (const Parameter* p = parameterOf(e, parameters)) {
        const QString prefix = e.kind == Expectation::Kind::Count ? EvalTr::tr("count of ") : QString();
        return prefix + describeParameter(*p);
    }
    if (e.comparison) {
        Parameter p;
        p.name = e.column.isEmpty() ? EvalTr::tr("value") : e.column;
        p.comparison = *e.comparison;
        p.value = e.value;
        p.unit = e.unit;
        return (e.kind == Expectation::Kind::Count ? EvalTr::tr("count ") : QString()) + describeParameter(p);
    }
    return {};
}

void redactSecrets(CheckEvidence& evidence, const QStringList& secrets)
{
    static const QRegularExpression literal(QStringLiteral("(password\\s+)'(?:[^']|'')*'"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto clean = [&](QString& text) {
        text.replace(literal, QStringLiteral("\\1'\u2022\u2022\u2022'"));
        for (const QString& secret : secrets) {
            if (secret.size() >= 4)
                text.replace(secret, QStringLiteral("\u2022\u2022\u2022"));
        }
    };
    clean(evidence.observed);
    clean(evidence.source);
    for (QString& detail : evidence.details)
        clean(detail);
}

CheckEvidence unknownEvidence(const Check& check, const QString& why, const QString& source,
                              const QList<Parameter>& parameters)
{
    CheckEvidence evidence;
    evidence.title = check.title;
    evidence.status = CheckStatus::Unknown;
    evidence.observed = why;
    evidence.expected = describeExpectation(check.expect, parameters);
    evidence.source = source;
    return evidence;
}

Observation filtered(const Observation& all, const QList<std::pair<QString, QJsonValue>>& where)
{
    if (where.isEmpty())
        return all;
    Observation kept;
    kept.columns = all.columns;
    kept.source = all.source;
    for (int row = 0; row < all.rows.size(); ++row) {
        const bool matches
            = std::all_of(where.begin(), where.end(), [&](const std::pair<QString, QJsonValue>& condition) {
                  const QVariant value = all.value(row, all.column(condition.first));
                  return compareValue(value, Comparison::Equal,
                                      condition.second.isBool() ? QJsonValue(
                                          condition.second.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                                                : condition.second,
                                      Unit::None)
                      .value_or(false);
              });
        if (matches)
            kept.addRow(all.rowName(row), all.rows[row]);
    }
    return kept;
}

CheckEvidence evaluate(const Check& check, const Observation& all, const QList<Parameter>& parameters,
                       QHash<QString, QVariant>& saved)
{
    const Observation o = filtered(all, check.expect.where);
    CheckEvidence evidence;
    evidence.title = check.title;
    evidence.expected = describeExpectation(check.expect, parameters);
    evidence.source = o.source;
    // A filter on a column the probe did not give would drop every row: "no offender" from
    // nothing looked at. Unknown instead.
    for (const auto& condition : check.expect.where) {
        if (all.column(condition.first) < 0)
            return withStatus(evidence, CheckStatus::Unknown,
                              EvalTr::tr("the probe gave no column %1").arg(condition.first));
    }
    const Expectation& e = check.expect;
    if (!e.saveAs.isEmpty() && !o.rows.isEmpty()) {
        const int column = columnIndex(o, e.column);
        if (column >= 0)
            saved.insert(e.saveAs, o.value(0, column));
    }
    switch (e.kind) {
    case Expectation::Kind::Compare:
    case Expectation::Kind::Count:
    case Expectation::Kind::Includes: {
        const auto target = targetOf(e, parameters);
        if (!target)
            return withStatus(evidence, CheckStatus::Unknown, EvalTr::tr("the expectation names no value"));
        if (e.kind == Expectation::Kind::Compare)
            return compare(check, o, *target, evidence);
        if (e.kind == Expectation::Kind::Count)
            return count(o, *target, evidence);
        return includes(check, o, *target, evidence);
    }
    case Expectation::Kind::None: {
        QStringList found;
        for (int row = 0; row < o.rows.size(); ++row)
            found.append(describeRow(o, row));
        if (found.isEmpty())
            return withStatus(evidence, CheckStatus::Pass, EvalTr::tr("none"));
        return withStatus(evidence, e.warnOnly ? CheckStatus::Warn : CheckStatus::Fail,
                          EvalTr::tr("%n found", nullptr, static_cast<int>(found.size())), found.mid(0, kMaxListed));
    }
    case Expectation::Kind::Some: {
        if (o.rows.isEmpty())
            return withStatus(evidence, CheckStatus::Fail, EvalTr::tr("none found"));
        QStringList found;
        for (int row = 0; row < o.rows.size(); ++row)
            found.append(describeRow(o, row));
        return withStatus(evidence, CheckStatus::Pass, listed(found));
    }
    case Expectation::Kind::Ratio: {
        const int column = columnIndex(o, e.column);
        const QVariant base = saved.value(e.relativeTo);
        bool okBase = false;
        const double denominator = base.toString().toDouble(&okBase);
        if (!okBase || denominator <= 0)
            return withStatus(evidence, CheckStatus::Unknown, EvalTr::tr("%1 is not known").arg(e.relativeTo));
        if (column < 0 || o.rows.isEmpty())
            return withStatus(evidence, CheckStatus::Unknown, EvalTr::tr("no data"));
        QStringList seen;
        QStringList failing;
        for (int row = 0; row < o.rows.size(); ++row) {
            bool ok = false;
            const double value = o.value(row, column).toString().toDouble(&ok);
            if (!ok)
                return withStatus(evidence, CheckStatus::Unknown, EvalTr::tr("no number in %1").arg(o.columns[column]));
            const double ratio = value / denominator;
            bool outside = ratio < e.min || ratio > e.max;
            if (const auto target = targetOf(e, parameters); target && !e.parameter.isEmpty())
                outside = !(target->value.isDouble()
                            && compareNumbers(ratio, target->comparison, target->value.toDouble()));
            const QString shown = QStringLiteral("%1%2 = %3 of %4")
                                      .arg(o.rows.size() > 1 ? o.rowName(row) + QStringLiteral(": ") : QString(),
                                           QLocale::c().formattedDataSize(static_cast<qint64>(value)))
                                      .arg(ratio, 0, 'f', 3)
                                      .arg(e.relativeTo);
            seen.append(shown);
            if (outside)
                failing.append(shown);
        }
        return withStatus(evidence, failing.isEmpty() ? CheckStatus::Pass : CheckStatus::Fail, listed(seen), failing);
    }
    case Expectation::Kind::Rule: {
        const RuleVerdict verdict = applyRule(e.rule, o);
        return withStatus(evidence, verdict.status, verdict.observed, verdict.details);
    }
    }
    return withStatus(evidence, CheckStatus::Unknown, QString());
}

void Observation::append(const Observation& other)
{
    if (columns.isEmpty())
        columns = other.columns;
    for (int row = 0; row < other.rows.size(); ++row)
        addRow(other.rowName(row), other.rows[row]);
}

} // namespace cockpit
