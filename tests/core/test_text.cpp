#include "core/text.h"

#include <catch2/catch.hpp>

using namespace tpf;

TEST_CASE("Words are lower-cased, trimmed and single-spaced", "[text]") {
    CHECK(normalizeWords("  Left   TEMPLE ") == "left temple");
    CHECK(normalizeWords("golfer\xE2\x80\x99s elbow") == "golfer's elbow");
    CHECK(normalizeWords("temple, neck") == "temple neck");
}

TEST_CASE("Edit distance counts insertions, deletions and substitutions", "[text]") {
    CHECK(editDistance("temple", "temple") == 0);
    CHECK(editDistance("templ", "temple") == 1);
    CHECK(editDistance("kitten", "sitting") == 3);
    CHECK(editDistance("", "abc") == 3);
}

TEST_CASE("Close matches come nearest first and respect the limit", "[text]") {
    auto m = closeMatches("templ", {"calf", "temple", "temples", "tempo"}, 2);
    REQUIRE(m.size() == 2);
    CHECK(m[0] == "temple");
    CHECK(didYouMean({"a", "b"}) == " (did you mean \"a\" or \"b\"?)");
    CHECK(didYouMean({}).empty());
}
