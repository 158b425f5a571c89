#include "core/text.h"

#include <algorithm>
#include <cctype>

namespace tpf {

std::string normalizeWords(std::string_view text) {
    std::string out;
    bool pendingSpace = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        // U+2019 RIGHT SINGLE QUOTATION MARK (E2 80 99) is what phones type for an apostrophe.
        if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
            static_cast<unsigned char>(text[i + 2]) == 0x99) {
            c = '\'';
            i += 2;
        }
        if (std::isspace(c) || c == ',' || c == ';') {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace) {
            out += ' ';
            pendingSpace = false;
        }
        // UTF-8 capitals of Latin-1 (U+00C0..U+00DE but U+00D7 ×) are C3 80..C3 9E; small is +0x20.
        if (c == 0xC3 && i + 1 < text.size()) {
            const auto next = static_cast<unsigned char>(text[i + 1]);
            out += static_cast<char>(c);
            out += static_cast<char>(next >= 0x80 && next <= 0x9E && next != 0x97 ? next + 0x20 : next);
            ++i;
            continue;
        }
        // U+1E9E LATIN CAPITAL LETTER SHARP S (E1 BA 9E) -> ß (C3 9F).
        if (c == 0xE1 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBA &&
            static_cast<unsigned char>(text[i + 2]) == 0x9E) {
            out += "\xC3\x9F";
            i += 2;
            continue;
        }
        out += static_cast<char>(std::tolower(c));
    }
    return out;
}

std::string foldSpelling(std::string_view normalized) {
    std::string out;
    out.reserve(normalized.size() + 8);
    for (std::size_t i = 0; i < normalized.size(); ++i) {
        if (static_cast<unsigned char>(normalized[i]) == 0xC3 && i + 1 < normalized.size()) {
            const char* folded = nullptr;
            switch (static_cast<unsigned char>(normalized[i + 1])) {
            case 0xA4: folded = "ae"; break; // ä
            case 0xB6: folded = "oe"; break; // ö
            case 0xBC: folded = "ue"; break; // ü
            case 0x9F: folded = "ss"; break; // ß
            default: break;
            }
            if (folded) {
                out += folded;
                ++i;
                continue;
            }
        }
        out += normalized[i];
    }
    return out;
}

std::size_t editDistance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

namespace {

// The Levenshtein distance when it is at most `limit`, else limit + 1. Only the band of cells
// within `limit` of the diagonal is computed, and it stops once a whole row is over the limit:
// O(length x limit) instead of O(length x length), which is what makes close matches cheap.
std::size_t boundedEditDistance(std::string_view a, std::string_view b, std::size_t limit) {
    if (a.size() > b.size())
        std::swap(a, b);
    const std::size_t over = limit + 1;
    if (b.size() - a.size() > limit)
        return over;
    thread_local std::vector<std::size_t> row;
    row.assign(b.size() + 1, over);
    for (std::size_t j = 0; j <= std::min(b.size(), limit); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        const std::size_t lo = i > limit ? i - limit : 1;
        const std::size_t hi = std::min(b.size(), i + limit);
        std::size_t diagonal = row[lo - 1];
        row[lo - 1] = lo == 1 ? std::min(i, over) : over; // left of the band
        std::size_t rowMin = row[lo - 1];
        for (std::size_t j = lo; j <= hi; ++j) {
            const std::size_t above = row[j];
            const std::size_t value =
                std::min({above + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            row[j] = std::min(value, over);
            diagonal = above;
            rowMin = std::min(rowMin, row[j]);
        }
        if (rowMin > limit)
            return over;
    }
    return std::min(row[b.size()], over);
}

} // namespace

std::vector<std::string> closeMatches(std::string_view word, const std::vector<std::string>& candidates,
                                      std::size_t limit) {
    // Allow roughly one typo per three letters, but always at least two.
    const std::size_t budget = std::max<std::size_t>(2, word.size() / 3);
    std::vector<std::pair<std::size_t, std::string>> scored;
    const auto add = [&](std::size_t score, const std::string& candidate) {
        // Few candidates score, so duplicates are looked for among those only.
        if (std::none_of(scored.begin(), scored.end(), [&](const auto& s) { return s.second == candidate; }))
            scored.emplace_back(score, candidate);
    };
    for (const auto& candidate : candidates) {
        if (candidate.empty())
            continue;
        if (const std::size_t d = boundedEditDistance(word, candidate, budget); d <= budget)
            add(d, candidate);
        else if (word.size() >= 3 && (candidate.find(word) != std::string::npos ||
                                      (candidate.size() >= 3 && word.find(candidate) != std::string::npos)))
            add(budget + 1, candidate); // containment ranks after every typo match
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto& l, const auto& r) { return l.first < r.first; });
    std::vector<std::string> out;
    for (std::size_t i = 0; i < scored.size() && out.size() < limit; ++i)
        out.push_back(scored[i].second);
    return out;
}

std::string didYouMean(const std::vector<std::string>& suggestions) {
    if (suggestions.empty())
        return {};
    std::string out = " (did you mean ";
    for (std::size_t i = 0; i < suggestions.size(); ++i) {
        if (i > 0)
            out += i + 1 == suggestions.size() ? " or " : ", ";
        out += '"' + suggestions[i] + '"';
    }
    return out + "?)";
}

} // namespace tpf
