#include "core/history/days.h"
#include "core/history/exchange.h"
#include "core/json_checker.h"
#include "core/text.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace tpf::history {
namespace {

using detail::child;
using detail::describe;
using nlohmann::json;
using ojson = nlohmann::ordered_json;

ojson optionalInt(const std::optional<int>& v) { return v ? ojson(*v) : ojson(nullptr); }

struct ImportChecker : detail::Checker {
    using detail::Checker::Checker;

    void allowOnly(const json& object, const std::string& path, const std::vector<std::string>& allowed) {
        for (const auto& item : object.items())
            if (std::find(allowed.begin(), allowed.end(), item.key()) == allowed.end())
                problem(child(path, item.key()), "unknown field \"" + item.key() + "\"" +
                                                     didYouMean(closeMatches(item.key(), allowed)));
    }

    std::optional<std::int64_t> time(const json& o, const std::string& path, std::string_view key,
                                     bool nullable) {
        const json* v = member(o, path, key, nullable ? "a UTC time or null" : "a UTC time");
        if (!v || (nullable && v->is_null()))
            return std::nullopt;
        auto ms = v->is_string() ? parseIsoUtc(v->get<std::string>()) : std::nullopt;
        if (!ms)
            problem(child(path, key),
                    "expected a UTC time like \"2026-11-21T08:30:00.000Z\", found " + describe(*v));
        return ms;
    }

    std::optional<int> rating(const json& o, const std::string& path, std::string_view key) {
        const json* v = member(o, path, key, "a rating 0-10 or null");
        if (!v || v->is_null())
            return std::nullopt;
        if (!v->is_number_integer()) {
            problem(child(path, key), "expected a rating 0-10 or null, found " + describe(*v));
            return std::nullopt;
        }
        const long long r = v->get<long long>();
        if (r < kRatingMin || r > kRatingMax) {
            problem(child(path, key), "rating " + std::to_string(r) + " outside 0-10");
            return std::nullopt;
        }
        return int(r);
    }

    std::optional<PointRef> point(const json& o, const std::string& path) {
        auto id = text(o, path, "trigger_point");
        auto sideText = text(o, path, "side");
        std::optional<Side> side = sideText ? parseSide(*sideText) : std::nullopt;
        if (sideText && !side)
            problem(child(path, "side"),
                    "unknown side \"" + *sideText + "\" (expected left | right | midline)");
        if (!id || !side)
            return std::nullopt;
        return PointRef{*id, *side};
    }
};

std::optional<SessionRecord> readSession(ImportChecker& c, const Problems& problems, const json& s,
                                         const std::string& p) {
    const std::size_t before = problems.size();
    if (!c.isObject(s, p, "a session"))
        return std::nullopt;
    c.allowOnly(s, p, {"id", "start", "end", "end_reason", "phases_completed", "points", "holds", "notes"});
    SessionRecord r;
    bool ok = true;
    auto note = [&](auto v) {
        ok = ok && v.has_value();
        return v;
    };
    r.id = note(c.integer(s, p, "id")).value_or(0);
    r.start_ms = note(c.time(s, p, "start", false)).value_or(0);
    r.end_ms = c.time(s, p, "end", true);
    if (const json* reason = c.member(s, p, "end_reason", "an end reason or null");
        reason && !reason->is_null()) {
        r.end_reason = reason->is_string() ? parseEndReason(reason->get<std::string>()) : std::nullopt;
        if (!r.end_reason)
            c.problem(child(p, "end_reason"),
                      "expected completed | stopped_by_user | sharp_pain | safety_block or null, found " +
                          describe(*reason));
    }
    r.phases_completed = int(note(c.integer(s, p, "phases_completed")).value_or(0));
    if (const json* points = c.arrayMember(s, p, "points"); !points) {
        ok = false;
    } else {
        for (std::size_t i = 0; i < points->size(); ++i) {
            const std::string pp = child(child(p, "points"), i);
            if (!c.isObject((*points)[i], pp, "a point")) {
                ok = false;
                continue;
            }
            c.allowOnly((*points)[i], pp, {"trigger_point", "side"});
            if (auto ref = c.point((*points)[i], pp))
                r.points.push_back(*ref);
            else
                ok = false;
        }
    }
    if (const json* holds = c.arrayMember(s, p, "holds"); !holds) {
        ok = false;
    } else {
        for (std::size_t i = 0; i < holds->size(); ++i) {
            const std::string hp = child(child(p, "holds"), i);
            const json& h = (*holds)[i];
            if (!c.isObject(h, hp, "a hold")) {
                ok = false;
                continue;
            }
            c.allowOnly(h, hp, {"trigger_point", "side", "time", "pressure", "tenderness"});
            HoldRecord hold;
            auto ref = c.point(h, hp);
            auto t = c.time(h, hp, "time", false);
            hold.pressure = c.rating(h, hp, "pressure");
            hold.tenderness = c.rating(h, hp, "tenderness");
            if (ref && t) {
                hold.point = *ref;
                hold.time_ms = *t;
                r.holds.push_back(hold);
            } else {
                ok = false; // the session's other checks would name the wrong hold
            }
        }
    }
    if (const json* notes = c.member(s, p, "notes", "a string", false)) {
        if (notes->is_string())
            r.notes = notes->get<std::string>();
        else
            c.problem(child(p, "notes"), "expected a string, found " + describe(*notes));
    }
    // A session with any problem is not checked further: its fields may be placeholders.
    return ok && problems.size() == before ? std::optional<SessionRecord>(r) : std::nullopt;
}

} // namespace

