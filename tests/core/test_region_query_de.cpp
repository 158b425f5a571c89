// Region words in German: the bundled German pack (data/l10n/de) applied over the bundled English
// data, as the app does before it builds its RegionQuery. Side words come from the pack's
// "side_words"; umlauts match in either case and written out ("Schlaefe").
#include "core/l10n/database.h"
#include "core/l10n/pack.h"
#include "core/loader.h"
#include "core/region_query.h"

#include <catch2/catch.hpp>

using namespace tpf;
using Ids = std::vector<std::string>;

namespace {

const Database& germanDb() {
    static const Database db = [] {
        LoadResult loaded = loadDatabase(TPF_SOURCE_DATA_DIR);
        REQUIRE(loaded.ok());
        Database out = *loaded.database;
        const l10n::PackResult pack = l10n::loadPack(TPF_SOURCE_DATA_DIR, "de");
        REQUIRE(pack.problems.empty());
        REQUIRE(l10n::applyToDatabase(out, pack.pack).empty());
        return out;
    }();
    return db;
}

const RegionQuery& germanQuery() {
    static const RegionQuery q(germanDb());
    return q;
}

Ids resolve(const std::string& words, std::optional<Side> side = std::nullopt) {
    const RegionQueryResult r = germanQuery().resolve(words, side);
    INFO(words);
    for (const auto& e : r.errors)
        UNSCOPED_INFO(e);
    return r.ids(germanDb());
}

} // namespace

TEST_CASE("de: side words before or after the region, in every declension", "[region_query][l10n]") {
    CHECK(resolve("Schläfe links") == Ids{"temple-left"});
    CHECK(resolve("linke Schläfe") == Ids{"temple-left"});
    CHECK(resolve("rechte Schläfe") == Ids{"temple-right"});
    CHECK(resolve("rechter Ellenbogen") == Ids{"elbow_outer-right"});
    CHECK(resolve("linken Ellbogen") == Ids{"elbow_outer-left"});
    CHECK(resolve("Knie rechts") == Ids{"knee_front-right"});
    CHECK(resolve("linkes Knie") == Ids{"knee_front-left"});
}

TEST_CASE("de: both sides by word, over a default side", "[region_query][l10n]") {
    CHECK(resolve("beide Schläfen", Side::Left) == Ids{"temple-left", "temple-right"});
    CHECK(resolve("Schläfe beidseits", Side::Right) == Ids{"temple-left", "temple-right"});
    CHECK(resolve("Schläfe auf beiden Seiten", Side::Right) == Ids{"temple-left", "temple-right"});
}

TEST_CASE("de: capitals and umlauts written out match", "[region_query][l10n]") {
    CHECK(resolve("SCHLÄFE LINKS") == Ids{"temple-left"});
    CHECK(resolve("Schlaefe links") == Ids{"temple-left"});
    CHECK(resolve("aeusserer Ellbogen rechts") == Ids{"elbow_outer-right"});
}

TEST_CASE("de: everyday names of conditions are phrases", "[region_query][l10n]") {
    CHECK(resolve("Tennisellenbogen rechts") == Ids{"elbow_outer-right", "forearm_back-right"});
    CHECK(resolve("Ischias links") == resolve("left sciatica"));
    CHECK_FALSE(resolve("Ischias links").empty());
    CHECK(resolve("Spannungskopfschmerz") == resolve("tension headache"));
    CHECK_FALSE(resolve("Spannungskopfschmerz").empty());
}

TEST_CASE("de: English words keep working next to German ones", "[region_query][l10n]") {
    CHECK(resolve("left temple") == Ids{"temple-left"});
    const RegionQueryResult r =
        germanQuery().resolveAll({"linke", "Schläfe", "rechter", "Ellenbogen", "calf", "right"});
    REQUIRE(r.ok());
    CHECK(r.ids(germanDb()) == Ids{"temple-left", "elbow_outer-right", "calf-right"});
}

TEST_CASE("de: a side word alone and unknown words are errors, with German suggestions",
          "[region_query][l10n]") {
    CHECK_FALSE(germanQuery().resolve("links").ok());
    CHECK_FALSE(germanQuery().resolve("beide Seiten").ok());
    const RegionQueryResult r = germanQuery().resolve("linke Schlafe");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].find("\"schläfe\"") != std::string::npos); // shown as written in the pack
}
