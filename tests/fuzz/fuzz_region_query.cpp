// RegionQuery on arbitrary words against the bundled body regions: the CLI's and the search
// box's parser of what a person types. The first byte picks a default side and the language (its
// value / 3 odd: the German pack's regions, phrases and side words applied, as in the app); the
// rest are words, resolved as one expression and, split on whitespace, as command-line arguments.
#include "core/l10n/database.h"
#include "core/l10n/pack.h"
#include "core/region_query.h"
#include "fuzz_common.h"

#include <optional>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    static const tpf::Database german = [] {
        tpf::Database db = tpf::fuzz::bundledBodyRegions();
        tpf::Problems problems;
        const std::string file = std::string(TPF_SOURCE_DATA_DIR) + "/l10n/de/body_regions.json";
        auto pack = tpf::l10n::readPackFile(file, "de", problems);
        tpf::fuzz::require(pack.has_value() && problems.empty(),
                           "the German body regions pack does not load");
        tpf::fuzz::require(tpf::l10n::applyToDatabase(db, {"de", {std::move(*pack)}}).empty(),
                           "the German body regions pack does not apply");
        return db;
    }();
    static const tpf::RegionQuery englishQuery(tpf::fuzz::bundledBodyRegions());
    static const tpf::RegionQuery germanQuery(german);

    const bool inGerman = size > 0 && (data[0] / 3) % 2 == 1;
    const tpf::Database& db = inGerman ? german : tpf::fuzz::bundledBodyRegions();
    const tpf::RegionQuery& query = inGerman ? germanQuery : englishQuery;
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
