#pragma once
// "Helped before" in the finder: which candidates helped this user in past sessions (from the
// history, see core/history/helped.h), and the tie-break that lists those first among candidates
// the engine scored equally. The engine's order is otherwise kept: past relief is a hint for
// choosing between equally likely points, never a reason to rank a worse match higher.

#include "core/model.h"
#include "core/referral.h"

#include <cstddef>
#include <functional>

namespace tpf::gui {

// Whether the trigger point (index into Database::triggerPoints) on `side` helped before.
using HelpedFn = std::function<bool(std::size_t triggerPoint, Side side)>;

// Within each run of candidates with the same score, stably moves those that helped to the front.
void helpedFirstOnTies(Ranking& ranking, const HelpedFn& helped);

} // namespace tpf::gui
