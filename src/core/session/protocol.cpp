#include "core/session/protocol.h"

#include "core/json_checker.h"
#include "core/session/text_template.h"

#include <algorithm>
#include <fstream>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

namespace tpf::session {

using nlohmann::json;

const Protocol* ProtocolSet::find(const std::string& id) const {
    for (const auto& p : presets)
        if (p.id == id)
            return &p;
    return nullptr;
}

namespace {

// Walks the document, reading fields into plain structs and collecting every problem instead
// of stopping at the first, so a reviewer fixes a file in one pass.
class Reader {
public:
    Reader(std::string file, Problems& out) : file_(std::move(file)), problems_(out) {}

    void fail(const std::string& path, const std::string& message) {
        problems_.push_back({file_, path, message, 0, 0});
    }

    // Returns the member or nullptr (reporting it when required).
    const json* member(const json& obj, const std::string& path, const char* key, bool required = true) {
        auto it = obj.find(key);
        if (it == obj.end()) {
            if (required)
                fail(path, std::string("missing required key \"") + key + "\"");
            return nullptr;
        }
        return &*it;
    }

    const json* object(const json& obj, const std::string& path, const char* key, bool required = true) {
        const json* v = member(obj, path, key, required);
        if (!v)
            return nullptr;
        if (!v->is_object()) {
            fail(path + "/" + key, "expected an object");
            return nullptr;
        }
        return v;
    }

    void checkKeys(const json& obj, const std::string& path, std::initializer_list<const char*> known) {
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            bool found =
                std::any_of(known.begin(), known.end(), [&](const char* k) { return it.key() == k; });
            if (!found) {
                std::string list;
                for (const char* k : known)
                    list += std::string(list.empty() ? "" : ", ") + k;
                fail(path + "/" + it.key(), "unknown key (expected one of: " + list + ")");
            }
        }
    }

    void integer(const json& obj, const std::string& path, const char* key, int lo, int hi, int& out,
                 bool required = true) {
        const json* v = member(obj, path, key, required);
        if (!v)
            return;
        const std::string p = path + "/" + key;
        if (!v->is_number_integer()) {
            fail(p, "expected a whole number from " + std::to_string(lo) + " to " + std::to_string(hi));
            return;
        }
        const auto n = v->get<long long>();
        if (n < lo || n > hi) {
            fail(p, std::to_string(n) + " is out of range (expected " + std::to_string(lo) + " to " +
                        std::to_string(hi) + ")");
            return;
        }
        out = static_cast<int>(n);
    }

    void boolean(const json& obj, const std::string& path, const char* key, bool& out) {
        const json* v = member(obj, path, key);
        if (!v)
            return;
        if (!v->is_boolean()) {
            fail(path + "/" + key, "expected true or false");
            return;
        }
        out = v->get<bool>();
    }

    // A non-empty text whose placeholders are all in `allowed`.
    void text(const json& obj, const std::string& path, const char* key, std::string& out,
              std::initializer_list<const char*> allowed = {}) {
        const json* v = member(obj, path, key);
        if (!v)
            return;
        const std::string p = path + "/" + key;
        if (!v->is_string() ||
            v->get_ref<const std::string&>().find_first_not_of(" \t\n") == std::string::npos) {
            fail(p, "expected a non-empty text");
            return;
        }
        out = v->get<std::string>();
        for (const auto& name : placeholdersIn(out)) {
            bool ok = std::any_of(allowed.begin(), allowed.end(), [&](const char* a) { return name == a; });
            if (!ok) {
                std::string list;
                for (const char* a : allowed)
                    list += std::string(list.empty() ? "" : ", ") + "{" + a + "}";
                fail(p, "unknown placeholder {" + name + "}" +
                            (list.empty() ? " (this text takes none)" : " (allowed: " + list + ")"));
            }
        }
    }

