// The database snapshot's content (core/snapshot.h) from arbitrary bytes, past the header checks
// that would normally stop damage: decoding must report a problem or give a database whose
// indices hold, never crash or read out of bounds; an accepted one must survive a round trip.
#include "core/snapshot.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    const tpf::snapshot::Decoded d = tpf::snapshot::detail::decodePayload(tpf::fuzz::asText(data, size));
    tpf::fuzz::require(d.database.has_value() == d.problem.empty(), "a result with and without a problem");
    if (d.database) {
        const tpf::Database& db = *d.database;
        for (const tpf::TriggerPoint& tp : db.triggerPoints)
            tpf::fuzz::require(tp.muscle < db.muscles.size(), "a trigger point's muscle out of range");
        const std::string again = tpf::snapshot::encode(db, 1);
        const tpf::snapshot::Decoded back = tpf::snapshot::decode(again, 1);
        tpf::fuzz::require(back.database && *back.database == db, "a decoded snapshot does not round-trip");
    }
    return 0;
}
