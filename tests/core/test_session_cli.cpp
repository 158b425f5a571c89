// End-to-end: `tpfinder-cli plan` against the tiny fixture database and the real protocols.json.

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

const std::string kProtocols = std::string(TPF_SOURCE_DATA_DIR) + "/protocols.json";

// tpfinder-cli --data tests/data/tiny plan --protocols data/protocols.json ARGS...
Run plan(const std::vector<std::string>& args, bool withProtocols = true) {
    std::vector<std::string> all{"--data", dataPath("tiny"), "plan"};
    if (withProtocols)
        all.insert(all.end(), {"--protocols", kProtocols});
    all.insert(all.end(), args.begin(), args.end());
    return runCli(all);
}

} // namespace

TEST_CASE("cli plan: --json lists every phase with kind, start and duration in seconds", "[cli][session]") {
    Run r = plan({"upper_trapezius.1:right", "--json"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const json j = json::parse(r.out);
    CHECK(j["preset"] == "standard");
    REQUIRE(j["points"].size() == 1);
    CHECK(j["points"][0]["label"] == "Upper trapezius, mid-fibre point (right)");
    const json& phases = j["phases"];
    // locate, then (hold 60 s, move 10 s) x 4, then stretch
    REQUIRE(phases.size() == 10);
    CHECK(phases[0]["kind"] == "locate");
    CHECK(phases[0]["duration_seconds"].is_null());
    CHECK(phases[0]["ends"] == "until found");
    CHECK(phases[0]["start_seconds"] == 0);
    CHECK(phases[1]["kind"] == "hold");
    CHECK(phases[1]["duration_seconds"] == 60);
    CHECK(phases[1]["start_seconds"] == 30); // after the locate estimate
    CHECK(phases[1]["start_exact"] == false);
    CHECK(phases[1]["pressure_target"] == json{{"min", 5}, {"max", 7}});
    CHECK(phases[1]["trigger_point"] == "upper_trapezius.1");
    CHECK(phases[2]["kind"] == "mobilize");
    CHECK(phases[2]["start_seconds"] == 90);
    CHECK(phases[9]["kind"] == "stretch");
    CHECK(j["estimated_total_seconds"] == 30 + 4 * 70 + 60);
}

TEST_CASE("cli plan: the human timeline names the phases, texts and the pressure target", "[cli][session]") {
    Run r = plan({"upper_trapezius.1"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("Standard preset, 1 point") != std::string::npos);
    CHECK(r.out.find("until found") != std::string::npos);
    CHECK(r.out.find("pressure target 5-7 out of 10") != std::string::npos);
    CHECK(r.out.find("Upper trapezius, mid-fibre point (left)") != std::string::npos);
    CHECK(r.out.find("Fixture caution.") != std::string::npos);
}

TEST_CASE("cli plan: gentle preset, both sides, hold until release", "[cli][session]") {
    Run r = plan({"masseter.1", "--preset", "gentle", "--side", "both", "--hold-until-release", "--json"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const json j = json::parse(r.out);
    CHECK(j["preset"] == "gentle");
    REQUIRE(j["points"].size() == 2);
    CHECK(j["points"][0]["side"] == "left");
    CHECK(j["points"][1]["side"] == "right");
    const json& hold = j["phases"][1];
    CHECK(hold["kind"] == "hold");
    CHECK(hold["duration_seconds"].is_null());
    CHECK(hold["cap_seconds"] == 90);
    CHECK(hold["ends"] == "released or cap");
    CHECK(hold["pressure_target"] == json{{"min", 3}, {"max", 5}});
    bool dangerZone = false;
    for (const auto& p : hold["prompts"])
        dangerZone = dangerZone || p.get<std::string>().find("Danger zone") != std::string::npos;
    CHECK(dangerZone);
    bool transition = false;
    for (const auto& ph : j["phases"])
        transition = transition || ph["kind"] == "transition";
    CHECK(transition);
}

TEST_CASE("cli plan: an unknown trigger point is refused with close matches and exit 1", "[cli][session]") {
    Run r = plan({"upper_trapezius.2", "temporalis.1"});
    CHECK(r.exitCode == 1);
    CHECK(r.out.empty());
    CHECK(r.err.find("unknown trigger point \"upper_trapezius.2\"") != std::string::npos);
    CHECK(r.err.find("did you mean \"upper_trapezius.1\"") != std::string::npos);
}

TEST_CASE("cli plan: an unknown preset is refused with the list of presets and exit 1", "[cli][session]") {
    Run r = plan({"upper_trapezius.1", "--preset", "gentel"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("did you mean \"gentle\"") != std::string::npos);
}

TEST_CASE("cli plan: usage errors exit 2", "[cli][session]") {
    CHECK(plan({}).exitCode == 2);
    CHECK(plan({"upper_trapezius.1", "--side", "up"}).exitCode == 2);
    CHECK(plan({"upper_trapezius.1:top"}).exitCode == 2);
    CHECK(plan({"upper_trapezius.1", "--bogus"}).exitCode == 2);
}

TEST_CASE("cli plan: without --protocols the data directory's protocols.json is needed", "[cli][session]") {
    Run r = plan({"upper_trapezius.1"}, false); // tests/data/tiny has none
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("protocols.json") != std::string::npos);
}
