#include "core/l10n/database.h"

#include "core/json_checker.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <unordered_map>

namespace tpf::l10n {
namespace {

using nlohmann::json;

using detail::child;

// Reads one pack file, reporting every problem with the file and JSON path through the data
// loader's checker (the same unknown-field rule and messages as the English files). Unlike there,
// every field is optional: what a pack leaves out stays English.
class Reader {
public:
    Reader(const PackFile& file, Problems& problems) : file_(file), check_(file.label, problems) {}

    void problem(const std::string& path, const std::string& message) const { check_.problem(path, message); }

    // The object at doc[key] (keyed by id), or nullptr (absent, or reported as the wrong type).
    const json* section(const char* key) const {
        const auto it = file_.doc.find(key);
        if (it == file_.doc.end())
            return nullptr;
        if (!it->is_object()) {
            problem(std::string("/") + key, "expected an object keyed by id");
            return nullptr;
        }
        return &*it;
    }

    // A non-empty string at entry[key]; empty when absent or reported.
    std::string text(const json& entry, const std::string& path, const char* key) const {
        const auto it = entry.find(key);
        if (it == entry.end())
            return {};
        if (!it->is_string()) {
            problem(child(path, key), "expected a text");
            return {};
        }
        std::string s = it->get<std::string>();
        if (s.empty())
            problem(child(path, key), "empty translation (leave the field out to keep the English text)");
        return s;
    }

    // A list of non-empty strings at entry[key]; `expected` > 0 demands that many entries.
    std::optional<std::vector<std::string>> list(const json& entry, const std::string& path, const char* key,
                                                 std::size_t expected) const {
        const auto it = entry.find(key);
        if (it == entry.end())
            return std::nullopt;
        if (!it->is_array()) {
            problem(child(path, key), "expected a list of texts");
            return std::nullopt;
        }
        std::vector<std::string> out;
        bool ok = true;
        for (std::size_t i = 0; i < it->size(); ++i) {
            const json& v = (*it)[i];
            if (!v.is_string() || v.get<std::string>().empty()) {
                problem(child(child(path, key), i), "expected a non-empty text");
                ok = false;
            } else {
                out.push_back(v.get<std::string>());
            }
        }
        if (ok && expected > 0 && out.size() != expected) {
            problem(child(path, key), "has " + std::to_string(out.size()) +
                                          " entries but the English list has " + std::to_string(expected) +
                                          "; kept in English");
            return std::nullopt;
        }
        return ok ? std::optional(out) : std::nullopt;
    }

    void checkKeys(const json& entry, const std::string& path,
                   std::initializer_list<std::string_view> known) const {
        check_.knownFields(entry, path, known);
    }

    // Calls `each(id, entry, path)` for every object entry of doc[key].
    void forEach(const char* key,
                 const std::function<void(const std::string&, const json&, const std::string&)>& each) const {
        const json* s = section(key);
        if (!s)
            return;
        for (const auto& [id, entry] : s->items()) {
            const std::string path = child(child("", key), id);
            if (!entry.is_object()) {
                problem(path, "expected an object with the translated fields");
                continue;
            }
            each(id, entry, path);
        }
    }

