#include "core/region_query.h"

#include "core/text.h"

#include <algorithm>

namespace tpf {
namespace {

constexpr std::size_t kMaxWordsPerName = 8;  // longest synonym is well below this
constexpr std::size_t kMaxWordsForHints = 8; // a long unknown text: close matches for its first words
constexpr std::size_t kMaxShownBytes = 80;   // an error quotes at most this much of an unknown text
constexpr std::size_t kMaxExplained = 16;    // unknown expressions of one resolveAll() with close matches

// The English side words; a language pack adds its own through Database::sideWords.
const std::vector<SideWord>& englishSideWords() {
    static const std::vector<SideWord> words{{"left", Side::Left},   {"l", Side::Left},
                                             {"right", Side::Right}, {"r", Side::Right},
                                             {"both", std::nullopt}, {"both sides", std::nullopt}};
    return words;
}

std::vector<std::string> splitWords(const std::string& normalized) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < normalized.size()) {
        std::size_t end = normalized.find(' ', start);
        if (end == std::string::npos)
            end = normalized.size();
        out.push_back(normalized.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

std::string joinWords(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < to; ++i) {
        if (i > from)
            out += ' ';
        out += words[i];
    }
    return out;
}

std::vector<std::string> foldEach(const std::vector<std::string>& words) {
    std::vector<std::string> out;
    out.reserve(words.size());
    for (const auto& w : words)
        out.push_back(foldSpelling(w));
    return out;
}

std::string spaced(std::string id) {
    std::replace(id.begin(), id.end(), '_', ' ');
    return id;
}

void appendUnique(std::vector<std::size_t>& list, std::size_t value) {
    if (std::find(list.begin(), list.end(), value) == list.end())
        list.push_back(value);
}

// `words` in quotes, at most kMaxShownBytes of them, cut between words (or UTF-8 characters).
std::string quoted(const std::string& words, std::size_t wordCount) {
    if (words.size() <= kMaxShownBytes)
        return "\"" + words + "\"";
    std::size_t cut = words.rfind(' ', kMaxShownBytes);
    if (cut == std::string::npos || cut == 0) {
        cut = kMaxShownBytes;
        while (cut > 0 && (static_cast<unsigned char>(words[cut]) & 0xC0) == 0x80)
            --cut;
    }
    return "\"" + words.substr(0, cut) + " ...\" (" + std::to_string(wordCount) + " words)";
}

} // namespace

struct RegionQuery::Lookup {
    enum class Miss { None, SideOnly, Unknown };
    Miss miss = Miss::None;
    std::vector<std::size_t> regions;
    std::size_t from = 0, to = 0;         // the words looked at
    std::size_t nameFrom = 0, nameTo = 0; // without the side word
};

std::optional<Side> parseSide(std::string_view word) {
    const std::string w = normalizeWords(word);
    if (w == "left" || w == "l")
        return Side::Left;
    if (w == "right" || w == "r")
        return Side::Right;
    return std::nullopt;
}

std::vector<std::string> RegionQueryResult::ids(const Database& db) const {
    std::vector<std::string> out;
    for (std::size_t r : regions)
        out.push_back(db.regions[r].id);
    return out;
}

RegionQuery::RegionQuery(const Database& db) : db_(&db) {
    std::vector<std::string> shown;
    auto addTerm = [&](std::unordered_map<std::string, std::vector<std::string>>& terms,
                       const std::string& words, const std::vector<std::string>& baseIds) {
        const std::string normalized = normalizeWords(words);
        if (normalized.empty())
            return;
        terms.try_emplace(foldSpelling(normalized), baseIds); // first definition wins; the file order decides
        shown.push_back(normalized);
    };
    for (const Phrase& p : db.phrases) {
        for (const auto& words : p.synonyms)
            addTerm(phraseTerms_, words, p.regions);
        addTerm(phraseTerms_, p.label, p.regions);
        addTerm(phraseTerms_, spaced(p.id), p.regions);
    }
    for (const Region& r : db.regions) {
        const std::vector<std::string> base{r.baseId};
        addTerm(regionTerms_, r.baseId, base);
        addTerm(regionTerms_, spaced(r.baseId), base);
        addTerm(regionTerms_, r.baseLabel, base);
        for (const auto& words : r.synonyms)
            addTerm(regionTerms_, words, base);
        shown.push_back(r.id);
    }
    for (const auto* list : {&englishSideWords(), &db.sideWords}) {
        for (const SideWord& s : *list) {
            const std::string normalized = normalizeWords(s.words);
            if (normalized.empty())
                continue;
            sideWords_.try_emplace(foldSpelling(normalized), s.side);
            longestSideWord_ =
                std::max(longestSideWord_,
                         1 + static_cast<std::size_t>(std::count(normalized.begin(), normalized.end(), ' ')));
        }
    }
    std::sort(shown.begin(), shown.end());
    for (const auto& words : shown) {
        std::string folded = foldSpelling(words);
        if (shownAs_.try_emplace(folded, words).second)
            vocabulary_.push_back(std::move(folded));
    }
    std::sort(vocabulary_.begin(), vocabulary_.end());
}

std::vector<std::string> RegionQuery::closeTo(const std::string& foldedWords, std::size_t limit) const {
    std::vector<std::string> out = closeMatches(foldedWords, vocabulary_, limit);
    for (auto& words : out)
        words = shownAs_.at(words);
    return out;
}

std::vector<std::string> RegionQuery::suggestions(std::string_view words, std::size_t limit) const {
    return closeTo(foldSpelling(normalizeWords(words)), limit);
}

RegionQuery::Lookup RegionQuery::lookup(const std::vector<std::string>& keys, std::size_t from,
                                        std::size_t to, std::optional<Side> defaultSide) const {
    Lookup found;
    found.from = found.nameFrom = from;
    found.to = found.nameTo = to;
    if (to - from == 1) {
        if (auto index = db_->regionIndex(keys[from])) { // a concrete id such as "temple-left"
            found.regions.push_back(*index);
            return found;
        }
    }
    // A side word first, else last; the longest side word that fits wins ("both sides").
    bool hasSide = false;
    std::optional<Side> side;
    for (int end = 0; end < 2 && !hasSide; ++end) {
        for (std::size_t n = std::min(longestSideWord_, to - from - 1); n > 0 && !hasSide; --n) {
            const std::size_t at = end == 0 ? from : to - n;
            if (auto it = sideWords_.find(joinWords(keys, at, at + n)); it != sideWords_.end()) {
                hasSide = true;
                side = it->second;
                (end == 0 ? found.nameFrom : found.nameTo) = end == 0 ? from + n : to - n;
            }
        }
    }
    const std::string name = joinWords(keys, found.nameFrom, found.nameTo);
    if (sideWords_.count(name)) {
        found.miss = Lookup::Miss::SideOnly;
        return found;
    }
    const std::vector<std::string>* baseIds = nullptr;
    if (auto it = phraseTerms_.find(name); it != phraseTerms_.end())
        baseIds = &it->second;
    else if (auto it2 = regionTerms_.find(name); it2 != regionTerms_.end())
        baseIds = &it2->second;
    if (!baseIds) {
        found.miss = Lookup::Miss::Unknown;
        return found;
    }
    const std::optional<Side> wanted = hasSide ? side : defaultSide;
    for (const auto& base : *baseIds) {
        for (std::size_t index : db_->regionsOfBase(base)) {
            const Side s = db_->regions[index].side;
            if (s == Side::Midline || !wanted || s == *wanted)
                appendUnique(found.regions, index);
        }
    }
    return found;
}

std::string RegionQuery::explain(const Lookup& miss, const std::vector<std::string>& shown,
                                 const std::vector<std::string>& keys, bool withCloseMatches) const {
    if (miss.miss == Lookup::Miss::SideOnly) {
        const std::string text = joinWords(shown, miss.from, miss.to);
        return "\"" + text + "\" names a side but no region (try \"" + text + " temple\")";
    }
    // Nothing close to the whole name: a misspelt side word ("lft tempel") or one bad word hides
    // the rest, so try without the first or last word, then word by word. A long text is no name
    // with a typo: only its first words are looked at, which keeps this linear.
    const std::size_t from = miss.nameFrom;
    const std::size_t to = miss.nameTo;
    const std::size_t count = to - from;
    if (!withCloseMatches)
        return "unknown region " + quoted(joinWords(shown, from, to), count);
    std::vector<std::string> close;
    if (count <= kMaxWordsPerName) {
        close = closeTo(joinWords(keys, from, to), 5);
        for (std::size_t drop = 0; close.empty() && count > 1 && drop < 2; ++drop)
            close = closeTo(drop == 0 ? joinWords(keys, from + 1, to) : joinWords(keys, from, to - 1), 5);
    }
    for (std::size_t w = from; close.empty() && count > 1 && w < std::min(to, from + kMaxWordsForHints); ++w)
        close = closeTo(keys[w], 5);
    return "unknown region " + quoted(joinWords(shown, from, to), count) + didYouMean(close);
}

RegionQueryResult RegionQuery::resolve(std::string_view input, std::optional<Side> defaultSide) const {
    RegionQueryResult result;
    const std::string text = normalizeWords(input);
    if (text.empty()) {
        result.errors.push_back("empty region name");
        return result;
    }
    const std::vector<std::string> shown = splitWords(text);
    const std::vector<std::string> keys = foldEach(shown);
    Lookup found = lookup(keys, 0, keys.size(), defaultSide);
    if (found.miss == Lookup::Miss::None)
        result.regions = std::move(found.regions);
    else
        result.errors.push_back(explain(found, shown, keys, true));
    return result;
}

RegionQueryResult RegionQuery::resolveAll(const std::vector<std::string>& args,
                                          std::optional<Side> defaultSide) const {
    std::vector<std::string> shown;
    for (const auto& arg : args)
        for (auto& w : splitWords(normalizeWords(arg)))
            shown.push_back(std::move(w));
    const std::vector<std::string> keys = foldEach(shown);
    RegionQueryResult result;
    // The longest run of at most kMaxWordsPerName words from `start` that names something.
    auto longestFrom = [&](std::size_t start) -> Lookup {
        for (std::size_t end = std::min(keys.size(), start + kMaxWordsPerName); end > start; --end) {
            Lookup found = lookup(keys, start, end, defaultSide);
            if (found.miss == Lookup::Miss::None)
                return found;
        }
        return {};
    };
    std::size_t i = 0;
    while (i < keys.size()) {
        if (Lookup found = longestFrom(i); found.to > i) {
            for (std::size_t r : found.regions)
                appendUnique(result.regions, r);
            i = found.to;
            continue;
        }
        // Unknown: report the words up to where something recognisable starts again, once.
        std::size_t next = i + 1;
        while (next < keys.size() && longestFrom(next).to == 0)
            ++next;
        const Lookup bad = lookup(keys, i, next, defaultSide);
        if (bad.miss == Lookup::Miss::None) // a side word plus a full-length name
            for (std::size_t r : bad.regions)
                appendUnique(result.regions, r);
        else
            result.errors.push_back(explain(bad, shown, keys, result.errors.size() < kMaxExplained));
        i = next;
    }
    if (keys.empty())
        result.errors.push_back("no region given");
    return result;
}

} // namespace tpf
