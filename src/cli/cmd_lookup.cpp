#include "cli/args.h"
#include "cli/commands.h"
#include "core/region_query.h"

#include <charconv>
#include <nlohmann/json.hpp>
#include <ostream>

namespace tpf::cli {
namespace {

constexpr const char* kUsage =
    "Usage: tpfinder-cli lookup [--json] [--limit N] [--side left|right] REGION...\n";
constexpr std::size_t kDefaultLimit = 10;

int usageError(Context& ctx, const std::string& message) {
    ctx.err << "tpfinder-cli lookup: " << message << '\n' << kUsage;
    return kExitUsage;
}

} // namespace

int cmdLookup(Context& ctx, const std::vector<std::string>& args) {
    ParsedArgs opts = parseArgs(args, {"--json"}, {"--limit", "--side"});
    if (!opts.error.empty())
        return usageError(ctx, opts.error);
    if (opts.positional.empty())
        return usageError(ctx, "no REGION given (see `tpfinder-cli regions` for names)");
    std::size_t limit = kDefaultLimit;
    if (auto it = opts.values.find("--limit"); it != opts.values.end()) {
        const std::string& v = it->second;
        auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), limit);
        if (ec != std::errc() || end != v.data() + v.size())
            return usageError(ctx, "--limit needs a whole number (0 = no limit), got \"" + v + "\"");
    }
    std::optional<Side> side;
    if (auto it = opts.values.find("--side"); it != opts.values.end()) {
        side = parseSide(it->second);
        if (!side)
            return usageError(ctx, "--side must be left or right, got \"" + it->second + "\"");
    }
    const ReferralEngine* engine = ctx.engine();
    if (!engine)
        return kExitBadInput;
    const Database& db = engine->database();

    RegionQueryResult query = RegionQuery(db).resolveAll(opts.positional, side);
    if (!query.ok()) {
        for (const auto& e : query.errors)
            ctx.err << "tpfinder-cli lookup: " << e << '\n';
        ctx.err << "See `tpfinder-cli regions` for every region and phrase.\n";
        return kExitBadInput;
    }
    Ranking ranking = engine->rank(query.regions);
    const std::size_t shown =
        limit == 0 ? ranking.candidates.size() : std::min(limit, ranking.candidates.size());

    if (opts.has("--json")) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (std::size_t i = 0; i < shown; ++i) {
            const Candidate& c = ranking.candidates[i];
            const TriggerPoint& tp = db.triggerPoints[c.triggerPoint];
            nlohmann::ordered_json matches = nlohmann::ordered_json::array();
            for (std::size_t q = 0; q < ranking.regions.size(); ++q)
                if (c.matches[q] != Match::None)
                    matches.push_back({{"region", db.regions[ranking.regions[q]].id},
                                       {"zone", c.matches[q] == Match::Primary ? "primary" : "spillover"}});
            list.push_back({{"trigger_point", tp.id},
                            {"muscle", db.muscleOf(tp).name},
                            {"muscle_id", db.muscleOf(tp).id},
                            {"side", toString(c.side)},
                            {"score", c.score},
                            {"matches", matches}});
        }
        ctx.out << nlohmann::ordered_json{{"candidates", list}}.dump(2) << '\n';
        return kExitOk;
    }

    ctx.out << "Pain in:";
    for (std::size_t q = 0; q < ranking.regions.size(); ++q)
        ctx.out << (q ? ", " : " ") << db.regions[ranking.regions[q]].label;
    ctx.out << "\n\n";
    if (ranking.candidates.empty()) {
        ctx.out << "No trigger point in the database refers pain to these regions.\n";
        return kExitOk;
    }
    std::vector<std::vector<std::string>> rows{{"#", "SCORE", "TRIGGER POINT", "SIDE", "MUSCLE", "MATCHES"}};
    for (std::size_t i = 0; i < shown; ++i) {
        const Candidate& c = ranking.candidates[i];
        const TriggerPoint& tp = db.triggerPoints[c.triggerPoint];
        std::string matches;
        for (std::size_t q = 0; q < ranking.regions.size(); ++q)
            if (c.matches[q] != Match::None)
                matches += (matches.empty() ? "" : ", ") + db.regions[ranking.regions[q]].id +
                           (c.matches[q] == Match::Primary ? "" : " (spillover)");
        rows.push_back({std::to_string(i + 1), formatScore(c.score), tp.id, std::string(toString(c.side)),
                        db.muscleOf(tp).name, matches});
    }
    printTable(ctx.out, rows);
    if (shown < ranking.candidates.size())
        ctx.out << "\n" << ranking.candidates.size() - shown << " more (use --limit 0 to see all)\n";
    ctx.out << "\nScore: share of the selected regions covered (primary zone 1, spillover 0.5).\n"
               "Use `tpfinder-cli show TRIGGER_POINT` for how to find and treat a point.\n";
    return kExitOk;
}

} // namespace tpf::cli
