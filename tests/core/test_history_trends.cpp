// History trends per point, sessions per day, "helped before" and the calendar helpers.

#include "core/history/days.h"
#include "core/history/helped.h"
#include "core/history/trends.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace tpf::history;

namespace {

const std::int64_t kDay0 = daysFromCivil({2026, 11, 1});
const PointRef kTrapL{"upper_trapezius.1", tpf::Side::Left};
const PointRef kTrapR{"upper_trapezius.1", tpf::Side::Right};
const PointRef kLev{"levator_scapulae.1", tpf::Side::Left};

std::int64_t at(int day, int hour, int minute = 0) {
    return (kDay0 + day) * kMsPerDay + (hour * 60 + minute) * 60'000LL;
}

struct Hold {
    PointRef point;
    std::optional<int> tenderness;
};

SessionRecord session(std::int64_t id, std::int64_t start, std::vector<Hold> holds,
                      std::optional<EndReason> reason = EndReason::Completed) {
    SessionRecord r;
    r.id = id;
    r.start_ms = start;
    r.end_reason = reason;
    if (reason)
        r.end_ms = start + 1000 * 60 * 10;
    std::int64_t t = start;
    for (const Hold& h : holds) {
        t += 60'000;
        r.holds.push_back({h.point, t, 6, h.tenderness});
        if (std::find(r.points.begin(), r.points.end(), h.point) == r.points.end())
            r.points.push_back(h.point);
    }
    return r;
}

Rules helpedRules() {
    Rules r;
    r.released.max_tenderness = 3;
    r.helped = {2, 60, 1, 0.6};
    return r;
}

} // namespace

TEST_CASE("history days: local day follows the UTC offset", "[history][days]") {
    const std::int64_t lateEvening = at(0, 23, 30); // 23:30 UTC
    CHECK(localDay(lateEvening, 0) == kDay0);
    CHECK(localDay(lateEvening, 60) == kDay0 + 1);   // 00:30 in UTC+1
    CHECK(localDay(at(0, 0, 30), -60) == kDay0 - 1); // 23:30 the day before in UTC-1
    CHECK(dayStartMs(kDay0, 60) == at(0, 0) - 3'600'000);
    CHECK(isoDate(kDay0) == "2026-11-01");
}

