#include "core/session/text_template.h"
#include "test_session_support.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace tpf::session;
using namespace tpf::session::testing;

namespace {
std::vector<std::string> lines(const Problems& problems) {
    std::vector<std::string> out;
    for (const auto& p : problems)
        out.push_back(p.toString());
    return out;
}
nlohmann::json realDoc() {
    std::ifstream in(std::string(TPF_SOURCE_DATA_DIR) + "/protocols.json");
    return nlohmann::json::parse(in);
}
} // namespace

TEST_CASE("data/protocols.json loads without problems and has the standard and gentle presets",
          "[session][protocol]") {
    const ProtocolSet& set = realProtocols();
    REQUIRE(set.find("standard"));
    REQUIRE(set.find("gentle"));
    CHECK(set.find("nope") == nullptr);
    const Protocol& s = *set.find("standard");
    CHECK(s.pressure_target == PressureRange{5, 7});
    CHECK(s.hold_min_seconds == 30);
    CHECK(s.hold_max_seconds == 90);
    CHECK(s.mobilize_seconds == 10);
    CHECK(s.cycle_seconds_per_point == 300);
    CHECK(s.stretch_seconds == 60);
    CHECK(s.warmup_min_minutes == 5);
    CHECK(s.warmup_max_minutes == 15);
    CHECK(s.rules.ease_off_above == 7);
    CHECK(s.rules.released_at_or_below == 3);
    CHECK(s.rules.until_release_cap_seconds == 90);
    CHECK(s.rules.recommended_total_max_minutes == 30);
}

TEST_CASE("protocol validation reports every problem with its JSON path", "[session][protocol]") {
    const std::string file = std::string(TPF_TEST_DATA_DIR) + "/protocols_broken.json";
    const ProtocolLoadResult r = loadProtocolsFile(file);
    CHECK_FALSE(r.ok());
    CHECK(r.protocols.presets.empty()); // half-read protocols are not used
    const std::vector<std::string> got = lines(r.problems);
    const std::vector<std::string> expected = {
        file + ":/schema_version: 2 is out of range (expected 1 to 1)",
        file + ":/pressure_scale/ease_off_above: expected a whole number from 0 to 100",
        file + ":/pressure_scale/prompts/ease_off: unknown placeholder {valu} (allowed: {value}, {max})",
        file + ":/queue: missing required key \"transition_seconds\"",
        file +
            ":/presets/0/colour: unknown key (expected one of: id, name, description, warmup, locate, hold, "
            "mobilize, cycle, stretch)",
        file + ":/presets/0/hold/pressure_target: pressure target: min 8 is greater than max 6",
        file + ":/presets/1/warmup/default_on: expected true or false",
        file + ":/presets/1/locate/instruction: expected a non-empty text",
        file + ":/presets/1/stretch/seconds: 0 is out of range (expected 1 to 600)",
        file + ":/presets/1/id: duplicate preset id \"standard\"",
    };
    for (const auto& line : got)
        UNSCOPED_INFO(line);
    CHECK(got.size() == expected.size());
    for (const auto& e : expected) {
        INFO(e);
        CHECK(std::find(got.begin(), got.end(), e) != got.end());
    }
}

TEST_CASE("malformed protocol JSON is reported with line and column", "[session][protocol]") {
    const ProtocolLoadResult r =
        loadProtocolsFile(std::string(TPF_TEST_DATA_DIR) + "/protocols_malformed.json");
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].line == 4);
    CHECK(r.problems[0].column > 1);
    CHECK(r.problems[0].message.rfind("malformed JSON", 0) == 0);
    CHECK(loadProtocolsFile("/nonexistent/protocols.json").problems.size() == 1);
}

TEST_CASE("protocol validation checks ranges that depend on each other", "[session][protocol]") {
    nlohmann::json doc = realDoc();
    doc["pressure_scale"]["released_at_or_below"] = 8;
    doc["presets"][0]["hold"]["default_seconds"] = 120;
    doc["presets"][1]["warmup"]["default_minutes"] = 20;
    doc["presets"].push_back("not an object");
    const auto got = lines(loadProtocols(doc).problems);
    for (const auto& line : got)
        UNSCOPED_INFO(line);
    CHECK(
        got ==
        std::vector<std::string>{
            "protocols.json:/pressure_scale/released_at_or_below: must be below ease_off_above",
            "protocols.json:/presets/0/hold/default_seconds: must lie between min_seconds and max_seconds",
            "protocols.json:/presets/1/warmup/default_minutes: must lie between min_minutes and max_minutes",
            "protocols.json:/presets/2: expected an object"});
}

TEST_CASE("protocols need at least one preset and an object at the top", "[session][protocol]") {
    CHECK(lines(loadProtocols(nlohmann::json::array()).problems) ==
          std::vector<std::string>{"protocols.json:/: expected a JSON object at the top level"});
    nlohmann::json doc = realDoc();
    doc["presets"] = nlohmann::json::array();
    CHECK(lines(loadProtocols(doc).problems) ==
          std::vector<std::string>{"protocols.json:/presets: expected a non-empty array of presets"});
}

TEST_CASE("templates fill known placeholders and leave others alone", "[session][protocol]") {
    CHECK(fillTemplate("Hold {point} for {seconds} s", {{"point", "A"}, {"seconds", "60"}}) ==
          "Hold A for 60 s");
    CHECK(fillTemplate("{x} {y", {{"y", "1"}}) == "{x} {y");
    CHECK(placeholdersIn("a {b} {c_d} {E} {}") == std::vector<std::string>{"b", "c_d"});
}
