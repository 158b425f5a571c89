// End-to-end: runs the real tpfinder-cli binary against the fixtures (never the bundled data).

#include "cli_runner.h"
#include "test_fixtures.h"

#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

using nlohmann::json;
using tpf::test::dataPath;
using tpf::test::Run;
using tpf::test::runCli;

namespace {

Run cli(std::vector<std::string> args, bool withFixtureData = true) {
    if (withFixtureData)
        args.insert(args.begin(), {"--data", dataPath("tiny")});
    return runCli(args);
}

std::size_t countLines(const std::string& text, const std::string& containing) {
    std::size_t count = 0;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        count += line.find(containing) != std::string::npos;
    return count;
}

} // namespace

TEST_CASE("cli: --version prints the version and exits 0", "[cli]") {
    Run r = cli({"--version"}, false);
    CHECK(r.exitCode == 0);
    CHECK(r.out == std::string("tpfinder-cli ") + TPF_VERSION + "\n");
}

TEST_CASE("cli: --help lists every command and exits 0", "[cli]") {
    Run r = cli({"--help"}, false);
    CHECK(r.exitCode == 0);
    for (const char* command : {"regions", "lookup", "muscles", "show", "validate"})
        CHECK(r.out.find(std::string("  ") + command + " ") != std::string::npos);
}

TEST_CASE("cli: usage errors exit 2", "[cli]") {
    CHECK(cli({}, false).exitCode == 2);
    CHECK(cli({"frobnicate"}).exitCode == 2);
    CHECK(cli({"lookup"}).exitCode == 2);
    CHECK(cli({"lookup", "--limit", "many", "temple"}).exitCode == 2);
    CHECK(cli({"lookup", "--side", "middle", "temple"}).exitCode == 2);
    CHECK(cli({"regions", "--bogus"}).exitCode == 2);
    CHECK(cli({"validate"}).exitCode == 2);
}

TEST_CASE("cli: lookup --json for the right temple lists right-side candidates, best first", "[cli]") {
    Run r = cli({"lookup", "--json", "right temple"});
    REQUIRE(r.exitCode == 0);
    json doc = json::parse(r.out);
    const json& c = doc.at("candidates");
    REQUIRE(c.size() == 3);
    CHECK(c[0]["trigger_point"] == "upper_trapezius.1");
    CHECK(c[0]["muscle"] == "Upper trapezius");
    CHECK(c[0]["muscle_id"] == "upper_trapezius");
    CHECK(c[0]["side"] == "right");
    CHECK(c[0]["score"] == 1.0);
    CHECK(c[0]["matches"] == json::parse(R"([{"region": "temple-right", "zone": "primary"}])"));
    CHECK(c[2]["trigger_point"] == "masseter.1");
    CHECK(c[2]["matches"][0]["zone"] == "spillover");
    for (const auto& candidate : c)
        CHECK(candidate["side"] == "right");
}

TEST_CASE("cli: lookup accepts ids, unquoted words, --side and --limit", "[cli]") {
    json byId = json::parse(cli({"lookup", "--json", "temple-right"}).out);
    json byWords = json::parse(cli({"lookup", "--json", "right", "temple"}).out);
    json bySide = json::parse(cli({"lookup", "--json", "--side", "right", "temple"}).out);
    CHECK(byId == byWords);
    CHECK(byId == bySide);
    CHECK(json::parse(cli({"lookup", "--json", "--limit", "1", "temple"}).out)["candidates"].size() == 1);
}

TEST_CASE("cli: lookup human output is an aligned table", "[cli]") {
    Run r = cli({"lookup", "left sciatica"});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("Pain in: Left lower buttock, Left back of thigh, Left calf") != std::string::npos);
    const auto header = r.out.find("#  SCORE");
    REQUIRE(header != std::string::npos);
    CHECK(r.out.find("1  1.00   gluteus_minimus.1") != std::string::npos);
}

