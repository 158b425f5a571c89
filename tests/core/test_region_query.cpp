#include "core/region_query.h"
#include "test_fixtures.h"

#include <catch2/catch.hpp>

using namespace tpf;
using tpf::test::tinyDb;
using Ids = std::vector<std::string>;

namespace {

const RegionQuery& query() {
    static const RegionQuery q(tinyDb());
    return q;
}

Ids resolve(const std::string& words, std::optional<Side> side = std::nullopt) {
    RegionQueryResult r = query().resolve(words, side);
    INFO(words);
    for (const auto& e : r.errors)
        UNSCOPED_INFO(e);
    return r.ids(tinyDb());
}

} // namespace

TEST_CASE("A side word before or after the name selects that side", "[region_query]") {
    CHECK(resolve("left temple") == Ids{"temple-left"});
    CHECK(resolve("Right Temple") == Ids{"temple-right"});
    CHECK(resolve("temple right") == Ids{"temple-right"});
    CHECK(resolve("l temple") == Ids{"temple-left"});
    CHECK(resolve("r   outer elbow") == Ids{"elbow_outer-right"});
}

TEST_CASE("A concrete id resolves to itself", "[region_query]") {
    CHECK(resolve("temple-left") == Ids{"temple-left"});
    CHECK(resolve("sternum") == Ids{"sternum"});
}

TEST_CASE("Without a side a bilateral region selects both sides, left first", "[region_query]") {
    CHECK(resolve("temple") == Ids{"temple-left", "temple-right"});
    CHECK(resolve("side of head") == Ids{"temple-left", "temple-right"});
}

TEST_CASE("A default side applies only when the words give none", "[region_query]") {
    CHECK(resolve("temple", Side::Right) == Ids{"temple-right"});
    CHECK(resolve("left temple", Side::Right) == Ids{"temple-left"});
}

TEST_CASE("A midline region ignores the side", "[region_query]") {
    CHECK(resolve("left breastbone") == Ids{"sternum"});
    CHECK(resolve("breastbone") == Ids{"sternum"});
}

TEST_CASE("Base ids, labels and synonyms all name a region", "[region_query]") {
    CHECK(resolve("left jaw_angle") == Ids{"jaw_angle-left"});
    CHECK(resolve("left jaw angle") == Ids{"jaw_angle-left"});
    CHECK(resolve("left angle of jaw") == Ids{"jaw_angle-left"});
    CHECK(resolve("left hamstring") == Ids{"thigh_back-left"});
}

TEST_CASE("A phrase names several regions and wins over a region synonym", "[region_query]") {
    CHECK(resolve("left sciatica") == Ids{"buttock_lower-left", "thigh_back-left", "calf-left"});
    // "tennis elbow" is also a synonym of the outer elbow; the phrase says more.
    CHECK(resolve("Tennis elbow", Side::Right) == Ids{"elbow_outer-right", "forearm_back-right"});
}

TEST_CASE("Unknown words are an error with close matches", "[region_query]") {
    RegionQueryResult r = query().resolve("left templ");
    REQUIRE_FALSE(r.ok());
    CHECK(r.regions.empty());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].find("unknown region \"templ\"") != std::string::npos);
    CHECK(r.errors[0].find("did you mean \"temple\"") != std::string::npos);
}

TEST_CASE("A misspelt side word does not hide suggestions for the region", "[region_query]") {
    RegionQueryResult r = query().resolve("lft tempel");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].find("did you mean \"temple\"") != std::string::npos);
}

TEST_CASE("A side word alone is an error", "[region_query]") {
    CHECK_FALSE(query().resolve("left").ok());
    CHECK_FALSE(query().resolve("").ok());
}

TEST_CASE("Command-line words split over arguments are joined into the longest name", "[region_query]") {
    RegionQueryResult r = query().resolveAll({"left", "temple", "back", "of", "neck"});
    REQUIRE(r.ok());
    CHECK(r.ids(tinyDb()) == Ids{"temple-left", "neck_back-left", "neck_back-right"});
    RegionQueryResult quoted = query().resolveAll({"left temple", "right back of neck"});
    CHECK(quoted.ids(tinyDb()) == Ids{"temple-left", "neck_back-right"});
}

