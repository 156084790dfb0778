#include "ReadinessGate.h"

#include <QCoreApplication>

namespace cockpit {
namespace {

class GateTr
{
    Q_DECLARE_TR_FUNCTIONS(cockpit::ReadinessGate)
};

} // namespace

ReadinessVerdict judgeReadiness(const Runbook& runbook, const ReadinessReport& report,
                                const QHash<QString, ItemState>& states)
{
    ReadinessVerdict verdict;
    for (const ItemCheckResult& result : report.items) {
        if (result.classification != Classification::Automated)
            continue;
        ++verdict.automated;
        if (result.status == CheckStatus::Pass || result.status == CheckStatus::Warn) {
            ++verdict.passed;
            continue;
        }
        const ChecklistItem* item = runbook.findItem(result.itemId);
        const QString title = item ? item->title : result.itemId;
        const ItemState state = states.value(result.itemId, ItemState::unrecorded(result.itemId));
        if (state.status == ItemStatus::NotApplicable && !state.note.trimmed().isEmpty()) {
            verdict.waived.append(GateTr::tr("%1 (%2): %3, marked not applicable by %4: %5")
                                      .arg(result.itemId, title, checkStatusToken(result.status), state.changedBy,
                                           state.note));
            continue;
        }
        verdict.reasons.append(GateTr::tr("%1 (%2): %3 — %4")
                                   .arg(result.itemId, title, checkStatusToken(result.status), result.summary()));
    }
    verdict.open = verdict.reasons.isEmpty();
    return verdict;
}

} // namespace cockpit
