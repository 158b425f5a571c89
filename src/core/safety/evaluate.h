#pragma once
// Safety screening: answers + chosen points -> ok / caution / blocked / incomplete.
// Pure function of its inputs; no I/O, no clock.

#include "core/model.h"
#include "core/safety/rules.h"

#include <compare>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace tpf::safety {

using tpf::DangerZone; // {id, label, advice}, as in the muscle database
using tpf::Side;

enum class Answer { unanswered, no, yes };

// One chosen trigger point on one side of the body.
struct PointRef {
    std::string trigger_point; // e.g. "upper_trapezius.1"
    Side side = Side::Midline;
    auto operator<=>(const PointRef&) const = default;
};

struct Answers {
    std::map<std::string, Answer> general;   // red_flag + clinician_first question id -> answer
    std::set<std::string> clinician_cleared; // clinician_first question ids a clinician cleared
    std::map<PointRef, std::map<std::string, Answer>> local; // per chosen point: local question id -> answer

    Answer answer(const std::string& question_id) const;
    Answer localAnswer(const PointRef& point, const std::string& question_id) const;
    bool operator==(const Answers&) const = default;
};

// What evaluate() needs to know about a chosen point; filled from the muscle database by the caller.
struct PointContext {
    PointRef point;
    std::string name; // e.g. "Upper trapezius, mid-fibre point"
    std::string area; // muscle area, e.g. "neck", "leg"
    std::vector<DangerZone> danger_zones;
    std::vector<std::string> cautions;
};

enum class Level { ok, caution, blocked, incomplete };

struct Reason {
    std::string rule_id; // question id, or "no_points_left"
    Category category = Category::red_flag;
    Level level = Level::blocked; // what this reason contributes
    Urgency urgency = Urgency::none;
    std::string text;    // outcome text
    std::string instead; // what to do instead
};

struct ExcludedPoint {
    PointRef point;
    std::string name;
    std::string rule_id; // local or clinician_first question that excludes it
    std::string text;
    std::string instead;
};

struct DangerZoneNotice {
    DangerZone zone;
    std::vector<PointRef> points;         // chosen (not excluded) points near it
    std::vector<std::string> point_names; // their names, same order
};

struct PointCautions {
    PointRef point;
    std::string name;
    std::vector<std::string> cautions;
};

struct Outcome {
    // blocked wins over incomplete (a "yes" red flag blocks whatever else is missing);
    // incomplete wins over caution and ok.
    Level level = Level::incomplete;
    std::vector<Reason> reasons;         // in question order
    std::vector<std::string> unanswered; // question ids, "qid@point/side" for local ones
    std::vector<ExcludedPoint> excluded_points;
    std::vector<DangerZoneNotice> danger_zones; // for the points still in the session
    std::vector<PointCautions> point_cautions;  // for the points still in the session
    // The user must acknowledge cautions and danger zones before starting.
    bool acknowledgement_required = false;

    bool canProceed() const { return level == Level::ok || level == Level::caution; }
};

Outcome evaluate(const Rules& rules, const Answers& answers, const std::vector<PointContext>& chosenPoints);

const char* toString(Answer a);
const char* toString(Level l);
std::string toString(const PointRef& p); // "upper_trapezius.1/right"

} // namespace tpf::safety
