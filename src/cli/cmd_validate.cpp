#include "cli/commands.h"
#include "core/history/rules.h"
#include "core/json_checker.h"
#include "core/l10n/database.h"
#include "core/l10n/overlay.h"
#include "core/l10n/pack.h"
#include "core/loader.h"
#include "core/safety/load.h"
#include "core/session/protocol.h"

#include <ostream>

namespace tpf::cli {
namespace {

// What checking one file found: every problem, and a summary when there is none.
struct Checked {
    Problems problems;
    std::string summary;    // "89 concrete regions, 16 phrases"
    bool checkedAll = true; // false: something it depends on is missing (already explained on err)
};

std::string count(std::size_t n, const char* what) { return std::to_string(n) + " " + what; }

// Checks each file by its kind (loader.h: dataFileKind). Files that depend on others (muscles on
// body regions, history on safety, language packs on the English data) use the ones validated
// earlier in the same call, else the data directory's (bundled or --data).
class Validator {
public:
    explicit Validator(Context& ctx) : ctx_(ctx) {}

    Checked check(const std::filesystem::path& file, DataFileKind kind) {
        switch (kind) {
        case DataFileKind::BodyRegions: return bodyRegions(file);
        case DataFileKind::Muscles: return muscles(file);
        case DataFileKind::Safety: return safetyRules(file);
        case DataFileKind::Protocols: return protocols(file);
        case DataFileKind::History: return historyRules(file);
        case DataFileKind::LanguagePack: return languagePack(file);
        case DataFileKind::Unknown: break;
        }
        return {};
    }

private:
    Checked bodyRegions(const std::filesystem::path& file) {
        LoadResult result = loadBodyRegions(file);
        Checked out{std::move(result.problems), {}};
        if (result.ok()) {
            const Database& db = *result.database;
            out.summary =
                count(db.regions.size(), "concrete regions") + ", " + count(db.phrases.size(), "phrases");
            regions_ = std::move(result.database);
        }
        return out;
    }

    Checked muscles(const std::filesystem::path& file) {
        const Database* regions = regions_ ? &*regions_ : ctx_.bodyRegions();
        if (!regions)
            return missing(file, "valid body regions (give a body_regions.json first, or --data DIR)");
        LoadResult result = loadMuscles(file, *regions);
        Checked out{std::move(result.problems), {}};
        if (result.ok())
            out.summary = count(result.database->muscles.size(), "muscles") + ", " +
                          count(result.database->triggerPoints.size(), "trigger points");
        return out;
    }

    Checked safetyRules(const std::filesystem::path& file) {
        safety::LoadResult result = safety::loadRulesFromFile(file);
        Checked out{std::move(result.problems), {}};
        if (result.ok()) {
            out.summary = count(result.rules->questions.size(), "questions") + ", " +
                          count(result.rules->session_rules.size(), "session rules");
            safety_ = std::move(result.rules);
        }
        return out;
    }

    Checked protocols(const std::filesystem::path& file) {
        session::ProtocolLoadResult result = session::loadProtocolsFile(file.string());
        Checked out{std::move(result.problems), {}};
        if (out.problems.empty())
            out.summary = count(result.protocols.presets.size(), "presets");
        return out;
    }

    Checked historyRules(const std::filesystem::path& file) {
        const safety::Rules* rules = safetyRules();
        if (!rules)
            return missing(file, "valid safety rules (give a safety.json first, or --data DIR)");
        history::RulesResult result = history::loadRulesFromFile(file, *rules);
        Checked out{std::move(result.problems), {}};
        if (result.ok())
            out.summary = count(result.rules->sources.size(), "sources");
        return out;
    }