std::string toJson(const Records& records, std::int64_t exported_at_ms) {
    ojson sessions = ojson::array();
    for (const SessionRecord& r : records) {
        ojson points = ojson::array();
        for (const PointRef& p : r.points)
            points.push_back({{"trigger_point", p.trigger_point}, {"side", tpf::toString(p.side)}});
        ojson holds = ojson::array();
        for (const HoldRecord& h : r.holds)
            holds.push_back({{"trigger_point", h.point.trigger_point},
                             {"side", tpf::toString(h.point.side)},
                             {"time", isoUtc(h.time_ms)},
                             {"pressure", optionalInt(h.pressure)},
                             {"tenderness", optionalInt(h.tenderness)}});
        sessions.push_back({{"id", r.id},
                            {"start", isoUtc(r.start_ms)},
                            {"end", r.end_ms ? ojson(isoUtc(*r.end_ms)) : ojson(nullptr)},
                            {"end_reason", r.end_reason ? ojson(toString(*r.end_reason)) : ojson(nullptr)},
                            {"phases_completed", r.phases_completed},
                            {"points", points},
                            {"holds", holds},
                            {"notes", r.notes}});
    }
    ojson doc = {{"format", kJsonFormat},
                 {"version", kJsonVersion},
                 {"exported_at", isoUtc(exported_at_ms)},
                 {"sessions", sessions}};
    return doc.dump(2) + "\n";
}

ImportResult fromJson(std::string_view text, const std::string& file, const Database* known) {
    ImportResult result;
    auto doc = detail::parseJson(text, file, result.problems);
    if (!doc)
        return result;
    ImportChecker c(file, result.problems);
    if (!c.isObject(*doc, "", "a history export"))
        return result;
    c.allowOnly(*doc, "", {"format", "version", "exported_at", "sessions"});
    auto format = c.text(*doc, "", "format");
    if (format && *format != kJsonFormat)
        c.problem("/format",
                  "not a history export: format \"" + *format + "\" (expected \"" + kJsonFormat + "\")");
    if (auto version = c.integer(*doc, "", "version")) {
        if (*version > kJsonVersion)
            c.problem("/version", "made by a newer version of the app (format version " +
                                      std::to_string(*version) + "; this version reads up to " +
                                      std::to_string(kJsonVersion) + ")");
        else if (*version < 1)
            c.problem("/version", "unknown format version " + std::to_string(*version) + " (expected 1)");
    }
    c.time(*doc, "", "exported_at", false);
    Records records;
    std::vector<std::string> paths;
    if (const json* sessions = c.arrayMember(*doc, "", "sessions")) {
        for (std::size_t i = 0; i < sessions->size(); ++i) {
            const std::string p = child("/sessions", i);
            if (auto r = readSession(c, result.problems, (*sessions)[i], p)) {
                records.push_back(std::move(*r));
                paths.push_back(p);
            }
        }
    }
    // Sessions that could not be read are already reported; the rest are checked in full.
    checkRecords(records, known, [&](std::size_t s, int h, const char* field, std::string message) {
        std::string path = paths[s];
        if (h >= 0)
            path = child(child(path, "holds"), std::size_t(h));
        c.problem(child(path, field), std::move(message));
    });
    if (result.problems.empty()) {
        sortByStart(records);
        result.records = std::move(records);
    }
    return result;
}

} // namespace tpf::history
