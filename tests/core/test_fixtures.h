#pragma once
// Shared access to the small fixture database in tests/data/tiny (loaded once per test run).

#include "core/loader.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>

namespace tpf::test {

inline std::string dataPath(const std::string& relative) {
    return std::string(TPF_TEST_DATA_DIR) + "/" + relative;
}

// A scratch folder under the system's temporary directory, removed (with everything in it) at the
// end of the test.
struct ScratchDir {
    std::filesystem::path path;
    ScratchDir() {
        std::string pattern = (std::filesystem::temp_directory_path() / "tpf-test-XXXXXX").string();
        REQUIRE(::mkdtemp(pattern.data()));
        path = pattern;
    }
    ~ScratchDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
};

inline const Database& tinyDb() {
    static const Database db = [] {
        LoadResult result = loadDatabase(dataPath("tiny"));
        for (const auto& p : result.problems)
            UNSCOPED_INFO(p.toString());
        REQUIRE(result.ok());
        return *result.database;
    }();
    return db;
}

} // namespace tpf::test
