#pragma once
// Exports and imports of the whole history, as text (the GUI writes it through QSaveFile, the CLI
// to stdout). Imports either return every record or none: each problem is reported with its
// JSON pointer (JSON) or line and column (CSV), and a file with any problem imports nothing.

#include "core/diagnostics.h"
#include "core/history/records.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace tpf {
struct Database;
}

namespace tpf::history {

// ---- JSON: {"format": "tpfinder-history", "version": 1, "exported_at", "sessions": [...]} ----
inline constexpr const char* kJsonFormat = "tpfinder-history";
inline constexpr int kJsonVersion = 1;

std::string toJson(const Records& records, std::int64_t exported_at_ms);

struct ImportResult {
    std::optional<Records> records; // set only when problems is empty
    Problems problems;
    bool ok() const { return records.has_value(); }
};

// `known`, when given, must contain every trigger point the file names.
ImportResult fromJson(std::string_view text, const std::string& file, const Database* known = nullptr);

// ---- CSV (RFC 4180): one row per hold; a session without holds has one row with empty hold columns ----
// Columns: session_id, session_start, session_end, end_reason, phases_completed, session_points
// ("id:side;id:side"), notes, hold_time, trigger_point, side, pressure, tenderness. Times are UTC ISO 8601.
std::string toCsv(const Records& records);
ImportResult fromCsv(std::string_view text, const std::string& file, const Database* known = nullptr);

// Shared by both importers: the checks that do not depend on the file format (ranges, order,
// holds on planned points, known trigger points, unique ids). `report(session, hold, field, message)`
// names the place; hold is -1 for a session field.
using ReportFn = std::function<void(std::size_t session, int hold, const char* field, std::string message)>;
void checkRecords(const Records& records, const Database* known, const ReportFn& report);

} // namespace tpf::history
