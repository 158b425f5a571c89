#pragma once
// The in-memory database: concrete (sided) regions, muscles and their trigger points.
// Built only by the loader, which validates everything first; treat it as read-only afterwards.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tpf {

enum class Side { Left, Right, Midline };
enum class View { Front, Back };
enum class Prevalence { VeryCommon, Common, Occasional, Rare }; // ordered: most common first
enum class ZoneKind { Primary, Spillover };
enum class ZoneSide { Same, Opposite, Both }; // relative to the trigger point's side

std::string_view toString(Side side);             // "left", "right", "midline"
std::string_view toString(View view);             // "front", "back"
std::string_view toString(Prevalence prevalence); // "very_common", ...
std::string_view toString(ZoneKind kind);         // "primary", "spillover"
std::string_view toString(ZoneSide side);         // "same", "opposite", "both"
Side opposite(Side side);                         // left <-> right; midline stays midline

struct Point {
    double x = 0;
    double y = 0;
    bool operator==(const Point&) const = default;
};
using Polygon = std::vector<Point>;

struct FigurePart {
    std::string id;
    Polygon polygon;
    bool operator==(const FigurePart&) const = default;
};

struct FigureView {
    Polygon outline;
    std::vector<FigurePart> parts;
    bool operator==(const FigureView&) const = default;
};

struct Figure {
    double aspect = 0.5; // width / height of each view's frame
    FigureView front;
    FigureView back;
    const FigureView& view(View v) const { return v == View::Front ? front : back; }
    bool operator==(const Figure&) const = default;
};

// A concrete region: "temple-left", "temple-right" or a midline region such as "sternum".
struct Region {
    std::string id;     // concrete id
    std::string baseId; // id as written in body_regions.json ("temple")
    std::string label;  // "Left temple"; midline regions keep their label
    std::string baseLabel;
    View view = View::Front;
    Side side = Side::Midline;
    std::string group;
    std::vector<std::string> synonyms;
    Polygon polygon; // already mirrored for the right side
    bool operator==(const Region&) const = default;
};

// An everyday name for a pattern spanning several regions ("sciatica").
struct Phrase {
    std::string id;
    std::string label;
    std::vector<std::string> synonyms;
    std::vector<std::string> regions; // base region ids
    bool operator==(const Phrase&) const = default;
};

// A word (or words) that names a side in what a person types: "left", "linke", "beide Seiten".
// The region query knows the English ones; a language pack adds its own (Database::sideWords).
struct SideWord {
    std::string words;
    std::optional<Side> side; // nullopt: both sides
    bool operator==(const SideWord&) const = default;
};

struct Zone {
    std::string region; // base region id
    ZoneSide side = ZoneSide::Same;
    bool operator==(const Zone&) const = default;
};

struct Location {
    std::string description;
    View view = View::Front;
    Point point; // for the person's left side; see Database::locationOf for the right side
    bool operator==(const Location&) const = default;
};

struct SelfTreatment {
    std::string tool; // thumb | fingers | knuckle | pinch | ball_wall | ...
    std::string position;
    std::string pressure;
    bool operator==(const SelfTreatment&) const = default;
};

struct TriggerPoint {
    std::string id; // "upper_trapezius.1"
    std::string name;
    std::size_t muscle = 0; // index into Database::muscles
    Location location;
    std::vector<Zone> primary;
    std::vector<Zone> spillover;
    std::vector<std::string> symptoms;
    std::vector<std::string> mistakenFor;
    std::string howToFind;
    SelfTreatment selfTreatment;
    std::string mobilization;
    std::string stretch;
    std::vector<std::string> cautions;
    std::vector<std::string> dangerZones; // danger zone ids
    int holdSeconds = 60;
    Prevalence prevalence = Prevalence::Common;
    std::vector<std::string> satellites; // trigger point ids
    bool operator==(const TriggerPoint&) const = default;
};

struct SourceRef {
    std::string ref; // source id
    std::string detail;
    bool operator==(const SourceRef&) const = default;
};

struct Muscle {
    std::string id;
    std::string name;
    std::vector<std::string> otherNames;
    std::string area;
    SourceRef source;
    std::vector<std::size_t> triggerPoints; // indices into Database::triggerPoints
    bool operator==(const Muscle&) const = default;
};

struct Source {
    std::string id;
    std::string citation;
    bool operator==(const Source&) const = default;
};

struct DangerZone {
    std::string id;
    std::string label;
    std::string advice;
    bool operator==(const DangerZone&) const = default;
};

struct Database {
    int schemaVersion = 1;
    Figure figure;
    std::vector<Region> regions; // concrete, in file order, left before right
    std::vector<Phrase> phrases;
    std::vector<SideWord> sideWords; // from a language pack, on top of the English ones
    std::vector<Source> sources;
    std::vector<DangerZone> dangerZones;
    std::vector<Muscle> muscles;
    std::vector<TriggerPoint> triggerPoints;

    // Lookups; nullptr / nullopt when absent.
    std::optional<std::size_t> regionIndex(std::string_view concreteId) const;
    const Region* region(std::string_view concreteId) const;
    std::vector<std::size_t> regionsOfBase(std::string_view baseId) const; // 1 (midline) or 2 (left, right)
    std::optional<std::size_t> triggerPointIndex(std::string_view id) const;
    const TriggerPoint* triggerPoint(std::string_view id) const;
    const Muscle* muscle(std::string_view id) const;
    const Source* source(std::string_view id) const;
    const DangerZone* dangerZone(std::string_view id) const;
    const Muscle& muscleOf(const TriggerPoint& tp) const { return muscles[tp.muscle]; }

    // Where to draw a trigger point on the given side (right side mirrored x -> 1 - x).
    Point locationOf(const TriggerPoint& tp, Side side) const;

    // Concrete id of a base region on a side: ("temple", Left) -> "temple-left"; midline -> base id.
    std::optional<std::string> concreteRegionId(std::string_view baseId, Side side) const;

    // Rebuilds the id -> index maps; the loader calls it, so does anyone who edits the vectors.
    void reindex();

    // Every field, the lookup maps too (equal after reindex()); the snapshot tests rely on it.
    bool operator==(const Database&) const = default;

private:
    std::unordered_map<std::string, std::size_t> regionById_;
    std::unordered_map<std::string, std::vector<std::size_t>> regionsByBase_;
    std::unordered_map<std::string, std::size_t> triggerPointById_;
    std::unordered_map<std::string, std::size_t> muscleById_;
};

} // namespace tpf
