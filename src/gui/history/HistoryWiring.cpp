#include "history/HistoryWiring.h"

#include "core/history/helped.h"
#include "history/HistoryStore.h"

#include <QDateTime>
#include <memory>
#include <set>
#include <utility>

namespace tpf::gui {

std::vector<history::PointRef> historyPoints(const Database& db, const std::vector<SessionPoint>& points) {
    std::vector<history::PointRef> out;
    for (const SessionPoint& p : points)
        if (p.triggerPoint < db.triggerPoints.size())
            out.push_back({db.triggerPoints[p.triggerPoint].id, p.side});
    return out;
}

QString recordSafetyBlock(HistoryStore& store, std::int64_t nowMs,
                          const std::vector<history::PointRef>& points) {
    const StoreResult<qint64> begun = store.beginSession(nowMs, points);
    if (!begun.ok())
        return begun.error;
    return store.endSession(*begun.value, nowMs, history::EndReason::SafetyBlock);
}

SessionGateFn recordingBlocks(SessionGateFn gate, const Database& db, HistoryStore& store,
                              std::function<std::int64_t()> nowMs,
                              std::function<bool(const GateDecision&)> blocked) {
    if (!nowMs)
        nowMs = [] { return QDateTime::currentMSecsSinceEpoch(); };
    return [gate = std::move(gate), db = &db, store = &store, nowMs = std::move(nowMs),
            blocked = std::move(blocked)](QWidget* parent, const std::vector<SessionPoint>& points) {
        GateDecision d = gate(parent, points);
        if (!d.may_start && store->isOpen() && blocked && blocked(d)) {
            const QString error = recordSafetyBlock(*store, nowMs(), historyPoints(*db, points));
            if (!error.isEmpty())
                d.notes << error;
        }
        return d;
    };
}

HelpedFn helpedBeforeFn(const Database& db, const history::Records& records, const history::Rules& rules,
                        std::int64_t nowMs) {
    std::set<history::PointRef> seen;
    for (const history::SessionRecord& s : records)
        for (const history::HoldRecord& h : s.holds)
            seen.insert(h.point);
    auto helped = std::make_shared<std::set<std::pair<std::size_t, Side>>>();
    for (const history::PointRef& p : seen) {
        const auto index = db.triggerPointIndex(p.trigger_point);
        if (!index || !history::helpedBefore(records, p, rules, nowMs).helped)
            continue;
        if (p.side == Side::Midline) {
            helped->insert({*index, Side::Left});
            helped->insert({*index, Side::Right});
        }
        helped->insert({*index, p.side});
    }
    if (helped->empty())
        return {};
    return [helped](std::size_t tp, Side side) { return helped->count({tp, side}) > 0; };
}

} // namespace tpf::gui
