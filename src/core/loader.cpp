#include "core/loader.h"

#include "core/json_checker.h"
#include "core/load_steps.h"
#include "core/snapshot.h"

#include <fstream>
#include <random>
#include <system_error>

namespace tpf {

using detail::json;

LoadResult loadBodyRegionsFromText(std::string_view text, const std::string& fileName) {
    LoadResult result;
    auto root = detail::parseJson(text, fileName, result.problems);
    if (!root)
        return result;
    detail::Checker check(fileName, result.problems);
    Database db;
    detail::readBodyRegions(*root, check, db);
    if (result.problems.empty()) {
        db.reindex();
        result.database = std::move(db);
    }
    return result;
}

LoadResult loadBodyRegions(const std::filesystem::path& file) {
    LoadResult result;
    auto text = detail::readTextFile(file.string(), result.problems);
    return text ? loadBodyRegionsFromText(*text, file.string()) : result;
}

LoadResult loadMusclesFromText(std::string_view text, const std::string& fileName,
                               const Database& bodyRegions) {
    LoadResult result;
    auto root = detail::parseJson(text, fileName, result.problems);
    if (!root)
        return result;
    detail::Checker check(fileName, result.problems);
    Database db = bodyRegions;
    db.muscles.clear();
    db.triggerPoints.clear();
    db.sources.clear();
    db.dangerZones.clear();
    detail::readMuscles(*root, check, db);
    if (result.problems.empty()) {
        db.reindex();
        result.database = std::move(db);
    }
    return result;
}

LoadResult loadMuscles(const std::filesystem::path& file, const Database& bodyRegions) {
    LoadResult result;
    auto text = detail::readTextFile(file.string(), result.problems);
    return text ? loadMusclesFromText(*text, file.string(), bodyRegions) : result;
}

LoadResult loadDatabase(const std::filesystem::path& dataDir) {
    LoadResult regions = loadBodyRegions(dataDir / "body_regions.json");
    if (!regions.ok())
        return regions;
    return loadMuscles(dataDir / "muscles.json", *regions.database);
}

namespace {

// Written beside the target and renamed over it, so a reader never sees half a snapshot and two
// programs writing at once leave one whole snapshot. Returns why not, or nothing.
std::string writeSnapshot(const std::filesystem::path& file, const std::string& bytes) {
    std::error_code ec;
    if (file.has_parent_path())
        std::filesystem::create_directories(file.parent_path(), ec);
    const std::filesystem::path temporary =
        file.string() + ".tmp" + std::to_string(std::random_device{}() % 1000000);
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), std::streamsize(bytes.size()));
        out.close();
        if (!out) {
            std::filesystem::remove(temporary, ec);
            return "cannot write " + temporary.string();
        }
    }
    std::filesystem::rename(temporary, file, ec);
    if (ec) {
        std::filesystem::remove(temporary, ec);
        return "cannot rename the new snapshot to " + file.string();
    }
    return {};
}

} // namespace

LoadResult loadDatabase(const std::filesystem::path& dataDir, const std::filesystem::path& cacheFile,
                        CacheOutcome* outcome) {
    CacheOutcome ignored;
    CacheOutcome& cache = outcome ? *outcome : ignored;
    cache = {};
    LoadResult result;
    const std::string regionsFile = (dataDir / "body_regions.json").string();
    const std::string musclesFile = (dataDir / "muscles.json").string();
    const auto regionsText = detail::readTextFile(regionsFile, result.problems);
    const auto musclesText = detail::readTextFile(musclesFile, result.problems);
    if (!regionsText || !musclesText)
        return result;
    const std::uint64_t key = snapshot::keyFor({*regionsText, *musclesText});
    Problems unreadable; // no snapshot yet: not a problem of the data
    if (const auto bytes = detail::readTextFile(cacheFile.string(), unreadable)) {
        snapshot::Decoded decoded = snapshot::decode(*bytes, key);
        if (decoded.database) {
            cache.used = true;
            result.database = std::move(decoded.database);
            return result;
        }
        cache.note = cacheFile.string() + ": " + decoded.problem;
    } else {
        cache.note = cacheFile.string() + ": no snapshot yet";
    }
    LoadResult regions = loadBodyRegionsFromText(*regionsText, regionsFile);
    if (!regions.ok())
        return regions;
    result = loadMusclesFromText(*musclesText, musclesFile, *regions.database);
    if (!result.ok())
        return result;
    const std::string why = writeSnapshot(cacheFile, snapshot::encode(*result.database, key));
    cache.written = why.empty();
    if (!why.empty())
        cache.note += "; " + why;
    return result;
}

DataFileKind dataFileKind(const std::filesystem::path& file) {
    const std::string name = file.filename().string();
    if (file.extension() != ".json")
        return DataFileKind::Unknown;
    if (file.parent_path().parent_path().filename() == "l10n")
        return DataFileKind::LanguagePack;
    const std::pair<const char*, DataFileKind> prefixes[] = {{"body_regions", DataFileKind::BodyRegions},
                                                             {"muscles", DataFileKind::Muscles},
                                                             {"safety", DataFileKind::Safety},
                                                             {"protocols", DataFileKind::Protocols},
                                                             {"history", DataFileKind::History}};
    for (const auto& [prefix, kind] : prefixes)
        if (name.rfind(prefix, 0) == 0)
            return kind;
    return DataFileKind::Unknown;
}

} // namespace tpf
