#include "core/geometry.h"
#include "core/loader.h"
#include "test_fixtures.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace tpf;
using tpf::test::dataPath;
using tpf::test::tinyDb;

namespace {

// True when some problem has exactly this JSON path and its message contains `words`.
bool hasProblem(const Problems& problems, const std::string& path, const std::string& words) {
    return std::any_of(problems.begin(), problems.end(), [&](const Problem& p) {
        return p.path == path && p.message.find(words) != std::string::npos;
    });
}

std::string dump(const Problems& problems) {
    std::string out;
    for (const auto& p : problems)
        out += p.toString() + "\n";
    return out;
}

LoadResult loadBrokenMuscles() {
    LoadResult regions = loadBodyRegions(dataPath("tiny/body_regions.json"));
    REQUIRE(regions.ok());
    return loadMuscles(dataPath("broken/muscles_problems.json"), *regions.database);
}

} // namespace

TEST_CASE("The fixture database loads without problems", "[loader]") {
    LoadResult result = loadDatabase(dataPath("tiny"));
    INFO(dump(result.problems));
    REQUIRE(result.ok());
    CHECK(result.database->muscles.size() == 9);
    CHECK(result.database->triggerPoints.size() == 9);
}

TEST_CASE("A bilateral region becomes a left and a right concrete region with sided labels", "[loader]") {
    const Database& db = tinyDb();
    const Region* left = db.region("temple-left");
    const Region* right = db.region("temple-right");
    REQUIRE(left);
    REQUIRE(right);
    CHECK(left->label == "Left temple");
    CHECK(right->label == "Right temple");
    CHECK(left->side == Side::Left);
    CHECK(right->side == Side::Right);
    CHECK(left->baseId == "temple");
    CHECK_FALSE(db.region("temple"));
}

TEST_CASE("The right side polygon mirrors the left one (x -> 1 - x)", "[loader]") {
    const Database& db = tinyDb();
    const Region& left = *db.region("temple-left");
    const Region& right = *db.region("temple-right");
    REQUIRE(left.polygon.size() == right.polygon.size());
    for (std::size_t i = 0; i < left.polygon.size(); ++i) {
        CHECK(right.polygon[i].x == Approx(1.0 - left.polygon[i].x));
        CHECK(right.polygon[i].y == Approx(left.polygon[i].y));
    }
}

TEST_CASE("A midline region keeps one id without a side suffix", "[loader]") {
    const Database& db = tinyDb();
    REQUIRE(db.region("sternum"));
    CHECK(db.region("sternum")->side == Side::Midline);
    CHECK(db.region("sternum")->label == "Breastbone");
    CHECK(db.regionsOfBase("sternum").size() == 1);
    CHECK_FALSE(db.region("sternum-left"));
}

TEST_CASE("A trigger point location is mirrored for the right side", "[loader]") {
    const Database& db = tinyDb();
    const TriggerPoint& tp = *db.triggerPoint("upper_trapezius.1");
    CHECK(db.locationOf(tp, Side::Left).x == Approx(0.4));
    CHECK(db.locationOf(tp, Side::Right).x == Approx(0.6));
    CHECK(db.locationOf(tp, Side::Right).y == Approx(0.17));
}

TEST_CASE("Malformed JSON is reported with line and column", "[loader]") {
    LoadResult result = loadBodyRegions(dataPath("broken/body_regions_malformed.json"));
    REQUIRE_FALSE(result.ok());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].line == 5);
    CHECK(result.problems[0].column == 11);
    CHECK(result.problems[0].message.find("malformed JSON") == 0);
    CHECK(result.problems[0].toString().find("body_regions_malformed.json:5:11: ") != std::string::npos);
}

TEST_CASE("Line and column count from the start of the text", "[loader]") {
    LoadResult result = loadBodyRegionsFromText("{\n\n  \"a\": tru\n}", "x.json");
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].line == 3);
    CHECK(result.problems[0].file == "x.json");
}

TEST_CASE("A broken body regions file reports every problem with its JSON path", "[loader]") {
    LoadResult result = loadBodyRegions(dataPath("broken/body_regions_problems.json"));
    INFO(dump(result.problems));
    REQUIRE_FALSE(result.ok());
    const Problems& p = result.problems;
    CHECK(hasProblem(p, "/schema_version", "unsupported schema version 2"));
    CHECK(hasProblem(p, "/figure/views/back", "missing field"));
    CHECK(hasProblem(p, "/regions/0/polygon/1", "outside [0, 1]"));
    CHECK(hasProblem(p, "/regions/1/label", "missing field \"label\""));
    CHECK(hasProblem(p, "/regions/2/view", "found the number 3"));
    CHECK(hasProblem(p, "/regions/3/sides", "unknown value \"both\""));
    CHECK(hasProblem(p, "/regions/4/id", "duplicate region id \"temple\""));
    CHECK(hasProblem(p, "/regions/5/polygon", "at least 3 points"));
    CHECK(hasProblem(p, "/regions/6/group", "empty text"));
    CHECK(hasProblem(p, "/regions/7/synonyms/1", "already names region \"temple\""));
    CHECK(hasProblem(p, "/phrases/0/regions/0", "did you mean \"buttock_lower\""));
    CHECK(p.size() == 11); // and nothing reported twice
}

