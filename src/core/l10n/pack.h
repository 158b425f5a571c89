#pragma once
// Language packs for the data: data/l10n/<lang>/*.json, written by translators, applied over the
// English data after it has been loaded and validated. English stays the source of truth: a pack
// only replaces texts, never ids, numbers, regions or rules, and whatever it does not translate
// stays English. Problems in a pack never stop the app; they are reported with the pack file and
// the JSON path (e.g. "l10n/de/muscles_head_neck.json:/trigger_points/temporalis.9: unknown
// trigger point id") and the offending entry is left in English.
//
// Two kinds of pack file:
//  - database packs (body_regions.json, muscles_*.json, danger_zones.json): objects keyed by id,
//    see database.h;
//  - string overlays named like the English file (safety.json, protocols.json, history.json):
//    {"strings": ...} mirroring the English document, arrays of objects with "id" written as
//    objects keyed by that id; see overlay.h.

#include "core/diagnostics.h"

#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace tpf::l10n {

struct PackFile {
    std::string name;  // file name, e.g. "muscles_head_neck.json"
    std::string label; // how problems name it: "<dataDir>/l10n/de/muscles_head_neck.json"
    nlohmann::json doc;
    bool isOverlay() const { return doc.is_object() && doc.contains("strings"); }
};

struct Pack {
    std::string language;        // "de"
    std::vector<PackFile> files; // sorted by name
    const PackFile* find(const std::string& name) const;
};

struct PackResult {
    Pack pack;         // every file that parsed; empty when the language has no pack
    Problems problems; // unreadable or malformed files, a wrong "language"
};

// Reads one pack file of `language` with the data loader's JSON reader (line and column of a syntax
// error, the nesting limit, duplicate fields): it must be an object with "schema_version": 1 and,
// if it says, the pack's "language". Problems go to `out`; nullopt when the file is unusable (a
// wrong "language" is reported but the file is kept).
std::optional<PackFile> readPackFile(const std::filesystem::path& path, const std::string& language,
                                     Problems& out);

// Languages with a pack: the directories under <dataDir>/l10n, sorted ("de").
std::vector<std::string> availableLanguages(const std::filesystem::path& dataDir);

// Reads <dataDir>/l10n/<language>/*.json. A missing directory is an empty pack, not a problem.
PackResult loadPack(const std::filesystem::path& dataDir, const std::string& language);

// The first of the user's preferred languages (BCP 47 or POSIX: "de-DE", "de_AT", "en") that has a
// pack, as the pack's directory name; empty for English or when none matches. English wins when
// it comes before any packed language.
std::string chooseLanguage(const std::vector<std::string>& preferred,
                           const std::vector<std::string>& available);

// "/a~b/c" -> "a~0b~1c" (RFC 6901), for JSON paths built from ids.
std::string escapePointer(const std::string& token);

} // namespace tpf::l10n
