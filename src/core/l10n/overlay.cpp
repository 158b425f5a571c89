#include "core/l10n/overlay.h"

#include <algorithm>
#include <array>
#include <regex>
#include <set>
#include <string_view>

namespace tpf::l10n {
namespace {

using nlohmann::json;

// Keys whose strings are ids, enum values, references or bibliographic entries, not prose.
constexpr std::array<std::string_view, 16> kNotText = {"id",
                                                       "schema_version",
                                                       "language",
                                                       "category",
                                                       "urgency",
                                                       "when",
                                                       "action",
                                                       "trigger",
                                                       "sources",
                                                       "see_a_professional",
                                                       "citation",
                                                       "ref",
                                                       "tool",
                                                       "area",
                                                       "excluded_areas",
                                                       "excluded_danger_zones"};

bool isObjectArrayWithIds(const json& v) {
    return v.is_array() && !v.empty() && std::all_of(v.begin(), v.end(), [](const json& e) {
               return e.is_object() && e.contains("id") && e["id"].is_string();
           });
}

std::set<std::string> placeholders(const std::string& text) {
    static const std::regex re(R"(\{[a-z_]+\})");
    std::set<std::string> out;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator(); ++it)
        out.insert(it->str());
    return out;
}

std::string join(const std::set<std::string>& s) {
    std::string out;
    for (const auto& x : s)
        out += (out.empty() ? "" : " ") + x;
    return out.empty() ? std::string("none") : out;
}

class Merger {
public:
    Merger(const std::string& file, Problems& problems) : file_(file), problems_(problems) {}

    void merge(json& base, const json& over, const std::string& path, const std::string& key) {
        if (over.is_object()) {
            if (base.is_object()) {
                for (const auto& [k, v] : over.items()) {
                    const auto it = base.find(k);
                    if (it == base.end())
                        problem(path + "/" + escapePointer(k),
                                "unknown field \"" + k + "\" (not in the English file)");
                    else
                        merge(*it, v, path + "/" + escapePointer(k), k);
                }
            } else if (isObjectArrayWithIds(base)) {
                for (const auto& item : over.items()) {
                    const std::string& id = item.key();
                    const json& v = item.value();
                    const auto it =
                        std::find_if(base.begin(), base.end(), [&](const json& e) { return e["id"] == id; });
                    if (it == base.end())
                        problem(path + "/" + escapePointer(id), "unknown id \"" + id + "\"");
                    else
                        merge(*it, v, path + "/" + escapePointer(id), key);
                }
            } else {
                problem(path, std::string("expected ") + describe(base) + ", found an object");
            }
            return;
        }
        if (!isTranslatableKey(key)) {
            problem(path, "\"" + key + "\" is not text to translate; leave it out");
            return;
        }
        if (over.is_array()) {
            if (!base.is_array()) {
                problem(path, std::string("expected ") + describe(base) + ", found a list");
            } else if (isObjectArrayWithIds(base)) {
                problem(path, "expected an object keyed by id for this list of entries");
            } else if (over.size() != base.size()) {
                problem(path, "has " + std::to_string(over.size()) + " entries but the English list has " +
                                  std::to_string(base.size()) + "; kept in English");
            } else {
                for (std::size_t i = 0; i < over.size(); ++i)
                    merge(base[i], over[i], path + "/" + std::to_string(i), key);
            }
            return;
        }
        if (over.is_string()) {
            if (!base.is_string()) {
                problem(path, std::string("expected ") + describe(base) + ", found a text");
                return;
            }
            const std::string text = over.get<std::string>();
            if (text.empty()) {
                problem(path, "empty translation (leave the field out to keep the English text)");
                return;
            }
            const auto want = placeholders(base.get<std::string>());
            const auto have = placeholders(text);
            if (want != have) {
                problem(path, "placeholders " + join(have) + " differ from the English " + join(want) +
                                  "; kept in English");
                return;
            }
            base = text;
            return;
        }
        problem(path, "only texts are translated; numbers and switches come from the English file");
    }

private:
    static const char* describe(const json& v) {
        if (v.is_object())
            return "an object";
        if (v.is_array())
            return "a list";
        if (v.is_string())
            return "a text";
        return "a number or switch (not translatable)";
    }
    void problem(const std::string& path, const std::string& message) {
        problems_.push_back({file_, path, message});
    }

    const std::string& file_;
    Problems& problems_;
};

void collectMissing(const json& base, const json* over, const std::string& path, const std::string& key,
                    std::vector<std::string>& out) {
    if (base.is_object()) {
        for (const auto& [k, v] : base.items()) {
            const json* o = over && over->is_object() && over->contains(k) ? &(*over)[k] : nullptr;
            collectMissing(v, o, path + "/" + escapePointer(k), k, out);
        }
    } else if (isObjectArrayWithIds(base)) {
        for (const json& e : base) {
            const std::string id = e["id"].get<std::string>();
            const json* o = over && over->is_object() && over->contains(id) ? &(*over)[id] : nullptr;
            collectMissing(e, o, path + "/" + escapePointer(id), key, out);
        }
    } else if (base.is_array()) {
        if (!isTranslatableKey(key))
            return;
        for (std::size_t i = 0; i < base.size(); ++i) {
            const json* o = over && over->is_array() && i < over->size() ? &(*over)[i] : nullptr;
            collectMissing(base[i], o, path + "/" + std::to_string(i), key, out);
        }
    } else if (base.is_string() && isTranslatableKey(key) && !base.get<std::string>().empty()) {
        if (!over || !over->is_string() || over->get<std::string>().empty())
            out.push_back(path);
    }
}

} // namespace

bool isTranslatableKey(const std::string& key) {
    return std::find(kNotText.begin(), kNotText.end(), key) == kNotText.end();
}

Problems overlayStrings(nlohmann::json& english, const nlohmann::json& strings, const std::string& file) {
    Problems problems;
    Merger merger(file, problems);
    if (!strings.is_object())
        problems.push_back({file, "/strings", "expected an object mirroring the English file"});
    else
        merger.merge(english, strings, "/strings", "strings");
    return problems;
}

Problems applyOverlay(nlohmann::json& english, const Pack& pack, const std::string& englishFileName) {
    const PackFile* file = pack.find(englishFileName);
    if (!file)
        return {};
    Problems problems;
    if (!file->isOverlay()) {
        problems.push_back(
            {file->label, "", "expected {\"strings\": ...} mirroring the English " + englishFileName});
        return problems;
    }
    for (const auto& [key, value] : file->doc.items())
        if (key != "schema_version" && key != "language" && key != "strings")
            problems.push_back({file->label, "/" + escapePointer(key), "unknown field \"" + key + "\""});
    Problems more = overlayStrings(english, file->doc["strings"], file->label);
    problems.insert(problems.end(), more.begin(), more.end());
    return problems;
}

std::vector<std::string> missingStrings(const nlohmann::json& english, const nlohmann::json& strings) {
    std::vector<std::string> out;
    collectMissing(english, strings.is_null() ? nullptr : &strings, "", "", out);
    return out;
}

} // namespace tpf::l10n
