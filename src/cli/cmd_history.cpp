// tpfinder-cli history: past sessions from the app's history file, as a table with advice per
// point, or as CSV / JSON exports. Reads the SQLite file with the sqlite3 C library (read-only),
// so the CLI stays free of Qt; the schema and row assembly are shared with the app (core/history).

#include "cli/args.h"
#include "cli/commands.h"
#include "core/data_dir.h"
#include "core/history/advice.h"
#include "core/history/days.h"
#include "core/history/exchange.h"
#include "core/history/sql_schema.h"
#include "core/safety/load.h"

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <ostream>
#include <sqlite3.h>

namespace tpf::cli {
namespace {

namespace fs = std::filesystem;
using namespace tpf::history;

constexpr const char* kUsage = "Usage: tpfinder-cli history [--csv|--json] [--db FILE]\n";

// Where the app keeps it: QStandardPaths::AppDataLocation on Linux is
// $XDG_DATA_HOME (default ~/.local/share) / organization / application name, as set in gui/main.cpp.
fs::path defaultDatabase() {
    if (const char* env = std::getenv("TPFINDER_HISTORY_DB"); env && *env)
        return env;
    fs::path base;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        base = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home)
        base = fs::path(home) / ".local" / "share";
    return base / "tpfinder" / "Trigger Point Pain Finder" / sql::kFileName;
}

struct Db {
    sqlite3* handle = nullptr;
    ~Db() { sqlite3_close(handle); }
};

std::optional<std::string> text(sqlite3_stmt* s, int col) {
    if (sqlite3_column_type(s, col) == SQLITE_NULL)
        return std::nullopt;
    return std::string(reinterpret_cast<const char*>(sqlite3_column_text(s, col)));
}
std::optional<std::int64_t> int64(sqlite3_stmt* s, int col) {
    if (sqlite3_column_type(s, col) == SQLITE_NULL)
        return std::nullopt;
    return sqlite3_column_int64(s, col);
}
std::optional<int> int32(sqlite3_stmt* s, int col) {
    auto v = int64(s, col);
    return v ? std::optional<int>(int(*v)) : std::nullopt;
}

// Runs `query`, calling `row` for each result row; returns an error message or empty.
template <class F> std::string each(sqlite3* db, const std::string& query, F row) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, query.c_str(), -1, &stmt, nullptr) != SQLITE_OK)
        return sqlite3_errmsg(db);
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        row(stmt);
    std::string error = rc == SQLITE_DONE ? "" : sqlite3_errmsg(db);
    sqlite3_finalize(stmt);
    return error;
}

