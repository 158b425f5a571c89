#include "core/history/sql_schema.h"

#include <algorithm>

namespace tpf::history::sql {

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> kMigrations = {
        {1,
         {"CREATE TABLE sessions ("
          " id INTEGER PRIMARY KEY,"
          " start_ms INTEGER NOT NULL,"
          " end_ms INTEGER,"
          " end_reason TEXT CHECK (end_reason IN "
          "('completed','stopped_by_user','sharp_pain','safety_block')),"
          " phases_completed INTEGER NOT NULL DEFAULT 0)",
          "CREATE TABLE session_points ("
          " session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
          " position INTEGER NOT NULL,"
          " trigger_point TEXT NOT NULL,"
          " side TEXT NOT NULL CHECK (side IN ('left','right','midline')),"
          " PRIMARY KEY (session_id, position))",
          "CREATE TABLE holds ("
          " id INTEGER PRIMARY KEY,"
          " session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
          " t_ms INTEGER NOT NULL,"
          " trigger_point TEXT NOT NULL,"
          " side TEXT NOT NULL CHECK (side IN ('left','right','midline')),"
          " pressure INTEGER CHECK (pressure BETWEEN 0 AND 10),"
          " tenderness INTEGER CHECK (tenderness BETWEEN 0 AND 10))",
          "CREATE INDEX holds_by_session ON holds(session_id, t_ms)"}},
        {2,
         {"ALTER TABLE sessions ADD COLUMN notes TEXT NOT NULL DEFAULT ''",
          "CREATE INDEX holds_by_point ON holds(trigger_point, side, t_ms)"}},
    };
    return kMigrations;
}

std::string selectSessions(int version) {
    return std::string("SELECT id, start_ms, end_ms, end_reason, phases_completed, ") +
           (version >= 2 ? "notes" : "''") + " FROM sessions";
}

std::string selectPoints() {
    return "SELECT session_id, trigger_point, side FROM session_points ORDER BY session_id, position";
}

std::string selectHolds() {
    return "SELECT session_id, t_ms, trigger_point, side, pressure, tenderness FROM holds ORDER BY "
           "session_id, t_ms, id";
}

void RecordAssembler::session(std::int64_t id, std::int64_t start_ms, std::optional<std::int64_t> end_ms,
                              const std::optional<std::string>& end_reason, int phases_completed,
                              std::string notes) {
    SessionRecord r;
    r.id = id;
    r.start_ms = start_ms;
    r.end_ms = end_ms;
    r.phases_completed = phases_completed;
    r.notes = std::move(notes);
    if (end_reason) {
        r.end_reason = parseEndReason(*end_reason);
        if (!r.end_reason)
            problems_.push_back("sessions row " + std::to_string(id) + ": unknown end reason \"" +
                                *end_reason + "\"");
    }
    sessions_[id] = std::move(r);
}

SessionRecord* RecordAssembler::find(std::int64_t id, const char* table) {
    auto it = sessions_.find(id);
    if (it != sessions_.end())
        return &it->second;
    problems_.push_back(std::string(table) + " row for session " + std::to_string(id) + ": no such session");
    return nullptr;
}

std::optional<PointRef> RecordAssembler::ref(const std::string& tp, const std::string& side,
                                             const char* table, std::int64_t id) {
    auto s = parseSide(side);
    if (!s) {
        problems_.push_back(std::string(table) + " row for session " + std::to_string(id) +
                            ": unknown side \"" + side + "\"");
        return std::nullopt;
    }
    return PointRef{tp, *s};
}

void RecordAssembler::point(std::int64_t session_id, const std::string& trigger_point,
                            const std::string& side) {
    SessionRecord* r = find(session_id, "session_points");
    auto p = ref(trigger_point, side, "session_points", session_id);
    if (r && p)
        r->points.push_back(*p);
}

void RecordAssembler::hold(std::int64_t session_id, std::int64_t t_ms, const std::string& trigger_point,
                           const std::string& side, std::optional<int> pressure,
                           std::optional<int> tenderness) {
    SessionRecord* r = find(session_id, "holds");
    auto p = ref(trigger_point, side, "holds", session_id);
    if (r && p)
        r->holds.push_back({*p, t_ms, pressure, tenderness});
}

Records RecordAssembler::take() {
    Records out;
    out.reserve(sessions_.size());
    for (auto& [id, r] : sessions_)
        out.push_back(std::move(r));
    sessions_.clear();
    sortByStart(out);
    return out;
}

} // namespace tpf::history::sql
