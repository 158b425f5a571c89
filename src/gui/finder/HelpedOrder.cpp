#include "finder/HelpedOrder.h"

#include <algorithm>
#include <cmath>

namespace tpf::gui {

void helpedFirstOnTies(Ranking& ranking, const HelpedFn& helped) {
    if (!helped)
        return;
    auto& c = ranking.candidates;
    // Scores come from the same formula, so equal matches give bit-equal scores; the tolerance only
    // absorbs rounding in the weighted sums.
    const auto same = [](double a, double b) { return std::abs(a - b) <= 1e-9; };
    for (auto first = c.begin(); first != c.end();) {
        auto last =
            std::find_if(first, c.end(), [&](const Candidate& x) { return !same(x.score, first->score); });
        if (last - first > 1)
            std::stable_partition(first, last,
                                  [&](const Candidate& x) { return helped(x.triggerPoint, x.side); });
        first = last;
    }
}

} // namespace tpf::gui
