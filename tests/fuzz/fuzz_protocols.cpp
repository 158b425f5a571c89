// protocols.json from arbitrary text: every problem reported, never a throw or a crash.
#include "core/session/protocol.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    const std::string file = "fuzz/protocols.json";
    tpf::session::ProtocolLoadResult r =
        tpf::session::loadProtocolsFromText(tpf::fuzz::asText(data, size), file);
    tpf::fuzz::checkProblems(r.problems, file);
    if (r.ok())
        for (const tpf::session::Protocol& p : r.protocols.presets)
            tpf::fuzz::require(r.protocols.find(p.id) != nullptr, "a loaded preset cannot be found by id");
    return 0;
}