TEST_CASE("A broken muscles file reports every problem class, not just the first", "[loader]") {
    LoadResult result = loadBrokenMuscles();
    INFO(dump(result.problems));
    REQUIRE_FALSE(result.ok());
    const Problems& p = result.problems;
    CHECK(hasProblem(p, "/schema_version", "missing field"));
    CHECK(hasProblem(p, "/muscles/0/source/ref", "unknown source \"ts9\""));
    CHECK(hasProblem(p, "/muscles/1/id", "duplicate muscle id"));
    CHECK(hasProblem(p, "/muscles/2/name", "duplicate muscle name"));
    CHECK(hasProblem(p, "/muscles/3/area", "unknown value \"torso\""));
    CHECK(hasProblem(p, "/muscles/0/trigger_points/0/name", "missing field"));
    CHECK(hasProblem(p, "/muscles/1/trigger_points/0/hold_seconds", "expected an integer"));
    CHECK(hasProblem(p, "/muscles/2/trigger_points/0/hold_seconds", "expected 30..90"));
    CHECK(hasProblem(p, "/muscles/3/trigger_points/0/location/x", "outside [0, 1]"));
    CHECK(hasProblem(p, "/muscles/4/trigger_points/0/location", "outside the back figure outline"));
    CHECK(hasProblem(p, "/muscles/5/trigger_points/0/referral/primary/0", "did you mean \"temple\""));
    CHECK(hasProblem(p, "/muscles/6/trigger_points/0/prevalence", "unknown value \"often\""));
    CHECK(hasProblem(p, "/muscles/7/trigger_points/0/how_to_find", "empty text"));
    CHECK(hasProblem(p, "/muscles/8/trigger_points/0/id", "duplicate trigger point id"));
    CHECK(hasProblem(p, "/muscles/2/trigger_points/0/danger_zones/0", "unknown danger zone"));
    CHECK(hasProblem(p, "/muscles/0/trigger_points/0/satellites/0", "unknown satellite"));
    CHECK(hasProblem(p, "/muscles/1/trigger_points/0/self_treatment/tool", "unknown value \"elbow\""));
    CHECK(hasProblem(p, "/muscles/4/trigger_points/0/referral/spillover/0/side", "unknown value \"left\""));
    CHECK(hasProblem(p, "/muscles/5/trigger_points/0/symptoms", "at least 1 entry"));
    CHECK(hasProblem(p, "/muscles/6/trigger_points/0/referral/spilover", "did you mean \"spillover\""));
    CHECK(p.size() == 20);
}

TEST_CASE("Every problem names the file it was found in", "[loader]") {
    LoadResult result = loadBrokenMuscles();
    for (const auto& problem : result.problems)
        CHECK(problem.file.find("muscles_problems.json") != std::string::npos);
}

TEST_CASE("A muscles file with any problem yields no database", "[loader]") {
    LoadResult regions = loadBodyRegions(dataPath("tiny/body_regions.json"));
    REQUIRE(regions.ok());
    // Well-formed JSON, mostly valid: still refused as a whole.
    LoadResult result = loadMusclesFromText(R"({"schema_version": 1, "sources": [], "danger_zones": [],
        "muscles": [{"id": "m", "name": "M", "other_names": [], "area": "neck", "source": {"ref": "x"},
                     "trigger_points": []}]})",
                                            "muscles.json", *regions.database);
    CHECK_FALSE(result.ok());
    CHECK_FALSE(result.database.has_value());
    CHECK(hasProblem(result.problems, "/muscles/0/source/ref", "unknown source"));
    CHECK(hasProblem(result.problems, "/muscles/0/trigger_points", "at least 1 trigger point"));
}

TEST_CASE("Wrong top-level types are reported, not crashed on", "[loader]") {
    for (const char* text : {"[]", "42", "null", "\"x\"", "{\"schema_version\": 1, \"regions\": 5}",
                             "{\"schema_version\": 1, \"figure\": [], \"regions\": [7, null]}"}) {
        INFO(text);
        LoadResult result = loadBodyRegionsFromText(text, "body_regions.json");
        CHECK_FALSE(result.ok());
        CHECK_FALSE(result.problems.empty());
    }
}

TEST_CASE("A missing file is one problem naming the file", "[loader]") {
    LoadResult result = loadDatabase(dataPath("does-not-exist"));
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].file.find("body_regions.json") != std::string::npos);
    CHECK(result.problems[0].message.find("cannot open") != std::string::npos);
}

TEST_CASE("The file kind is taken from the file name", "[loader]") {
    CHECK(dataFileKind("data/body_regions.json") == DataFileKind::BodyRegions);
    CHECK(dataFileKind("body_regions_broken.json") == DataFileKind::BodyRegions);
    CHECK(dataFileKind("x/muscles_hip.json") == DataFileKind::Muscles);
    CHECK(dataFileKind("safety.json") == DataFileKind::Safety);
    CHECK(dataFileKind("x/protocols_broken.json") == DataFileKind::Protocols);
    CHECK(dataFileKind("history.json") == DataFileKind::History);
    CHECK(dataFileKind("data/l10n/de/safety.json") == DataFileKind::LanguagePack);
    CHECK(dataFileKind("data/l10n/de/muscles_hip_leg.json") == DataFileKind::LanguagePack);
    CHECK(dataFileKind("notes.json") == DataFileKind::Unknown);
    CHECK(dataFileKind("muscles.txt") == DataFileKind::Unknown);
}

TEST_CASE("Point in polygon follows the outline", "[loader]") {
    const Polygon square{{0.2, 0.2}, {0.8, 0.2}, {0.8, 0.8}, {0.2, 0.8}};
    CHECK(containsPoint(square, {0.5, 0.5}));
    CHECK_FALSE(containsPoint(square, {0.1, 0.5}));
    CHECK_FALSE(containsPoint(square, {0.5, 0.9}));
    CHECK_FALSE(containsPoint({}, {0.5, 0.5}));
}
