#pragma once
// A snapshot of a validated Database in a compact binary form, so the next start reads it in a
// millisecond or two instead of parsing and checking half a megabyte of JSON again (about 17 ms).
//
// A snapshot is only ever a cache: the JSON files stay the truth. It is keyed by the exact bytes of
// the files it was made from and by this program's version and data layout, and carries a checksum
// of its contents; anything that does not match (other data, another program version, a damaged or
// foreign file) is refused with a reason, and the caller loads the JSON as usual.

#include "core/model.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tpf::snapshot {

// The key for a set of input texts (in order), for this program version and data layout.
std::uint64_t keyFor(const std::vector<std::string_view>& sourceTexts);

// The snapshot bytes for `db`, which must come from a successful load of the keyed sources.
std::string encode(const Database& db, std::uint64_t key);

struct Decoded {
    std::optional<Database> database; // indexed (reindex()), ready to use
    std::string problem;              // why not, when database is empty
};

// Never throws, never reads out of bounds, whatever the bytes.
Decoded decode(std::string_view bytes, std::uint64_t key);

namespace detail {
// The content after the header, without the key and checksum checks (for the fuzzer).
Decoded decodePayload(std::string_view payload);
std::uint64_t hash(std::string_view bytes, std::uint64_t seed);
} // namespace detail

} // namespace tpf::snapshot