    // A file of data/l10n/<language>/: a string overlay (safety.json, protocols.json,
    // history.json) is merged into the data directory's English file, which must then still load;
    // any other file is applied over the data directory's English database.
    Checked languagePack(const std::filesystem::path& path) {
        const std::string language = path.parent_path().filename().string();
        Checked out;
        std::optional<l10n::PackFile> file = l10n::readPackFile(path, language, out.problems);
        if (!file)
            return out;
        const DataFileKind english = dataFileKind(path.filename());
        const bool overlayKind = english == DataFileKind::Safety || english == DataFileKind::Protocols ||
                                 english == DataFileKind::History;
        if (!overlayKind) {
            if (file->isOverlay()) {
                out.problems.push_back({file->label, "/strings",
                                        "a string overlay must be named after its English file "
                                        "(safety.json, protocols.json or history.json)"});
                return out;
            }
            const Database* db = ctx_.database();
            if (!db)
                return missing(path, "the English data (--data DIR)");
            Database translated = *db;
            l10n::Pack pack{language, {std::move(*file)}};
            Problems more = l10n::applyToDatabase(translated, pack);
            out.problems.insert(out.problems.end(), more.begin(), more.end());
            out.summary = "language \"" + language + "\", applied over the English data";
            return out;
        }
        const std::string englishName = english == DataFileKind::Safety      ? "safety.json"
                                        : english == DataFileKind::Protocols ? "protocols.json"
                                                                             : "history.json";
        const std::optional<std::filesystem::path> dir = ctx_.dataDir();
        if (!dir)
            return missing(path, "the English " + englishName + " (--data DIR)");
        Problems englishProblems;
        std::optional<nlohmann::json> doc;
        if (auto text = detail::readTextFile((*dir / englishName).string(), englishProblems))
            doc = detail::parseJson(*text, (*dir / englishName).string(), englishProblems);
        for (const auto& p : englishProblems)
            ctx_.err << p.toString() << '\n';
        if (!doc)
            return missing(path, "a readable English " + englishName);
        const std::string label = file->label;
        file->name = englishName; // the overlay for this English file, whatever its own name
        l10n::Pack pack{language, {std::move(*file)}};
        Problems more = l10n::applyOverlay(*doc, pack, englishName);
        out.problems.insert(out.problems.end(), more.begin(), more.end());
        // The translated document must still be valid data (problems name the pack file, with
        // paths into the English document).
        Problems loaded;
        const std::string merged = label + " (merged into " + englishName + ")";
        if (english == DataFileKind::Safety) {
            loaded = safety::loadRules(*doc, merged).problems;
        } else if (english == DataFileKind::Protocols) {
            loaded = session::loadProtocols(*doc, merged).problems;
        } else if (const safety::Rules* rules = safetyRules()) {
            loaded = history::loadRules(*doc, *rules, merged).problems;
        } else {
            return missing(path, "valid safety rules (give a safety.json first, or --data DIR)");
        }
        out.problems.insert(out.problems.end(), loaded.begin(), loaded.end());
        out.summary = "language \"" + language + "\", overlay of " + englishName;
        return out;
    }

    const safety::Rules* safetyRules() {
        if (safety_)
            return &*safety_;
        if (!dataSafety_ && !dataSafetyTried_) {
            dataSafetyTried_ = true;
            if (const auto dir = ctx_.dataDir()) {
                safety::LoadResult result = safety::loadRulesFromFile(*dir / "safety.json");
                for (const auto& p : result.problems)
                    ctx_.err << p.toString() << '\n';
                dataSafety_ = std::move(result.rules);
            }
        }
        return dataSafety_ ? &*dataSafety_ : nullptr;
    }

    Checked missing(const std::filesystem::path& file, const std::string& what) {
        ctx_.err << "tpfinder-cli validate: cannot check " << file.string() << " without " << what << '\n';
        Checked out;
        out.checkedAll = false;
        return out;
    }

    Context& ctx_;
    std::optional<Database> regions_;     // from a body_regions.json given earlier
    std::optional<safety::Rules> safety_; // from a safety.json given earlier
    std::optional<safety::Rules> dataSafety_;
    bool dataSafetyTried_ = false;
};

} // namespace

int cmdValidate(Context& ctx, const std::vector<std::string>& args) {
    if (args.empty()) {
        ctx.err << "tpfinder-cli validate: no FILE given\nUsage: tpfinder-cli validate FILE...\n";
        return kExitUsage;
    }
    Validator validator(ctx);
    std::size_t totalProblems = 0;
    bool failed = false;
    for (const auto& arg : args) {
        const std::filesystem::path file(arg);
        const DataFileKind kind = dataFileKind(file);
        if (kind == DataFileKind::Unknown) {
            ctx.err << "tpfinder-cli validate: " << arg
                    << ": unknown kind of file (expected body_regions*.json, muscles*.json, safety*.json, "
                       "protocols*.json, history*.json, or a language pack file l10n/<language>/*.json)\n";
            failed = true;
            continue;
        }
        const Checked result = validator.check(file, kind);
        for (const auto& p : result.problems)
            ctx.out << p.toString() << '\n';
        totalProblems += result.problems.size();
        if (result.checkedAll && result.problems.empty())
            ctx.out << arg << ": ok (" << result.summary << ")\n";
        else
            failed = true;
    }
    if (totalProblems > 0)
        ctx.out << totalProblems << " problem(s) found\n";
    return failed ? kExitBadInput : kExitOk;
}

} // namespace tpf::cli
