#include "cli/args.h"
#include "cli/commands.h"
#include "core/text.h"

#include <nlohmann/json.hpp>
#include <ostream>

namespace tpf::cli {
namespace {

using ojson = nlohmann::ordered_json;

constexpr std::size_t kTextWidth = 100;

// Word-wraps `text` to `width` columns; continuation lines are indented by `indent`.
std::string wrapped(const std::string& text, std::size_t indent, std::size_t width) {
    std::string out;
    std::size_t column = indent;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string::npos)
            end = text.size();
        const std::string word = text.substr(start, end - start);
        if (column > indent && column + 1 + displayWidth(word) > width) {
            out += "\n" + std::string(indent, ' ');
            column = indent;
        } else if (column > indent) {
            out += ' ';
            ++column;
        }
        out += word;
        column += displayWidth(word);
        start = end + 1;
    }
    return out;
}

ojson zonesJson(const std::vector<Zone>& zones) {
    ojson out = ojson::array();
    for (const Zone& z : zones)
        out.push_back({{"region", z.region}, {"side", toString(z.side)}});
    return out;
}

std::vector<std::string> regionIds(const Database& db, const std::vector<std::size_t>& indices) {
    std::vector<std::string> out;
    out.reserve(indices.size());
    for (std::size_t i : indices)
        out.push_back(db.regions[i].id);
    return out;
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items)
        out += (out.empty() ? "" : ", ") + s;
    return out;
}

ojson toJson(const Database& db, const ReferralEngine& engine, std::size_t index) {
    const TriggerPoint& tp = db.triggerPoints[index];
    const Muscle& m = db.muscleOf(tp);
    const Source* source = db.source(m.source.ref);
    ojson dangers = ojson::array();
    for (const auto& id : tp.dangerZones)
        if (const DangerZone* d = db.dangerZone(id))
            dangers.push_back({{"id", d->id}, {"label", d->label}, {"advice", d->advice}});
    ojson sides = ojson::object();
    for (Side side : {Side::Left, Side::Right}) {
        const ReferralRegions refs = engine.referralOf(index, side);
        const Point p = db.locationOf(tp, side);
        sides[std::string(toString(side))] = {{"x", p.x},
                                              {"y", p.y},
                                              {"primary", regionIds(db, refs.primary)},
                                              {"spillover", regionIds(db, refs.spillover)}};
    }
    return {{"id", tp.id},
            {"name", tp.name},
            {"muscle",
             {{"id", m.id},
              {"name", m.name},
              {"other_names", m.otherNames},
              {"area", m.area},
              {"source",
               {{"ref", m.source.ref},
                {"detail", m.source.detail},
                {"citation", source ? source->citation : ""}}}}},
            {"location",
             {{"description", tp.location.description},
              {"view", toString(tp.location.view)},
              {"x", tp.location.point.x},
              {"y", tp.location.point.y}}},
            {"referral", {{"primary", zonesJson(tp.primary)}, {"spillover", zonesJson(tp.spillover)}}},
            {"sides", sides},
            {"symptoms", tp.symptoms},
            {"mistaken_for", tp.mistakenFor},
            {"how_to_find", tp.howToFind},
            {"self_treatment",
             {{"tool", tp.selfTreatment.tool},
              {"position", tp.selfTreatment.position},
              {"pressure", tp.selfTreatment.pressure}}},
            {"mobilization", tp.mobilization},
            {"stretch", tp.stretch},
            {"cautions", tp.cautions},
            {"danger_zones", dangers},
            {"hold_seconds", tp.holdSeconds},
            {"prevalence", toString(tp.prevalence)},
            {"satellites", tp.satellites}};
}

