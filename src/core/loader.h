#pragma once
// Loads and validates data/body_regions.json and data/muscles.json.
// Either the whole file is valid and a Database comes back, or every problem is listed and none does:
// a half-valid file is never accepted.

#include "core/diagnostics.h"
#include "core/model.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace tpf {

struct LoadResult {
    std::optional<Database> database; // set only when problems is empty
    Problems problems;
    bool ok() const { return database.has_value(); }
};

// body_regions.json alone: figure, concrete regions (bilateral ones expanded and mirrored), phrases.
LoadResult loadBodyRegions(const std::filesystem::path& file);
LoadResult loadBodyRegionsFromText(std::string_view text, const std::string& fileName);

// muscles.json checked against an already loaded body_regions database; the result holds both.
LoadResult loadMuscles(const std::filesystem::path& file, const Database& bodyRegions);
LoadResult loadMusclesFromText(std::string_view text, const std::string& fileName,
                               const Database& bodyRegions);

// Both files from a data directory (body_regions.json, muscles.json).
LoadResult loadDatabase(const std::filesystem::path& dataDir);

// What loadDatabase() did with its snapshot cache.
struct CacheOutcome {
    bool used = false;    // the database came from the snapshot
    bool written = false; // a new snapshot was written
    std::string note;     // why it was not used or not written (no snapshot yet, other data, ...)
};

// The same, with a snapshot cache (core/snapshot.h) in `cacheFile`: when the snapshot was made from
// these very files (byte for byte) by this program, the database comes from it; otherwise the JSON
// is loaded and, when it is valid, a new snapshot is written in its place (atomically, by rename).
// The cache changes only the speed, never the result: a missing, stale, damaged or unwritable
// snapshot just means the JSON is read, and invalid data is never cached.
LoadResult loadDatabase(const std::filesystem::path& dataDir, const std::filesystem::path& cacheFile,
                        CacheOutcome* outcome = nullptr);

enum class DataFileKind { BodyRegions, Muscles, Safety, Protocols, History, LanguagePack, Unknown };
// From the path: a .json file in l10n/<language>/ is a language pack file; otherwise the name's
// prefix: body_regions*, muscles*, safety*, protocols*, history* (.json).
DataFileKind dataFileKind(const std::filesystem::path& file);

} // namespace tpf
