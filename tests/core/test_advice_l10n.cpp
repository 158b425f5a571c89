// The "why" sentences of the progress advice come from history.json "why_texts": the shipped
// English texts, the German language pack over them, and the checks on misspelt keys and
// placeholders.

#include "core/history/advice.h"
#include "core/history/days.h"
#include "core/l10n/overlay.h"
#include "core/l10n/pack.h"
#include "core/safety/load.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace tpf::history;
using nlohmann::json;

namespace {

const std::int64_t kDay0 = daysFromCivil({2026, 11, 1});
const PointRef kTrap{"upper_trapezius.1", tpf::Side::Left};

json readJson(const std::string& file) {
    std::ifstream in(std::string(TPF_SOURCE_DATA_DIR) + "/" + file);
    REQUIRE(in);
    return json::parse(in);
}

std::string dump(const tpf::Problems& problems) {
    std::string s;
    for (const auto& p : problems)
        s += p.toString() + "\n";
    return s;
}

bool hasProblem(const tpf::Problems& problems, const std::string& file, const std::string& path,
                const std::string& words) {
    return std::any_of(problems.begin(), problems.end(), [&](const tpf::Problem& p) {
        return p.file == file && p.path == path && p.message.find(words) != std::string::npos;
    });
}

tpf::l10n::Pack germanPack() {
    tpf::l10n::PackResult r = tpf::l10n::loadPack(TPF_SOURCE_DATA_DIR, "de");
    INFO(dump(r.problems));
    REQUIRE(r.problems.empty());
    return r.pack;
}

// The shipped rules, in English or with the language pack's overlays applied as the app does.
Rules shippedRules(const tpf::l10n::Pack* pack) {
    json safetyDoc = readJson("safety.json");
    json historyDoc = readJson("history.json");
    if (pack) {
        const auto sp = tpf::l10n::applyOverlay(safetyDoc, *pack, "safety.json");
        const auto hp = tpf::l10n::applyOverlay(historyDoc, *pack, "history.json");
        INFO(dump(sp) << dump(hp));
        REQUIRE(sp.empty());
        REQUIRE(hp.empty());
    }
    auto safety = tpf::safety::loadRules(safetyDoc);
    REQUIRE(safety.ok());
    auto rules = loadRules(historyDoc, *safety.rules);
    INFO(dump(rules.problems));
    REQUIRE(rules.ok());
    return *rules.rules;
}

// One session per (day, tenderness) on kTrap: two holds, the second one lower.
Records sessions(const std::vector<std::pair<int, int>>& dayTenderness) {
    Records out;
    std::int64_t id = 1;
    for (auto [day, t] : dayTenderness) {
        SessionRecord r;
        r.id = id;
        r.start_ms = (kDay0 + day) * kMsPerDay + 9 * 3'600'000 + id * 3'600'000;
        ++id;
        r.end_ms = r.start_ms + 600'000;
        r.end_reason = EndReason::Completed;
        r.points = {kTrap};
        r.holds = {{kTrap, r.start_ms + 120'000, 6, t}, {kTrap, r.start_ms + 240'000, 6, std::max(0, t - 1)}};
        out.push_back(r);
    }
    return out;
}

Advice adviceFor(const Records& records, const Rules& rules) {
    Clock clock{records.back().start_ms + kMsPerDay, 0};
    auto trend = pointTrend(records, kTrap, clock);
    REQUIRE(trend);
    return assess(*trend, rules);
}

const std::vector<std::pair<int, int>> kStalled = {{0, 6}, {3, 6}, {6, 7}, {9, 6}, {12, 6}, {14, 5}};

} // namespace

TEST_CASE("advice l10n: the shipped English why_texts are the built-in English texts, word for word",
          "[history][advice][l10n]") {
    const Rules r = shippedRules(nullptr);
    const WhyTexts builtIn;
    CHECK(r.why.worsening == builtIn.worsening);
    CHECK(r.why.released == builtIn.released);
    CHECK(r.why.no_improvement == builtIn.no_improvement);
    CHECK(r.why.first_session == builtIn.first_session);
    CHECK(r.why.in_progress == builtIn.in_progress);
    CHECK(r.why.day_one == builtIn.day_one);
    CHECK(r.why.day_other == builtIn.day_other);
    CHECK(r.why.decimal_mark == builtIn.decimal_mark);

    CHECK(adviceFor(sessions(kStalled), r).why ==
          "Worked on 6 days over 14 days; tenderness went from 6 to 5.5 (a drop of at least 2 would show "
          "it is helping).");
    CHECK(adviceFor(sessions({{0, 4}, {1, 5}, {2, 6}}), r).why ==
          "Tenderness rose from 4 to 6 over your last 3 sessions on this point.");
    CHECK(adviceFor(sessions({{0, 7}, {1, 5}, {2, 3}, {3, 2}}), r).why ==
          "Pressing it brought at most 3/10 in your last 2 sessions on this point.");
    CHECK(adviceFor(sessions({{0, 5}}), r).why == "Tenderness 5/10 in your first rated session.");
    CHECK(adviceFor(sessions({{0, 7}, {0, 6}}), r).why == "Tenderness 7 → 6 over 2 rated sessions in 1 day.");
    CHECK(adviceFor(sessions({{0, 7}, {1, 5}}), r).why ==
          "Tenderness 7 → 5 over 2 rated sessions in 2 days.");
}

