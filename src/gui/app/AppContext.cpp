#include "app/AppContext.h"

#include "core/data_dir.h"
#include "core/history/rules.h"
#include "core/l10n/database.h"
#include "core/l10n/overlay.h"
#include "core/loader.h"
#include "core/safety/load.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

namespace tpf::gui {
namespace {

// Set on the loading thread: it may run before QApplication exists or while translators are being
// installed, so it leaves Qt's translation alone (a broken load is redone on the GUI thread).
thread_local bool untranslated = false;

QString tr(const char* text) {
    return untranslated ? QString::fromUtf8(text) : QCoreApplication::translate("tpf::gui::AppContext", text);
}

void append(QStringList& out, const Problems& problems) {
    for (const auto& p : problems)
        out << QString::fromStdString(p.toString());
}

// The English file with the language pack's strings merged in, or nothing when the pack has no
// overlay for it or the file does not parse (the loader then reads the file and reports that).
std::optional<nlohmann::json> translatedJson(const std::filesystem::path& file, const l10n::Pack& pack,
                                             QStringList& problems) {
    if (!pack.find(file.filename().string()))
        return std::nullopt;
    std::ifstream in(file, std::ios::binary);
    nlohmann::json doc = nlohmann::json::parse(in, nullptr, false);
    if (doc.is_discarded())
        return std::nullopt;
    append(problems, l10n::applyOverlay(doc, pack, file.filename().string()));
    return doc;
}

} // namespace

std::unique_ptr<AppContext> AppContext::load(const std::optional<QString>& dataDir,
                                             const QStringList& languages) {
    std::unique_ptr<AppContext> ctx(new AppContext);
    ctx->loadAll(dataDir, languages);
    return ctx;
}

std::unique_ptr<AppContext> AppContext::startLoading(const std::optional<QString>& dataDir,
                                                     const QStringList& languages,
                                                     std::function<void()> first) {
    std::unique_ptr<AppContext> ctx(new AppContext);
    ctx->requestedDir_ = dataDir;
    ctx->requestedLanguages_ = languages;
    AppContext* self = ctx.get();
    ctx->workerDone_ = false;
    ctx->worker_ = std::thread([self, first = std::move(first)] {
        if (first)
            first();
        untranslated = true;
        self->loadAll(self->requestedDir_, self->requestedLanguages_);
        self->workerDone_ = true;
    });
    return ctx;
}

void AppContext::finishLoading() {
    if (!worker_.joinable())
        return;
    worker_.join();
    if (ok())
        return;
    // Broken data: the same load again here, where the user's translators are installed.
    dataDir_.clear();
    problems_.clear();
    languageProblems_.clear();
    protocolsProblem_.clear();
    historyRulesProblem_.clear();
    databaseFromCache_ = false;
    cacheNote_.clear();
    pack_ = {};
    historyRules_.reset();
    protocols_.reset();
    safety_.reset();
    query_.reset();
    engine_.reset();
    database_.reset();
    loadAll(requestedDir_, requestedLanguages_);
}

const RegionQuery& AppContext::regionQuery() const {
    const std::lock_guard lock(queryMutex_);
    if (!query_)
        query_ = std::make_unique<RegionQuery>(*database_);
    return *query_;
}

AppContext::~AppContext() {
    if (worker_.joinable())
        worker_.join();
}

void AppContext::loadAll(const std::optional<QString>& dataDir, const QStringList& languages) {
    std::optional<std::filesystem::path> explicitDir;
    if (dataDir)
        explicitDir = std::filesystem::path(dataDir->toStdString());
    const DataDirResult dir = findDataDir(explicitDir);
    if (!dir.ok()) {
        problems_ << QString::fromStdString(dir.error);
        return;
    }
    dataDir_ = QString::fromStdString(dir.path.string());
    // The language pack (about 400 KB of JSON for German) is read beside the English database,
    // on a thread of its own; it is needed only once the database has loaded. English has none.
    const std::string language = packLanguage(languages);
    std::thread pack;
    if (!language.empty())
        pack = std::thread([this, &language] {
            untranslated = true;
            loadLanguagePack(language);
        });
    loadDatabase([&pack] {
        if (pack.joinable())
            pack.join();
    });
    if (ok())
        loadSafety();
    if (ok())
        loadProtocols();
    if (ok())
        loadHistoryRules();
}

void AppContext::loadDatabase(const std::function<void()>& waitForPack) {
    const std::filesystem::path dir = dataDir_.toStdString();
    if (!std::filesystem::exists(dir / "muscles.json")) {
        problems_ << tr("%1: the muscle database is missing")
                         .arg(QString::fromStdString((dir / "muscles.json").string()));
        waitForPack();
        return;
    }
    const QString cache = databaseCacheFile(dataDir_);
    LoadResult result;
    if (cache.isEmpty()) {
        result = tpf::loadDatabase(dir);
    } else {
        CacheOutcome outcome;
        result = tpf::loadDatabase(dir, std::filesystem::path(cache.toStdString()), &outcome);
        databaseFromCache_ = outcome.used;
        cacheNote_ = QString::fromStdString(outcome.note);
    }
    waitForPack(); // pack_ and languageProblems_ are this thread's again
    append(problems_, result.problems);
    if (!result.ok())
        return;
    database_ = std::make_unique<Database>(std::move(*result.database));
    append(languageProblems_, l10n::applyToDatabase(*database_, pack_));
    engine_ = std::make_unique<ReferralEngine>(*database_);
}

void AppContext::loadSafety() {
    // The safety rules are required, not optional: the disclaimer and (later) the safety review
    // come from them, and running without them would hide the medical caveats.
    const std::filesystem::path file = std::filesystem::path(dataDir_.toStdString()) / "safety.json";
    if (!std::filesystem::exists(file)) {
        problems_ << tr("%1: the safety rules are missing").arg(QString::fromStdString(file.string()));
        return;
    }
    const auto translated = translatedJson(file, pack_, languageProblems_);
    safety::LoadResult result =
        translated ? safety::loadRules(*translated, file.string()) : safety::loadRulesFromFile(file);
    append(problems_, result.problems);
    if (result.ok())
        safety_ = std::make_unique<safety::Rules>(std::move(*result.rules));
}

void AppContext::loadProtocols() {
    const std::filesystem::path file = std::filesystem::path(dataDir_.toStdString()) / "protocols.json";
    if (!std::filesystem::exists(file)) {
        protocolsProblem_ = tr("%1 is missing, so guided sessions are not available")
                                .arg(QString::fromStdString(file.string()));
        return;
    }
    const auto translated = translatedJson(file, pack_, languageProblems_);
    session::ProtocolLoadResult result = translated ? session::loadProtocols(*translated, file.string())
                                                    : session::loadProtocolsFile(file.string());
    append(problems_, result.problems);
    if (result.ok())
        protocols_ = std::make_unique<session::ProtocolSet>(std::move(result.protocols));
}

void AppContext::loadHistoryRules() {
    const std::filesystem::path file = std::filesystem::path(dataDir_.toStdString()) / "history.json";
    if (!std::filesystem::exists(file)) {
        historyRulesProblem_ = tr("%1 is missing, so the progress view gives no advice")
                                   .arg(QString::fromStdString(file.string()));
        return;
    }
    const auto translated = translatedJson(file, pack_, languageProblems_);
    history::RulesResult result = translated ? history::loadRules(*translated, *safety_, file.string())
                                             : history::loadRulesFromFile(file, *safety_);
    append(problems_, result.problems);
    if (result.ok())
        historyRules_ = std::make_unique<history::Rules>(std::move(*result.rules));
}

std::string AppContext::packLanguage(const QStringList& languages) const {
    std::vector<std::string> preferred;
    for (const QString& l : languages)
        preferred.push_back(l.toStdString());
    return l10n::chooseLanguage(preferred, l10n::availableLanguages(dataDir_.toStdString()));
}

void AppContext::loadLanguagePack(const std::string& language) {
    l10n::PackResult result = l10n::loadPack(dataDir_.toStdString(), language);
    pack_ = std::move(result.pack);
    append(languageProblems_, result.problems);
}

QString AppContext::databaseCacheFile(const QString& dataDir) {
    if (qEnvironmentVariable("TPF_DATA_CACHE") == QLatin1String("0"))
        return {};
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (dir.isEmpty())
        return {};
    // One snapshot per data directory, so two of them (an installed and a development copy) do not
    // keep replacing each other's.
    const QString canonical = QDir(dataDir).canonicalPath();
    return dir + QStringLiteral("/database-%1.bin")
                     .arg(qHash(canonical.isEmpty() ? dataDir : canonical), 16, 16, QLatin1Char('0'));
}

QString AppContext::problemReport() const {
    QString text = tr("Trigger Point Pain Finder could not load its data");
    if (!dataDir_.isEmpty())
        text += tr(" from %1").arg(dataDir_);
    text += QCoreApplication::translate("tpf::gui::AppContext", " (%n problem(s)):", nullptr,
                                        int(problems_.size()));
    const int shown = std::min<int>(int(problems_.size()), 12);
    for (int i = 0; i < shown; ++i)
        text += QStringLiteral("\n• ") + problems_[i];
    if (problems_.size() > shown)
        text += tr("\n… and %1 more.").arg(problems_.size() - shown);
    return text;
}

QString AppContext::disclaimer() const {
    return safety_ ? QString::fromStdString(safety_->disclaimer) : QString();
}

} // namespace tpf::gui
