// body_regions.json from arbitrary text: the loader must report problems, never crash, and an
// accepted file must be usable by the region query.
#include "core/region_query.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    const std::string file = "fuzz/body_regions.json";
    tpf::LoadResult r = tpf::loadBodyRegionsFromText(tpf::fuzz::asText(data, size), file);
    tpf::fuzz::require(r.ok() == r.problems.empty(), "ok() disagrees with the problem list");
    tpf::fuzz::checkProblems(r.problems, file);
    if (r.ok()) {
        const tpf::RegionQuery query(*r.database);
        for (const tpf::Region& region : r.database->regions)
            (void)query.resolve(region.id);
        (void)query.resolve("left temple");
        (void)query.suggestions("templ");
    }
    return 0;
}
