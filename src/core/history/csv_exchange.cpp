#include "core/history/days.h"
#include "core/history/exchange.h"

#include <charconv>
#include <map>

namespace tpf::history {
namespace {

const std::vector<std::string> kColumns = {"session_id",       "session_start",  "session_end", "end_reason",
                                           "phases_completed", "session_points", "notes",       "hold_time",
                                           "trigger_point",    "side",           "pressure",    "tenderness"};
enum Col {
    SessionId,
    Start,
    End,
    Reason,
    Phases,
    Points,
    Notes,
    HoldTime,
    Tp,
    SideCol,
    Pressure,
    Tenderness
};

std::string quote(const std::string& field) {
    if (field.find_first_of(",\"\r\n") == std::string::npos)
        return field;
    std::string out = "\"";
    for (char ch : field)
        out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
    return out + "\"";
}

std::string opt(const std::optional<int>& v) { return v ? std::to_string(*v) : std::string(); }

std::string pointsField(const std::vector<PointRef>& points) {
    std::string out;
    for (const PointRef& p : points)
        out += (out.empty() ? "" : ";") + toString(p);
    return out;
}

struct Row {
    int line = 0;
    std::vector<std::string> fields;
};

// RFC 4180 with either line ending; quoted fields may span lines.
std::vector<Row> parseRows(std::string_view text, const std::string& file, Problems& out) {
    std::vector<Row> rows;
    Row row{1, {}};
    std::string field;
    bool quoted = false, fieldStarted = false;
    int line = 1;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char ch = text[i];
        if (quoted) {
            if (ch == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (ch == '"') {
                quoted = false;
            } else {
                if (ch == '\n')
                    ++line;
                field += ch;
            }
            continue;
        }
        if (ch == '"' && field.empty() && !fieldStarted) {
            quoted = fieldStarted = true;
        } else if (ch == ',') {
            row.fields.push_back(std::move(field));
            field.clear();
            fieldStarted = false;
        } else if (ch == '\r' || ch == '\n') {
            if (ch == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            row.fields.push_back(std::move(field));
            field.clear();
            fieldStarted = false;
            if (!(row.fields.size() == 1 && row.fields[0].empty()))
                rows.push_back(std::move(row));
            row = Row{++line, {}};
        } else {
            field += ch;
            fieldStarted = true;
        }
    }
    if (quoted)
        out.push_back({file, "", "unterminated quoted field", row.line, 1});
    if (fieldStarted || !row.fields.empty()) {
        row.fields.push_back(std::move(field));
        rows.push_back(std::move(row));
    }
    return rows;
}

std::optional<std::int64_t> parseInt(const std::string& s) {
    std::int64_t v = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || s.empty())
        return std::nullopt;
    return v;
}

struct CsvReader {
    const std::string& file;
    Problems& out;
    const Row* row = nullptr;
    bool rowOk = true;

