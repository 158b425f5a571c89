// The JSON entry point shared by every loader refuses what json::parse alone would crash on or
// silently accept. Each case was found by the fuzzers or the malformed-input suite (tests/fuzz,
// tests/malformed): before the fix they crashed the loader, or validated a broken file.
#include "core/json_checker.h"
#include "core/loader.h"
#include "core/safety/load.h"
#include "core/session/protocol.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

using namespace tpf;

namespace {

std::string nested(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

const Problem& onlyProblem(const Problems& problems) {
    REQUIRE(problems.size() == 1);
    return problems.front();
}

} // namespace

TEST_CASE("JSON nested deeper than the limit is refused with line and column, not a stack overflow",
          "[loader][json]") {
    // 100000 levels overflowed the stack in nlohmann's recursive dump() of a wrong schema_version.
    const std::string text = "{\"schema_version\":\n" + nested(100000) + "}";
    const LoadResult r = loadBodyRegionsFromText(text, "deep.json");
    CHECK_FALSE(r.ok());
    const Problem& p = onlyProblem(r.problems);
    CHECK(p.message == "malformed JSON: nesting deeper than 256");
    CHECK(p.line == 2);
    CHECK(p.column == 256);
    CHECK(p.toString() == "deep.json:2:256: malformed JSON: nesting deeper than 256");
}

TEST_CASE("JSON nested up to the limit still parses and brackets inside strings do not count",
          "[loader][json]") {
    const std::string text =
        "{\"schema_version\":" + nested(255) + ",\"x\":\"" + std::string(1000, '[') + "\"}";
    const LoadResult r = loadBodyRegionsFromText(text, "deep.json");
    REQUIRE_FALSE(r.problems.empty());
    CHECK(r.problems.front().message.find("nesting") == std::string::npos);
}

TEST_CASE("a number too large for a double is a problem with its position, not an exception",
          "[loader][json]") {
    // json::parse throws out_of_range (406) here, which the loaders did not catch: the CLI aborted.
    const LoadResult r = loadBodyRegionsFromText("{\n  \"schema_version\": 1e999\n}", "big.json");
    const Problem& p = onlyProblem(r.problems);
    CHECK(p.toString() == "big.json:2:21: malformed JSON: number overflow parsing '1e999'");

    CHECK_FALSE(safety::loadRulesFromText("[-1e999]", "safety.json").ok());
    CHECK_FALSE(session::loadProtocolsFromText("{\"presets\": 1e400}", "protocols.json").ok());
}

TEST_CASE("a field given twice is refused with its JSON pointer", "[loader][json]") {
    // nlohmann keeps the last value silently: the first one's content would be lost unnoticed.
    const LoadResult r = loadBodyRegionsFromText(
        R"({"figure": {"aspect": 0.5, "aspect": 0.4}, "schema_version": 1})", "dup.json");
    const Problem& p = onlyProblem(r.problems);
    CHECK(p.path == "/figure/aspect");
    CHECK(p.message == "duplicate field (each field may appear once)");

    const LoadResult inArray =
        loadBodyRegionsFromText(R"({"regions": [{}, {"id": "a", "id": "a"}]})", "dup.json");
    CHECK(onlyProblem(inArray.problems).path == "/regions/1/id");

    // Deep inside arrays of objects, after other members, with a key that needs escaping.
    const LoadResult deep = loadBodyRegionsFromText(
        R"({"schema_version": 1, "regions": [{"id": "b"}, {"id": "c", "p": [[1], [2, {"k": 0, "x/y~": 1, "x/y~": 2}]]}]})",
        "dup.json");
    CHECK(onlyProblem(deep.problems).path == "/regions/1/p/1/1/x~1y~0");

    const session::ProtocolLoadResult protocols =
        session::loadProtocolsFromText(R"({"schema_version": 1, "schema_version": 1})", "protocols.json");
    CHECK(onlyProblem(protocols.problems).path == "/schema_version");
}

TEST_CASE("a syntax error quoting megabytes of the file is cut to a readable message", "[loader][json]") {
    const std::string text = "{\"schema_version\": 1, \"x\": \"" + std::string(1000000, 'a');
    const LoadResult r = loadBodyRegionsFromText(text, "long.json");
    const Problem& p = onlyProblem(r.problems);
    CHECK(p.message.rfind("malformed JSON: syntax error", 0) == 0);
    CHECK(p.message.size() < 400);
    CHECK(p.message.find("more bytes)") != std::string::npos);
}

TEST_CASE("a data file is read byte for byte in one go, whatever its size", "[loader][json]") {
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / "tpf_read_text_file";
    std::filesystem::create_directories(dir);
    const auto write = [&](const std::string& name, const std::string& bytes) {
        std::ofstream(dir / name, std::ios::binary) << bytes;
        return (dir / name).string();
    };
    std::string big;
    for (int i = 0; big.size() < 300000; ++i)
        big += "{\"line\": " + std::to_string(i) + "}\r\n";
    big += std::string("\0tail\xff", 6); // a NUL and a byte that is no UTF-8: read, not judged here
    for (const std::string& bytes : {std::string(), std::string("{}"), big}) {
        Problems problems;
        const auto text = detail::readTextFile(write("file.json", bytes), problems);
        REQUIRE(text);
        CHECK(*text == bytes);
        CHECK(problems.empty());
    }
    Problems problems;
    CHECK_FALSE(detail::readTextFile((dir / "missing.json").string(), problems));
    CHECK(onlyProblem(problems).message == "cannot open the file for reading");
    // A directory where a data file belongs opens, but is neither sized nor read (it once asked
    // for an absurd buffer: a directory's end offset is no size).
    std::filesystem::create_directories(dir / "muscles.json");
    Problems dirProblems;
    CHECK_FALSE(detail::readTextFile((dir / "muscles.json").string(), dirProblems));
    CHECK(onlyProblem(dirProblems).message == "could not read the file");
    std::filesystem::remove_all(dir);
}
