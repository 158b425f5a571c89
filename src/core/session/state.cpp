#include "core/session/state.h"

#include "core/session/text_template.h"

#include <algorithm>
#include <cstdint>

namespace tpf::session {

const char* toString(EndReason r) {
    switch (r) {
    case EndReason::None: return "none";
    case EndReason::Completed: return "completed";
    case EndReason::StoppedByUser: return "stopped_by_user";
    case EndReason::SharpPain: return "sharp_pain";
    case EndReason::SafetyBlock: return "safety_block";
    }
    return "?";
}

const char* toString(Trend t) {
    switch (t) {
    case Trend::Unknown: return "unknown";
    case Trend::Falling: return "falling";
    case Trend::Steady: return "steady";
    case Trend::Rising: return "rising";
    }
    return "?";
}

bool hasPrompt(const SessionState& s, PromptKind kind) {
    return std::any_of(s.prompts.begin(), s.prompts.end(), [&](const Prompt& p) { return p.kind == kind; });
}

namespace {

// Replays the log. Time is tracked as "active" milliseconds (paused time excluded); the
// running segment maps active time back to the monotonic clock:
//   wall = segWall + (activeX - segActive)
// so every boundary lands at an exact, schedule-derived time however late we look.
class Replay {
public:
    explicit Replay(const Plan& plan) : plan_(plan), n_(static_cast<int>(plan.phases.size())) {
        s_.points.resize(plan.points.size());
        lastTendernessPhase_.assign(plan.points.size(), -1);
    }

    void apply(const Event& e, std::int64_t t) {
        advanceTo(t);
        if (s_.finished)
            return;
        switch (e.kind) {
        case EventKind::Start:
            if (s_.started)
                return;
            s_.started = true;
            segWall_ = t;
            s_.phase_started_at_ms = t;
            if (n_ == 0)
                end(EndReason::Completed, t);
            return;
        case EventKind::Stop: return stop(EndReason::StoppedByUser, t);
        case EventKind::SharpPain: return stop(EndReason::SharpPain, t);
        case EventKind::SafetyBlock: return stop(EndReason::SafetyBlock, t);
        default: break;
        }
        if (!s_.started)
            return;
        const Phase& ph = plan_.phases[static_cast<std::size_t>(s_.phase_index)];
        switch (e.kind) {
        case EventKind::Pause: s_.paused = true; break;
        case EventKind::Resume:
            if (s_.paused) {
                s_.paused = false;
                segWall_ = t;
            }
            break;
        case EventKind::Skip: endPhaseNow(t, PhaseEnd::Skipped); break;
        case EventKind::FoundIt:
            if (ph.kind == PhaseKind::Locate)
                endPhaseNow(t, PhaseEnd::FoundIt);
            break;
        case EventKind::Released:
            if (ph.point >= 0)
                point(ph.point).released_by_user = true;
            if (ph.kind == PhaseKind::Hold)
                endPhaseNow(t, PhaseEnd::Released);
            break;
        case EventKind::Rate: rate(e, t, ph); break;
        default: break;
        }
    }

    SessionState result(std::int64_t now) {
        advanceTo(now);
        derive(now);
        return std::move(s_);
    }

private:
    PointProgress& point(int i) { return s_.points[static_cast<std::size_t>(i)]; }
    bool running() const { return s_.started && !s_.paused && !s_.finished; }

    void advanceTo(std::int64_t t) {
        if (!running())
            return;
        const std::int64_t active = active_ + (t - segWall_);
        while (s_.phase_index < n_) {
            const Phase& ph = plan_.phases[static_cast<std::size_t>(s_.phase_index)];
            if (!ph.duration_ms || active < phaseStartActive_ + *ph.duration_ms)
                break;
            const std::int64_t endActive = phaseStartActive_ + *ph.duration_ms;
            const std::int64_t endWall = segWall_ + (endActive - active_);
            closePhase(endWall, ph.counts_up ? PhaseEnd::Capped : PhaseEnd::Timed, endActive);
            if (s_.phase_index == n_) {
                active_ = endActive;
                segWall_ = endWall;
                end(EndReason::Completed, endWall);
                return;
            }
        }
        active_ = active;
        segWall_ = t;
    }

    void closePhase(std::int64_t wall, PhaseEnd how, std::int64_t active) {
        s_.history.push_back({s_.phase_index, *s_.phase_started_at_ms, wall, how});
        ++s_.phase_index;
        phaseStartActive_ = active;
        s_.phase_started_at_ms = wall;
    }

    void endPhaseNow(std::int64_t t, PhaseEnd how) {
        closePhase(t, how, active_);
        if (s_.phase_index == n_)
            end(EndReason::Completed, t);
    }

    void stop(EndReason why, std::int64_t t) {
        if (s_.started && s_.phase_index < n_)
            s_.history.push_back({s_.phase_index, *s_.phase_started_at_ms, t, PhaseEnd::Interrupted});
        end(why, t);
    }

    void end(EndReason why, std::int64_t t) {
        s_.finished = true;
        s_.paused = false;
        s_.end_reason = why;
        s_.ended_at_ms = t;
    }

    void rate(const Event& e, std::int64_t t, const Phase& ph) {
        if (e.value < 0 || e.value > plan_.rules.scale_max)
            return; // not a rating on this scale
        s_.ratings.push_back({t, s_.phase_index, ph.point, e.rating, e.value});
        if (e.rating != RatingKind::Tenderness || ph.point < 0)
            return;
        PointProgress& p = point(ph.point);
        // One value per phase: the latest tenderness of each hold is what the trend compares.
        int& lastPhase = lastTendernessPhase_[static_cast<std::size_t>(ph.point)];
        if (lastPhase == s_.phase_index)
            p.tenderness.back() = e.value;
        else
            p.tenderness.push_back(e.value);
        lastPhase = s_.phase_index;
    }

