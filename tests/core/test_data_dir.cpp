#include "core/data_dir.h"
#include "test_fixtures.h"

#include <catch2/catch.hpp>
#include <cstdlib>

using namespace tpf;

TEST_CASE("An explicit data directory wins when it holds body_regions.json", "[data_dir]") {
    DataDirResult r = findDataDir(std::filesystem::path(tpf::test::dataPath("tiny")));
    REQUIRE(r.ok());
    CHECK(r.origin == "--data");
    CHECK(r.path == std::filesystem::path(tpf::test::dataPath("tiny")));
}

TEST_CASE("An explicit data directory without data is an error, not a silent fallback", "[data_dir]") {
    DataDirResult r = findDataDir(std::filesystem::path(tpf::test::dataPath("broken")));
    CHECK_FALSE(r.ok());
    CHECK(r.error.find("body_regions.json") != std::string::npos);
}

TEST_CASE("TPFINDER_DATA_DIR is used when no directory is given", "[data_dir]") {
    ::setenv("TPFINDER_DATA_DIR", tpf::test::dataPath("tiny").c_str(), 1);
    DataDirResult r = findDataDir();
    ::unsetenv("TPFINDER_DATA_DIR");
    REQUIRE(r.ok());
    CHECK(r.origin == "TPFINDER_DATA_DIR");
}
