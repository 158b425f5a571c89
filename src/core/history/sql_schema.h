#pragma once
// The SQLite schema of the history file, shared by the Qt store (src/gui/history/HistoryStore)
// and the Qt-free CLI reader (sqlite3), so both read the file the same way. Only SQL text and
// row assembly live here; the core runs no queries itself.
// PRAGMA user_version holds the schema version; migrations run in order, each in a transaction.

#include "core/history/records.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tpf::history::sql {

inline constexpr const char* kFileName = "history.sqlite";
inline constexpr int kSchemaVersion = 2;

struct Migration {
    int to_version = 0;
    std::vector<std::string> statements;
};
// v1: sessions, session_points, holds. v2: sessions.notes and an index for per-point queries.
const std::vector<Migration>& migrations();

// SELECTs for a database at `version` (1..kSchemaVersion); rows are fed to RecordAssembler.
// sessions: id, start_ms, end_ms, end_reason, phases_completed, notes
// points:   session_id, trigger_point, side
// holds:    session_id, t_ms, trigger_point, side, pressure, tenderness
std::string selectSessions(int version);
std::string selectPoints();
std::string selectHolds();

// Builds records from rows in any order; a row it cannot use is reported, not guessed at.
class RecordAssembler {
public:
    void session(std::int64_t id, std::int64_t start_ms, std::optional<std::int64_t> end_ms,
                 const std::optional<std::string>& end_reason, int phases_completed, std::string notes);
    void point(std::int64_t session_id, const std::string& trigger_point, const std::string& side);
    void hold(std::int64_t session_id, std::int64_t t_ms, const std::string& trigger_point,
              const std::string& side, std::optional<int> pressure, std::optional<int> tenderness);
    Records take(); // sorted by start
    const std::vector<std::string>& problems() const { return problems_; }

private:
    std::map<std::int64_t, SessionRecord> sessions_;
    std::vector<std::string> problems_;
    SessionRecord* find(std::int64_t id, const char* table);
    std::optional<PointRef> ref(const std::string& tp, const std::string& side, const char* table,
                                std::int64_t id);
};

} // namespace tpf::history::sql
