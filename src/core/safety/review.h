#pragma once
// When to run the full safety review and when a short re-confirmation is enough.
// The current time is passed in; the core never reads a clock.

#include "core/safety/evaluate.h"
#include "core/safety/rules.h"

#include <cstdint>
#include <optional>

namespace tpf::safety {

enum class ReviewKind { full, short_reconfirm };

// What was confirmed at the last completed review (stored by the history/storage layer).
struct ReviewRecord {
    std::int64_t last_full_review_unix_s = 0; // the last *full* review; short ones do not reset the clock
    Answers answers;                          // the answers confirmed at the last review (full or short)
};

// Full when: there is no previous review (and the policy asks for one first), the last full review is
// at least review_policy.full_review_every_days old (or in the future: a clock that jumped back), a
// question exists that the last review did not answer, or `current` holds an answer or a clearance
// that differs from the last review. Unanswered questions in `current` are not a change: they are
// simply not asked yet. Per-point (local) answers are asked every session and never compared.
ReviewKind reviewNeeded(const Rules& rules, const std::optional<ReviewRecord>& last, std::int64_t now_unix_s,
                        const Answers& current);

const char* toString(ReviewKind k);

} // namespace tpf::safety
