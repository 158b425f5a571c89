// Reading muscles.json: sources, danger zones, muscles and their trigger points, checked against
// the regions and figure already loaded from body_regions.json.

#include "core/geometry.h"
#include "core/load_steps.h"
#include "core/text.h"

#include <map>
#include <set>

namespace tpf::detail {
namespace {

const std::vector<std::pair<std::string_view, View>> kViews = {{"front", View::Front}, {"back", View::Back}};
const std::vector<std::pair<std::string_view, Prevalence>> kPrevalence = {
    {"very_common", Prevalence::VeryCommon},
    {"common", Prevalence::Common},
    {"occasional", Prevalence::Occasional},
    {"rare", Prevalence::Rare}};
const std::vector<std::pair<std::string_view, ZoneSide>> kZoneSides = {
    {"same", ZoneSide::Same}, {"opposite", ZoneSide::Opposite}, {"both", ZoneSide::Both}};
const std::vector<std::pair<std::string_view, std::string_view>> kTools = {
    {"thumb", "thumb"},           {"fingers", "fingers"},     {"knuckle", "knuckle"},
    {"pinch", "pinch"},           {"ball_wall", "ball_wall"}, {"ball_floor", "ball_floor"},
    {"ball_chair", "ball_chair"}, {"hook_cane", "hook_cane"}, {"foam_roller", "foam_roller"}};
const std::vector<std::pair<std::string_view, std::string_view>> kAreas = {
    {"head", "head"},       {"neck", "neck"},         {"shoulder", "shoulder"}, {"upper_back", "upper_back"},
    {"chest", "chest"},     {"arm", "arm"},           {"forearm", "forearm"},   {"hand", "hand"},
    {"abdomen", "abdomen"}, {"low_back", "low_back"}, {"pelvis", "pelvis"},     {"hip", "hip"},
    {"thigh", "thigh"},     {"knee", "knee"},         {"leg", "leg"},           {"foot", "foot"}};

bool isPointId(std::string_view id) {
    if (id.empty())
        return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.'))
            return false;
    return true;
}

// What every trigger point is checked against.
struct Context {
    const Database& db;
    std::set<std::string> regionIds;
    std::vector<std::string> regionIdList;
    std::set<std::string> sourceIds;
    std::set<std::string> dangerZoneIds;
};

std::set<std::string> readIdTable(const json& root, Checker& check, std::string_view key,
                                  const std::vector<std::string_view>& textFields, Database& db) {
    std::set<std::string> ids;
    const json* list = check.arrayMember(root, "", key);
    if (!list)
        return ids;
    const std::string listPath = child("", key);
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string path = child(listPath, i);
        const json& entry = (*list)[i];
        if (!check.isObject(entry, path, "an entry with an id"))
            continue;
        if (key == "sources")
            check.knownFields(entry, path, {"id", "citation"});
        else
            check.knownFields(entry, path, {"id", "label", "advice"});
        auto id = check.identifier(entry, path, "id");
        if (id && !ids.insert(*id).second)
            check.problem(child(path, "id"), "duplicate id \"" + *id + "\"");
        std::vector<std::string> texts;
        texts.reserve(textFields.size());
        for (auto field : textFields)
            texts.push_back(check.text(entry, path, field).value_or(""));
        if (key == "sources")
            db.sources.push_back({id.value_or(""), texts[0]});
        else
            db.dangerZones.push_back({id.value_or(""), texts[0], texts[1]});
    }
    return ids;
}

std::vector<Zone> readZones(const json& referral, const std::string& path, std::string_view key,
                            bool required, Checker& check, const Context& ctx) {
    std::vector<Zone> zones;
    const json* list = check.arrayMember(referral, path, key, required);
    if (!list)
        return zones;
    const std::string listPath = child(path, key);
    if (required && list->empty())
        check.problem(listPath, "expected at least 1 zone, found none");
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string zonePath = child(listPath, i);
        const json& z = (*list)[i];
        Zone zone;
        std::string regionPath = zonePath;
        if (z.is_string()) {
            zone.region = z.get<std::string>();
        } else if (z.is_object()) {
            check.knownFields(z, zonePath, {"region", "side"});
            auto region = check.text(z, zonePath, "region");
            if (!region)
                continue;
            zone.region = *region;
            regionPath = child(zonePath, "region");
            if (z.contains("side")) {
                auto side = check.choice(z, zonePath, "side", kZoneSides);
                if (!side)
                    continue;
                zone.side = *side;
            }
        } else {
            check.problem(zonePath, "expected a region id or {\"region\", \"side\"}, found " + describe(z));
            continue;
        }
        if (!ctx.regionIds.count(zone.region)) {
            check.problem(regionPath, "unknown region id \"" + zone.region + "\"" +
                                          didYouMean(closeMatches(zone.region, ctx.regionIdList)));
            continue;
        }
        zones.push_back(std::move(zone));
    }
    return zones;
}