// Reads every record, or explains why not.
std::optional<Records> readHistory(const fs::path& file, std::ostream& err) {
    Db db;
    if (sqlite3_open_v2(file.c_str(), &db.handle, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        err << "tpfinder-cli: cannot open the history " << file.string() << ": " << sqlite3_errmsg(db.handle)
            << '\n';
        return std::nullopt;
    }
    sqlite3_busy_timeout(db.handle, 2000); // the app may be writing a hold right now
    int version = -1;
    std::string error =
        each(db.handle, "PRAGMA user_version", [&](sqlite3_stmt* s) { version = sqlite3_column_int(s, 0); });
    if (error.empty() && version > sql::kSchemaVersion)
        error = "written by a newer version of the app (history format " + std::to_string(version) + ")";
    else if (error.empty() && version < 1)
        error = "not a history file (no schema version)";
    sql::RecordAssembler rows;
    if (error.empty())
        error = each(db.handle, sql::selectSessions(version), [&](sqlite3_stmt* s) {
            rows.session(*int64(s, 0), int64(s, 1).value_or(0), int64(s, 2), text(s, 3),
                         int32(s, 4).value_or(0), text(s, 5).value_or(""));
        });
    if (error.empty())
        error = each(db.handle, sql::selectPoints(), [&](sqlite3_stmt* s) {
            rows.point(*int64(s, 0), text(s, 1).value_or(""), text(s, 2).value_or(""));
        });
    if (error.empty())
        error = each(db.handle, sql::selectHolds(), [&](sqlite3_stmt* s) {
            rows.hold(*int64(s, 0), int64(s, 1).value_or(0), text(s, 2).value_or(""), text(s, 3).value_or(""),
                      int32(s, 4), int32(s, 5));
        });
    if (error.empty() && !rows.problems().empty())
        error = rows.problems().front();
    if (!error.empty()) {
        err << "tpfinder-cli: cannot read the history " << file.string() << ": " << error << '\n';
        return std::nullopt;
    }
    return rows.take();
}

Clock localClock() {
    const auto now = std::chrono::system_clock::now();
    const std::time_t t = std::chrono::system_clock::to_time_t(now);
    std::tm local{};
    localtime_r(&t, &local);
    return {std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count(),
            int(local.tm_gmtoff / 60)};
}

std::string localTime(std::int64_t ms, int offset) {
    const std::int64_t day = localDay(ms, offset);
    const std::int64_t minutes = (ms - dayStartMs(day, offset)) / 60'000;
    char hm[8];
    std::snprintf(hm, sizeof hm, "%02d:%02d", int(minutes / 60), int(minutes % 60));
    return isoDate(day) + " " + hm;
}

std::string ratings(const SessionRecord& r) {
    std::string out;
    for (const PointRef& p : r.points) {
        std::optional<int> first, last;
        for (const HoldRecord& h : r.holds)
            if (h.point == p && h.tenderness) {
                if (!first)
                    first = h.tenderness;
                last = h.tenderness;
            }
        if (first)
            out += (out.empty() ? "" : " ") + std::to_string(*first) +
                   (first == last ? "" : "->" + std::to_string(*last));
        else
            out += (out.empty() ? "" : " ") + std::string("-");
    }
    return out;
}

int printTableWithAdvice(Context& ctx, const Records& records, const Clock& clock) {
    if (records.empty()) {
        ctx.out << "No sessions yet.\n";
        return kExitOk;
    }
    std::vector<std::vector<std::string>> rows = {{"ID", "STARTED", "POINTS", "ENDED", "TENDERNESS"}};
    for (const SessionRecord& r : records) {
        std::string points;
        for (const PointRef& p : r.points)
            points += (points.empty() ? "" : " ") + toString(p);
        rows.push_back({std::to_string(r.id), localTime(r.start_ms, clock.utc_offset_minutes), points,
                        r.end_reason ? std::string(toString(*r.end_reason)) : "not finished", ratings(r)});
    }
    printTable(ctx.out, rows);

    DataDirResult dir = findDataDir(ctx.dataDirOption());
    if (!dir.ok()) {
        ctx.err << "tpfinder-cli: " << dir.error << '\n';
        return kExitBadInput;
    }
    auto safetyRules = safety::loadRulesFromFile(dir.path / "safety.json");
    auto rules =
        safetyRules.ok() ? loadRulesFromFile(dir.path / "history.json", *safetyRules.rules) : RulesResult{};
    for (const auto& p : safetyRules.problems)
        ctx.err << p.toString() << '\n';
    for (const auto& p : rules.problems)
        ctx.err << p.toString() << '\n';
    if (!rules.ok()) {
        ctx.err << "tpfinder-cli: cannot give advice: the history rules do not load\n";
        return kExitBadInput;
    }
    ctx.out << "\nAdvice per point:\n";
    for (const Advice& a : assessAll(records, *rules.rules, clock)) {
        ctx.out << "  " << toString(a.point) << ": " << toString(a.kind) << '\n';
        ctx.out << "      " << a.text << '\n';
        for (const Tip& t : a.tips)
            ctx.out << "      - " << t.text << '\n';
        if (!a.why.empty())
            ctx.out << "      (" << a.why << ")\n";
    }
    return kExitOk;
}

} // namespace

int cmdHistory(Context& ctx, const std::vector<std::string>& args) {
    ParsedArgs parsed = parseArgs(args, {"--csv", "--json"}, {"--db"});
    if (!parsed.error.empty() || !parsed.positional.empty() ||
        (parsed.has("--csv") && parsed.has("--json"))) {
        ctx.err << "tpfinder-cli history: "
                << (!parsed.error.empty()       ? parsed.error
                    : parsed.positional.empty() ? "choose one of --csv and --json"
                                                : "unexpected argument \"" + parsed.positional[0] + "\"")
                << '\n'
                << kUsage;
        return kExitUsage;
    }
    const fs::path file =
        parsed.values.count("--db") ? fs::path(parsed.values.at("--db")) : defaultDatabase();
    Records records;
    std::error_code ec;
    if (fs::exists(file, ec)) {
        auto read = readHistory(file, ctx.err);
        if (!read)
            return kExitBadInput;
        records = std::move(*read);
    } else if (parsed.values.count("--db")) {
        ctx.err << "tpfinder-cli: no history file at " << file.string() << '\n';
        return kExitBadInput;
    }
    const Clock clock = localClock();
    if (parsed.has("--csv"))
        ctx.out << toCsv(records);
    else if (parsed.has("--json"))
        ctx.out << toJson(records, clock.now_ms);
    else
        return printTableWithAdvice(ctx, records, clock);
    return kExitOk;
}

} // namespace tpf::cli