TEST_CASE("advice l10n: the German pack gives German why texts, plural and decimal comma included",
          "[history][advice][l10n]") {
    const tpf::l10n::Pack pack = germanPack();
    const Rules r = shippedRules(&pack);

    const Advice stalled = adviceFor(sessions(kStalled), r);
    CHECK(stalled.kind == AdviceKind::NoImprovement);
    CHECK(stalled.why ==
          "An 6 Tagen innerhalb von 14 Tagen behandelt; der Druckschmerz lag anfangs bei 6 und "
          "zuletzt bei 5,5 (erst ein Rückgang um mindestens 2 würde zeigen, dass es hilft).");
    CHECK(adviceFor(sessions({{0, 4}, {1, 5}, {2, 6}}), r).why ==
          "Der Druckschmerz ist in Ihren letzten 3 Sitzungen an dieser Stelle von 4 auf 6 gestiegen.");
    CHECK(adviceFor(sessions({{0, 7}, {1, 5}, {2, 3}, {3, 2}}), r).why ==
          "Druck auf diese Stelle ergab in Ihren letzten 2 Sitzungen höchstens 3/10.");
    CHECK(adviceFor(sessions({{0, 5}}), r).why == "Druckschmerz 5/10 in Ihrer ersten bewerteten Sitzung.");
    CHECK(adviceFor(sessions({{0, 7}, {0, 6}}), r).why ==
          "Druckschmerz 7 → 6 in 2 bewerteten Sitzungen innerhalb von 1 Tag.");
    CHECK(adviceFor(sessions({{0, 7}, {1, 5}}), r).why ==
          "Druckschmerz 7 → 5 in 2 bewerteten Sitzungen innerhalb von 2 Tagen.");
}

TEST_CASE("advice l10n: a missing or misspelt why_texts key is reported with file and JSON path",
          "[history][data][l10n]") {
    auto safety = tpf::safety::loadRulesFromFile(TPF_SOURCE_DATA_DIR "/safety.json");
    REQUIRE(safety.ok());
    json doc = readJson("history.json");
    doc["why_texts"]["worsenin"] = doc["why_texts"]["worsening"];
    doc["why_texts"].erase("worsening");
    doc["why_texts"].erase("day_one");
    auto result = loadRulesFromText(doc.dump(), *safety.rules, "my/history.json");
    INFO(dump(result.problems));
    CHECK_FALSE(result.ok());
    CHECK(
        hasProblem(result.problems, "my/history.json", "/why_texts/worsenin", "did you mean \"worsening\""));
    CHECK(hasProblem(result.problems, "my/history.json", "/why_texts/worsening", "missing"));
    CHECK(hasProblem(result.problems, "my/history.json", "/why_texts/day_one", "missing"));

    json noSection = readJson("history.json");
    noSection.erase("why_texts");
    auto none = loadRules(noSection, *safety.rules, "h.json");
    CHECK(hasProblem(none.problems, "h.json", "/why_texts", "missing"));
}

TEST_CASE("advice l10n: an unknown placeholder or decimal mark in why_texts is reported with its path",
          "[history][data][l10n]") {
    auto safety = tpf::safety::loadRulesFromFile(TPF_SOURCE_DATA_DIR "/safety.json");
    REQUIRE(safety.ok());
    json doc = readJson("history.json");
    doc["why_texts"]["released"] = "At most {max}/10 over {days} days.";
    doc["why_texts"]["day_other"] = "{n} days";
    doc["why_texts"]["decimal_mark"] = "·";
    auto result = loadRules(doc, *safety.rules, "history.json");
    INFO(dump(result.problems));
    CHECK_FALSE(result.ok());
    CHECK(hasProblem(result.problems, "history.json", "/why_texts/released",
                     "unknown placeholder {days} (allowed: {max}, {sessions})"));
    CHECK(hasProblem(result.problems, "history.json", "/why_texts/day_other",
                     "unknown placeholder {n} (allowed: {count})"));
    CHECK(hasProblem(result.problems, "history.json", "/why_texts/decimal_mark", "expected \".\" or \",\""));
}

TEST_CASE("advice l10n: a translation must keep the English placeholders of a why text", "[history][l10n]") {
    json english = readJson("history.json");
    const json strings = json::parse(R"({"why_texts": {"worsening": "Von {from} auf {bis} gestiegen."}})");
    const tpf::Problems problems = tpf::l10n::overlayStrings(english, strings, "l10n/de/history.json");
    INFO(dump(problems));
    CHECK(hasProblem(problems, "l10n/de/history.json", "/strings/why_texts/worsening", "placeholders"));
    // The offending entry stays English.
    CHECK(english["why_texts"]["worsening"] == WhyTexts{}.worsening);
}
