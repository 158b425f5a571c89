// `tpfinder-cli validate` on every kind of data file: the bundled data (read only) must pass, and
// broken safety, protocols, history and language pack files give exit 1 with file and JSON path.

#include "cli_runner.h"
#include "test_fixtures.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

using tpf::test::dataPath;
using tpf::test::Run;
using tpf::test::runCli;

namespace {

const std::string kData = TPF_SOURCE_DATA_DIR;

// A scratch directory with l10n/de/, removed afterwards.
struct ScratchPack {
    std::filesystem::path root;
    ScratchPack() {
        char name[] = "/tmp/tpf-validate-XXXXXX";
        REQUIRE(::mkdtemp(name) != nullptr);
        root = name;
        std::filesystem::create_directories(root / "l10n" / "de");
    }
    ~ScratchPack() {
        std::error_code ec;
        std::filesystem::remove_all(root, ec);
    }
    std::string write(const std::string& name, const std::string& text) const {
        const auto path = root / "l10n" / "de" / name;
        std::ofstream(path, std::ios::binary) << text;
        return path.string();
    }
};

bool hasLine(const std::string& text, const std::string& start, const std::string& containing) {
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (line.rfind(start, 0) == 0 && line.find(containing) != std::string::npos)
            return true;
    return false;
}

} // namespace

TEST_CASE("cli validate: every bundled data file, language packs included, is valid", "[cli][validate]") {
    std::vector<std::string> args{"--data", kData, "validate"};
    for (const char* name :
         {"body_regions.json", "muscles.json", "safety.json", "protocols.json", "history.json"})
        args.push_back(kData + "/" + name);
    std::size_t packFiles = 0;
    for (const auto& entry : std::filesystem::directory_iterator(kData + "/l10n/de")) {
        args.push_back(entry.path().string());
        ++packFiles;
    }
    REQUIRE(packFiles >= 6);
    const Run r = runCli(args);
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(hasLine(r.out, kData + "/safety.json: ok (", "questions"));
    CHECK(hasLine(r.out, kData + "/protocols.json: ok (", "presets"));
    CHECK(hasLine(r.out, kData + "/history.json: ok (", ""));
    CHECK(hasLine(r.out, kData + "/l10n/de/safety.json: ok (", "overlay of safety.json"));
    CHECK(hasLine(r.out, kData + "/l10n/de/body_regions.json: ok (", "language \"de\""));
}

TEST_CASE("cli validate: broken safety and protocols files name file and JSON path", "[cli][validate]") {
    const Run r = runCli({"--data", kData, "validate", dataPath("safety_broken_fields.json"),
                          dataPath("protocols_broken.json")});
    CHECK(r.exitCode == 1);
    CHECK(hasLine(r.out, dataPath("safety_broken_fields.json") + ":/", ""));
    CHECK(hasLine(r.out, dataPath("protocols_broken.json") + ":/schema_version", ""));
    CHECK(r.out.find("problem(s) found") != std::string::npos);
}

TEST_CASE("cli validate: history is checked against the safety rules given before it", "[cli][validate]") {
    ScratchPack dir;
    // A history.json naming advice the safety rules do not have.
    std::ifstream in(kData + "/history.json");
    std::stringstream text;
    text << in.rdbuf();
    std::string history = text.str();
    const std::string adviceKey = "\"see_a_professional\": \"";
    const auto at = history.find(adviceKey);
    REQUIRE(at != std::string::npos);
    history.insert(at + adviceKey.size(), "no_such_");
    const auto file = dir.root / "history_bad.json";
    std::ofstream(file) << history;
    const Run r = runCli({"--data", kData, "validate", kData + "/safety.json", file.string()});
    CHECK(r.exitCode == 1);
    CHECK(hasLine(r.out, file.string() + ":/", "unknown safety.json see_a_professional id \"no_such_"));
}

TEST_CASE("cli validate: a broken language pack file gives file and JSON path", "[cli][validate]") {
    ScratchPack dir;
    const std::string regions =
        dir.write("body_regions.json",
                  R"({"schema_version": 1, "language": "de", "side_words": {"left": "links", "up": ["oben"]},
            "regions": {"no_such_region": {"label": "Nirgends"}}})");
    const std::string overlay =
        dir.write("safety.json", R"({"schema_version": 1, "language": "en", "strings": {"disclaimer": 12}})");
    const std::string misnamed = dir.write("extra.json", R"({"schema_version": 1, "strings": {}})");
    const std::string malformed = dir.write("muscles_x.json", "{\"schema_version\": 1,\n \"muscles\": [}");
    const std::string oldVersion = dir.write("danger_zones.json", R"({"schema_version": 2})");
    const Run r = runCli({"--data", kData, "validate", regions, overlay, misnamed, malformed, oldVersion});
    INFO(r.out << r.err);
    CHECK(r.exitCode == 1);
    CHECK(hasLine(r.out, regions + ":/side_words/left:", "expected a list of texts"));
    CHECK(hasLine(r.out, regions + ":/side_words/up:", "unknown field"));
    CHECK(hasLine(r.out, regions + ":/regions/no_such_region:", "unknown region id"));
    CHECK(hasLine(r.out, overlay + ":/language:", "\"de\" pack"));
    CHECK(hasLine(r.out, overlay + ":/strings/disclaimer:", "only texts are translated"));
    CHECK(hasLine(r.out, misnamed + ":/strings:", "named after its English file"));
    CHECK(hasLine(r.out, malformed + ":2:", "malformed JSON"));
    CHECK(hasLine(r.out, oldVersion + ":/schema_version:", "unsupported schema version"));
    CHECK(r.out.find(": ok (") == std::string::npos);
}

TEST_CASE("cli validate: an unknown kind of file names every kind it checks", "[cli][validate]") {
    const Run r = runCli({"validate", dataPath("textbook_cases.json")});
    CHECK(r.exitCode == 1);
    for (const char* kind : {"body_regions", "muscles", "safety", "protocols", "history", "l10n"})
        CHECK(r.err.find(kind) != std::string::npos);
}
