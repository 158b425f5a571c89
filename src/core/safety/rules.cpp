#include "core/safety/rules.h"

namespace tpf::safety {

const Question* Rules::question(const std::string& id) const {
    for (const auto& q : questions)
        if (q.id == id)
            return &q;
    return nullptr;
}

std::vector<const Question*> Rules::questionsIn(Category c) const {
    std::vector<const Question*> out;
    for (const auto& q : questions)
        if (q.category == c)
            out.push_back(&q);
    return out;
}

const char* toString(Category c) {
    switch (c) {
    case Category::red_flag: return "red_flag";
    case Category::clinician_first: return "clinician_first";
    case Category::local: return "local";
    }
    return "?";
}

const char* toString(Urgency u) {
    switch (u) {
    case Urgency::none: return "none";
    case Urgency::see_doctor: return "see_doctor";
    case Urgency::urgent: return "urgent";
    case Urgency::emergency: return "emergency";
    }
    return "?";
}

const char* toString(When w) {
    switch (w) {
    case When::before: return "before";
    case When::during: return "during";
    case When::after: return "after";
    }
    return "?";
}

const char* toString(Action a) {
    switch (a) {
    case Action::stop: return "stop";
    case Action::ease_off: return "ease_off";
    case Action::info: return "info";
    }
    return "?";
}

const char* toString(ProfessionalTrigger t) {
    switch (t) {
    case ProfessionalTrigger::no_improvement: return "no_improvement";
    case ProfessionalTrigger::worsening: return "worsening";
    }
    return "?";
}

} // namespace tpf::safety
