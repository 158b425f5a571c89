// muscles.json from arbitrary text, checked against the bundled body regions (loaded once).
#include "core/referral.h"
#include "fuzz_common.h"

#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    const tpf::Database& regions = tpf::fuzz::bundledBodyRegions();
    const std::string file = "fuzz/muscles.json";
    tpf::LoadResult r = tpf::loadMusclesFromText(tpf::fuzz::asText(data, size), file, regions);
    tpf::fuzz::require(r.ok() == r.problems.empty(), "ok() disagrees with the problem list");
    tpf::fuzz::checkProblems(r.problems, file);
    if (r.ok()) {
        // An accepted file must rank without surprises: the index and the plain scan agree.
        const tpf::ReferralEngine engine(*r.database);
        std::vector<std::size_t> all(r.database->regions.size());
        for (std::size_t i = 0; i < all.size(); ++i)
            all[i] = i;
        const tpf::Ranking indexed = engine.rank(all);
        const tpf::Ranking scanned = engine.rankByScan(all);
        tpf::fuzz::require(indexed.candidates.size() == scanned.candidates.size(),
                           "rank() and rankByScan() disagree");
    }
    return 0;
}
