#include "core/text.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <set>

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

namespace {

// closeMatches as first written (full edit distance for every candidate): the reference for the
// banded, early-stopping version.
std::vector<std::string> referenceCloseMatches(const std::string& word,
                                               const std::vector<std::string>& candidates,
                                               std::size_t limit) {
    const std::size_t budget = std::max<std::size_t>(2, word.size() / 3);
    std::vector<std::pair<std::size_t, std::string>> scored;
    std::set<std::string> seen;
    for (const auto& candidate : candidates) {
        if (candidate.empty() || !seen.insert(candidate).second)
            continue;
        const std::size_t d = editDistance(word, candidate);
        if (d <= budget)
            scored.emplace_back(d, candidate);
        else if (word.size() >= 3 && (candidate.find(word) != std::string::npos ||
                                      (candidate.size() >= 3 && word.find(candidate) != std::string::npos)))
            scored.emplace_back(budget + 1, candidate);
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto& l, const auto& r) { return l.first < r.first; });
    std::vector<std::string> out;
    for (std::size_t i = 0; i < scored.size() && out.size() < limit; ++i)
        out.push_back(scored[i].second);
    return out;
}

} // namespace

TEST_CASE("Close matches rank exactly as with the full edit distance", "[text]") {
    std::uint32_t state = 12345;
    const auto next = [&] { return state = state * 1664525U + 1013904223U; };
    const auto word = [&](std::size_t maxLength) {
        std::string w(next() % (maxLength + 1), 'a');
        for (char& c : w)
            c = static_cast<char>('a' + next() % 3);
        return w;
    };
    for (int round = 0; round < 500; ++round) {
        const std::string w = word(round % 2 ? 8 : 20);
        std::vector<std::string> candidates;
        for (int i = 0; i < 16; ++i)
            candidates.push_back(word(round % 2 ? 8 : 20));
        candidates.push_back(candidates[next() % candidates.size()]); // a duplicate
        INFO(w);
        CHECK(closeMatches(w, candidates, 5) == referenceCloseMatches(w, candidates, 5));
    }
}
