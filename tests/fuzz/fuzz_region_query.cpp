// RegionQuery on arbitrary words against the bundled body regions: the CLI's and the search
// box's parser of what a person types. The first byte picks a default side; the rest are words,
// resolved as one expression and, split on whitespace, as command-line arguments.
#include "core/region_query.h"
#include "fuzz_common.h"

#include <optional>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    const tpf::Database& db = tpf::fuzz::bundledBodyRegions();
    static const tpf::RegionQuery query(db);

    std::optional<tpf::Side> side;
    if (size > 0) {
        if (data[0] % 3 == 1)
            side = tpf::Side::Left;
        else if (data[0] % 3 == 2)
            side = tpf::Side::Right;
        ++data;
        --size;
    }
    const std::string_view words = tpf::fuzz::asText(data, size);

    const tpf::RegionQueryResult one = query.resolve(words, side);
    for (std::size_t index : one.regions)
        tpf::fuzz::require(index < db.regions.size(), "resolve returned a region index out of range");
    (void)one.ids(db);

    std::vector<std::string> args;
    std::string current;
    for (char c : words) {
        if (c == ' ' || c == '\n' || c == '\t') {
            if (!current.empty())
                args.push_back(std::move(current));
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty())
        args.push_back(current);
    const tpf::RegionQueryResult all = query.resolveAll(args, side);
    for (std::size_t index : all.regions)
        tpf::fuzz::require(index < db.regions.size(), "resolveAll returned a region index out of range");

    tpf::fuzz::require(query.suggestions(words, 5).size() <= 5, "more suggestions than the limit");
    return 0;
}