void printHuman(std::ostream& out, const Database& db, const ReferralEngine& engine, std::size_t index) {
    const TriggerPoint& tp = db.triggerPoints[index];
    const Muscle& m = db.muscleOf(tp);
    auto field = [&out](const std::string& label, const std::string& value) {
        out << "  " << label << std::string(label.size() < 14 ? 14 - label.size() : 1, ' ')
            << wrapped(value, 16, kTextWidth) << '\n';
    };
    auto list = [&out](const std::string& label, const std::vector<std::string>& items) {
        out << "  " << label << ":\n";
        for (const auto& s : items)
            out << "    - " << wrapped(s, 6, kTextWidth) << '\n';
    };
    out << tp.name << "  (" << tp.id << ")\n\n";
    field("Muscle", m.name + " (" + m.id + "), area: " + m.area);
    if (!m.otherNames.empty())
        field("Also called", joined(m.otherNames));
    field("Prevalence", std::string(toString(tp.prevalence)));
    field("Location", tp.location.description);
    field("", std::string(toString(tp.location.view)) + " view, left side at (" +
                  formatScore(tp.location.point.x) + ", " + formatScore(tp.location.point.y) +
                  "), mirrored for the right side");
    for (Side side : {Side::Left, Side::Right}) {
        const ReferralRegions refs = engine.referralOf(index, side);
        const std::string name = side == Side::Left ? "Left point" : "Right point";
        field(name, "primary: " + joined(regionIds(db, refs.primary)));
        if (!refs.spillover.empty())
            field("", "spillover: " + joined(regionIds(db, refs.spillover)));
    }
    out << '\n';
    list("Symptoms", tp.symptoms);
    list("Often mistaken for", tp.mistakenFor);
    out << '\n';
    field("How to find", tp.howToFind);
    field("Tool", tp.selfTreatment.tool);
    field("Position", tp.selfTreatment.position);
    field("Pressure", tp.selfTreatment.pressure);
    field("Hold", std::to_string(tp.holdSeconds) + " s");
    field("Mobilization", tp.mobilization);
    field("Stretch", tp.stretch);
    out << '\n';
    list("Cautions", tp.cautions);
    for (const auto& id : tp.dangerZones)
        if (const DangerZone* d = db.dangerZone(id))
            field("DANGER ZONE", d->label + ": " + d->advice);
    if (!tp.satellites.empty())
        field("Satellites", joined(tp.satellites));
    const Source* source = db.source(m.source.ref);
    field("Source", (source ? source->citation : m.source.ref) +
                        (m.source.detail.empty() ? "" : " (" + m.source.detail + ")"));
}

} // namespace

int cmdShow(Context& ctx, const std::vector<std::string>& args) {
    ParsedArgs opts = parseArgs(args, {"--json"}, {});
    if (!opts.error.empty() || opts.positional.size() != 1) {
        ctx.err << "tpfinder-cli show: "
                << (!opts.error.empty() ? opts.error : "expected exactly one TRIGGER_POINT id")
                << "\nUsage: tpfinder-cli show [--json] TRIGGER_POINT\n";
        return kExitUsage;
    }
    const ReferralEngine* engine = ctx.engine();
    if (!engine)
        return kExitBadInput;
    const Database& db = engine->database();
    const std::string& id = opts.positional[0];
    auto index = db.triggerPointIndex(id);
    if (!index) {
        std::vector<std::string> ids;
        for (const auto& tp : db.triggerPoints)
            ids.push_back(tp.id);
        if (const Muscle* m = db.muscle(id)) // a muscle id: offer its points
            for (std::size_t t : m->triggerPoints)
                ids.insert(ids.begin(), db.triggerPoints[t].id);
        ctx.err << "tpfinder-cli show: unknown trigger point \"" << id << "\""
                << didYouMean(closeMatches(id, ids, 5))
                << "\nSee `tpfinder-cli muscles` for every trigger point id.\n";
        return kExitBadInput;
    }
    if (opts.has("--json"))
        ctx.out << toJson(db, *engine, *index).dump(2) << '\n';
    else
        printHuman(ctx.out, db, *engine, *index);
    return kExitOk;
}

} // namespace tpf::cli
