#pragma once
// Shared access to the small fixture database in tests/data/tiny (loaded once per test run).

#include "core/loader.h"

#include <catch2/catch.hpp>
#include <string>

namespace tpf::test {

inline std::string dataPath(const std::string& relative) {
    return std::string(TPF_TEST_DATA_DIR) + "/" + relative;
}

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
