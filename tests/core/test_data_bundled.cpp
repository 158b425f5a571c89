// Checks of the bundled database itself (data/body_regions.json + data/muscles.json): size,
// coverage of the body map, geometry, references, completeness of the self-care texts, symmetry
// and a few clinical facts that must never regress. data/muscles.json is the single source.

#include "core/geometry.h"
#include "core/loader.h"
#include "core/referral.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace tpf;

namespace {

const Database& db() {
    static const Database database = [] {
        const std::filesystem::path dir(TPF_SOURCE_DATA_DIR);
        REQUIRE(std::filesystem::exists(dir / "body_regions.json"));
        REQUIRE(std::filesystem::exists(dir / "muscles.json"));
        LoadResult result = loadDatabase(dir);
        for (const auto& p : result.problems)
            UNSCOPED_INFO(p.toString());
        REQUIRE(result.ok());
        return *result.database;
    }();
    return database;
}

const ReferralEngine& engine() {
    static const ReferralEngine e(db());
    return e;
}

bool blank(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

std::string lower(std::string s) {
    for (auto& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// "temple-left" <-> "temple-right"; midline ids stay.
std::string mirrorId(const std::string& id) {
    auto swap = [&](const std::string& from, const std::string& to) -> std::optional<std::string> {
        if (id.size() > from.size() && id.compare(id.size() - from.size(), from.size(), from) == 0)
            return id.substr(0, id.size() - from.size()) + to;
        return std::nullopt;
    };
    if (auto s = swap("-left", "-right"))
        return *s;
    if (auto s = swap("-right", "-left"))
        return *s;
    return id;
}

std::set<std::string> regionIds(const std::vector<std::size_t>& indices) {
    std::set<std::string> out;
    for (std::size_t i : indices)
        out.insert(db().regions[i].id);
    return out;
}

std::set<std::string> mirrored(const std::set<std::string>& ids) {
    std::set<std::string> out;
    for (const auto& id : ids)
        out.insert(mirrorId(id));
    return out;
}

std::string join(const std::vector<std::string>& items) {
    std::string s;
    for (const auto& x : items)
        s += (s.empty() ? "" : ", ") + x;
    return s;
}

} // namespace

TEST_CASE("Bundled data holds at least 110 muscles and 160 trigger points", "[data]") {
    CHECK(db().muscles.size() >= 110);
    CHECK(db().triggerPoints.size() >= 160);
    for (const Muscle& m : db().muscles) {
        INFO(m.id);
        CHECK_FALSE(m.triggerPoints.empty());
    }
}

TEST_CASE("Bundled data: every concrete region is reached by some trigger point's primary or spillover zone",
          "[data]") {
    std::vector<bool> reached(db().regions.size(), false);
    for (std::size_t t = 0; t < db().triggerPoints.size(); ++t)
        for (Side side : {Side::Left, Side::Right}) {
            const ReferralRegions refs = engine().referralOf(t, side);
            for (std::size_t r : refs.primary)
                reached[r] = true;
            for (std::size_t r : refs.spillover)
                reached[r] = true;
        }
    std::vector<std::string> uncovered;
    for (std::size_t r = 0; r < reached.size(); ++r)
        if (!reached[r])
            uncovered.push_back(db().regions[r].id);
    INFO("regions no trigger point refers to: " << join(uncovered));
    CHECK(uncovered.empty());
    CHECK(db().regions.size() >= 170);
}

TEST_CASE("Bundled data: every trigger point lies inside its view's figure outline and inside a region of "
          "that view",
          "[data]") {
    for (const TriggerPoint& tp : db().triggerPoints) {
        for (Side side : {Side::Left, Side::Right}) {
            const Point p = db().locationOf(tp, side);
            const View view = tp.location.view;
            INFO(tp.id << " (" << toString(side) << ", " << toString(view) << " view) at " << p.x << ", "
                       << p.y);
            CHECK(containsPoint(db().figure.view(view).outline, p));
            const bool inRegion = std::any_of(db().regions.begin(), db().regions.end(), [&](const Region& r) {
                return r.view == view && containsPoint(r.polygon, p);
            });
            CHECK(inRegion);
        }
    }
}

TEST_CASE("Bundled data: every reference resolves - zones, danger zones, sources and satellites", "[data]") {
    for (const Muscle& m : db().muscles) {
        INFO(m.id << " source " << m.source.ref);
        CHECK(db().source(m.source.ref) != nullptr);
        CHECK_FALSE(blank(m.source.detail));
    }
    for (const Source& s : db().sources) {
        INFO(s.id);
        CHECK_FALSE(blank(s.citation));
    }
    for (const TriggerPoint& tp : db().triggerPoints) {
        INFO(tp.id);
        CHECK_FALSE(tp.primary.empty());
        for (const auto* zones : {&tp.primary, &tp.spillover})
            for (const Zone& z : *zones) {
                INFO("zone " << z.region);
                CHECK_FALSE(db().regionsOfBase(z.region).empty());
                for (Side side : {Side::Left, Side::Right})
                    CHECK_FALSE(resolveZone(db(), z, side).empty());
            }
        for (const auto& dz : tp.dangerZones) {
            INFO("danger zone " << dz);
            CHECK(db().dangerZone(dz) != nullptr);
        }
        for (const auto& s : tp.satellites) {
            INFO("satellite " << s);
            CHECK(db().triggerPoint(s) != nullptr);
            CHECK(s != tp.id);
        }
        CHECK(tp.muscle < db().muscles.size());
    }
    for (const DangerZone& z : db().dangerZones) {
        INFO(z.id);
        CHECK_FALSE(blank(z.label));
        CHECK_FALSE(blank(z.advice));
    }
}

TEST_CASE("Bundled data: no technique field is empty", "[data]") {
    for (const TriggerPoint& tp : db().triggerPoints) {
        INFO(tp.id);
        CHECK_FALSE(blank(tp.name));
        CHECK_FALSE(blank(tp.location.description));
        CHECK_FALSE(blank(tp.howToFind));
        CHECK_FALSE(blank(tp.selfTreatment.tool));
        CHECK_FALSE(blank(tp.selfTreatment.position));
        CHECK_FALSE(blank(tp.selfTreatment.pressure));
        CHECK_FALSE(blank(tp.mobilization));
        CHECK_FALSE(blank(tp.stretch));
        CHECK_FALSE(tp.cautions.empty());
        CHECK_FALSE(tp.symptoms.empty());
        CHECK_FALSE(tp.mistakenFor.empty());
        for (const auto* list : {&tp.cautions, &tp.symptoms, &tp.mistakenFor})
            for (const auto& text : *list)
                CHECK_FALSE(blank(text));
    }
}

TEST_CASE("Bundled data: hold times lie within 30 to 90 seconds", "[data]") {
    for (const TriggerPoint& tp : db().triggerPoints) {
        INFO(tp.id << " holds " << tp.holdSeconds << " s");
        CHECK(tp.holdSeconds >= 30);
        CHECK(tp.holdSeconds <= 90);
    }
}

TEST_CASE("Bundled data: muscle ids, muscle names and trigger point ids are unique", "[data]") {
    std::map<std::string, int> ids, names, points;
    for (const Muscle& m : db().muscles) {
        ++ids[m.id];
        ++names[lower(m.name)];
    }
    for (const TriggerPoint& tp : db().triggerPoints)
        ++points[tp.id];
    for (const auto* counts : {&ids, &names, &points})
        for (const auto& [key, n] : *counts) {
            INFO(key << " occurs " << n << " times");
            CHECK(n == 1);
        }
}

TEST_CASE("Bundled data: sides are symmetric - right referral and location mirror the left ones", "[data]") {
    for (std::size_t t = 0; t < db().triggerPoints.size(); ++t) {
        const TriggerPoint& tp = db().triggerPoints[t];
        INFO(tp.id);
        const ReferralRegions left = engine().referralOf(t, Side::Left);
        const ReferralRegions right = engine().referralOf(t, Side::Right);
        CHECK(regionIds(right.primary) == mirrored(regionIds(left.primary)));
        CHECK(regionIds(right.spillover) == mirrored(regionIds(left.spillover)));
        const Point l = db().locationOf(tp, Side::Left);
        const Point r = db().locationOf(tp, Side::Right);
        CHECK(r.x == Approx(1.0 - l.x));
        CHECK(r.y == Approx(l.y));
    }
}

TEST_CASE("Bundled data: every bilateral region has a left and a right side with mirrored polygons",
          "[data]") {
    std::set<std::string> bases;
    for (const Region& r : db().regions)
        bases.insert(r.baseId);
    for (const auto& base : bases) {
        INFO(base);
        const auto indices = db().regionsOfBase(base);
        REQUIRE_FALSE(indices.empty());
        if (db().regions[indices[0]].side == Side::Midline) {
            CHECK(indices.size() == 1);
            continue;
        }
        REQUIRE(indices.size() == 2);
        const Region* left = db().region(base + "-left");
        const Region* right = db().region(base + "-right");
        REQUIRE(left);
        REQUIRE(right);
        CHECK(left->side == Side::Left);
        CHECK(right->side == Side::Right);
        CHECK(left->view == right->view);
        REQUIRE(left->polygon.size() == right->polygon.size());
        REQUIRE(left->polygon.size() >= 3);
        for (std::size_t i = 0; i < left->polygon.size(); ++i) {
            CHECK(right->polygon[i].x == Approx(1.0 - left->polygon[i].x));
            CHECK(right->polygon[i].y == Approx(left->polygon[i].y));
        }
    }
}

TEST_CASE("Bundled data: the sternocleidomastoid is treated with a pinch and carries the carotid danger zone",
          "[data]") {
    int points = 0;
    for (const Muscle& m : db().muscles) {
        if (m.id.rfind("sternocleidomastoid", 0) != 0)
            continue;
        for (std::size_t t : m.triggerPoints) {
            const TriggerPoint& tp = db().triggerPoints[t];
            INFO(tp.id);
            ++points;
            CHECK(tp.selfTreatment.tool == "pinch");
            CHECK(std::find(tp.dangerZones.begin(), tp.dangerZones.end(), "carotid_artery") !=
                  tp.dangerZones.end());
        }
    }
    CHECK(points >= 2);
}

TEST_CASE("Bundled data: named muscle parts exist as separate muscles with trigger points", "[data]") {
    for (const char* id :
         {"upper_trapezius", "trapezius_middle", "trapezius_lower", "sternocleidomastoid_sternal",
          "sternocleidomastoid_clavicular", "deltoid_anterior", "deltoid_middle", "deltoid_posterior",
          "gluteus_minimus_anterior", "gluteus_minimus_posterior", "quadratus_lumborum_superficial",
          "quadratus_lumborum_deep"}) {
        INFO(id);
        const Muscle* m = db().muscle(id);
        REQUIRE(m);
        CHECK_FALSE(m->triggerPoints.empty());
    }
}

TEST_CASE("Bundled data: key trigger points name their satellites", "[data]") {
    std::set<std::string> keys;
    for (const TriggerPoint& tp : db().triggerPoints)
        if (!tp.satellites.empty())
            keys.insert(tp.id);
    INFO("key points: " << join(std::vector<std::string>(keys.begin(), keys.end())));
    CHECK(keys.size() >= 5);
    auto hasSatelliteIn = [](const std::string& key, const std::string& musclePrefix) {
        const TriggerPoint* tp = db().triggerPoint(key);
        if (!tp)
            return false;
        return std::any_of(tp->satellites.begin(), tp->satellites.end(), [&](const std::string& s) {
            const TriggerPoint* sat = db().triggerPoint(s);
            return sat && db().muscleOf(*sat).id.rfind(musclePrefix, 0) == 0;
        });
    };
    // Published key/satellite pairs (T&S; Hong): key points in the upper trapezius and the sternal
    // sternocleidomastoid keep points in the temporalis and masseter alive, the quadratus lumborum
    // points in the gluteus minimus.
    CHECK(hasSatelliteIn("upper_trapezius.1", "temporalis"));
    CHECK(hasSatelliteIn("sternocleidomastoid_sternal.2", "masseter"));
    CHECK(hasSatelliteIn("quadratus_lumborum_superficial.1", "gluteus_minimus"));
}
