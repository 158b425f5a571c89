// When the full safety review is due and when a short re-confirmation is enough. Time is passed in.

#include "core/safety/load.h"
#include "core/safety/review.h"

#include <catch2/catch.hpp>

using namespace tpf::safety;

namespace {

const Rules& shippedRules() {
    static const Rules rules = [] {
        auto result = loadRulesFromFile(TPF_SOURCE_DATA_DIR "/safety.json");
        if (!result.ok())
            FAIL("data/safety.json does not load");
        return *result.rules;
    }();
    return rules;
}

Answers allNo(const Rules& rules) {
    Answers a;
    for (const auto& q : rules.questions)
        if (q.category != Category::local)
            a.general[q.id] = Answer::no;
    return a;
}

constexpr std::int64_t kDay = 24 * 60 * 60;
constexpr std::int64_t kStart = 1'780'000'000; // some time in 2026

} // namespace

TEST_CASE("the first session needs the full review", "[safety][review]") {
    CHECK(reviewNeeded(shippedRules(), std::nullopt, kStart, Answers{}) == ReviewKind::full);
}

TEST_CASE("within the review period and with unchanged answers a short re-confirmation is enough",
          "[safety][review]") {
    const Rules& rules = shippedRules();
    const ReviewRecord last{kStart, allNo(rules)};
    CHECK(reviewNeeded(rules, last, kStart + kDay, allNo(rules)) == ReviewKind::short_reconfirm);
    CHECK(reviewNeeded(rules, last, kStart + 30 * kDay - 1, allNo(rules)) == ReviewKind::short_reconfirm);
    // Before the user has answered anything today, nothing has changed yet.
    CHECK(reviewNeeded(rules, last, kStart + kDay, Answers{}) == ReviewKind::short_reconfirm);
}

TEST_CASE("after the review period from data the full review is due again", "[safety][review]") {
    const Rules& rules = shippedRules();
    const ReviewRecord last{kStart, allNo(rules)};
    const std::int64_t period = std::int64_t{rules.review_policy.full_review_every_days} * kDay;
    CHECK(period == 30 * kDay);
    CHECK(reviewNeeded(rules, last, kStart + period, allNo(rules)) == ReviewKind::full);
    CHECK(reviewNeeded(rules, last, kStart + 90 * kDay, allNo(rules)) == ReviewKind::full);

    Rules shorter = rules;
    shorter.review_policy.full_review_every_days = 7;
    CHECK(reviewNeeded(shorter, last, kStart + 8 * kDay, allNo(rules)) == ReviewKind::full);
}

TEST_CASE("a changed answer brings back the full review", "[safety][review]") {
    const Rules& rules = shippedRules();
    const ReviewRecord last{kStart, allNo(rules)};
    Answers now = allNo(rules);
    now.general["blood_thinners"] = Answer::yes;
    CHECK(reviewNeeded(rules, last, kStart + kDay, now) == ReviewKind::full);
}

TEST_CASE("a changed clinician clearance brings back the full review", "[safety][review]") {
    const Rules& rules = shippedRules();
    Answers before = allNo(rules);
    before.general["osteoporosis"] = Answer::yes;
    const ReviewRecord last{kStart, before};
    Answers now = before;
    now.clinician_cleared.insert("osteoporosis");
    CHECK(reviewNeeded(rules, last, kStart + kDay, now) == ReviewKind::full);
}

TEST_CASE("a question added to the data since the last review brings back the full review",
          "[safety][review]") {
    const Rules& rules = shippedRules();
    Answers before = allNo(rules);
    before.general.erase("cancer");
    const ReviewRecord last{kStart, before};
    CHECK(reviewNeeded(rules, last, kStart + kDay, Answers{}) == ReviewKind::full);
}

TEST_CASE("a clock that went backwards asks for the full review", "[safety][review]") {
    const Rules& rules = shippedRules();
    const ReviewRecord last{kStart, allNo(rules)};
    CHECK(reviewNeeded(rules, last, kStart - kDay, allNo(rules)) == ReviewKind::full);
}

TEST_CASE("per-point answers are asked every session and never force the full review", "[safety][review]") {
    const Rules& rules = shippedRules();
    const ReviewRecord last{kStart, allNo(rules)};
    Answers now = allNo(rules);
    now.local[{"upper_trapezius.1", tpf::Side::Left}]["bruise"] = Answer::yes;
    CHECK(reviewNeeded(rules, last, kStart + kDay, now) == ReviewKind::short_reconfirm);
}
