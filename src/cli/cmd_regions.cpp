#include "cli/args.h"
#include "cli/commands.h"

#include <nlohmann/json.hpp>
#include <ostream>

namespace tpf::cli {

int cmdRegions(Context& ctx, const std::vector<std::string>& args) {
    ParsedArgs opts = parseArgs(args, {"--json"}, {});
    if (!opts.error.empty() || !opts.positional.empty()) {
        ctx.err << "tpfinder-cli regions: "
                << (opts.error.empty() ? "unexpected argument " + opts.positional[0] : opts.error)
                << "\nUsage: tpfinder-cli regions [--json]\n";
        return kExitUsage;
    }
    const Database* db = ctx.bodyRegions();
    if (!db)
        return kExitBadInput;
    if (opts.has("--json")) {
        nlohmann::ordered_json regions = nlohmann::ordered_json::array();
        for (const Region& r : db->regions)
            regions.push_back({{"id", r.id},
                               {"base", r.baseId},
                               {"label", r.label},
                               {"view", toString(r.view)},
                               {"side", toString(r.side)},
                               {"group", r.group},
                               {"synonyms", r.synonyms}});
        nlohmann::ordered_json phrases = nlohmann::ordered_json::array();
        for (const Phrase& p : db->phrases)
            phrases.push_back(
                {{"id", p.id}, {"label", p.label}, {"synonyms", p.synonyms}, {"regions", p.regions}});
        ctx.out << nlohmann::ordered_json{{"regions", regions}, {"phrases", phrases}}.dump(2) << '\n';
        return kExitOk;
    }
    std::vector<std::vector<std::string>> rows{{"ID", "LABEL", "VIEW", "GROUP"}};
    for (const Region& r : db->regions)
        rows.push_back({r.id, r.label, std::string(toString(r.view)), r.group});
    printTable(ctx.out, rows);
    if (!db->phrases.empty()) {
        ctx.out << "\nPhrases (everyday names for patterns over several regions):\n";
        std::vector<std::vector<std::string>> phraseRows{{"PHRASE", "LABEL", "REGIONS"}};
        for (const Phrase& p : db->phrases) {
            std::string regions;
            for (const auto& r : p.regions)
                regions += (regions.empty() ? "" : ", ") + r;
            phraseRows.push_back({p.id, p.label, regions});
        }
        printTable(ctx.out, phraseRows);
    }
    ctx.out << '\n' << db->regions.size() << " regions, " << db->phrases.size() << " phrases\n";
    return kExitOk;
}

} // namespace tpf::cli
