#include "session/SessionPoints.h"

#include <QCoreApplication>
#include <algorithm>

namespace tpf::gui {

session::Side toSessionSide(Side side) {
    switch (side) {
    case Side::Left: return session::Side::Left;
    case Side::Right: return session::Side::Right;
    case Side::Midline: break;
    }
    return session::Side::Midline;
}

std::string dangerZoneText(const DangerZone& zone) {
    const QString text = QCoreApplication::translate("tpf::gui::SessionPoints", "Danger zone \u2013 %1: %2")
                             .arg(QString::fromStdString(zone.label), QString::fromStdString(zone.advice));
    return text.toStdString();
}

std::vector<session::PointSpec> pointSpecs(const Database& db, const std::vector<SessionPoint>& points,
                                           const GateDecision& decision) {
    std::vector<session::PointSpec> out;
    for (const SessionPoint& p : points) {
        if (p.triggerPoint >= db.triggerPoints.size())
            continue;
        const TriggerPoint& tp = db.triggerPoints[p.triggerPoint];
        const safety::PointRef ref{tp.id, p.side};
        if (std::find(decision.excluded.begin(), decision.excluded.end(), ref) != decision.excluded.end())
            continue;
        session::PointSpec spec;
        spec.trigger_point_id = tp.id;
        spec.name = tp.name;
        spec.side = toSessionSide(p.side);
        spec.hold_seconds = tp.holdSeconds;
        spec.mobilization = tp.mobilization;
        spec.stretch = tp.stretch;
        spec.cautions = tp.cautions;
        auto addZone = [&spec](const DangerZone& z) {
            std::string text = dangerZoneText(z);
            if (std::find(spec.cautions.begin(), spec.cautions.end(), text) == spec.cautions.end())
                spec.cautions.push_back(std::move(text));
        };
        for (const std::string& id : tp.dangerZones)
            if (const DangerZone* z = db.dangerZone(id))
                addZone(*z);
        for (const safety::DangerZoneNotice& n : decision.danger_zones)
            if (std::find(n.points.begin(), n.points.end(), ref) != n.points.end())
                addZone(n.zone);
        out.push_back(std::move(spec));
    }
    return out;
}

} // namespace tpf::gui
