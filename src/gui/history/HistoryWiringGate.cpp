// The safety gate that records blocks in the history. Kept in its own file, like
// session/SessionGate.cpp, so that only this file sees safety/SafetyGate.h.
#include "app/AppContext.h"
#include "history/HistoryWiring.h"
#include "safety/SafetyGate.h"

#include <QSettings>
#include <memory>

namespace tpf::gui {

SessionGateFn safetyGateRecordingBlocks(const AppContext& context, HistoryStore& store,
                                        std::function<std::int64_t()> nowMs) {
    // What the gate itself saw: GateDecision has no room for "blocked" (it tells the launcher only
    // whether it may start), and a cancelled review must not be written down as a block.
    auto lastLevel = std::make_shared<safety::Level>(safety::Level::incomplete);
    const AppContext* ctx = &context;
    SessionGateFn gate = [ctx, lastLevel](QWidget* parent, const std::vector<SessionPoint>& points) {
        std::vector<ChosenPoint> chosen;
        for (const SessionPoint& p : points)
            chosen.push_back({p.triggerPoint, p.side});
        QSettings settings;
        SafetyGate safetyGate(ctx->safetyRules(), settings);
        const GateResult r = safetyGate.run(parent, ctx->database(), chosen);
        *lastLevel = r.outcome.level;
        GateDecision d;
        d.may_start = r.may_start;
        for (const safety::ExcludedPoint& e : r.outcome.excluded_points)
            d.excluded.push_back(e.point);
        d.danger_zones = r.outcome.danger_zones;
        if (!safetyGate.lastStoreError().isEmpty())
            d.notes << safetyGate.lastStoreError();
        return d;
    };
    return recordingBlocks(std::move(gate), context.database(), store, std::move(nowMs),
                           [lastLevel](const GateDecision&) { return *lastLevel == safety::Level::blocked; });
}

} // namespace tpf::gui