    void problem(int col, std::string message) {
        out.push_back({file, "", "column " + kColumns[std::size_t(col)] + ": " + std::move(message),
                       row->line, col + 1});
        rowOk = false;
    }
    const std::string& at(int col) const { return row->fields[std::size_t(col)]; }
    std::optional<std::int64_t> integer(int col) {
        auto v = parseInt(at(col));
        if (!v)
            problem(col, "expected an integer, found \"" + at(col) + "\"");
        return v;
    }
    std::optional<int> rating(int col) {
        if (at(col).empty())
            return std::nullopt;
        auto v = parseInt(at(col));
        if (!v)
            problem(col, "expected a rating 0-10 or nothing, found \"" + at(col) + "\"");
        if (v && (*v < kRatingMin || *v > kRatingMax)) {
            problem(col, "rating " + at(col) + " outside 0-10");
            return std::nullopt;
        }
        return v ? std::optional<int>(int(*v)) : std::nullopt;
    }
    std::optional<std::int64_t> time(int col, bool optional) {
        if (optional && at(col).empty())
            return std::nullopt;
        auto v = parseIsoUtc(at(col));
        if (!v)
            problem(col, "expected a UTC time like 2026-11-21T08:30:00.000Z, found \"" + at(col) + "\"");
        return v;
    }
    std::optional<PointRef> point(const std::string& id, const std::string& side, int col) {
        auto s = parseSide(side);
        if (id.empty() || !s) {
            problem(col, "expected TRIGGER_POINT and side left | right | midline, found \"" + id + ":" +
                             side + "\"");
            return std::nullopt;
        }
        return PointRef{id, *s};
    }
};

} // namespace

std::string toCsv(const Records& records) {
    std::string out;
    for (std::size_t i = 0; i < kColumns.size(); ++i)
        out += (i ? "," : "") + kColumns[i];
    out += "\r\n";
    for (const SessionRecord& r : records) {
        const std::string session =
            std::to_string(r.id) + "," + isoUtc(r.start_ms) + "," + (r.end_ms ? isoUtc(*r.end_ms) : "") +
            "," + (r.end_reason ? std::string(toString(*r.end_reason)) : "") + "," +
            std::to_string(r.phases_completed) + "," + quote(pointsField(r.points)) + "," + quote(r.notes);
        if (r.holds.empty())
            out += session + ",,,,,\r\n";
        for (const HoldRecord& h : r.holds)
            out += session + "," + isoUtc(h.time_ms) + "," + quote(h.point.trigger_point) + "," +
                   std::string(tpf::toString(h.point.side)) + "," + opt(h.pressure) + "," +
                   opt(h.tenderness) + "\r\n";
    }
    return out;
}

ImportResult fromCsv(std::string_view text, const std::string& file, const Database* known) {
    ImportResult result;
    Problems& out = result.problems;
    std::vector<Row> rows = parseRows(text, file, out);
    if (rows.empty() || rows[0].fields != kColumns) {
        std::string expected;
        for (const auto& c : kColumns)
            expected += (expected.empty() ? "" : ",") + c;
        out.push_back({file, "", "not a history CSV: the first line must be " + expected, 1, 1});
        return result;
    }
    Records records;
    std::map<std::int64_t, std::size_t> byId;
    std::vector<int> sessionLines;
    std::vector<std::vector<int>> holdLines;
    CsvReader in{file, out};
    for (std::size_t i = 1; i < rows.size(); ++i) {
        in.row = &rows[i];
        in.rowOk = true;
        if (rows[i].fields.size() != kColumns.size()) {
            out.push_back({file, "",
                           "expected " + std::to_string(kColumns.size()) + " fields, found " +
                               std::to_string(rows[i].fields.size()),
                           rows[i].line, 1});
            continue;
        }
        SessionRecord r;
        r.id = in.integer(SessionId).value_or(0);
        r.start_ms = in.time(Start, false).value_or(0);
        r.end_ms = in.time(End, true);
        if (!in.at(Reason).empty()) {
            r.end_reason = parseEndReason(in.at(Reason));
            if (!r.end_reason)
                in.problem(
                    Reason,
                    "expected completed | stopped_by_user | sharp_pain | safety_block or nothing, found \"" +
                        in.at(Reason) + "\"");
        }
        r.phases_completed = int(in.integer(Phases).value_or(0));
        std::string list = in.at(Points);
        for (std::size_t pos = 0; !list.empty() && pos <= list.size();) {
            std::size_t end = std::min(list.find(';', pos), list.size());
            std::string item = list.substr(pos, end - pos);
            std::size_t colon = item.rfind(':');
            if (auto p = in.point(item.substr(0, colon == std::string::npos ? item.size() : colon),
                                  colon == std::string::npos ? "" : item.substr(colon + 1), Points))
                r.points.push_back(*p);
            pos = end + 1;
        }
        r.notes = in.at(Notes);
        const bool hasHold = !(in.at(HoldTime).empty() && in.at(Tp).empty() && in.at(SideCol).empty() &&
                               in.at(Pressure).empty() && in.at(Tenderness).empty());
        HoldRecord hold;
        if (hasHold) {
            hold.time_ms = in.time(HoldTime, false).value_or(0);
            if (auto p = in.point(in.at(Tp), in.at(SideCol), Tp))
                hold.point = *p;
            hold.pressure = in.rating(Pressure);
            hold.tenderness = in.rating(Tenderness);
        }
        if (!in.rowOk)
            continue;
        auto [it, fresh] = byId.emplace(r.id, records.size());
        if (fresh) {
            records.push_back(r);
            sessionLines.push_back(rows[i].line);
            holdLines.emplace_back();
        } else {
            SessionRecord& s = records[it->second];
            if (s.start_ms != r.start_ms || s.end_ms != r.end_ms || s.end_reason != r.end_reason ||
                s.phases_completed != r.phases_completed || s.points != r.points || s.notes != r.notes) {
                out.push_back({file, "",
                               "session " + std::to_string(r.id) + " differs from its first row (line " +
                                   std::to_string(sessionLines[it->second]) + ")",
                               rows[i].line, 1});
                continue;
            }
            if (!hasHold || s.holds.empty()) {
                out.push_back({file, "",
                               "session " + std::to_string(r.id) + " has a row without a hold and other rows",
                               rows[i].line, 1});
                continue;
            }
        }
        if (hasHold) {
            records[it->second].holds.push_back(hold);
            holdLines[it->second].push_back(rows[i].line);
        }
    }
    checkRecords(records, known, [&](std::size_t s, int h, const char* field, const std::string& message) {
        int line = h >= 0 ? holdLines[s][std::size_t(h)] : sessionLines[s];
        out.push_back({file, "", std::string(field) + ": " + message, line, 1});
    });
    if (out.empty()) {
        sortByStart(records);
        result.records = std::move(records);
    }
    return result;
}

} // namespace tpf::history