TEST_CASE("Every unknown expression among several is reported", "[region_query]") {
    RegionQueryResult r = query().resolveAll({"left temple", "elbw", "calf", "xyzzy"});
    CHECK_FALSE(r.ok());
    REQUIRE(r.errors.size() == 2);
    CHECK(r.errors[0].find("\"elbw\"") != std::string::npos);
    CHECK(r.errors[0].find("did you mean \"elbow\"") != std::string::npos);
    CHECK(r.errors[1].find("\"xyzzy\"") != std::string::npos);
}

TEST_CASE("Side words are left, right, l and r", "[region_query]") {
    CHECK(parseSide("left") == Side::Left);
    CHECK(parseSide("R") == Side::Right);
    CHECK_FALSE(parseSide("middle"));
}

TEST_CASE("Both sides can be asked for explicitly, over a default side", "[region_query]") {
    CHECK(resolve("both temple", Side::Left) == Ids{"temple-left", "temple-right"});
    CHECK(resolve("temple both sides", Side::Right) == Ids{"temple-left", "temple-right"});
    CHECK_FALSE(query().resolve("both sides").ok());
}

namespace {

std::vector<std::string> repeated(const std::vector<std::string>& words, std::size_t times) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < times; ++i)
        out.insert(out.end(), words.begin(), words.end());
    return out;
}

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words)
        out += (out.empty() ? "" : " ") + w;
    return out;
}

} // namespace

// Regression: close matches were computed inside the longest-match search, for every failed
// attempt, so long runs of unknown words took quadratic time (the fuzzer had to stay at 64 bytes).
TEST_CASE("A 10,000-word unknown input is one error naming its size", "[region_query]") {
    std::vector<std::string> words;
    for (std::size_t i = 0; i < 10000; ++i)
        words.push_back("qz" + std::to_string(i));
    const RegionQueryResult all = query().resolveAll(words);
    CHECK(all.regions.empty());
    REQUIRE(all.errors.size() == 1);
    CHECK(all.errors[0].rfind("unknown region \"qz0 qz1 qz2", 0) == 0);
    CHECK(all.errors[0].find("(10000 words)") != std::string::npos);
    CHECK(all.errors[0].size() < 300); // quotes the start, not 60 kB

    const RegionQueryResult one = query().resolve(joined(words));
    REQUIRE(one.errors.size() == 1);
    CHECK(one.errors[0].find("(10000 words)") != std::string::npos);
}

TEST_CASE("A long mixed input finds every name and reports every unknown run", "[region_query]") {
    // 2,000 x 7 words: names split over arguments, a typo, side words before and after.
    const auto words = repeated({"left", "temple", "calf", "right", "xyzzy", "back of neck", "elbw"}, 2000);
    const RegionQueryResult r = query().resolveAll(words);
    CHECK(r.ids(tinyDb()) == Ids{"temple-left", "calf-right", "neck_back-left", "neck_back-right"});
    // "calf right" resolves, then "xyzzy" is unknown up to "back of neck", "elbw" up to "left temple".
    REQUIRE(r.errors.size() == 4000);
    CHECK(r.errors[0].find("\"xyzzy\"") != std::string::npos);
    CHECK(r.errors[1].find("did you mean \"elbow\"") != std::string::npos);
    CHECK(r.errors[3999].find("\"elbw\"") != std::string::npos);

    const RegionQueryResult one = query().resolve(joined(words));
    CHECK(one.errors.size() == 1); // one expression: the whole text is no name
}

TEST_CASE("Close matches are offered for the first 16 unknown expressions only", "[region_query]") {
    const RegionQueryResult r = query().resolveAll(repeated({"calf", "elbw"}, 20));
    REQUIRE(r.errors.size() == 20);
    CHECK(r.errors[15].find("did you mean \"elbow\"") != std::string::npos);
    CHECK(r.errors[16] == "unknown region \"elbw\"");
    CHECK(r.errors[19] == "unknown region \"elbw\"");
}