    const PackFile& file() const { return file_; }

private:
    const PackFile& file_;
    mutable detail::Checker check_;
};

void addUnique(std::vector<std::string>& list, const std::string& value) {
    if (!value.empty() && std::find(list.begin(), list.end(), value) == list.end())
        list.push_back(value);
}

std::string applySideFormat(const std::string& format, const std::string& label) {
    std::string out = format;
    if (const auto at = out.find("%1"); at != std::string::npos)
        out.replace(at, 2, label);
    return out;
}

// Each kind of entry may be translated once across the pack; a second translation is a mistake.
class Seen {
public:
    bool first(const Reader& r, const std::string& kind, const std::string& id, const std::string& path) {
        const auto [it, inserted] = seen_.try_emplace(kind + "\n" + id, r.file().label);
        if (!inserted)
            r.problem(path, "translated again (first in " + it->second + "); this one is ignored");
        return inserted;
    }

private:
    std::unordered_map<std::string, std::string> seen_;
};

void applyRegions(Database& db, const Reader& r, Seen& seen) {
    std::string formats[2] = {"", ""}; // left, right
    if (const json* sf = r.section("side_format")) {
        r.checkKeys(*sf, "/side_format", {"left", "right"});
        int i = 0;
        for (const char* key : {"left", "right"}) {
            std::string f = r.text(*sf, "/side_format", key);
            if (!f.empty() && f.find("%1") == std::string::npos) {
                r.problem(std::string("/side_format/") + key, "must contain %1 where the region's name goes");
                f.clear();
            }
            formats[i++] = f;
        }
    }
    // Words that name a side in what a person types ("linke Schläfe"), added to the English ones.
    if (const json* sw = r.section("side_words")) {
        r.checkKeys(*sw, "/side_words", {"left", "right", "both"});
        const std::pair<const char*, std::optional<Side>> sides[] = {
            {"left", Side::Left}, {"right", Side::Right}, {"both", std::nullopt}};
        for (const auto& [key, side] : sides)
            if (const auto words = r.list(*sw, "/side_words", key, 0))
                for (const auto& w : *words)
                    db.sideWords.push_back({w, side});
    }
    r.forEach("regions", [&](const std::string& id, const json& entry, const std::string& path) {
        r.checkKeys(entry, path, {"label", "synonyms"});
        const std::vector<std::size_t> concrete = db.regionsOfBase(id);
        if (concrete.empty()) {
            r.problem(path, "unknown region id \"" + id + "\"");
            return;
        }
        if (!seen.first(r, "region", id, path))
            return;
        const std::string label = r.text(entry, path, "label");
        const auto synonyms = r.list(entry, path, "synonyms", 0);
        for (std::size_t index : concrete) {
            Region& region = db.regions[index];
            if (!label.empty()) {
                addUnique(region.synonyms, region.baseLabel); // the English name stays searchable
                region.baseLabel = label;
                if (region.side == Side::Midline)
                    region.label = label;
                else if (const std::string& f = formats[region.side == Side::Left ? 0 : 1]; !f.empty())
                    region.label = applySideFormat(f, label);
                else
                    r.problem(path + "/label",
                              "side_format has no format for this side; the label stays English");
            }
            if (synonyms)
                for (const auto& s : *synonyms)
                    addUnique(region.synonyms, s);
        }
    });
    r.forEach("phrases", [&](const std::string& id, const json& entry, const std::string& path) {
        r.checkKeys(entry, path, {"label", "synonyms"});
        const auto it =
            std::find_if(db.phrases.begin(), db.phrases.end(), [&](const Phrase& p) { return p.id == id; });
        if (it == db.phrases.end()) {
            r.problem(path, "unknown phrase id \"" + id + "\"");
            return;
        }
        if (!seen.first(r, "phrase", id, path))
            return;
        if (const std::string label = r.text(entry, path, "label"); !label.empty()) {
            addUnique(it->synonyms, it->label);
            it->label = label;
        }
        if (const auto synonyms = r.list(entry, path, "synonyms", 0))
            for (const auto& s : *synonyms)
                addUnique(it->synonyms, s);
    });
}

void applyDangerZones(Database& db, const Reader& r, Seen& seen) {
    r.forEach("danger_zones", [&](const std::string& id, const json& entry, const std::string& path) {
        r.checkKeys(entry, path, {"label", "advice"});
        const auto it = std::find_if(db.dangerZones.begin(), db.dangerZones.end(),
                                     [&](const DangerZone& z) { return z.id == id; });
        if (it == db.dangerZones.end()) {
            r.problem(path, "unknown danger zone id \"" + id + "\"");
            return;
        }
        if (!seen.first(r, "danger_zone", id, path))
            return;
        if (auto s = r.text(entry, path, "label"); !s.empty())
            it->label = s;
        if (auto s = r.text(entry, path, "advice"); !s.empty())
            it->advice = s;
    });
}

void applyMuscles(Database& db, const Reader& r, Seen& seen) {
    r.forEach("muscles", [&](const std::string& id, const json& entry, const std::string& path) {
        r.checkKeys(entry, path, {"name", "other_names"});
        const auto it =
            std::find_if(db.muscles.begin(), db.muscles.end(), [&](const Muscle& m) { return m.id == id; });
        if (it == db.muscles.end()) {
            r.problem(path, "unknown muscle id \"" + id + "\"");
            return;
        }
        if (!seen.first(r, "muscle", id, path))
            return;
        const std::string name = r.text(entry, path, "name");
        const auto others = r.list(entry, path, "other_names", 0);
        // Translated names first; the English name and other names stay as other names, so
        // search finds the muscle in both languages and readers can match the literature.
        std::vector<std::string> otherNames;
        if (others)
            for (const auto& s : *others)
                addUnique(otherNames, s);
        if (!name.empty())
            addUnique(otherNames, it->name);
        for (const auto& s : it->otherNames)
            addUnique(otherNames, s);
        if (!name.empty())
            it->name = name;
        std::erase(otherNames, it->name);
        it->otherNames = std::move(otherNames);
    });
    r.forEach("trigger_points", [&](const std::string& id, const json& entry, const std::string& path) {
        r.checkKeys(entry, path,
                    {"name", "location", "symptoms", "mistaken_for", "how_to_find", "tool_position",
                     "pressure", "mobilization", "stretch", "cautions"});
        const auto index = db.triggerPointIndex(id);
        if (!index) {
            r.problem(path, "unknown trigger point id \"" + id + "\"");
            return;
        }
        if (!seen.first(r, "trigger_point", id, path))
            return;
        TriggerPoint& tp = db.triggerPoints[*index];
        const auto setText = [&](std::string& target, const char* key) {
            if (std::string s = r.text(entry, path, key); !s.empty()) {
                if (target.empty())
                    r.problem(child(path, key), "the English data has no text here; nothing to translate");
                else
                    target = std::move(s);
            }
        };
        const auto setList = [&](std::vector<std::string>& target, const char* key) {
            if (auto l = r.list(entry, path, key, target.size()))
                target = std::move(*l);
        };
        setText(tp.name, "name");
        setText(tp.location.description, "location");
        setList(tp.symptoms, "symptoms");
        setList(tp.mistakenFor, "mistaken_for");
        setText(tp.howToFind, "how_to_find");
        setText(tp.selfTreatment.position, "tool_position");
        setText(tp.selfTreatment.pressure, "pressure");
        setText(tp.mobilization, "mobilization");
        setText(tp.stretch, "stretch");
        setList(tp.cautions, "cautions");
    });
}

} // namespace

Problems applyToDatabase(Database& db, const Pack& pack) {
    Problems problems;
    Seen seen;
    for (const PackFile& file : pack.files) {
        if (file.isOverlay())
            continue;
        const Reader r(file, problems);
        r.checkKeys(file.doc, "",
                    {"schema_version", "language", "side_format", "side_words", "regions", "phrases",
                     "muscles", "trigger_points", "danger_zones"});
        applyRegions(db, r, seen);
        applyDangerZones(db, r, seen);
        applyMuscles(db, r, seen);
    }
    return problems;
}

namespace {

std::string shorten(const std::string& s) {
    if (s.size() <= 60)
        return s;
    std::size_t cut = 57;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) // not inside a UTF-8 sequence
        --cut;
    return s.substr(0, cut) + "...";
}

} // namespace

