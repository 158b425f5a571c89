#include "core/model.h"

namespace tpf {

std::string_view toString(Side side) {
    switch (side) {
    case Side::Left: return "left";
    case Side::Right: return "right";
    case Side::Midline: return "midline";
    }
    return "midline";
}

std::string_view toString(View view) { return view == View::Front ? "front" : "back"; }

std::string_view toString(Prevalence prevalence) {
    switch (prevalence) {
    case Prevalence::VeryCommon: return "very_common";
    case Prevalence::Common: return "common";
    case Prevalence::Occasional: return "occasional";
    case Prevalence::Rare: return "rare";
    }
    return "rare";
}

std::string_view toString(ZoneKind kind) { return kind == ZoneKind::Primary ? "primary" : "spillover"; }

std::string_view toString(ZoneSide side) {
    switch (side) {
    case ZoneSide::Same: return "same";
    case ZoneSide::Opposite: return "opposite";
    case ZoneSide::Both: return "both";
    }
    return "same";
}

Side opposite(Side side) {
    if (side == Side::Left)
        return Side::Right;
    if (side == Side::Right)
        return Side::Left;
    return Side::Midline;
}

void Database::reindex() {
    regionById_.clear();
    regionsByBase_.clear();
    triggerPointById_.clear();
    muscleById_.clear();
    for (std::size_t i = 0; i < regions.size(); ++i) {
        regionById_.emplace(regions[i].id, i);
        regionsByBase_[regions[i].baseId].push_back(i);
    }
    for (std::size_t i = 0; i < triggerPoints.size(); ++i)
        triggerPointById_.emplace(triggerPoints[i].id, i);
    for (std::size_t i = 0; i < muscles.size(); ++i)
        muscleById_.emplace(muscles[i].id, i);
}

std::optional<std::size_t> Database::regionIndex(std::string_view concreteId) const {
    auto it = regionById_.find(std::string(concreteId));
    if (it == regionById_.end())
        return std::nullopt;
    return it->second;
}

const Region* Database::region(std::string_view concreteId) const {
    auto index = regionIndex(concreteId);
    return index ? &regions[*index] : nullptr;
}

std::vector<std::size_t> Database::regionsOfBase(std::string_view baseId) const {
    auto it = regionsByBase_.find(std::string(baseId));
    return it == regionsByBase_.end() ? std::vector<std::size_t>{} : it->second;
}

std::optional<std::size_t> Database::triggerPointIndex(std::string_view id) const {
    auto it = triggerPointById_.find(std::string(id));
    if (it == triggerPointById_.end())
        return std::nullopt;
    return it->second;
}

const TriggerPoint* Database::triggerPoint(std::string_view id) const {
    auto index = triggerPointIndex(id);
    return index ? &triggerPoints[*index] : nullptr;
}

const Muscle* Database::muscle(std::string_view id) const {
    auto it = muscleById_.find(std::string(id));
    return it == muscleById_.end() ? nullptr : &muscles[it->second];
}

const Source* Database::source(std::string_view id) const {
    for (const auto& s : sources)
        if (s.id == id)
            return &s;
    return nullptr;
}

const DangerZone* Database::dangerZone(std::string_view id) const {
    for (const auto& d : dangerZones)
        if (d.id == id)
            return &d;
    return nullptr;
}

Point Database::locationOf(const TriggerPoint& tp, Side side) const {
    Point p = tp.location.point;
    if (side == Side::Right)
        p.x = 1.0 - p.x;
    return p;
}

std::optional<std::string> Database::concreteRegionId(std::string_view baseId, Side side) const {
    for (std::size_t index : regionsOfBase(baseId)) {
        const Region& r = regions[index];
        if (r.side == Side::Midline || r.side == side)
            return r.id;
    }
    return std::nullopt;
}

} // namespace tpf
