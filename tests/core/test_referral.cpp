#include "core/referral.h"
#include "test_fixtures.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace tpf;
using tpf::test::tinyDb;

namespace {

const ReferralEngine& engine() {
    static const ReferralEngine e(tinyDb());
    return e;
}

std::vector<std::size_t> regions(std::initializer_list<const char*> ids) {
    std::vector<std::size_t> out;
    for (const char* id : ids) {
        auto index = tinyDb().regionIndex(id);
        REQUIRE(index);
        out.push_back(*index);
    }
    return out;
}

std::string key(const Candidate& c) {
    return tinyDb().triggerPoints[c.triggerPoint].id + "/" + std::string(toString(c.side));
}

std::vector<std::string> keys(const Ranking& r) {
    std::vector<std::string> out;
    for (const auto& c : r.candidates)
        out.push_back(key(c));
    return out;
}

const Candidate* find(const Ranking& r, const std::string& k) {
    for (const auto& c : r.candidates)
        if (key(c) == k)
            return &c;
    return nullptr;
}

std::vector<std::string> ids(const std::vector<std::size_t>& indices) {
    std::vector<std::string> out;
    for (std::size_t i : indices)
        out.push_back(tinyDb().regions[i].id);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST_CASE("A primary zone outranks a spillover zone, even of a more common point", "[referral]") {
    Ranking r = engine().rank(regions({"temple-left"}));
    const Candidate* temporalis = find(r, "temporalis.1/left");
    const Candidate* masseter = find(r, "masseter.1/left"); // very common, but temple is only spillover
    REQUIRE(temporalis);
    REQUIRE(masseter);
    CHECK(temporalis->score == Approx(1.0));
    CHECK(masseter->score == Approx(0.5));
    CHECK(masseter->matches[0] == Match::Spillover);
    auto order = keys(r);
    CHECK(std::find(order.begin(), order.end(), "temporalis.1/left") <
          std::find(order.begin(), order.end(), "masseter.1/left"));
}

TEST_CASE("The score is the weighted share of selected regions: primary 1, spillover 0.5", "[referral]") {
    Ranking r = engine().rank(regions({"neck_back-left", "jaw_angle-left", "calf-left"}));
    const Candidate* trap = find(r, "upper_trapezius.1/left");
    REQUIRE(trap);
    CHECK(trap->score == Approx((kPrimaryWeight + kSpilloverWeight) / 3));
    REQUIRE(trap->matches.size() == 3);
    CHECK(trap->matches[0] == Match::Primary);
    CHECK(trap->matches[1] == Match::Spillover);
    CHECK(trap->matches[2] == Match::None);
}

TEST_CASE("Scores lie above 0 and at most 1, and only matching candidates are listed", "[referral]") {
    std::vector<std::size_t> all(tinyDb().regions.size());
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = i;
    for (const auto& c : engine().rank(all).candidates) {
        CHECK(c.score > 0.0);
        CHECK(c.score <= 1.0);
    }
}

TEST_CASE("Right temple ranks right-side points only, on the right", "[referral]") {
    Ranking r = engine().rank(regions({"temple-right"}));
    REQUIRE_FALSE(r.candidates.empty());
    CHECK(key(r.candidates[0]) == "upper_trapezius.1/right");
    for (const auto& c : r.candidates)
        CHECK(c.side == Side::Right);
}

TEST_CASE("A midline region matches candidates of both sides", "[referral]") {
    Ranking r = engine().rank(regions({"sternum"}));
    CHECK(keys(r) == std::vector<std::string>{"sternalis.1/left", "sternalis.1/right"});
    CHECK(r.candidates[0].score == r.candidates[1].score);
}

TEST_CASE("An 'opposite' zone refers to the other side and a 'both' zone to both sides", "[referral]") {
    const std::size_t ql = *tinyDb().triggerPointIndex("quadratus_lumborum.1");
    ReferralRegions left = engine().referralOf(ql, Side::Left);
    CHECK(ids(left.primary) ==
          std::vector<std::string>{"buttock_lower-left", "buttock_lower-right", "lowback-left"});
    CHECK(ids(left.spillover) == std::vector<std::string>{"calf-right"});
    ReferralRegions right = engine().referralOf(ql, Side::Right);
    CHECK(ids(right.spillover) == std::vector<std::string>{"calf-left"});
}

TEST_CASE("The reverse query gives a point's concrete primary and spillover regions", "[referral]") {
    const std::size_t trap = *tinyDb().triggerPointIndex("upper_trapezius.1");
    ReferralRegions right = engine().referralOf(trap, Side::Right);
    CHECK(ids(right.primary) == std::vector<std::string>{"neck_back-right", "temple-right"});
    CHECK(ids(right.spillover) == std::vector<std::string>{"jaw_angle-right"});
}

TEST_CASE("Equal scores rank the more prevalent point first", "[referral]") {
    // Upper trapezius (very common) and temporalis (common) both refer primarily to the temple.
    Ranking r = engine().rank(regions({"temple-left"}));
    REQUIRE(r.candidates.size() >= 2);
    CHECK(key(r.candidates[0]) == "upper_trapezius.1/left");
    CHECK(key(r.candidates[1]) == "temporalis.1/left");
}

TEST_CASE("Equal score and prevalence rank by trigger point id, then left before right", "[referral]") {
    Ranking r = engine().rank(regions({"elbow_outer-left", "elbow_outer-right"}));
    CHECK(keys(r) == std::vector<std::string>{"brachioradialis.1/left", "brachioradialis.1/right",
                                              "supinator.1/left", "supinator.1/right"});
}

TEST_CASE("Ranking is deterministic and independent of the order regions are given in", "[referral]") {
    Ranking a = engine().rank(regions({"buttock_lower-left", "thigh_back-left", "calf-left"}));
    Ranking b = engine().rank(regions({"calf-left", "buttock_lower-left", "thigh_back-left"}));
    Ranking c = engine().rank(regions({"buttock_lower-left", "thigh_back-left", "calf-left"}));
    CHECK(keys(a) == keys(b));
    CHECK(keys(a) == keys(c));
    REQUIRE(a.candidates.size() >= 2);
    CHECK(key(a.candidates[0]) == "gluteus_minimus.1/left");
    CHECK(key(a.candidates[1]) == "piriformis.1/left");
}

TEST_CASE("A region selected twice counts once", "[referral]") {
    Ranking r = engine().rank(regions({"temple-left", "temple-left"}));
    CHECK(r.regions.size() == 1);
    CHECK(r.candidates[0].score == Approx(1.0));
}

TEST_CASE("Ranking by ids ignores unknown ids", "[referral]") {
    Ranking r = engine().rankIds({"temple-left", "no-such-region"});
    CHECK(r.regions.size() == 1);
    CHECK_FALSE(r.candidates.empty());
}

TEST_CASE("Nothing selected gives no candidates", "[referral]") {
    CHECK(engine().rank(std::vector<std::size_t>{}).candidates.empty());
}

TEST_CASE("Index-based lookup equals a brute-force scan for every one- and two-region query", "[referral]") {
    const std::size_t n = tinyDb().regions.size();
    auto same = [](const Ranking& a, const Ranking& b) {
        if (a.regions != b.regions || a.candidates.size() != b.candidates.size())
            return false;
        for (std::size_t i = 0; i < a.candidates.size(); ++i) {
            const auto &x = a.candidates[i], &y = b.candidates[i];
            if (x.triggerPoint != y.triggerPoint || x.side != y.side || x.score != y.score ||
                x.matches != y.matches)
                return false;
        }
        return true;
    };
    std::vector<std::size_t> all;
    for (std::size_t i = 0; i < n; ++i) {
        all.push_back(i);
        for (std::size_t j = 0; j < n; ++j) {
            INFO(tinyDb().regions[i].id << " + " << tinyDb().regions[j].id);
            CHECK(same(engine().rank({i, j}), engine().rankByScan({i, j})));
        }
    }
    CHECK(same(engine().rank(all), engine().rankByScan(all)));
}
