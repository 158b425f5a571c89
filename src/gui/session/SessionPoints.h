#pragma once
// From the finder's choice to what the session plan needs: which trigger points on which side,
// and for each its name, hold time, mobilization, stretch, cautions and danger zones (from the
// database and from the safety review), and what the safety gate decided.

#include "core/model.h"
#include "core/safety/evaluate.h"
#include "core/session/plan.h"

#include <QString>
#include <QStringList>
#include <cstddef>
#include <functional>
#include <vector>

class QWidget;

namespace tpf::gui {

class AppContext;

struct SessionPoint {
    std::size_t triggerPoint = 0; // index into Database::triggerPoints
    Side side = Side::Left;
    bool operator==(const SessionPoint&) const = default;
};

// What the safety gate decided for the chosen points.
struct GateDecision {
    bool may_start = false;
    bool blocked = false; // the review blocked the session (not merely cancelled); history records it
    std::vector<safety::PointRef> excluded;             // left out of the session
    std::vector<safety::DangerZoneNotice> danger_zones; // shown again at each hold of their points
    QStringList notes;                                  // e.g. the review could not be stored

    static GateDecision allowed() {
        GateDecision d;
        d.may_start = true;
        return d;
    }
};

// Shows the safety review (modal) and reports. Tests inject their own.
using SessionGateFn = std::function<GateDecision(QWidget* parent, const std::vector<SessionPoint>& points)>;
// The real one: SafetyGate with the user's QSettings (SessionGate.cpp).
SessionGateFn safetyGateFor(const AppContext& context);

session::Side toSessionSide(Side side);
// The points the gate did not exclude, in order, as the plan needs them. `decision` adds the
// danger zones it names for a point when the database did not already list them there.
std::vector<session::PointSpec> pointSpecs(const Database& db, const std::vector<SessionPoint>& points,
                                           const GateDecision& decision);
// "Danger zone – Carotid artery: never press where you feel a pulse."
std::string dangerZoneText(const DangerZone& zone);

} // namespace tpf::gui
