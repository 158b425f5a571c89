#pragma once
// Where the data files are: --data DIR, then $TPFINDER_DATA_DIR, then the installed data
// (TPF_INSTALLED_DATA_DIR), then the source tree (TPF_SOURCE_DATA_DIR) for uninstalled builds.

#include <filesystem>
#include <optional>
#include <string>

namespace tpf {

struct DataDirResult {
    std::filesystem::path path; // empty when nothing was found
    std::string origin;         // "--data", "TPFINDER_DATA_DIR", "installed", "source tree"
    std::string error;          // why nothing usable was found
    bool ok() const { return error.empty(); }
};

// A directory qualifies when it contains body_regions.json. An explicit directory (or the
// environment variable) that does not qualify is an error rather than silently skipped.
DataDirResult findDataDir(const std::optional<std::filesystem::path>& explicitDir = std::nullopt);

} // namespace tpf
