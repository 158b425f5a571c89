#include "core/session/plan.h"

#include "core/session/text_template.h"

#include <algorithm>
#include <cmath>

namespace tpf::session {

const char* toString(PhaseKind k) {
    switch (k) {
    case PhaseKind::Warmup: return "warmup";
    case PhaseKind::Locate: return "locate";
    case PhaseKind::Hold: return "hold";
    case PhaseKind::Mobilize: return "mobilize";
    case PhaseKind::Stretch: return "stretch";
    case PhaseKind::Transition: return "transition";
    }
    return "?";
}

namespace {

constexpr std::int64_t kSecond = 1000;

std::string sideName(const SharedRules& r, Side s) {
    return s == Side::Left ? r.side_left : s == Side::Right ? r.side_right : std::string();
}

std::vector<PlannedPoint> expandQueue(const std::vector<PointSpec>& points, const PlanOptions& options,
                                      const SharedRules& rules) {
    std::vector<PlannedPoint> out;
    auto add = [&](PointSpec spec) {
        const std::string side = sideName(rules, spec.side);
        std::string label = side.empty() ? spec.name : spec.name + " (" + side + ")";
        out.push_back({std::move(spec), std::move(label)});
    };
    for (const auto& p : points) {
        if (options.both_sides && p.side != Side::Midline) {
            // Left then right, point by point: consecutive entries alternate sides, and each
            // side gets its own locate (the point is found again on the other side).
            PointSpec left = p, right = p;
            left.side = Side::Left;
            right.side = Side::Right;
            add(std::move(left));
            add(std::move(right));
        } else {
            add(p);
        }
    }
    return out;
}

Phase timed(PhaseKind kind, int point, std::int64_t ms, std::string instruction) {
    Phase ph;
    ph.kind = kind;
    ph.point = point;
    ph.duration_ms = ms;
    ph.estimate_ms = ms;
    ph.instruction = std::move(instruction);
    return ph;
}

} // namespace

Plan buildPlan(const Protocol& pr, const std::vector<PointSpec>& points, const PlanOptions& options) {
    const SharedRules& rules = pr.rules;
    Plan plan;
    plan.preset_id = pr.id;
    plan.rules = rules;
    plan.points = expandQueue(points, options, rules);

    if (options.warmup.value_or(pr.warmup_default_on)) {
        const int minutes = std::clamp(options.warmup_minutes.value_or(pr.warmup_default_minutes),
                                       pr.warmup_min_minutes, pr.warmup_max_minutes);
        plan.phases.push_back(
            timed(PhaseKind::Warmup, -1, minutes * (60 * kSecond),
                  fillTemplate(pr.warmup_instruction, {{"minutes", std::to_string(minutes)}})));
    }

    for (int i = 0; i < static_cast<int>(plan.points.size()); ++i) {
        const PlannedPoint& pp = plan.points[static_cast<std::size_t>(i)];
        const PointSpec& spec = pp.spec;
        if (i > 0 && rules.transition_seconds > 0) {
            const PointSpec& prev = plan.points[static_cast<std::size_t>(i - 1)].spec;
            const bool sameSpot = prev.trigger_point_id == spec.trigger_point_id && prev.side != spec.side;
            const std::string text =
                sameSpot ? fillTemplate(rules.switch_side_instruction,
                                        {{"point", spec.name}, {"side", sideName(rules, spec.side)}})
                         : fillTemplate(rules.next_point_instruction, {{"point", pp.label}});
            plan.phases.push_back(timed(PhaseKind::Transition, i, rules.transition_seconds * kSecond, text));
        }

        Phase locate;
        locate.kind = PhaseKind::Locate;
        locate.point = i;
        locate.estimate_ms = pr.locate_estimate_seconds * kSecond;
        locate.instruction = fillTemplate(pr.locate_instruction, {{"point", pp.label}});
        locate.prompts = spec.cautions;
        plan.phases.push_back(std::move(locate));

        const int holdS = std::clamp(pr.hold_from_point && spec.hold_seconds > 0 ? spec.hold_seconds
                                                                                 : pr.hold_default_seconds,
                                     pr.hold_min_seconds, pr.hold_max_seconds);
        const int rounds = std::clamp(static_cast<int>(std::lround(double(pr.cycle_seconds_per_point) /
                                                                   double(holdS + pr.mobilize_seconds))),
                                      pr.cycle_min_rounds, pr.cycle_max_rounds);
        const std::string target =
            fillTemplate(pr.target_prompt, {{"min", std::to_string(pr.pressure_target.min)},
                                            {"max", std::to_string(pr.pressure_target.max)}});
        const std::string cap = std::to_string(rules.until_release_cap_seconds);
        // The point's own texts already say how long (muscles.json); the fallbacks take it from the preset.
        const std::string mobilization =
            spec.mobilization.empty()
                ? fillTemplate(pr.mobilize_fallback, {{"seconds", std::to_string(pr.mobilize_seconds)}})
                : spec.mobilization;
        const std::string stretch =
            spec.stretch.empty()
                ? fillTemplate(pr.stretch_fallback, {{"seconds", std::to_string(pr.stretch_seconds)}})
                : spec.stretch;

        for (int round = 1; round <= rounds; ++round) {
            Phase hold;
            hold.kind = PhaseKind::Hold;
            hold.point = i;
            hold.round = round;
            hold.pressure_target = pr.pressure_target;
            hold.prompts = {target, rules.breathing_prompt};
            if (options.hold_until_release) {
                // Counts up; the cap is a hard stop, the preset's hold time only feeds estimates.
                hold.counts_up = true;
                hold.duration_ms = rules.until_release_cap_seconds * kSecond;
                hold.estimate_ms = std::min<std::int64_t>(holdS, rules.until_release_cap_seconds) * kSecond;
                hold.instruction =
                    fillTemplate(rules.until_release_instruction, {{"point", pp.label}, {"cap", cap}});
                hold.prompts.push_back(fillTemplate(rules.until_release_cap_prompt, {{"cap", cap}}));
            } else {
                hold.duration_ms = holdS * kSecond;
                hold.estimate_ms = holdS * kSecond;
                hold.instruction = fillTemplate(pr.hold_instruction,
                                                {{"point", pp.label}, {"seconds", std::to_string(holdS)}});
            }
            hold.prompts.insert(hold.prompts.end(), spec.cautions.begin(), spec.cautions.end());
            plan.phases.push_back(std::move(hold));

            Phase mob =
                timed(PhaseKind::Mobilize, i, pr.mobilize_seconds * kSecond,
                      fillTemplate(pr.mobilize_instruction, {{"point", pp.label},
                                                             {"seconds", std::to_string(pr.mobilize_seconds)},
                                                             {"mobilization", mobilization}}));
            mob.round = round;
            plan.phases.push_back(std::move(mob));
        }

        plan.phases.push_back(
            timed(PhaseKind::Stretch, i, pr.stretch_seconds * kSecond,
                  fillTemplate(pr.stretch_instruction, {{"point", pp.label},
                                                        {"seconds", std::to_string(pr.stretch_seconds)},
                                                        {"stretch", stretch}})));
    }

    for (const auto& ph : plan.phases)
        plan.estimated_total_ms += ph.estimate_ms;
    const std::int64_t maxMs = std::int64_t(rules.recommended_total_max_minutes) * 60 * kSecond;
    if (plan.estimated_total_ms > maxMs) {
        const auto minutes = (plan.estimated_total_ms + 60 * kSecond - 1) / (60 * kSecond);
        plan.notes.push_back(fillTemplate(rules.too_long_note,
                                          {{"minutes", std::to_string(minutes)},
                                           {"max", std::to_string(rules.recommended_total_max_minutes)}}));
    }
    return plan;
}

} // namespace tpf::session
