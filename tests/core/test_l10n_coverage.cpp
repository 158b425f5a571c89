// Coverage of the German data pack: every translatable text of the bundled English data has a
// German translation. On failure the test lists what is missing, for the translators.
#include "core/l10n/database.h"
#include "core/l10n/overlay.h"
#include "core/l10n/pack.h"
#include "core/loader.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace tpf;

namespace {

template <class List, class Show> std::string listed(const List& list, Show show, std::size_t limit = 60) {
    std::ostringstream out;
    out << list.size() << " untranslated:\n";
    for (std::size_t i = 0; i < list.size() && i < limit; ++i)
        out << "  " << show(list[i]) << "\n";
    if (list.size() > limit)
        out << "  ... and " << list.size() - limit << " more\n";
    return out.str();
}

} // namespace

TEST_CASE("l10n coverage: every region, phrase, muscle, trigger point and danger zone text has a German "
          "translation",
          "[l10n][coverage]") {
    LoadResult english = loadDatabase(TPF_SOURCE_DATA_DIR);
    REQUIRE(english.ok());
    const l10n::PackResult de = l10n::loadPack(TPF_SOURCE_DATA_DIR, "de");
    const auto missing = l10n::missingInDatabase(*english.database, de.pack);
    INFO(listed(missing, [](const l10n::Missing& m) { return m.where + "  (" + m.english + ")"; }));
    CHECK(missing.empty());
}

TEST_CASE(
    "l10n coverage: every text of safety.json, protocols.json and history.json has a German translation",
    "[l10n][coverage]") {
    const l10n::PackResult de = l10n::loadPack(TPF_SOURCE_DATA_DIR, "de");
    for (const char* name : {"safety.json", "protocols.json", "history.json"}) {
        std::ifstream in(std::string(TPF_SOURCE_DATA_DIR) + "/" + name);
        const nlohmann::json english = nlohmann::json::parse(in);
        const l10n::PackFile* file = de.pack.find(name);
        const nlohmann::json strings = file && file->isOverlay() ? file->doc["strings"] : nlohmann::json();
        auto missing = l10n::missingStrings(english, strings);
        // history.json's "description" fields are notes for maintainers; the app never shows them.
        if (std::string(name) == "history.json")
            std::erase_if(missing, [](const std::string& path) { return path.ends_with("/description"); });
        INFO(name << ": " << listed(missing, [](const std::string& s) { return s; }));
        CHECK(missing.empty());
    }
}
