// tpfinder-cli plan: the guided-session timeline for some trigger points, as the app would run it.

#include "cli/args.h"
#include "cli/commands.h"
#include "core/data_dir.h"
#include "core/session/plan.h"
#include "core/session/protocol.h"
#include "core/text.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <ostream>

namespace tpf::cli {
namespace {

using namespace tpf::session;
using ojson = nlohmann::ordered_json;

constexpr const char* kUsage =
    "Usage: tpfinder-cli plan TRIGGER_POINT... [--preset NAME] [--side left|right|both] "
    "[--hold-until-release]\n"
    "                         [--warmup] [--protocols FILE] [--json]\n"
    "  TRIGGER_POINT is an id such as upper_trapezius.1, optionally with a side: upper_trapezius.1:right.\n"
    "  --side sets the side of points given without one (default left); both treats left, then right.\n"
    "  --protocols reads the presets from FILE instead of the data directory's protocols.json.\n";

int usage(Context& ctx, const std::string& message) {
    ctx.err << "tpfinder-cli plan: " << message << '\n' << kUsage;
    return kExitUsage;
}

const char* sideName(session::Side s) {
    return s == session::Side::Left ? "left" : s == session::Side::Right ? "right" : "midline";
}

std::string seconds(std::int64_t ms) { return std::to_string((ms + 999) / 1000); }

std::string lengthText(const Phase& ph) {
    if (!ph.duration_ms)
        return "until found";
    if (ph.counts_up)
        return "until released (max " + seconds(*ph.duration_ms) + " s)";
    return seconds(*ph.duration_ms) + " s";
}

PointSpec specFor(const Database& db, std::size_t index, session::Side side) {
    const TriggerPoint& tp = db.triggerPoints[index];
    PointSpec spec;
    spec.trigger_point_id = tp.id;
    spec.name = tp.name;
    spec.side = side;
    spec.hold_seconds = tp.holdSeconds;
    spec.mobilization = tp.mobilization;
    spec.stretch = tp.stretch;
    spec.cautions = tp.cautions;
    // Danger zones are shown at every hold, in the same words as the app.
    for (const auto& id : tp.dangerZones)
        if (const DangerZone* z = db.dangerZone(id))
            spec.cautions.push_back("Danger zone \u2013 " + z->label + ": " + z->advice);
    return spec;
}

ojson toJson(const Protocol& protocol, const Plan& plan, const PlanOptions& options) {
    ojson points = ojson::array();
    for (const PlannedPoint& p : plan.points)
        points.push_back({{"trigger_point", p.spec.trigger_point_id},
                          {"name", p.spec.name},
                          {"side", sideName(p.spec.side)},
                          {"label", p.label}});
    ojson phases = ojson::array();
    std::int64_t start = 0;
    bool exact = true;
    for (std::size_t i = 0; i < plan.phases.size(); ++i) {
        const Phase& ph = plan.phases[i];
        ojson j = {
            {"index", i},
            {"kind", toString(ph.kind)},
            {"round", ph.round},
            {"point", ph.point >= 0 ? ojson(ph.point) : ojson(nullptr)},
            {"trigger_point", ph.point >= 0 ? ojson(plan.points[std::size_t(ph.point)].spec.trigger_point_id)
                                            : ojson(nullptr)},
            {"label", ph.point >= 0 ? ojson(plan.points[std::size_t(ph.point)].label) : ojson(nullptr)},
            {"start_seconds", (start + 999) / 1000},
            {"start_exact", exact},
            {"duration_seconds",
             ph.duration_ms && !ph.counts_up ? ojson((*ph.duration_ms + 999) / 1000) : ojson(nullptr)},
            {"ends", ph.duration_ms ? (ph.counts_up ? "released or cap" : "timed") : "until found"},
            {"cap_seconds", ph.counts_up ? ojson((*ph.duration_ms + 999) / 1000) : ojson(nullptr)},
            {"estimate_seconds", (ph.estimate_ms + 999) / 1000},
            {"instruction", ph.instruction},
            {"pressure_target",
             ph.pressure_target ? ojson{{"min", ph.pressure_target->min}, {"max", ph.pressure_target->max}}
                                : ojson(nullptr)},
            {"prompts", ph.prompts}};
        phases.push_back(std::move(j));
        start += ph.estimate_ms;
        exact = exact && ph.duration_ms && !ph.counts_up;
    }
    return {{"preset", protocol.id},
            {"preset_name", protocol.name},
            {"options",
             {{"hold_until_release", options.hold_until_release},
              {"both_sides", options.both_sides},
              {"warmup", options.warmup.value_or(protocol.warmup_default_on)}}},
            {"pressure_scale_max", plan.rules.scale_max},
            {"estimated_total_seconds", (plan.estimated_total_ms + 999) / 1000},
            {"notes", plan.notes},
            {"points", points},
            {"phases", phases}};
}

void printHuman(std::ostream& out, const Protocol& protocol, const Plan& plan) {
    out << protocol.name << " preset, " << plan.points.size()
        << (plan.points.size() == 1 ? " point" : " points") << ", about "
        << (plan.estimated_total_ms + 59'999) / 60'000
        << " min (locate phases last until the point is found)\n";
    for (const auto& note : plan.notes)
        out << "Note: " << note << '\n';
    std::int64_t start = 0;
    bool exact = true;
    std::vector<std::vector<std::string>> rows = {{"#", "START", "LENGTH", "PHASE", "POINT"}};
    for (std::size_t i = 0; i < plan.phases.size(); ++i) {
        const Phase& ph = plan.phases[i];
        std::string kind = toString(ph.kind);
        if (ph.round > 0)
            kind += " " + std::to_string(ph.round);
        rows.push_back({std::to_string(i + 1), (exact ? "" : "~") + seconds(start) + " s", lengthText(ph),
                        kind, ph.point >= 0 ? plan.points[std::size_t(ph.point)].label : std::string("-")});
        start += ph.estimate_ms;
        exact = exact && ph.duration_ms && !ph.counts_up;
    }
    // The table first for an overview, then every phase's words.
    out << '\n';
    printTable(out, rows, "  ");
    out << '\n';
    for (std::size_t i = 0; i < plan.phases.size(); ++i) {
        const Phase& ph = plan.phases[i];
        out << "  " << (i + 1) << ". " << toString(ph.kind) << " (" << lengthText(ph) << ")";
        if (ph.pressure_target)
            out << ", pressure target " << ph.pressure_target->min << "-" << ph.pressure_target->max
                << " out of " << plan.rules.scale_max;
        // Later rounds repeat the first one's words; say so rather than print them again.
        const auto same =
            std::find_if(plan.phases.begin(), plan.phases.begin() + std::ptrdiff_t(i), [&](const Phase& o) {
                return o.kind == ph.kind && o.point == ph.point && o.instruction == ph.instruction &&
                       o.prompts == ph.prompts;
            });
        if (same != plan.phases.begin() + std::ptrdiff_t(i)) {
            out << ": as in " << (same - plan.phases.begin() + 1) << ".\n";
            continue;
        }
        out << "\n     " << ph.instruction << '\n';
        for (const auto& p : ph.prompts)
            out << "     - " << p << '\n';
    }
}

} // namespace

int cmdPlan(Context& ctx, const std::vector<std::string>& args) {
    ParsedArgs opts = parseArgs(args, {"--json", "--hold-until-release", "--warmup"},
                                {"--preset", "--side", "--protocols"});
    if (!opts.error.empty())
        return usage(ctx, opts.error);
    if (opts.positional.empty())
        return usage(ctx, "expected at least one TRIGGER_POINT id");
    PlanOptions options;
    options.hold_until_release = opts.has("--hold-until-release");
    if (opts.has("--warmup"))
        options.warmup = true;
    session::Side defaultSide = session::Side::Left;
    if (const auto it = opts.values.find("--side"); it != opts.values.end()) {
        if (it->second == "left")
            defaultSide = session::Side::Left;
        else if (it->second == "right")
            defaultSide = session::Side::Right;
        else if (it->second == "both")
            options.both_sides = true;
        else
            return usage(ctx, "--side must be left, right or both, not \"" + it->second + "\"");
    }

    // Ids and sides first: a usage mistake is reported before any data is read.
    struct Wanted {
        std::string id;
        std::optional<session::Side> side;
    };
    std::vector<Wanted> wanted;
    for (const std::string& arg : opts.positional) {
        const auto colon = arg.find(':');
        Wanted w{arg.substr(0, colon), std::nullopt};
        if (colon != std::string::npos) {
            const std::string side = arg.substr(colon + 1);
            if (side == "left")
                w.side = session::Side::Left;
            else if (side == "right")
                w.side = session::Side::Right;
            else
                return usage(ctx, "the side in \"" + arg + "\" must be left or right");
        }
        wanted.push_back(std::move(w));
    }

    const Database* db = ctx.database();
    if (!db)
        return kExitBadInput;
    std::vector<PointSpec> specs;
    bool unknown = false;
    for (const Wanted& w : wanted) {
        const auto index = db->triggerPointIndex(w.id);
        if (!index) {
            std::vector<std::string> ids;
            for (const auto& tp : db->triggerPoints)
                ids.push_back(tp.id);
            if (const Muscle* m = db->muscle(w.id)) // a muscle id: offer its points first
                for (std::size_t t : m->triggerPoints)
                    ids.insert(ids.begin(), db->triggerPoints[t].id);
            ctx.err << "tpfinder-cli plan: unknown trigger point \"" << w.id << "\""
                    << didYouMean(closeMatches(w.id, ids, 5)) << '\n';
            unknown = true;
            continue;
        }
        specs.push_back(specFor(*db, *index, w.side.value_or(defaultSide)));
    }
    if (unknown) {
        ctx.err << "See `tpfinder-cli muscles` for every trigger point id.\n";
        return kExitBadInput;
    }

    std::string protocolsFile;
    if (const auto it = opts.values.find("--protocols"); it != opts.values.end()) {
        protocolsFile = it->second;
    } else {
        const DataDirResult dir = findDataDir(ctx.dataDirOption());
        if (!dir.ok()) {
            ctx.err << "tpfinder-cli: " << dir.error << '\n';
            return kExitBadInput;
        }
        protocolsFile = (dir.path / "protocols.json").string();
    }
    ProtocolLoadResult loaded = loadProtocolsFile(protocolsFile);
    for (const auto& p : loaded.problems)
        ctx.err << p.toString() << '\n';
    if (!loaded.ok()) {
        ctx.err << "tpfinder-cli: the session protocols have " << loaded.problems.size() << " problem(s)\n";
        return kExitBadInput;
    }
    const std::string presetId = opts.values.count("--preset") ? opts.values.at("--preset") : "standard";
    const Protocol* protocol = loaded.protocols.find(presetId);
    if (!protocol) {
        std::vector<std::string> ids;
        for (const Protocol& p : loaded.protocols.presets)
            ids.push_back(p.id);
        std::string all;
        for (const auto& id : ids)
            all += (all.empty() ? "" : ", ") + id;
        ctx.err << "tpfinder-cli plan: unknown preset \"" << presetId << "\""
                << didYouMean(closeMatches(presetId, ids)) << "; the presets are: " << all << '\n';
        return kExitBadInput;
    }

    const Plan plan = buildPlan(*protocol, specs, options);
    if (opts.has("--json"))
        ctx.out << toJson(*protocol, plan, options).dump(2) << '\n';
    else
        printHuman(ctx.out, *protocol, plan);
    return kExitOk;
}

} // namespace tpf::cli
