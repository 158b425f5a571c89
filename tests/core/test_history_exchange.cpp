// History exports and imports: CSV and JSON round trips, and import files that must be refused whole.

#include "core/history/days.h"
#include "core/history/exchange.h"
#include "test_fixtures.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace tpf::history;

namespace {

const std::int64_t kT0 = daysFromCivil({2026, 11, 1}) * kMsPerDay + 8 * 3'600'000 + 123;
const PointRef kTrapL{"upper_trapezius.1", tpf::Side::Left};
const PointRef kTrapR{"upper_trapezius.1", tpf::Side::Right};
const PointRef kSternalis{"sternalis.1", tpf::Side::Midline};

Records sample() {
    SessionRecord a;
    a.id = 1;
    a.start_ms = kT0;
    a.end_ms = kT0 + 900'000;
    a.end_reason = EndReason::Completed;
    a.points = {kTrapL, kTrapR};
    a.phases_completed = 9;
    a.holds = {{kTrapL, kT0 + 60'001, 6, 7},
               {kTrapL, kT0 + 120'000, 5, std::nullopt},
               {kTrapR, kT0 + 300'000, std::nullopt, 3}};
    a.notes = "after \"desk day\", left side worse;\nslept badly — ça va";
    SessionRecord b; // never ended: the app was closed mid-session
    b.id = 2;
    b.start_ms = kT0 + 86'400'000;
    b.points = {kSternalis};
    b.phases_completed = 1;
    b.holds = {{kSternalis, kT0 + 86'460'000, 7, 8}};
    SessionRecord c; // stopped before any hold
    c.id = 5;
    c.start_ms = kT0 + 2 * 86'400'000;
    c.end_ms = c.start_ms + 5000;
    c.end_reason = EndReason::SafetyBlock;
    c.points = {kTrapR};
    return {a, b, c};
}

std::string problemsText(const tpf::Problems& problems) {
    std::string out;
    for (const auto& p : problems)
        out += p.toString() + "\n";
    return out;
}

bool hasPath(const tpf::Problems& problems, const std::string& path) {
    return std::any_of(problems.begin(), problems.end(),
                       [&](const tpf::Problem& p) { return p.path == path; });
}

bool hasLine(const tpf::Problems& problems, int line, const std::string& text) {
    return std::any_of(problems.begin(), problems.end(), [&](const tpf::Problem& p) {
        return p.line == line && p.message.find(text) != std::string::npos;
    });
}

nlohmann::json sampleJson() { return nlohmann::json::parse(toJson(sample(), kT0 + 10 * kMsPerDay)); }

} // namespace

TEST_CASE("history JSON: export then import gives back the same records", "[history][exchange]") {
    const std::string text = toJson(sample(), kT0);
    auto result = fromJson(text, "export.json", &tpf::test::tinyDb());
    INFO(problemsText(result.problems));
    REQUIRE(result.ok());
    CHECK(*result.records == sample());
    CHECK(toJson(*result.records, kT0) == text);
}

TEST_CASE("history JSON: the file names its format and version", "[history][exchange]") {
    auto doc = sampleJson();
    CHECK(doc["format"] == "tpfinder-history");
    CHECK(doc["version"] == 1);
    CHECK(doc["sessions"][1]["end"].is_null());
    CHECK(doc["sessions"][0]["holds"][1]["tenderness"].is_null());
    CHECK(doc["sessions"][0]["start"] == "2026-11-01T08:00:00.123Z");
}

TEST_CASE("history CSV: export then import gives back the same records", "[history][exchange]") {
    const std::string csv = toCsv(sample());
    auto result = fromCsv(csv, "export.csv");
    INFO(problemsText(result.problems));
    REQUIRE(result.ok());
    CHECK(*result.records == sample());
    CHECK(toCsv(*result.records) == csv);
}

TEST_CASE("history CSV: one row per hold, a session without holds gets one row", "[history][exchange]") {
    const std::string csv = toCsv(sample());
    CHECK(csv.rfind("session_id,session_start,session_end,end_reason,phases_completed,session_points,notes,"
                    "hold_time,trigger_point,side,pressure,tenderness\r\n",
                    0) == 0);
    CHECK_THAT(csv, Catch::Contains(",upper_trapezius.1:left;upper_trapezius.1:right,"));
    CHECK_THAT(csv, Catch::Contains("\"after \"\"desk day\"\", left side worse;\nslept badly — ça va\""));
    CHECK_THAT(csv, Catch::Contains("5,2026-11-03T08:00:00.123Z,2026-11-03T08:00:05.123Z,safety_block,0,"
                                    "upper_trapezius.1:right,,,,,,\r\n"));
}

TEST_CASE("history JSON import: every problem is reported with its JSON path and nothing is imported",
          "[history][exchange]") {
    auto doc = sampleJson();
    doc["sessions"][0]["holds"][0]["tenderness"] = 11;
    doc["sessions"][0]["holds"][2]["side"] = "up";
    doc["sessions"][1]["start"] = "yesterday";
    doc["sessions"][2]["end_reason"] = "bored";
    doc["sessions"][2]["phases"] = 3;
    auto result = fromJson(doc.dump(), "bad.json");
    INFO(problemsText(result.problems));
    CHECK_FALSE(result.ok());
    CHECK(hasPath(result.problems, "/sessions/0/holds/0/tenderness"));
    CHECK(hasPath(result.problems, "/sessions/0/holds/2/side"));
    CHECK(hasPath(result.problems, "/sessions/1/start"));
    CHECK(hasPath(result.problems, "/sessions/2/end_reason"));
    CHECK(hasPath(result.problems, "/sessions/2/phases"));
    CHECK(result.problems.front().toString().rfind("bad.json:/sessions/", 0) == 0);
}

TEST_CASE("history JSON import: consistency problems name the session or hold", "[history][exchange]") {
    auto doc = sampleJson();
    doc["sessions"][2]["id"] = 1;                                          // duplicate id
    doc["sessions"][0]["end"] = "2026-10-01T00:00:00.000Z";                // before the start
    doc["sessions"][1]["holds"][0]["trigger_point"] = "upper_trapezius.1"; // not a planned point
    doc["sessions"][1]["end_reason"] = "completed";                        // ended without an end time
    auto result = fromJson(doc.dump(), "bad.json");
    INFO(problemsText(result.problems));
    CHECK_FALSE(result.ok());
    CHECK(hasPath(result.problems, "/sessions/2/id"));
    CHECK(hasPath(result.problems, "/sessions/0/end"));
    CHECK(hasPath(result.problems, "/sessions/1/holds/0/trigger_point"));
    CHECK(hasPath(result.problems, "/sessions/1/end"));
}

TEST_CASE("history JSON import: unknown trigger points are refused when the muscle data is given",
          "[history][exchange]") {
    auto doc = sampleJson();
    doc["sessions"][1]["points"][0]["trigger_point"] = "made_up.1";
    doc["sessions"][1]["holds"][0]["trigger_point"] = "made_up.1";
    auto result = fromJson(doc.dump(), "bad.json", &tpf::test::tinyDb());
    INFO(problemsText(result.problems));
    CHECK_FALSE(result.ok());
    CHECK(hasPath(result.problems, "/sessions/1/points"));
    CHECK(fromJson(doc.dump(), "bad.json").ok()); // without the data, the id is only text
}

TEST_CASE("history JSON import: a newer format version is refused with a clear message",
          "[history][exchange]") {
    auto doc = sampleJson();
    doc["version"] = 2;
    auto result = fromJson(doc.dump(), "new.json");
    CHECK_FALSE(result.ok());
    REQUIRE(hasPath(result.problems, "/version"));
    CHECK_THAT(problemsText(result.problems), Catch::Contains("newer version"));
}

TEST_CASE("history JSON import: not an export, malformed JSON and wrong shapes", "[history][exchange]") {
    auto malformed = fromJson("{\n  \"format\": \"tpfinder-history\",\n  \"sessions\": [\n", "cut.json");
    REQUIRE(malformed.problems.size() == 1);
    CHECK(malformed.problems[0].line >= 3);
    auto other = fromJson(R"({"schema_version": 1, "muscles": []})", "muscles.json");
    CHECK(hasPath(other.problems, "/format"));
    CHECK(hasPath(other.problems, "/muscles"));
    auto shapes =
        fromJson(R"({"format": "tpfinder-history", "version": 1, "exported_at": "2026-11-01T00:00:00Z",
                               "sessions": [42, {"id": 1}]})",
                 "shapes.json");
    CHECK(hasPath(shapes.problems, "/sessions/0"));
    CHECK(hasPath(shapes.problems, "/sessions/1/start"));
    CHECK(hasPath(shapes.problems, "/sessions/1/points"));
    CHECK_FALSE(shapes.ok());
}

TEST_CASE("history JSON import: an empty history is a valid file", "[history][exchange]") {
    auto result = fromJson(toJson({}, kT0), "empty.json");
    REQUIRE(result.ok());
    CHECK(result.records->empty());
}

TEST_CASE("history CSV import: bad rows are reported by line and column and nothing is imported",
          "[history][exchange]") {
    std::string csv = toCsv(sample());
    // Line 2 is the first hold of session 1: make its tenderness "high"; break session 2's side.
    auto replaceOnce = [&](const std::string& from, const std::string& to) {
        auto pos = csv.find(from);
        REQUIRE(pos != std::string::npos);
        csv.replace(pos, from.size(), to);
    };
    replaceOnce("upper_trapezius.1,left,6,7", "upper_trapezius.1,left,6,high");
    replaceOnce("sternalis.1,midline,7,8", "sternalis.1,middle,7,8");
    csv += "9,not a time,,,0,upper_trapezius.1:left,,,,,,\r\n";
    auto result = fromCsv(csv, "bad.csv");
    INFO(problemsText(result.problems));
    CHECK_FALSE(result.ok());
    CHECK(hasLine(result.problems, 2, "tenderness"));
    // The notes span two lines in each of session 1's three rows: session 2 starts on line 8.
    CHECK(hasLine(result.problems, 8, "trigger_point"));
    CHECK(hasLine(result.problems, 10, "session_start"));
    CHECK(result.problems.front().toString().rfind("bad.csv:2:", 0) == 0);
}

TEST_CASE("history CSV import: a file that is not a history CSV is refused", "[history][exchange]") {
    auto result = fromCsv("name,value\r\nx,1\r\n", "other.csv");
    CHECK_FALSE(result.ok());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].line == 1);
}
