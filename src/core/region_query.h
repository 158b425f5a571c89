#pragma once
// Turns what a person types ("left temple", "right outer elbow", "temple-left", "sciatica",
// "Tennis elbow") into concrete region ids, using region ids, labels, synonyms and phrases.
//
// Rules: a side word (left/right/l/r/both, plus the language pack's: "linke", "rechts", "beidseits")
// may come first or last; without one a bilateral region selects both sides (or the default side,
// if given); midline regions ignore the side. Phrases (everyday names of multi-region patterns)
// win over a single region with the same synonym, since they say more. Unknown words produce an
// error with close matches by edit distance. Matching ignores case (also Ä/Ö/Ü) and the spelling
// of umlauts ("Schlaefe" finds "Schläfe").
//
// Cost: resolve() and resolveAll() are linear in the length of the input (the longest-match search
// tries a bounded number of words at each position); close matches are looked for once per
// unknown expression, after the search, only for its first words when it is long, and only for
// the first 16 unknown expressions of one resolveAll() (the rest are listed without them).

#include "core/model.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tpf {

std::optional<Side> parseSide(std::string_view word); // "left", "l", "Right", "r"; midline is not a word

struct RegionQueryResult {
    std::vector<std::size_t> regions; // indices into Database::regions, in the order typed, no duplicates
    std::vector<std::string> errors;  // one per unknown expression, with close matches
    bool ok() const { return errors.empty(); }
    std::vector<std::string> ids(const Database& db) const;
};

class RegionQuery {
public:
    explicit RegionQuery(const Database& db); // `db` must outlive the query

    // One expression, e.g. "left temple".
    RegionQueryResult resolve(std::string_view words, std::optional<Side> defaultSide = std::nullopt) const;

    // Several expressions as typed on a command line. A name may be split over arguments
    // ("left", "back", "of", "neck"): the longest run of words that names something wins.
    RegionQueryResult resolveAll(const std::vector<std::string>& args,
                                 std::optional<Side> defaultSide = std::nullopt) const;

    // Close matches for unknown words, best first (user-facing names).
    std::vector<std::string> suggestions(std::string_view words, std::size_t limit = 5) const;

private:
    struct Lookup; // what a run of words names, without the close matches (region_query.cpp)
    Lookup lookup(const std::vector<std::string>& keys, std::size_t from, std::size_t to,
                  std::optional<Side> defaultSide) const;
    std::string explain(const Lookup& miss, const std::vector<std::string>& shown,
                        const std::vector<std::string>& keys, bool withCloseMatches) const;
    std::vector<std::string> closeTo(const std::string& foldedWords, std::size_t limit) const;

    const Database* db_;
    // Keys are normalized and spelling-folded words (foldSpelling).
    std::unordered_map<std::string, std::vector<std::string>> phraseTerms_; // words -> base region ids
    std::unordered_map<std::string, std::vector<std::string>> regionTerms_;
    std::unordered_map<std::string, std::optional<Side>> sideWords_; // nullopt: both sides
    std::size_t longestSideWord_ = 1;                                // in words
    std::vector<std::string> vocabulary_;                            // folded, sorted, unique
    std::unordered_map<std::string, std::string> shownAs_;           // folded -> as first written
};

} // namespace tpf
