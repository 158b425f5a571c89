#pragma once
// The progress rules of data/history.json, as plain values: when a point counts as released,
// when regular work without improvement or rising tenderness means "see a professional", and
// how "helped before" is scored. The professional advice texts and the two-week period come
// from data/safety.json ("see_a_professional"), so each number and sentence lives in one place.

#include "core/diagnostics.h"
#include "core/safety/rules.h"

#include <filesystem>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tpf::history {

struct Tip {
    std::string id;
    std::string text;
};

struct ReleasedRule {
    int max_tenderness = 3; // pressing brings at most this (0-10) ...
    int band_from = 2;      // the chart's "released" band: band_from to max_tenderness
    int sessions = 2;       // ... in each of the last this many rated sessions
    std::string text;
    std::vector<Tip> prevention_tips;
    std::vector<std::string> sources;
};

struct NoImprovementRule {
    std::string advice_id;    // safety.json see_a_professional id
    std::string text;         // resolved from safety.json
    int min_span_days = 14;   // resolved from safety.json "days": first to last rated session
    int min_rated_days = 5;   // "regular": rated on at least this many different days ...
    int max_gap_days = 7;     // ... with no gap between them longer than this
    int compare_sessions = 2; // baseline = mean of the first N rated sessions, recent = last N
    int min_drop = 2;         // improvement: recent is at least this much below baseline
};

struct WorseningRule {
    std::string advice_id;
    std::string text;
    int sessions = 3; // the last N rated sessions never fall ...
    int min_rise = 2; // ... and the last is at least this much above the first of them
};

struct HelpedRule {
    int min_session_drop = 2;   // a session helped when tenderness fell this much during it
    double half_life_days = 60; // older sessions count less
    double prior_sessions = 1;  // pulls scores of barely-tried points toward 0.5
    double min_score = 0.6;     // "helped before" mark
};

// The sentences that explain a piece of advice ("why"), with named placeholders filled by
// assess(). The defaults are the English texts of data/history.json "why_texts".
struct WhyTexts {
    // {from} {to} {sessions}
    std::string worsening =
        "Tenderness rose from {from} to {to} over your last {sessions} sessions on this point.";
    // {max} {sessions}
    std::string released =
        "Pressing it brought at most {max}/10 in your last {sessions} sessions on this point.";
    // {rated_days} {span} {from} {to} {min_drop}; {span} is day_one/day_other filled in
    std::string no_improvement =
        "Worked on {rated_days} days over {span}; tenderness went from {from} to {to} "
        "(a drop of at least {min_drop} would show it is helping).";
    // {tenderness}
    std::string first_session = "Tenderness {tenderness}/10 in your first rated session.";
    // {from} {to} {sessions} {span}
    std::string in_progress = "Tenderness {from} → {to} over {sessions} rated sessions in {span}.";
    std::string day_one = "{count} day";    // {count}: a span of exactly one day
    std::string day_other = "{count} days"; // {count}: any other number of days
    std::string decimal_mark = ".";         // in averages such as 4.5
};

struct Rules {
    int schema_version = 1;
    int episode_gap_days = 28; // a longer break starts a new episode; older sessions are not compared
    std::string in_progress_text;
    std::string not_enough_data_text;
    ReleasedRule released;
    NoImprovementRule no_improvement;
    WorseningRule worsening;
    HelpedRule helped;
    WhyTexts why;
    std::vector<tpf::Source> sources;
};

struct RulesResult {
    std::optional<Rules> rules; // set only when problems is empty
    Problems problems;
    bool ok() const { return rules.has_value(); }
};

// `safety` supplies the see_a_professional texts and days the file refers to.
RulesResult loadRules(const nlohmann::json& doc, const safety::Rules& safety,
                      const std::string& file = "history.json");
RulesResult loadRulesFromText(std::string_view text, const safety::Rules& safety,
                              const std::string& file = "history.json");
RulesResult loadRulesFromFile(const std::filesystem::path& path, const safety::Rules& safety);

} // namespace tpf::history
