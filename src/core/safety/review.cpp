#include "core/safety/review.h"

namespace tpf::safety {

ReviewKind reviewNeeded(const Rules& rules, const std::optional<ReviewRecord>& last, std::int64_t now_unix_s,
                        const Answers& current) {
    const ReviewPolicy& policy = rules.review_policy;
    if (!last)
        return policy.full_review_before_first_session ? ReviewKind::full : ReviewKind::short_reconfirm;

    const std::int64_t age = now_unix_s - last->last_full_review_unix_s;
    const std::int64_t maxAge = std::int64_t{policy.full_review_every_days} * 24 * 60 * 60;
    if (age < 0 || age >= maxAge)
        return ReviewKind::full;

    for (const Question& q : rules.questions) {
        if (q.category == Category::local)
            continue;
        const Answer before = last->answers.answer(q.id);
        if (before == Answer::unanswered)
            return ReviewKind::full; // a question added since the last review
        if (!policy.full_review_when_an_answer_changes)
            continue;
        const Answer now = current.answer(q.id);
        if (now != Answer::unanswered && now != before)
            return ReviewKind::full;
        if (q.category == Category::clinician_first &&
            current.clinician_cleared.count(q.id) != last->answers.clinician_cleared.count(q.id) &&
            now != Answer::unanswered)
            return ReviewKind::full;
    }
    return ReviewKind::short_reconfirm;
}

const char* toString(ReviewKind k) { return k == ReviewKind::full ? "full" : "short_reconfirm"; }

} // namespace tpf::safety
