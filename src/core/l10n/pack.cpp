#include "core/l10n/pack.h"

#include <algorithm>
#include <fstream>
#include <sstream>
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
    for (const auto& path : paths) {
        PackFile file{path.filename().string(), path.string(), {}};
        std::ifstream in(path, std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        if (!in) {
            result.problems.push_back({file.label, "", "cannot read the file"});
            continue;
        }
        try {
            file.doc = nlohmann::json::parse(text.str());
        } catch (const nlohmann::json::parse_error& e) {
            // Line and column from the byte offset, like the data loader's malformed-JSON problems.
            const std::string s = text.str();
            const std::size_t end = std::min<std::size_t>(e.byte == 0 ? 0 : e.byte - 1, s.size());
            int line = 1, column = 1;
            for (std::size_t i = 0; i < end; ++i) {
                if (s[i] == '\n') {
                    ++line;
                    column = 1;
                } else {
                    ++column;
                }
            }
            Problem p{file.label, "", std::string("malformed JSON: ") + e.what()};
            p.line = line;
            p.column = column;
            result.problems.push_back(p);
            continue;
        }
        if (!file.doc.is_object()) {
            result.problems.push_back({file.label, "", "expected a JSON object"});
            continue;
        }
        if (const auto it = file.doc.find("language"); it != file.doc.end() && *it != language) {
            result.problems.push_back(
                {file.label, "/language",
                 "says " + it->dump() + " but the file is in the \"" + language + "\" pack"});
        }
        result.pack.files.push_back(std::move(file));
    }
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

std::string escapePointer(const std::string& token) {
    std::string out;
    for (char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

} // namespace tpf::l10n