TEST_CASE("history days: ISO times round-trip to the millisecond and bad ones are refused",
          "[history][days]") {
    for (std::int64_t ms :
         {std::int64_t(0), at(0, 8, 37) + 123, std::int64_t(951'782'400'000) /* 2000-02-29 */}) {
        auto back = parseIsoUtc(isoUtc(ms));
        REQUIRE(back);
        CHECK(*back == ms);
    }
    CHECK(isoUtc(at(0, 8, 37) + 42'005) == "2026-11-01T08:37:42.005Z");
    CHECK(parseIsoUtc("2026-11-01T08:37:42Z") == at(0, 8, 37) + 42'000);
    CHECK_FALSE(parseIsoUtc("2026-02-30T00:00:00Z"));
    CHECK_FALSE(parseIsoUtc("2026-11-01T08:37:42")); // no zone
    CHECK_FALSE(parseIsoUtc("2026-11-01T24:00:00Z"));
    CHECK_FALSE(parseIsoUtc("yesterday"));
}

TEST_CASE("history trends: tenderness per day uses each session's first rating, averaged per day",
          "[history][trends]") {
    Records records = {
        session(1, at(0, 8), {{kTrapL, 7}, {kTrapL, 4}}),
        session(2, at(0, 18), {{kTrapL, 5}, {kTrapL, 3}}),
        session(3, at(2, 9), {{kTrapL, 4}, {kLev, 6}, {kTrapL, 2}}),
    };
    auto trend = pointTrend(records, kTrapL, Clock{at(5, 12), 0});
    REQUIRE(trend);
    REQUIRE(trend->tenderness_by_day.size() == 2);
    CHECK(trend->tenderness_by_day[0].day == kDay0);
    CHECK(trend->tenderness_by_day[0].value == Approx(6.0)); // (7 + 5) / 2
    CHECK(trend->tenderness_by_day[1].value == Approx(4.0));
    CHECK(trend->after_by_day[0].value == Approx(3.5)); // (4 + 3) / 2
    CHECK(trend->times_worked == 3);
    CHECK(trend->holds == 6);
    CHECK(trend->days_since_first == 5);
    CHECK(trend->days_since_last == 3);
    CHECK(trend->first_ms == at(0, 8));
}

TEST_CASE("history trends: left and right are separate points", "[history][trends]") {
    Records records = {session(1, at(0, 8), {{kTrapL, 7}, {kTrapR, 3}})};
    auto trends = pointTrends(records, Clock{at(1, 8), 0});
    REQUIRE(trends.size() == 2);
    CHECK(trends[0].point == kTrapL);
    CHECK(trends[0].tenderness_by_day[0].value == Approx(7.0));
    CHECK(trends[1].point == kTrapR);
    CHECK_FALSE(pointTrend(records, kLev, Clock{at(1, 8), 0}));
}

TEST_CASE("history trends: sessions per local day include empty days", "[history][trends]") {
    Records records = {session(1, at(0, 8), {{kTrapL, 5}}), session(2, at(0, 23, 30), {{kTrapL, 5}}),
                       session(3, at(2, 9), {{kTrapL, 5}})};
    auto utc = sessionsPerDay(records, kDay0, kDay0 + 2, 0);
    REQUIRE(utc.size() == 3);
    CHECK(utc[0].sessions == 2);
    CHECK(utc[1].sessions == 0);
    CHECK(utc[2].sessions == 1);
    auto plusOne = sessionsPerDay(records, kDay0, kDay0 + 2, 60); // 23:30 UTC is the next day in UTC+1
    CHECK(plusOne[0].sessions == 1);
    CHECK(plusOne[1].sessions == 1);
}

TEST_CASE("history trends: a sharp-pain stop belongs to the point of the last hold", "[history][trends]") {
    Records records = {session(1, at(0, 8), {{kTrapL, 5}, {kLev, 6}}, EndReason::SharpPain)};
    CHECK(pointSessions(records, kLev, 0).at(0).sharp_pain);
    CHECK_FALSE(pointSessions(records, kTrapL, 0).at(0).sharp_pain);
}

TEST_CASE("history helped-before: sessions whose tenderness fell by 2 mark the point", "[history][helped]") {
    Records records = {session(1, at(0, 8), {{kTrapL, 7}, {kTrapL, 4}}),
                       session(2, at(1, 8), {{kTrapL, 6}, {kTrapL, 3}}),
                       session(3, at(2, 8), {{kLev, 6}, {kLev, 6}})};
    auto trap = helpedBefore(records, kTrapL, helpedRules(), at(3, 8));
    CHECK(trap.rated_sessions == 2);
    CHECK(trap.helped_sessions == 2);
    CHECK(trap.helped);
    CHECK(trap.score ==
          Approx((2 * 1.0 + 0.5) / 3).epsilon(0.05)); // nearly fresh sessions + one prior at 0.5
    auto lev = helpedBefore(records, kLev, helpedRules(), at(3, 8));
    CHECK_FALSE(lev.helped);
    CHECK(lev.score < 0.5);
    CHECK(trap.score > lev.score);
}

TEST_CASE("history helped-before: a never-worked point scores 0.5 and is not marked", "[history][helped]") {
    auto h = helpedBefore(Records{}, "upper_trapezius.1", helpedRules(), at(3, 8));
    CHECK(h.score == Approx(0.5));
    CHECK_FALSE(h.helped);
    CHECK(h.last_ms == 0);
}

TEST_CASE("history helped-before: reaching the released level counts as helping", "[history][helped]") {
    Records records = {session(1, at(0, 8), {{kTrapL, 4}, {kTrapL, 3}})};
    CHECK(helpedBefore(records, kTrapL, helpedRules(), at(1, 8)).helped_sessions == 1);
}

TEST_CASE("history helped-before: sharp pain on the point never counts as helping", "[history][helped]") {
    Records records = {session(1, at(0, 8), {{kTrapL, 7}, {kTrapL, 3}}, EndReason::SharpPain)};
    auto h = helpedBefore(records, kTrapL, helpedRules(), at(1, 8));
    CHECK(h.sharp_pain_sessions == 1);
    CHECK(h.helped_sessions == 0);
    CHECK_FALSE(h.helped);
    CHECK(h.score < 0.5);
}

TEST_CASE("history helped-before: recent sessions weigh more than old ones", "[history][helped]") {
    // Old sessions helped, recent ones did not -> lower score than the reverse.
    Records oldGood = {session(1, at(0, 8), {{kTrapL, 7}, {kTrapL, 4}}),
                       session(2, at(120, 8), {{kTrapL, 6}, {kTrapL, 6}})};
    Records newGood = {session(1, at(0, 8), {{kTrapL, 6}, {kTrapL, 6}}),
                       session(2, at(120, 8), {{kTrapL, 7}, {kTrapL, 4}})};
    const auto now = at(121, 8);
    CHECK(helpedBefore(newGood, kTrapL, helpedRules(), now).score >
          helpedBefore(oldGood, kTrapL, helpedRules(), now).score);
}

TEST_CASE("history helped-before: by trigger point id the better side counts", "[history][helped]") {
    Records records = {session(1, at(0, 8), {{kTrapL, 6}, {kTrapL, 6}, {kTrapR, 7}, {kTrapR, 3}})};
    auto any = helpedBefore(records, "upper_trapezius.1", helpedRules(), at(1, 8));
    CHECK(any.helped);
    auto all = helpedBeforeAll(records, helpedRules(), at(1, 8));
    REQUIRE(all.count("upper_trapezius.1") == 1);
    CHECK(all.at("upper_trapezius.1").helped);
}
