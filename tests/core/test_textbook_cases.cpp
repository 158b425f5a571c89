// The referral engine against the literature: tests/data/textbook_cases.json lists pain areas from
// the pain guides of Travell & Simons and Davies (and composite published patterns) with the
// muscles the literature names first for them. With the bundled data, at least 90% of the cases
// must have one of those muscles among the top 5 candidates.

#include "core/loader.h"
#include "core/referral.h"
#include "core/region_query.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

using namespace tpf;

namespace {

struct TextbookCase {
    std::string id;
    std::vector<std::string> regions;     // words the RegionQuery understands, or concrete ids
    std::vector<std::string> expectAnyOf; // muscle ids or id prefixes
    std::string source;
};

const Database& db() {
    static const Database database = [] {
        LoadResult result = loadDatabase(std::filesystem::path(TPF_SOURCE_DATA_DIR));
        for (const auto& p : result.problems)
            UNSCOPED_INFO(p.toString());
        REQUIRE(result.ok());
        return *result.database;
    }();
    return database;
}

const std::vector<TextbookCase>& cases() {
    static const std::vector<TextbookCase> table = [] {
        const std::string file = std::string(TPF_TEST_DATA_DIR) + "/textbook_cases.json";
        std::ifstream in(file);
        REQUIRE(in.good());
        const nlohmann::json doc = nlohmann::json::parse(in);
        std::vector<TextbookCase> out;
        for (const auto& c : doc.at("cases"))
            out.push_back({c.at("id").get<std::string>(), c.at("regions").get<std::vector<std::string>>(),
                           c.at("expect_any_of").get<std::vector<std::string>>(),
                           c.at("source").get<std::string>()});
        return out;
    }();
    return table;
}

RegionQueryResult resolveCase(const TextbookCase& c) {
    const RegionQuery query(db());
    RegionQueryResult all;
    for (const auto& words : c.regions) {
        RegionQueryResult r = query.resolve(words);
        for (std::size_t index : r.regions)
            if (std::find(all.regions.begin(), all.regions.end(), index) == all.regions.end())
                all.regions.push_back(index);
        all.errors.insert(all.errors.end(), r.errors.begin(), r.errors.end());
    }
    return all;
}

bool isExpected(const TextbookCase& c, const std::string& muscleId) {
    return std::any_of(c.expectAnyOf.begin(), c.expectAnyOf.end(),
                       [&](const std::string& e) { return muscleId.rfind(e, 0) == 0; });
}

// Rank (1-based) of the first candidate whose muscle is expected; 0 when none is.
std::size_t firstHit(const TextbookCase& c, const Ranking& ranking) {
    for (std::size_t i = 0; i < ranking.candidates.size(); ++i)
        if (isExpected(c, db().muscleOf(db().triggerPoints[ranking.candidates[i].triggerPoint]).id))
            return i + 1;
    return 0;
}

std::string topList(const Ranking& ranking, std::size_t n) {
    std::ostringstream s;
    for (std::size_t i = 0; i < ranking.candidates.size() && i < n; ++i) {
        const Candidate& c = ranking.candidates[i];
        const TriggerPoint& tp = db().triggerPoints[c.triggerPoint];
        s << (i ? ", " : "") << (i + 1) << ". " << tp.id << "/" << toString(c.side) << " " << std::fixed
          << std::setprecision(2) << c.score << " (" << toString(tp.prevalence) << ")";
    }
    return s.str();
}

std::string percent(double x) {
    std::ostringstream s;
    s << std::fixed << std::setprecision(1) << 100.0 * x << "%";
    return s.str();
}

} // namespace

TEST_CASE("Textbook cases: the table holds at least 40 cases across the body and 10 multi-region ones",
          "[textbook]") {
    const auto& table = cases();
    CHECK(table.size() >= 40);
    std::size_t multi = 0;
    std::vector<std::string> ids;
    for (const auto& c : table) {
        INFO(c.id);
        CHECK_FALSE(c.id.empty());
        CHECK_FALSE(c.regions.empty());
        CHECK_FALSE(c.expectAnyOf.empty());
        CHECK_FALSE(c.source.empty());
        if (c.regions.size() > 1)
            ++multi;
        ids.push_back(c.id);
    }
    CHECK(multi >= 10);
    std::sort(ids.begin(), ids.end());
    CHECK(std::adjacent_find(ids.begin(), ids.end()) == ids.end());
}

TEST_CASE("Textbook cases: every case resolves its region words", "[textbook]") {
    for (const auto& c : cases()) {
        INFO(c.id);
        RegionQueryResult r = resolveCase(c);
        for (const auto& e : r.errors)
            UNSCOPED_INFO(e);
        CHECK(r.ok());
        CHECK(r.regions.size() >= c.regions.size());
    }
}

TEST_CASE("Textbook cases: every expected muscle names a muscle of the database", "[textbook]") {
    for (const auto& c : cases())
        for (const auto& e : c.expectAnyOf) {
            INFO(c.id << ": " << e);
            CHECK(std::any_of(db().muscles.begin(), db().muscles.end(),
                              [&](const Muscle& m) { return m.id.rfind(e, 0) == 0; }));
        }
}

TEST_CASE("Textbook cases: a first-listed muscle is in the top 5 candidates for at least 90% of cases",
          "[textbook]") {
    const ReferralEngine engine(db());
    const auto& table = cases();
    REQUIRE_FALSE(table.empty());
    std::size_t top1 = 0, top3 = 0, top5 = 0;
    for (const auto& c : table) {
        const Ranking ranking = engine.rank(resolveCase(c).regions);
        const std::size_t hit = firstHit(c, ranking);
        if (hit == 1)
            ++top1;
        if (hit >= 1 && hit <= 3)
            ++top3;
        if (hit >= 1 && hit <= 5)
            ++top5;
        else
            WARN("textbook case " << c.id << " missed (" << c.source << "); top 5: " << topList(ranking, 5));
    }
    const double n = static_cast<double>(table.size());
    const double hitRate = static_cast<double>(top5) / n;
    WARN("textbook cases: " << table.size() << ", hit rate top-1 " << percent(static_cast<double>(top1) / n)
                            << ", top-3 " << percent(static_cast<double>(top3) / n) << ", top-5 "
                            << percent(hitRate));
    REQUIRE(hitRate >= 0.9);
}