std::vector<Missing> missingInDatabase(const Database& english, const Pack& pack) {
    // Gather what the pack translates: kind -> id -> the entry.
    std::map<std::string, std::map<std::string, const nlohmann::json*>> have;
    bool sideLeft = false, sideRight = false;
    for (const PackFile& file : pack.files) {
        if (file.isOverlay())
            continue;
        for (const char* kind : {"regions", "phrases", "muscles", "trigger_points", "danger_zones"})
            if (const auto it = file.doc.find(kind); it != file.doc.end() && it->is_object())
                for (const auto& [id, entry] : it->items())
                    if (entry.is_object())
                        have[kind].try_emplace(id, &entry);
        if (const auto it = file.doc.find("side_format"); it != file.doc.end() && it->is_object()) {
            sideLeft = sideLeft || it->contains("left");
            sideRight = sideRight || it->contains("right");
        }
    }
    std::vector<Missing> out;
    const auto check = [&](const char* kind, const std::string& id, const char* field,
                           const std::string& englishText) {
        if (englishText.empty())
            return;
        const auto k = have[kind].find(id);
        const bool ok =
            k != have[kind].end() && k->second->contains(field) &&
            !(k->second->at(field).is_string() && k->second->at(field).get<std::string>().empty());
        if (!ok)
            out.push_back({std::string(kind) + "/" + id + "/" + field, shorten(englishText)});
    };
    const auto joined = [](const std::vector<std::string>& v) {
        std::string s;
        for (const auto& x : v)
            s += (s.empty() ? "" : "; ") + x;
        return s;
    };
    if (!sideLeft)
        out.push_back({"side_format/left", "Left %1"});
    if (!sideRight)
        out.push_back({"side_format/right", "Right %1"});
    std::set<std::string> bases;
    for (const Region& r : english.regions) {
        if (!bases.insert(r.baseId).second)
            continue;
        check("regions", r.baseId, "label", r.baseLabel);
        check("regions", r.baseId, "synonyms", joined(r.synonyms));
    }
    for (const Phrase& p : english.phrases) {
        check("phrases", p.id, "label", p.label);
        check("phrases", p.id, "synonyms", joined(p.synonyms));
    }
    for (const DangerZone& z : english.dangerZones) {
        check("danger_zones", z.id, "label", z.label);
        check("danger_zones", z.id, "advice", z.advice);
    }
    for (const Muscle& m : english.muscles) {
        check("muscles", m.id, "name", m.name);
        check("muscles", m.id, "other_names", joined(m.otherNames));
    }
    for (const TriggerPoint& tp : english.triggerPoints) {
        check("trigger_points", tp.id, "name", tp.name);
        check("trigger_points", tp.id, "location", tp.location.description);
        check("trigger_points", tp.id, "symptoms", joined(tp.symptoms));
        check("trigger_points", tp.id, "mistaken_for", joined(tp.mistakenFor));
        check("trigger_points", tp.id, "how_to_find", tp.howToFind);
        check("trigger_points", tp.id, "tool_position", tp.selfTreatment.position);
        check("trigger_points", tp.id, "pressure", tp.selfTreatment.pressure);
        check("trigger_points", tp.id, "mobilization", tp.mobilization);
        check("trigger_points", tp.id, "stretch", tp.stretch);
        check("trigger_points", tp.id, "cautions", joined(tp.cautions));
    }
    return out;
}

} // namespace tpf::l10n
