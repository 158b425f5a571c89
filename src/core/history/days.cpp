#include "core/history/days.h"

#include <cstdio>

namespace tpf::history {
namespace {

std::int64_t floorDiv(std::int64_t a, std::int64_t b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

bool digits(std::string_view s, std::size_t pos, std::size_t count, int& out) {
    if (pos + count > s.size())
        return false;
    int v = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}

int daysInMonth(int year, int month) {
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

} // namespace

std::int64_t localDay(std::int64_t unix_ms, int utc_offset_minutes) {
    return floorDiv(unix_ms + std::int64_t(utc_offset_minutes) * 60'000, kMsPerDay);
}

std::int64_t dayStartMs(std::int64_t day, int utc_offset_minutes) {
    return day * kMsPerDay - std::int64_t(utc_offset_minutes) * 60'000;
}

// Howard Hinnant's civil calendar algorithms (public domain).
CivilDate civilFromDays(std::int64_t z) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

std::int64_t daysFromCivil(const CivilDate& date) {
    const std::int64_t y = date.year - (date.month <= 2);
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned m = static_cast<unsigned>(date.month);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + static_cast<unsigned>(date.day) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

std::string isoDate(std::int64_t day) {
    CivilDate d = civilFromDays(day);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buffer;
}

std::string isoUtc(std::int64_t unix_ms) {
    const std::int64_t day = floorDiv(unix_ms, kMsPerDay);
    const std::int64_t msOfDay = unix_ms - day * kMsPerDay;
    CivilDate d = civilFromDays(day);
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", d.year, d.month, d.day,
                  int(msOfDay / 3'600'000), int(msOfDay / 60'000 % 60), int(msOfDay / 1000 % 60),
                  int(msOfDay % 1000));
    return buffer;
}

std::optional<std::int64_t> parseIsoUtc(std::string_view s) {
    CivilDate d;
    int hh = 0, mm = 0, ss = 0, ms = 0;
    if (!digits(s, 0, 4, d.year) || s.size() < 20 || s[4] != '-' || !digits(s, 5, 2, d.month) ||
        s[7] != '-' || !digits(s, 8, 2, d.day) || (s[10] != 'T' && s[10] != ' ') || !digits(s, 11, 2, hh) ||
        s[13] != ':' || !digits(s, 14, 2, mm) || s[16] != ':' || !digits(s, 17, 2, ss))
        return std::nullopt;
    std::size_t pos = 19;
    if (s[pos] == '.') {
        std::size_t start = ++pos;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9')
            ++pos;
        std::size_t n = pos - start;
        if (n == 0 || n > 9)
            return std::nullopt;
        int frac = 0;
        digits(s, start, n < 3 ? n : 3, frac);
        for (std::size_t i = n; i < 3; ++i)
            frac *= 10;
        ms = frac;
    }
    if (pos + 1 != s.size() || s[pos] != 'Z')
        return std::nullopt;
    if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > daysInMonth(d.year, d.month) || hh > 23 ||
        mm > 59 || ss > 59)
        return std::nullopt;
    return daysFromCivil(d) * kMsPerDay + hh * 3'600'000LL + mm * 60'000LL + ss * 1000LL + ms;
}

} // namespace tpf::history
