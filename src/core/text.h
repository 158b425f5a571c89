#pragma once
// Small text helpers shared by the loader ("did you mean") and the region query.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tpf {

// Lower case (ASCII), typographic apostrophes -> ', runs of blanks/commas -> one space, trimmed.
std::string normalizeWords(std::string_view text);

// Levenshtein distance.
std::size_t editDistance(std::string_view a, std::string_view b);

// Up to `limit` candidates close to `word` (by edit distance, then containment), best first.
std::vector<std::string> closeMatches(std::string_view word, const std::vector<std::string>& candidates,
                                      std::size_t limit = 3);

// ` (did you mean "a", "b"?)` or empty.
std::string didYouMean(const std::vector<std::string>& suggestions);

} // namespace tpf
