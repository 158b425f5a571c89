#pragma once
// The safety screening content of data/safety.json, as plain values.
// The wording and the medical decisions (what blocks, what needs a clinician, which areas stay
// off limits) live in the data file; these types only carry them.

#include "core/model.h"

#include <optional>
#include <string>
#include <vector>

namespace tpf::safety {

enum class Category {
    red_flag,        // yes -> self-treatment blocked, seek medical care
    clinician_first, // yes -> blocked until the user confirms a clinician cleared it, then caution
    local,           // asked per chosen point each session; yes -> that point is left out
};

// How soon a red flag needs medical help. Drives how loudly the GUI shows it.
enum class Urgency { none, see_doctor, urgent, emergency };

using tpf::Source; // {id, citation}, as in muscles.json

struct Question {
    std::string id;
    Category category = Category::red_flag;
    std::string text;                        // the question as asked
    std::string explanation;                 // why we ask
    std::string outcome;                     // what a "yes" means for the session
    std::string instead;                     // what to do instead of self-treatment
    Urgency urgency = Urgency::none;         // red flags only
    std::string outcome_cleared;             // clinician_first only: text once cleared
    std::vector<std::string> excluded_areas; // clinician_first: muscle areas never treated, even when cleared
    std::vector<std::string> excluded_danger_zones; // ...and points near these danger zone ids
    std::string exclusion_text;                     // why such a point is left out (required with exclusions)
    std::vector<std::string> sources;
};

enum class When { before, during, after };
enum class Action { stop, ease_off, info };

struct SessionRule {
    std::string id;
    When when = When::during;
    Action action = Action::info;
    std::string text;
    std::vector<std::string> sources;
};

enum class ProfessionalTrigger { no_improvement, worsening };

// "When to see a professional": texts plus thresholds; the history module decides when they fire.
struct ProfessionalAdvice {
    std::string id;
    ProfessionalTrigger trigger = ProfessionalTrigger::no_improvement;
    std::optional<int> days; // e.g. 14 for "no change after two weeks"
    std::string text;
    std::vector<std::string> sources;
};

struct ReviewPolicy {
    bool full_review_before_first_session = true;
    int full_review_every_days = 30;
    bool full_review_when_an_answer_changes = true;
    std::string full_review_text;
    std::string short_reconfirm_text;
};

struct Message {
    std::string text;
    std::string instead;
};

struct Rules {
    int schema_version = 1;
    std::vector<Source> sources;
    std::string disclaimer;
    ReviewPolicy review_policy;
    Message no_points_left;          // every chosen point was left out
    std::vector<Question> questions; // in the order they are asked
    std::vector<SessionRule> session_rules;
    std::vector<ProfessionalAdvice> see_a_professional;

    const Question* question(const std::string& id) const;
    std::vector<const Question*> questionsIn(Category c) const;
};

const char* toString(Category c);
const char* toString(Urgency u);
const char* toString(When w);
const char* toString(Action a);
const char* toString(ProfessionalTrigger t);

} // namespace tpf::safety
