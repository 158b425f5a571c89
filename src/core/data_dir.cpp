#include "core/data_dir.h"

#include <cstdlib>
#include <system_error>

namespace tpf {
namespace {

bool hasData(const std::filesystem::path& dir) {
    std::error_code ec;
    return std::filesystem::is_regular_file(dir / "body_regions.json", ec);
}

} // namespace

DataDirResult findDataDir(const std::optional<std::filesystem::path>& explicitDir) {
    if (explicitDir) {
        if (hasData(*explicitDir))
            return {*explicitDir, "--data", {}};
        return {{}, "--data", "no body_regions.json in data directory " + explicitDir->string()};
    }
    if (const char* env = std::getenv("TPFINDER_DATA_DIR"); env && *env) {
        if (hasData(env))
            return {env, "TPFINDER_DATA_DIR", {}};
        return {{}, "TPFINDER_DATA_DIR", std::string("no body_regions.json in TPFINDER_DATA_DIR=") + env};
    }
    if (hasData(TPF_INSTALLED_DATA_DIR))
        return {TPF_INSTALLED_DATA_DIR, "installed", {}};
    if (hasData(TPF_SOURCE_DATA_DIR))
        return {TPF_SOURCE_DATA_DIR, "source tree", {}};
    return {{},
            "",
            std::string("no data directory found (looked in ") + TPF_INSTALLED_DATA_DIR + " and " +
                TPF_SOURCE_DATA_DIR + "; use --data DIR or TPFINDER_DATA_DIR)"};
}

} // namespace tpf
