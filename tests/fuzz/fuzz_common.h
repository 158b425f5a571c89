#pragma once
// Shared by the fuzz targets: the bundled data, loaded once per process, and a check that a
// loader's result is coherent (a result is either accepted or has problems, never both or neither).

#include "core/diagnostics.h"
#include "core/loader.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace tpf::fuzz {

inline std::string_view asText(const unsigned char* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// A broken invariant is a finding: abort so libFuzzer (and the replay test) report it.
inline void require(bool condition, const char* what) {
    if (!condition) {
        std::fprintf(stderr, "fuzz invariant violated: %s\n", what);
        std::abort();
    }
}

// Every problem must render and name the file it came from.
inline void checkProblems(const Problems& problems, const std::string& file) {
    for (const Problem& p : problems) {
        const std::string text = p.toString();
        require(text.rfind(file, 0) == 0, "a problem does not start with the file name");
        require(!p.message.empty(), "a problem without a message");
    }
}

// The bundled body regions: fuzz_load_muscles and fuzz_region_query check against real data.
inline const Database& bundledBodyRegions() {
    static const Database db = [] {
        LoadResult r = loadBodyRegions(std::string(TPF_SOURCE_DATA_DIR) + "/body_regions.json");
        if (!r.ok()) {
            for (const Problem& p : r.problems)
                std::fprintf(stderr, "%s\n", p.toString().c_str());
            std::fprintf(stderr, "fuzz: the bundled body_regions.json does not load\n");
            std::abort();
        }
        return std::move(*r.database);
    }();
    return db;
}

} // namespace tpf::fuzz
