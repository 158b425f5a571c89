// The real safety gate for a session. Kept in its own file because safety/SafetyGate.h and
// finder/CandidateList.h both declare a ChosenPoint; this file sees only the safety one.
#include "app/AppContext.h"
#include "safety/SafetyGate.h"
#include "session/SessionPoints.h"

#include <QSettings>

namespace tpf::gui {

SessionGateFn safetyGateFor(const AppContext& context) {
    const AppContext* ctx = &context;
    return [ctx](QWidget* parent, const std::vector<SessionPoint>& points) {
        std::vector<ChosenPoint> chosen;
        chosen.reserve(points.size());
        for (const SessionPoint& p : points)
            chosen.push_back({p.triggerPoint, p.side});
        QSettings settings;
        SafetyGate gate(ctx->safetyRules(), settings);
        const GateResult r = gate.run(parent, ctx->database(), chosen);
        GateDecision d;
        d.may_start = r.may_start;
        d.blocked = r.outcome.level == safety::Level::blocked;
        for (const safety::ExcludedPoint& e : r.outcome.excluded_points)
            d.excluded.push_back(e.point);
        d.danger_zones = r.outcome.danger_zones;
        if (!gate.lastStoreError().isEmpty())
            d.notes << gate.lastStoreError();
        return d;
    };
}

} // namespace tpf::gui