void readLocation(const json& tp, const std::string& path, Checker& check, const Context& ctx,
                  Location& out) {
    const json* loc = check.objectMember(tp, path, "location");
    if (!loc)
        return;
    const std::string locPath = child(path, "location");
    check.knownFields(*loc, locPath, {"description", "view", "x", "y"});
    out.description = check.text(*loc, locPath, "description").value_or("");
    auto view = check.choice(*loc, locPath, "view", kViews);
    auto x = check.number(*loc, locPath, "x");
    auto y = check.number(*loc, locPath, "y");
    bool inRange = true;
    for (auto [value, key] : {std::pair{x, "x"}, std::pair{y, "y"}}) {
        if (value && (*value < 0 || *value > 1)) {
            check.problem(child(locPath, key),
                          std::string(key) + " = " + formatNumber(*value) + " outside [0, 1]");
            inRange = false;
        }
    }
    if (!view || !x || !y || !inRange)
        return;
    out.view = *view;
    out.point = {*x, *y};
    const Polygon& outline = ctx.db.figure.view(*view).outline;
    if (!outline.empty() && !containsPoint(outline, out.point))
        check.problem(locPath, "point (" + formatNumber(*x) + ", " + formatNumber(*y) +
                                   ") lies outside the " + std::string(toString(*view)) +
                                   " figure outline (expected a point on the body)");
}

TriggerPoint readTriggerPoint(const json& tp, const std::string& path, Checker& check, const Context& ctx) {
    TriggerPoint out;
    check.knownFields(tp, path,
                      {"id", "name", "location", "referral", "symptoms", "mistaken_for", "how_to_find",
                       "self_treatment", "mobilization", "stretch", "cautions", "danger_zones",
                       "hold_seconds", "prevalence", "satellites"});
    if (auto id = check.text(tp, path, "id")) {
        if (!isPointId(*id))
            check.problem(child(path, "id"), "bad trigger point id \"" + *id +
                                                 "\" (expected lower-case letters, digits, _ and .)");
        out.id = *id;
    }
    out.name = check.text(tp, path, "name").value_or("");
    readLocation(tp, path, check, ctx, out.location);
    if (const json* referral = check.objectMember(tp, path, "referral")) {
        const std::string refPath = child(path, "referral");
        check.knownFields(*referral, refPath, {"primary", "spillover"});
        out.primary = readZones(*referral, refPath, "primary", true, check, ctx);
        out.spillover = readZones(*referral, refPath, "spillover", false, check, ctx);
    }
    out.symptoms = check.textList(tp, path, "symptoms", true, 1);
    out.mistakenFor = check.textList(tp, path, "mistaken_for", true, 1);
    out.howToFind = check.text(tp, path, "how_to_find").value_or("");
    if (const json* st = check.objectMember(tp, path, "self_treatment")) {
        const std::string stPath = child(path, "self_treatment");
        check.knownFields(*st, stPath, {"tool", "position", "pressure"});
        out.selfTreatment.tool = std::string(check.choice(*st, stPath, "tool", kTools).value_or(""));
        out.selfTreatment.position = check.text(*st, stPath, "position").value_or("");
        out.selfTreatment.pressure = check.text(*st, stPath, "pressure").value_or("");
    }
    out.mobilization = check.text(tp, path, "mobilization").value_or("");
    out.stretch = check.text(tp, path, "stretch").value_or("");
    out.cautions = check.textList(tp, path, "cautions", true, 1);
    out.dangerZones = check.textList(tp, path, "danger_zones", false, 0);
    for (std::size_t i = 0; i < out.dangerZones.size(); ++i)
        if (!ctx.dangerZoneIds.count(out.dangerZones[i]))
            check.problem(child(child(path, "danger_zones"), i),
                          "unknown danger zone \"" + out.dangerZones[i] + "\"" +
                              didYouMean(closeMatches(out.dangerZones[i],
                                                      {ctx.dangerZoneIds.begin(), ctx.dangerZoneIds.end()})));
    if (auto hold = check.integer(tp, path, "hold_seconds")) {
        if (*hold < 30 || *hold > 90)
            check.problem(child(path, "hold_seconds"),
                          "hold of " + std::to_string(*hold) + " s out of range (expected 30..90)");
        out.holdSeconds = static_cast<int>(*hold);
    }
    out.prevalence = check.choice(tp, path, "prevalence", kPrevalence).value_or(Prevalence::Rare);
    out.satellites = check.textList(tp, path, "satellites", false, 0);
    return out;
}

} // namespace

