#include "cli/commands.h"
#include "core/data_dir.h"
#include "core/loader.h"

#include <ostream>

namespace tpf::cli {

Context::Context(std::optional<std::filesystem::path> dataDir, std::ostream& o, std::ostream& e)
    : out(o), err(e), dataDirOption_(std::move(dataDir)) {}

Context::~Context() = default;

std::optional<std::filesystem::path> Context::dataDir() {
    DataDirResult dir = findDataDir(dataDirOption_);
    if (!dir.ok()) {
        err << "tpfinder-cli: " << dir.error << '\n';
        return std::nullopt;
    }
    return dir.path;
}

const Database* Context::bodyRegions() {
    if (regions_)
        return &*regions_;
    if (failed_)
        return nullptr;
    auto dir = dataDir();
    if (!dir) {
        failed_ = true;
        return nullptr;
    }
    LoadResult result = loadBodyRegions(*dir / "body_regions.json");
    for (const auto& p : result.problems)
        err << p.toString() << '\n';
    if (!result.ok()) {
        err << "tpfinder-cli: the body regions data has " << result.problems.size() << " problem(s)\n";
        failed_ = true;
        return nullptr;
    }
    regions_ = std::move(result.database);
    return &*regions_;
}

const Database* Context::database() {
    if (database_)
        return &*database_;
    const Database* regions = bodyRegions();
    if (!regions)
        return nullptr;
    auto dir = dataDir();
    const auto file = *dir / "muscles.json";
    if (!std::filesystem::exists(file)) {
        err << "tpfinder-cli: " << file.string() << " does not exist (the muscle database is missing)\n";
        failed_ = true;
        return nullptr;
    }
    LoadResult result = loadMuscles(file, *regions);
    for (const auto& p : result.problems)
        err << p.toString() << '\n';
    if (!result.ok()) {
        err << "tpfinder-cli: the muscle data has " << result.problems.size() << " problem(s)\n";
        failed_ = true;
        return nullptr;
    }
    database_ = std::move(result.database);
    return &*database_;
}

const ReferralEngine* Context::engine() {
    if (!engine_) {
        const Database* db = database();
        if (!db)
            return nullptr;
        engine_ = std::make_unique<ReferralEngine>(*db);
    }
    return engine_.get();
}

} // namespace tpf::cli