    void derive(std::int64_t now) {
        const SharedRules& rules = plan_.rules;
        for (auto& p : s_.points) {
            if (p.tenderness.size() >= 2) {
                const int d = p.tenderness.back() - p.tenderness[p.tenderness.size() - 2];
                p.trend = d <= -rules.trend_min_change  ? Trend::Falling
                          : d >= rules.trend_min_change ? Trend::Rising
                                                        : Trend::Steady;
            }
            p.released = p.released_by_user ||
                         (!p.tenderness.empty() && p.tenderness.back() <= rules.released_at_or_below);
        }
        s_.active_elapsed_ms = active_;
        if (s_.finished) {
            s_.elapsed_in_phase_ms = active_ - phaseStartActive_;
            s_.remaining_in_phase_ms = 0;
            s_.end_message = s_.end_reason == EndReason::Completed     ? rules.completed_message
                             : s_.end_reason == EndReason::SharpPain   ? rules.sharp_pain_explanation
                             : s_.end_reason == EndReason::SafetyBlock ? rules.safety_block_explanation
                                                                       : rules.stopped_by_user_explanation;
            return;
        }
        if (s_.phase_index >= n_) { // an empty plan that has not been started
            s_.total_remaining_exact = true;
            return;
        }
        const Phase& ph = plan_.phases[static_cast<std::size_t>(s_.phase_index)];
        s_.elapsed_in_phase_ms = active_ - phaseStartActive_;
        s_.total_remaining_exact = true;
        if (ph.duration_ms) {
            s_.remaining_in_phase_ms = *ph.duration_ms - s_.elapsed_in_phase_ms;
            s_.total_remaining_ms = ph.counts_up
                                        ? std::max<std::int64_t>(0, ph.estimate_ms - s_.elapsed_in_phase_ms)
                                        : *s_.remaining_in_phase_ms;
            s_.total_remaining_exact = !ph.counts_up;
            if (running()) {
                s_.next_boundary_ms = now + *s_.remaining_in_phase_ms;
                const std::int64_t cue = std::int64_t(rules.countdown_seconds) * 1000;
                if (*s_.remaining_in_phase_ms <= cue)
                    s_.countdown = int((*s_.remaining_in_phase_ms + 999) / 1000);
            }
        } else {
            s_.total_remaining_ms = std::max<std::int64_t>(0, ph.estimate_ms - s_.elapsed_in_phase_ms);
            s_.total_remaining_exact = false;
        }
        for (int i = s_.phase_index + 1; i < n_; ++i) {
            const Phase& later = plan_.phases[static_cast<std::size_t>(i)];
            s_.total_remaining_ms += later.estimate_ms;
            if (!later.duration_ms || later.counts_up)
                s_.total_remaining_exact = false;
        }
        if (!s_.started)
            return;

        for (const auto& text : ph.prompts)
            s_.prompts.push_back({PromptKind::Phase, text});
        if (ph.kind == PhaseKind::Hold) {
            // The latest rating in this hold decides: easing off and re-rating clears the prompt.
            for (auto r = s_.ratings.rbegin(); r != s_.ratings.rend() && r->phase == s_.phase_index; ++r) {
                if (r->value > rules.ease_off_above)
                    s_.prompts.push_back(
                        {PromptKind::EaseOff, fillTemplate(rules.ease_off_prompt,
                                                           {{"value", std::to_string(r->value)},
                                                            {"max", std::to_string(rules.ease_off_above)}})});
                break;
            }
        }
        if (ph.point >= 0) {
            const PointProgress& p = s_.points[static_cast<std::size_t>(ph.point)];
            if (!p.tenderness.empty() && p.tenderness.back() <= rules.released_at_or_below)
                s_.prompts.push_back(
                    {PromptKind::Released,
                     fillTemplate(rules.released_prompt, {{"value", std::to_string(p.tenderness.back())}})});
            else if (p.trend != Trend::Unknown)
                s_.prompts.push_back({PromptKind::Trend, p.trend == Trend::Falling  ? rules.trend_falling
                                                         : p.trend == Trend::Rising ? rules.trend_rising
                                                                                    : rules.trend_steady});
        }
    }

    const Plan& plan_;
    const int n_;
    SessionState s_;
    std::int64_t segWall_ = 0;             // monotonic time where the running segment was last synced
    std::int64_t active_ = 0;              // active ms at segWall_
    std::int64_t phaseStartActive_ = 0;    // active ms at which the current phase began
    std::vector<int> lastTendernessPhase_; // per point: phase of its latest tenderness rating
};

} // namespace

SessionState stateAt(const Plan& plan, const EventLog& log, std::int64_t now_ms) {
    Replay replay(plan);
    std::int64_t last = INT64_MIN;
    for (const Event& e : log) {
        const std::int64_t t = std::max(e.t_ms, last);
        if (t > now_ms)
            break;
        replay.apply(e, t);
        last = t;
    }
    return replay.result(now_ms);
}

std::optional<std::int64_t> nextPhaseBoundaryMs(const Plan& plan, const EventLog& log, std::int64_t now_ms) {
    return stateAt(plan, log, now_ms).next_boundary_ms;
}

} // namespace tpf::session
