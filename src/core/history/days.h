#pragma once
// Calendar arithmetic without a time zone database: the caller passes its UTC offset (the GUI
// asks QDateTime, tests pass a fixed one), so "which day" is a pure function of its inputs.
// A daylight-saving change shifts day boundaries by an hour for sessions near midnight; for
// counting days of self-care that is harmless.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tpf::history {

constexpr std::int64_t kMsPerDay = 86'400'000;

struct Clock {
    std::int64_t now_ms = 0;    // Unix milliseconds
    int utc_offset_minutes = 0; // local time minus UTC
};

// Days since 1970-01-01 in local time.
std::int64_t localDay(std::int64_t unix_ms, int utc_offset_minutes);
// Unix milliseconds of local midnight starting `day`.
std::int64_t dayStartMs(std::int64_t day, int utc_offset_minutes);

struct CivilDate {
    int year = 1970;
    int month = 1; // 1-12
    int day = 1;   // 1-31
};
CivilDate civilFromDays(std::int64_t days);
std::int64_t daysFromCivil(const CivilDate& date);
std::string isoDate(std::int64_t day); // "2026-11-21"

// "2026-11-21T08:37:42.123Z": exact to the millisecond, so exports round-trip.
std::string isoUtc(std::int64_t unix_ms);
// Accepts "YYYY-MM-DDTHH:MM:SS[.fff]Z" (also with a space instead of T); nullopt otherwise.
std::optional<std::int64_t> parseIsoUtc(std::string_view text);

} // namespace tpf::history
