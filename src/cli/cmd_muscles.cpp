#include "cli/args.h"
#include "cli/commands.h"

#include <nlohmann/json.hpp>
#include <ostream>

namespace tpf::cli {

int cmdMuscles(Context& ctx, const std::vector<std::string>& args) {
    ParsedArgs opts = parseArgs(args, {"--json"}, {});
    if (!opts.error.empty() || !opts.positional.empty()) {
        ctx.err << "tpfinder-cli muscles: "
                << (opts.error.empty() ? "unexpected argument " + opts.positional[0] : opts.error)
                << "\nUsage: tpfinder-cli muscles [--json]\n";
        return kExitUsage;
    }
    const Database* db = ctx.database();
    if (!db)
        return kExitBadInput;
    if (opts.has("--json")) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const Muscle& m : db->muscles) {
            std::vector<std::string> points;
            for (std::size_t t : m.triggerPoints)
                points.push_back(db->triggerPoints[t].id);
            list.push_back({{"id", m.id},
                            {"name", m.name},
                            {"other_names", m.otherNames},
                            {"area", m.area},
                            {"trigger_points", points}});
        }
        ctx.out << nlohmann::ordered_json{{"muscles", list}}.dump(2) << '\n';
        return kExitOk;
    }
    std::vector<std::vector<std::string>> rows{{"ID", "NAME", "AREA", "TRIGGER POINTS"}};
    for (const Muscle& m : db->muscles) {
        std::string points;
        for (std::size_t t : m.triggerPoints)
            points += (points.empty() ? "" : ", ") + db->triggerPoints[t].id;
        rows.push_back({m.id, m.name, m.area, points});
    }
    printTable(ctx.out, rows);
    ctx.out << '\n' << db->muscles.size() << " muscles, " << db->triggerPoints.size() << " trigger points\n";
    return kExitOk;
}

} // namespace tpf::cli
