// safety.json from arbitrary text: every problem reported, no half-read rules.
#include "core/safety/load.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    const std::string file = "fuzz/safety.json";
    tpf::safety::LoadResult r = tpf::safety::loadRulesFromText(tpf::fuzz::asText(data, size), file);
    tpf::fuzz::require(r.ok() == r.problems.empty(), "ok() disagrees with the problem list");
    tpf::fuzz::checkProblems(r.problems, file);
    return 0;
}
