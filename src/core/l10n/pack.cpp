#include "core/l10n/pack.h"

#include "core/json_checker.h"

#include <algorithm>
#include <system_error>

namespace tpf::l10n {

const PackFile* Pack::find(const std::string& name) const {
    for (const auto& f : files)
        if (f.name == name)
            return &f;
    return nullptr;
}

std::vector<std::string> availableLanguages(const std::filesystem::path& dataDir) {
    std::vector<std::string> out;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dataDir / "l10n", ec))
        if (entry.is_directory(ec))
            out.push_back(entry.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

std::optional<PackFile> readPackFile(const std::filesystem::path& path, const std::string& language,
                                     Problems& out) {
    PackFile file{path.filename().string(), path.string(), {}};
    const std::optional<std::string> text = detail::readTextFile(file.label, out);
    if (!text)
        return std::nullopt;
    std::optional<nlohmann::json> doc = detail::parseJson(*text, file.label, out);
    if (!doc)
        return std::nullopt;
    detail::Checker check(file.label, out);
    if (!check.isObject(*doc, "", "a language pack file"))
        return std::nullopt;
    check.schemaVersion(*doc);
    if (!check.clean())
        return std::nullopt; // another format: none of it can be trusted
    if (const auto it = doc->find("language"); it != doc->end() && *it != language)
        check.problem("/language",
                      "says " + it->dump() + " but the file is in the \"" + language + "\" pack");
    file.doc = std::move(*doc);
    return file;
}

PackResult loadPack(const std::filesystem::path& dataDir, const std::string& language) {
    PackResult result;
    result.pack.language = language;
    const std::filesystem::path dir = dataDir / "l10n" / language;
    std::error_code ec;
    if (language.empty() || !std::filesystem::is_directory(dir, ec))
        return result;
    std::vector<std::filesystem::path> paths;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
        if (entry.is_regular_file(ec) && entry.path().extension() == ".json")
            paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());
    for (const auto& path : paths)
        if (auto file = readPackFile(path, language, result.problems))
            result.pack.files.push_back(std::move(*file));
    return result;
}

namespace {

std::string primaryLanguage(std::string tag) {
    std::transform(tag.begin(), tag.end(), tag.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    const std::size_t cut = tag.find_first_of("-_.@");
    return cut == std::string::npos ? tag : tag.substr(0, cut);
}

} // namespace

std::string chooseLanguage(const std::vector<std::string>& preferred,
                           const std::vector<std::string>& available) {
    for (const auto& tag : preferred) {
        std::string lang = primaryLanguage(tag);
        if (lang == "en" || lang == "c")
            return {};
        if (std::find(available.begin(), available.end(), lang) != available.end())
            return lang;
    }
    return {};
}

std::string escapePointer(const std::string& token) { return detail::child("", token).substr(1); }

} // namespace tpf::l10n
