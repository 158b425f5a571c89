#pragma once
// Small text helpers shared by the loader ("did you mean") and the region query.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tpf {

// Lower case (ASCII and the Latin-1 letters of UTF-8: Ä -> ä, É -> é; capital sharp s ẞ -> ß),
// typographic apostrophes -> ', runs of blanks/commas -> one space, trimmed.
std::string normalizeWords(std::string_view text);

// Spelling-insensitive form of normalized words, for matching only (never shown): the German
// umlauts and sharp s as written without them (ä -> ae, ö -> oe, ü -> ue, ß -> ss), so "schläfe"
// and "schlaefe" meet. Everything else is kept.
std::string foldSpelling(std::string_view normalized);

// Levenshtein distance.
std::size_t editDistance(std::string_view a, std::string_view b);

// Up to `limit` candidates close to `word` (by edit distance, then containment), best first.
// Costs O(length x budget) per candidate (a banded edit distance that stops early), so it stays
// cheap for long words and large vocabularies.
std::vector<std::string> closeMatches(std::string_view word, const std::vector<std::string>& candidates,
                                      std::size_t limit = 3);

// ` (did you mean "a", "b"?)` or empty.
std::string didYouMean(const std::vector<std::string>& suggestions);

} // namespace tpf