void readMuscles(const json& root, Checker& check, Database& db) {
    if (!check.isObject(root, "", "the muscles document"))
        return;
    check.schemaVersion(root);
    check.knownFields(root, "", {"schema_version", "sources", "danger_zones", "muscles"});
    Context ctx{db, {}, {}, {}, {}};
    for (const auto& r : db.regions)
        ctx.regionIds.insert(r.baseId);
    ctx.regionIdList.assign(ctx.regionIds.begin(), ctx.regionIds.end());
    ctx.sourceIds = readIdTable(root, check, "sources", {"citation"}, db);
    ctx.dangerZoneIds = readIdTable(root, check, "danger_zones", {"label", "advice"}, db);

    const json* muscles = check.arrayMember(root, "", "muscles");
    if (!muscles)
        return;
    std::set<std::string> muscleIds, names;
    std::map<std::string, std::string> pointPaths; // trigger point id -> where it was first defined
    std::vector<std::string> satellitePaths;       // parallel to db.triggerPoints
    for (std::size_t mi = 0; mi < muscles->size(); ++mi) {
        const std::string path = child("/muscles", mi);
        const json& m = (*muscles)[mi];
        if (!check.isObject(m, path, "a muscle"))
            continue;
        check.knownFields(m, path, {"id", "name", "other_names", "area", "source", "trigger_points"});
        Muscle muscle;
        if (auto id = check.identifier(m, path, "id")) {
            if (!muscleIds.insert(*id).second)
                check.problem(child(path, "id"), "duplicate muscle id \"" + *id + "\"");
            muscle.id = *id;
        }
        if (auto name = check.text(m, path, "name")) {
            if (!names.insert(*name).second)
                check.problem(child(path, "name"), "duplicate muscle name \"" + *name + "\"");
            muscle.name = *name;
        }
        muscle.otherNames = check.textList(m, path, "other_names", true, 0);
        muscle.area = std::string(check.choice(m, path, "area", kAreas).value_or(""));
        if (const json* source = check.objectMember(m, path, "source")) {
            const std::string srcPath = child(path, "source");
            check.knownFields(*source, srcPath, {"ref", "detail"});
            if (auto ref = check.text(*source, srcPath, "ref")) {
                if (!ctx.sourceIds.count(*ref))
                    check.problem(
                        child(srcPath, "ref"),
                        "unknown source \"" + *ref + "\"" +
                            didYouMean(closeMatches(*ref, {ctx.sourceIds.begin(), ctx.sourceIds.end()})));
                muscle.source.ref = *ref;
            }
            muscle.source.detail = check.text(*source, srcPath, "detail", false).value_or("");
        }
        const json* points = check.arrayMember(m, path, "trigger_points");
        if (points && points->empty())
            check.problem(child(path, "trigger_points"), "expected at least 1 trigger point, found none");
        for (std::size_t ti = 0; points && ti < points->size(); ++ti) {
            const std::string tpPath = child(child(path, "trigger_points"), ti);
            if (!check.isObject((*points)[ti], tpPath, "a trigger point"))
                continue;
            TriggerPoint tp = readTriggerPoint((*points)[ti], tpPath, check, ctx);
            if (!tp.id.empty() && !pointPaths.emplace(tp.id, tpPath).second)
                check.problem(child(tpPath, "id"), "duplicate trigger point id \"" + tp.id +
                                                       "\" (first defined at " + pointPaths[tp.id] + ")");
            tp.muscle = db.muscles.size();
            muscle.triggerPoints.push_back(db.triggerPoints.size());
            db.triggerPoints.push_back(std::move(tp));
            satellitePaths.push_back(child(tpPath, "satellites"));
        }
        db.muscles.push_back(std::move(muscle));
    }
    // Satellites may point forward in the file, so they are checked once every id is known.
    std::vector<std::string> allIds;
    allIds.reserve(pointPaths.size());
    for (const auto& [id, where] : pointPaths)
        allIds.push_back(id);
    for (std::size_t i = 0; i < db.triggerPoints.size(); ++i) {
        const auto& tp = db.triggerPoints[i];
        for (std::size_t s = 0; s < tp.satellites.size(); ++s) {
            if (tp.satellites[s] == tp.id)
                check.problem(child(satellitePaths[i], s), "a trigger point cannot be its own satellite");
            else if (!pointPaths.count(tp.satellites[s]))
                check.problem(child(satellitePaths[i], s),
                              "unknown satellite trigger point \"" + tp.satellites[s] + "\"" +
                                  didYouMean(closeMatches(tp.satellites[s], allIds)));
        }
    }
}

} // namespace tpf::detail