TEST_CASE("cli: lookup with unknown words exits 1 and lists close matches", "[cli]") {
    Run r = cli({"lookup", "left templ"});
    CHECK(r.exitCode == 1);
    CHECK(r.out.empty());
    CHECK(r.err.find("unknown region \"templ\"") != std::string::npos);
    CHECK(r.err.find("did you mean \"temple\"") != std::string::npos);
}

TEST_CASE("cli: regions --json lists concrete regions and phrases", "[cli]") {
    Run r = cli({"regions", "--json"});
    REQUIRE(r.exitCode == 0);
    json doc = json::parse(r.out);
    std::vector<std::string> ids;
    for (const auto& region : doc["regions"])
        ids.push_back(region["id"]);
    CHECK(ids.size() == 19);
    CHECK(std::find(ids.begin(), ids.end(), "temple-left") != ids.end());
    CHECK(std::find(ids.begin(), ids.end(), "sternum") != ids.end());
    CHECK(doc["regions"][0]["label"] == "Left temple");
    CHECK(doc["phrases"][0]["id"] == "sciatica");
}

TEST_CASE("cli: muscles --json lists each muscle with its trigger point ids", "[cli]") {
    Run r = cli({"muscles", "--json"});
    REQUIRE(r.exitCode == 0);
    json doc = json::parse(r.out);
    REQUIRE(doc["muscles"].size() == 9);
    CHECK(doc["muscles"][0]["id"] == "upper_trapezius");
    CHECK(doc["muscles"][0]["trigger_points"] == json::array({"upper_trapezius.1"}));
}

TEST_CASE("cli: show prints everything about one point, in JSON or as text", "[cli]") {
    Run r = cli({"show", "--json", "masseter.1"});
    REQUIRE(r.exitCode == 0);
    json doc = json::parse(r.out);
    CHECK(doc["id"] == "masseter.1");
    CHECK(doc["muscle"]["id"] == "masseter");
    CHECK(doc["hold_seconds"] == 60);
    CHECK(doc["danger_zones"][0]["id"] == "carotid_artery");
    CHECK(doc["sides"]["right"]["spillover"] == json::array({"temple-right"}));
    CHECK(doc["sides"]["right"]["x"].get<double>() == Approx(0.43));
    Run text = cli({"show", "masseter.1"});
    CHECK(text.exitCode == 0);
    CHECK(text.out.find("Masseter, superficial point  (masseter.1)") == 0);
    CHECK(text.out.find("DANGER ZONE") != std::string::npos);
}

TEST_CASE("cli: show with an unknown id exits 1 and suggests ids", "[cli]") {
    Run r = cli({"show", "masseter.2"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("did you mean \"masseter.1\"") != std::string::npos);
}

TEST_CASE("cli: validate exits 0 for valid files", "[cli]") {
    Run r = cli({"validate", dataPath("tiny/body_regions.json"), dataPath("tiny/muscles.json")});
    CHECK(r.exitCode == 0);
    CHECK(countLines(r.out, ": ok (") == 2);
}

TEST_CASE("cli: validate lists every problem of every file and exits 1", "[cli]") {
    Run r =
        cli({"validate", dataPath("broken/muscles_problems.json"),
             dataPath("broken/body_regions_problems.json"), dataPath("broken/body_regions_malformed.json")});
    CHECK(r.exitCode == 1);
    CHECK(countLines(r.out, "muscles_problems.json:/") == 20);
    CHECK(countLines(r.out, "body_regions_problems.json:/") == 11);
    CHECK(countLines(r.out, "body_regions_malformed.json:5:11: malformed JSON") == 1);
    CHECK(r.out.find("32 problem(s) found") != std::string::npos);
}

TEST_CASE("cli: validate refuses a file of unknown kind", "[cli]") {
    Run r = cli({"validate", dataPath("tiny/README")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("unknown kind of file") != std::string::npos);
}

TEST_CASE("cli: a data directory without data exits 1 with the reason", "[cli]") {
    Run r = cli({"--data", dataPath("broken"), "regions"}, false);
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("no body_regions.json") != std::string::npos);
}
