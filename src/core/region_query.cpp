#include "core/region_query.h"

#include "core/text.h"

#include <algorithm>

namespace tpf {
namespace {

constexpr std::size_t kMaxWordsPerName = 8; // longest synonym is well below this

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
    for (std::size_t i = from; i < to; ++i)
        out += (i == from ? "" : " ") + words[i];
    return out;
}

std::string spaced(std::string id) {
    std::replace(id.begin(), id.end(), '_', ' ');
    return id;
}

void addTerm(std::unordered_map<std::string, std::vector<std::string>>& terms, const std::string& words,
             const std::vector<std::string>& baseIds) {
    const std::string key = normalizeWords(words);
    if (!key.empty())
        terms.try_emplace(key, baseIds); // first definition wins; the data file order decides
}

void appendUnique(std::vector<std::size_t>& list, std::size_t value) {
    if (std::find(list.begin(), list.end(), value) == list.end())
        list.push_back(value);
}

} // namespace

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
        vocabulary_.push_back(r.id);
    }
    for (const auto* terms : {&regionTerms_, &phraseTerms_})
        for (const auto& [words, ids] : *terms)
            vocabulary_.push_back(words);
    std::sort(vocabulary_.begin(), vocabulary_.end());
    vocabulary_.erase(std::unique(vocabulary_.begin(), vocabulary_.end()), vocabulary_.end());
}

std::vector<std::string> RegionQuery::suggestions(std::string_view words, std::size_t limit) const {
    return closeMatches(normalizeWords(words), vocabulary_, limit);
}

RegionQueryResult RegionQuery::resolve(std::string_view input, std::optional<Side> defaultSide) const {
    RegionQueryResult result;
    const std::string text = normalizeWords(input);
    if (text.empty()) {
        result.errors.push_back("empty region name");
        return result;
    }
    if (auto index = db_->regionIndex(text)) { // a concrete id such as "temple-left"
        result.regions.push_back(*index);
        return result;
    }
    std::vector<std::string> words = splitWords(text);
    std::optional<Side> side;
    if (words.size() > 1 && parseSide(words.front())) {
        side = parseSide(words.front());
        words.erase(words.begin());
    } else if (words.size() > 1 && parseSide(words.back())) {
        side = parseSide(words.back());
        words.pop_back();
    }
    const std::string name = joinWords(words, 0, words.size());
    if (parseSide(name)) {
        result.errors.push_back("\"" + text + "\" names a side but no region (try \"" + text + " temple\")");
        return result;
    }
    const std::vector<std::string>* baseIds = nullptr;
    if (auto it = phraseTerms_.find(name); it != phraseTerms_.end())
        baseIds = &it->second;
    else if (auto it2 = regionTerms_.find(name); it2 != regionTerms_.end())
        baseIds = &it2->second;
    if (!baseIds) {
        // Nothing close to the whole name: a misspelt side word ("lft tempel") or one bad word
        // hides the rest, so try without the first or last word, then word by word.
        std::vector<std::string> close = suggestions(name);
        for (std::size_t drop = 0; close.empty() && words.size() > 1 && drop < 2; ++drop)
            close = suggestions(drop == 0 ? joinWords(words, 1, words.size())
                                          : joinWords(words, 0, words.size() - 1));
        for (std::size_t w = 0; close.empty() && words.size() > 1 && w < words.size(); ++w)
            close = suggestions(words[w]);
        result.errors.push_back("unknown region \"" + name + "\"" + didYouMean(close));
        return result;
    }
    const std::optional<Side> wanted = side ? side : defaultSide;
    for (const auto& base : *baseIds) {
        for (std::size_t index : db_->regionsOfBase(base)) {
            const Side s = db_->regions[index].side;
            if (s == Side::Midline || !wanted || s == *wanted)
                appendUnique(result.regions, index);
        }
    }
    return result;
}

RegionQueryResult RegionQuery::resolveAll(const std::vector<std::string>& args,
                                          std::optional<Side> defaultSide) const {
    std::vector<std::string> words;
    for (const auto& arg : args)
        for (auto& w : splitWords(normalizeWords(arg)))
            words.push_back(std::move(w));
    RegionQueryResult result;
    auto longestFrom = [&](std::size_t start) -> std::pair<std::size_t, RegionQueryResult> {
        for (std::size_t end = std::min(words.size(), start + kMaxWordsPerName); end > start; --end) {
            RegionQueryResult r = resolve(joinWords(words, start, end), defaultSide);
            if (r.ok())
                return {end, std::move(r)};
        }
        return {start, {}};
    };
    std::size_t i = 0;
    while (i < words.size()) {
        auto [end, found] = longestFrom(i);
        if (end > i) {
            for (std::size_t r : found.regions)
                appendUnique(result.regions, r);
            i = end;
            continue;
        }
        // Unknown: report the words up to where something recognisable starts again.
        std::size_t next = i + 1;
        while (next < words.size() && longestFrom(next).first == next)
            ++next;
        RegionQueryResult bad = resolve(joinWords(words, i, next), defaultSide);
        result.errors.insert(result.errors.end(), bad.errors.begin(), bad.errors.end());
        i = next;
    }
    if (words.empty())
        result.errors.push_back("no region given");
    return result;
}

} // namespace tpf
