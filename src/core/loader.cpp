#include "core/loader.h"

#include "core/json_checker.h"
#include "core/load_steps.h"

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
