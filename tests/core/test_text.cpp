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

TEST_CASE("Umlauts and other Latin-1 capitals are lower-cased in UTF-8", "[text]") {
    CHECK(normalizeWords("SCHLÄFE Öl ÜBER") == "schläfe öl über");
    CHECK(normalizeWords("ÉCOLE À") == "école à");
    CHECK(normalizeWords("FUẞ") == "fuß");
    CHECK(normalizeWords("×") == "×"); // U+00D7 is no letter
}

TEST_CASE("Spelling folding writes umlauts and sharp s out", "[text]") {
    CHECK(foldSpelling("schläfe") == "schlaefe");
    CHECK(foldSpelling("äußerer ellbogen") == "aeusserer ellbogen");
    CHECK(foldSpelling("über öl") == "ueber oel");
    CHECK(foldSpelling("temple") == "temple");
}

TEST_CASE("Close matches skip candidates too different in length, with the same result", "[text]") {
    const std::string longWord(5000, 'x');
    CHECK(closeMatches(longWord, {"temple", "calf"}).empty());
    CHECK(closeMatches("xtemplex", {"temple", std::string(300, 't')}) == std::vector<std::string>{"temple"});
}
