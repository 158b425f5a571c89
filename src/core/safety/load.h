#pragma once
// Loading and validating data/safety.json. Every problem is reported with its JSON path; a file
// with any problem yields no Rules, because half-read safety rules are worse than none.

#include "core/diagnostics.h"
#include "core/safety/rules.h"

#include <filesystem>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tpf::safety {

struct LoadResult {
    std::optional<Rules> rules; // set only when problems is empty
    bool ok() const { return rules.has_value(); }
    Problems problems;
};

// `file` only labels the problems.
LoadResult loadRules(const nlohmann::json& doc, const std::string& file = "safety.json");
LoadResult loadRulesFromText(std::string_view text, const std::string& file = "safety.json");
// Problems name the file as the caller named it, like the muscle loader's.
LoadResult loadRulesFromFile(const std::filesystem::path& path);

// The muscle areas (data/README.md, muscles.json "area") that excluded_areas may name.
const std::vector<std::string>& knownAreas();

} // namespace tpf::safety
