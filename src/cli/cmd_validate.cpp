#include "cli/commands.h"
#include "core/loader.h"

#include <ostream>

namespace tpf::cli {

// Muscles files are checked against body regions: the ones validated earlier in the same call,
// else the data directory's (bundled or --data).
int cmdValidate(Context& ctx, const std::vector<std::string>& args) {
    if (args.empty()) {
        ctx.err << "tpfinder-cli validate: no FILE given\nUsage: tpfinder-cli validate FILE...\n";
        return kExitUsage;
    }
    std::optional<Database> regionsFromArgs;
    std::size_t totalProblems = 0;
    bool failed = false;
    for (const auto& arg : args) {
        const std::filesystem::path file(arg);
        LoadResult result;
        switch (dataFileKind(file)) {
        case DataFileKind::BodyRegions:
            result = loadBodyRegions(file);
            if (result.ok())
                regionsFromArgs = result.database;
            break;
        case DataFileKind::Muscles: {
            const Database* regions = regionsFromArgs ? &*regionsFromArgs : ctx.bodyRegions();
            if (!regions) {
                ctx.err << "tpfinder-cli validate: cannot check " << arg
                        << " without valid body regions (give a body_regions.json first, or --data DIR)\n";
                failed = true;
                continue;
            }
            result = loadMuscles(file, *regions);
            break;
        }
        case DataFileKind::Unknown:
            ctx.err << "tpfinder-cli validate: " << arg
                    << ": unknown kind of file (expected body_regions*.json or muscles*.json)\n";
            failed = true;
            continue;
        }
        for (const auto& p : result.problems)
            ctx.out << p.toString() << '\n';
        totalProblems += result.problems.size();
        if (result.ok()) {
            const Database& db = *result.database;
            ctx.out << arg << ": ok (";
            if (dataFileKind(file) == DataFileKind::BodyRegions)
                ctx.out << db.regions.size() << " concrete regions, " << db.phrases.size() << " phrases)\n";
            else
                ctx.out << db.muscles.size() << " muscles, " << db.triggerPoints.size()
                        << " trigger points)\n";
        } else {
            failed = true;
        }
    }
    if (totalProblems > 0)
        ctx.out << totalProblems << " problem(s) found\n";
    return failed ? kExitBadInput : kExitOk;
}

} // namespace tpf::cli