    void range(const std::string& path, int lo, int hi, const char* what) {
        if (lo > hi)
            fail(path, std::string(what) + ": min " + std::to_string(lo) + " is greater than max " +
                           std::to_string(hi));
    }

private:
    std::string file_;
    Problems& problems_;
};

bool validId(const std::string& id) {
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

SharedRules readShared(Reader& r, const json& doc) {
    SharedRules s;
    if (const json* ps = r.object(doc, "", "pressure_scale")) {
        const std::string p = "/pressure_scale";
        r.checkKeys(*ps, p,
                    {"max", "ease_off_above", "released_at_or_below", "trend_min_change", "countdown_seconds",
                     "prompts"});
        r.integer(*ps, p, "max", 1, 100, s.scale_max);
        r.integer(*ps, p, "ease_off_above", 0, 100, s.ease_off_above);
        r.integer(*ps, p, "released_at_or_below", 0, 100, s.released_at_or_below);
        r.integer(*ps, p, "trend_min_change", 1, 100, s.trend_min_change);
        r.integer(*ps, p, "countdown_seconds", 0, 10, s.countdown_seconds);
        if (s.ease_off_above > s.scale_max)
            r.fail(p + "/ease_off_above", "must not exceed max");
        if (s.released_at_or_below >= s.ease_off_above)
            r.fail(p + "/released_at_or_below", "must be below ease_off_above");
        if (const json* pr = r.object(*ps, p, "prompts")) {
            const std::string q = p + "/prompts";
            r.checkKeys(
                *pr, q,
                {"breathing", "ease_off", "released", "trend_falling", "trend_steady", "trend_rising"});
            r.text(*pr, q, "breathing", s.breathing_prompt);
            r.text(*pr, q, "ease_off", s.ease_off_prompt, {"value", "max"});
            r.text(*pr, q, "released", s.released_prompt, {"value"});
            r.text(*pr, q, "trend_falling", s.trend_falling);
            r.text(*pr, q, "trend_steady", s.trend_steady);
            r.text(*pr, q, "trend_rising", s.trend_rising);
        }
    }
    if (const json* st = r.object(doc, "", "stop_rules")) {
        const std::string p = "/stop_rules";
        r.checkKeys(*st, p,
                    {"sharp_pain_label", "sharp_pain_explanation", "safety_block_explanation",
                     "stopped_by_user_explanation", "completed_message"});
        r.text(*st, p, "sharp_pain_label", s.sharp_pain_label);
        r.text(*st, p, "sharp_pain_explanation", s.sharp_pain_explanation);
        r.text(*st, p, "safety_block_explanation", s.safety_block_explanation);
        r.text(*st, p, "stopped_by_user_explanation", s.stopped_by_user_explanation);
        r.text(*st, p, "completed_message", s.completed_message);
    }
    if (const json* q = r.object(doc, "", "queue")) {
        const std::string p = "/queue";
        r.checkKeys(*q, p,
                    {"recommended_total_minutes", "transition_seconds", "next_point_instruction",
                     "switch_side_instruction", "too_long_note", "side_names"});
        if (const json* t = r.object(*q, p, "recommended_total_minutes")) {
            const std::string tp = p + "/recommended_total_minutes";
            r.checkKeys(*t, tp, {"min", "max"});
            r.integer(*t, tp, "min", 1, 240, s.recommended_total_min_minutes);
            r.integer(*t, tp, "max", 1, 240, s.recommended_total_max_minutes);
            r.range(tp, s.recommended_total_min_minutes, s.recommended_total_max_minutes,
                    "recommended total");
        }
        r.integer(*q, p, "transition_seconds", 0, 300, s.transition_seconds);
        r.text(*q, p, "next_point_instruction", s.next_point_instruction, {"point"});
        r.text(*q, p, "switch_side_instruction", s.switch_side_instruction, {"point", "side"});
        r.text(*q, p, "too_long_note", s.too_long_note, {"minutes", "max"});
        if (const json* sn = r.object(*q, p, "side_names")) {
            r.checkKeys(*sn, p + "/side_names", {"left", "right"});
            r.text(*sn, p + "/side_names", "left", s.side_left);
            r.text(*sn, p + "/side_names", "right", s.side_right);
        }
    }
    if (const json* u = r.object(doc, "", "hold_until_release")) {
        const std::string p = "/hold_until_release";
        r.checkKeys(*u, p, {"cap_seconds", "instruction", "cap_prompt"});
        r.integer(*u, p, "cap_seconds", 10, 600, s.until_release_cap_seconds);
        r.text(*u, p, "instruction", s.until_release_instruction, {"point", "cap"});
        r.text(*u, p, "cap_prompt", s.until_release_cap_prompt, {"cap"});
    }
    return s;
}

Protocol readPreset(Reader& r, const json& pj, const std::string& p, const SharedRules& shared) {
    Protocol pr;
    pr.rules = shared;
    r.checkKeys(pj, p,
                {"id", "name", "description", "warmup", "locate", "hold", "mobilize", "cycle", "stretch"});
    r.text(pj, p, "id", pr.id);
    if (!pr.id.empty() && !validId(pr.id))
        r.fail(p + "/id", "\"" + pr.id + "\" is not a valid id (expected [a-z0-9_]+)");
    r.text(pj, p, "name", pr.name);
    r.text(pj, p, "description", pr.description);

    if (const json* w = r.object(pj, p, "warmup")) {
        const std::string wp = p + "/warmup";
        r.checkKeys(*w, wp, {"default_on", "default_minutes", "min_minutes", "max_minutes", "instruction"});
        r.boolean(*w, wp, "default_on", pr.warmup_default_on);
        r.integer(*w, wp, "min_minutes", 1, 60, pr.warmup_min_minutes);
        r.integer(*w, wp, "max_minutes", 1, 60, pr.warmup_max_minutes);
        r.integer(*w, wp, "default_minutes", 1, 60, pr.warmup_default_minutes);
        r.range(wp, pr.warmup_min_minutes, pr.warmup_max_minutes, "warm-up minutes");
        if (pr.warmup_default_minutes < pr.warmup_min_minutes ||
            pr.warmup_default_minutes > pr.warmup_max_minutes)
            r.fail(wp + "/default_minutes", "must lie between min_minutes and max_minutes");
        r.text(*w, wp, "instruction", pr.warmup_instruction, {"minutes"});
    }
    if (const json* l = r.object(pj, p, "locate")) {
        const std::string lp = p + "/locate";
        r.checkKeys(*l, lp, {"estimate_seconds", "instruction"});
        r.integer(*l, lp, "estimate_seconds", 0, 600, pr.locate_estimate_seconds);
        r.text(*l, lp, "instruction", pr.locate_instruction, {"point"});
    }
    if (const json* h = r.object(pj, p, "hold")) {
        const std::string hp = p + "/hold";
        r.checkKeys(*h, hp,
                    {"from_point", "default_seconds", "min_seconds", "max_seconds", "pressure_target",
                     "instruction", "target_prompt"});
        r.boolean(*h, hp, "from_point", pr.hold_from_point);
        r.integer(*h, hp, "min_seconds", 5, 600, pr.hold_min_seconds);
        r.integer(*h, hp, "max_seconds", 5, 600, pr.hold_max_seconds);
        r.integer(*h, hp, "default_seconds", 5, 600, pr.hold_default_seconds);
        r.range(hp, pr.hold_min_seconds, pr.hold_max_seconds, "hold seconds");
        if (pr.hold_default_seconds < pr.hold_min_seconds || pr.hold_default_seconds > pr.hold_max_seconds)
            r.fail(hp + "/default_seconds", "must lie between min_seconds and max_seconds");
        if (const json* t = r.object(*h, hp, "pressure_target")) {
            const std::string tp = hp + "/pressure_target";
            r.checkKeys(*t, tp, {"min", "max"});
            r.integer(*t, tp, "min", 0, shared.scale_max, pr.pressure_target.min);
            r.integer(*t, tp, "max", 0, shared.scale_max, pr.pressure_target.max);
            r.range(tp, pr.pressure_target.min, pr.pressure_target.max, "pressure target");
            if (pr.pressure_target.max > shared.ease_off_above)
                r.fail(tp + "/max", "must not exceed pressure_scale.ease_off_above (" +
                                        std::to_string(shared.ease_off_above) + ")");
        }
        r.text(*h, hp, "instruction", pr.hold_instruction, {"point", "seconds"});
        r.text(*h, hp, "target_prompt", pr.target_prompt, {"min", "max"});
    }
    if (const json* m = r.object(pj, p, "mobilize")) {
        const std::string mp = p + "/mobilize";
        r.checkKeys(*m, mp, {"seconds", "instruction", "fallback"});
        r.integer(*m, mp, "seconds", 1, 300, pr.mobilize_seconds);
        r.text(*m, mp, "instruction", pr.mobilize_instruction, {"point", "seconds", "mobilization"});
        r.text(*m, mp, "fallback", pr.mobilize_fallback, {"seconds"});
    }
    if (const json* c = r.object(pj, p, "cycle")) {
        const std::string cp = p + "/cycle";
        r.checkKeys(*c, cp, {"seconds_per_point", "min_rounds", "max_rounds"});
        r.integer(*c, cp, "seconds_per_point", 10, 3600, pr.cycle_seconds_per_point);
        r.integer(*c, cp, "min_rounds", 1, 20, pr.cycle_min_rounds);
        r.integer(*c, cp, "max_rounds", 1, 20, pr.cycle_max_rounds);
        r.range(cp, pr.cycle_min_rounds, pr.cycle_max_rounds, "rounds");
    }
    if (const json* s = r.object(pj, p, "stretch")) {
        const std::string sp = p + "/stretch";
        r.checkKeys(*s, sp, {"seconds", "instruction", "fallback"});
        r.integer(*s, sp, "seconds", 1, 600, pr.stretch_seconds);
        r.text(*s, sp, "instruction", pr.stretch_instruction, {"point", "seconds", "stretch"});
        r.text(*s, sp, "fallback", pr.stretch_fallback, {"seconds"});
    }
    return pr;
}

} // namespace

ProtocolLoadResult loadProtocols(const json& doc, const std::string& file) {
    ProtocolLoadResult result;
    Reader r(file, result.problems);
    if (!doc.is_object()) {
        r.fail("", "expected a JSON object at the top level");
        return result;
    }
    r.checkKeys(doc, "",
                {"schema_version", "pressure_scale", "stop_rules", "queue", "hold_until_release", "presets"});
    int version = 0;
    r.integer(doc, "", "schema_version", 1, 1, version);

    const SharedRules shared = readShared(r, doc);

    const json* presets = r.member(doc, "", "presets");
    if (presets && (!presets->is_array() || presets->empty())) {
        r.fail("/presets", "expected a non-empty array of presets");
        presets = nullptr;
    }
    if (presets) {
        std::set<std::string> ids;
        for (std::size_t i = 0; i < presets->size(); ++i) {
            const std::string p = "/presets/" + std::to_string(i);
            const json& pj = (*presets)[i];
            if (!pj.is_object()) {
                r.fail(p, "expected an object");
                continue;
            }
            Protocol pr = readPreset(r, pj, p, shared);
            if (!pr.id.empty() && !ids.insert(pr.id).second)
                r.fail(p + "/id", "duplicate preset id \"" + pr.id + "\"");
            result.protocols.presets.push_back(std::move(pr));
        }
    }
    if (!result.ok())
        result.protocols.presets.clear();
    return result;
}

ProtocolLoadResult loadProtocolsFromText(std::string_view text, const std::string& file) {
    // The shared entry point: line:column for syntax errors, and it refuses what json::parse alone
    // would crash on or silently accept (numbers beyond a double, deep nesting, duplicate keys).
    ProtocolLoadResult r;
    const auto doc = detail::parseJson(text, file, r.problems);
    if (!doc)
        return r;
    return loadProtocols(*doc, file);
}

ProtocolLoadResult loadProtocolsFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        ProtocolLoadResult r;
        r.problems.push_back({path, "", "cannot open the file for reading", 0, 0});
        return r;
    }
    std::stringstream buf;
    buf << in.rdbuf();
    return loadProtocolsFromText(buf.str(), path);
}

} // namespace tpf::session
