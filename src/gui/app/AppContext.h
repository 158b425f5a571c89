#pragma once
// Everything the windows share for the lifetime of the app: the loaded data and the engines built
// on it. Loading never throws and never half-succeeds: either ok() and every accessor is usable,
// or problems() says what is wrong with which file, for the user to read.
//
// Extending it (session protocol, history store, ...): add a member, a load step in load() that
// appends to problems_ on failure, and an accessor. Steps run in order and later ones may rely on
// earlier ones (the database is loaded first).

#include "core/history/rules.h"
#include "core/l10n/pack.h"
#include "core/model.h"
#include "core/referral.h"
#include "core/region_query.h"
#include "core/safety/rules.h"
#include "core/session/protocol.h"
#include "gui/history/HistoryStore.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace tpf::gui {

class AppContext {
public:
    // `dataDir` as given by --data; otherwise findDataDir() searches the usual places.
    // `languages`: preferred languages, most preferred first ("de-DE", "en"); the first one with a
    // data language pack (data/l10n/<lang>) is applied over the English data. Empty: English.
    static std::unique_ptr<AppContext> load(const std::optional<QString>& dataDir = std::nullopt,
                                            const QStringList& languages = {});

    // The same load on a worker thread, so the app can start Qt meanwhile (start-up time): returns
    // at once. Until finishLoading() has returned, only historyStore() and openHistory() may be
    // used. finishLoading() waits for the worker (idempotent); when the data turned out broken it
    // loads once more on the calling thread, so the problems are reported in the user's language.
    // `first`, when given, runs on the worker before the load: main() sets fontconfig up there, so
    // that the start-up keeps one thread busy beside the GUI thread rather than two competing with
    // it and the display server for the cores.
    static std::unique_ptr<AppContext> startLoading(const std::optional<QString>& dataDir = std::nullopt,
                                                    const QStringList& languages = {},
                                                    std::function<void()> first = {});
    void finishLoading();
    // Without waiting: whether finishLoading() would return at once (always true for load()).
    bool loadingFinished() const { return workerDone_.load(); }
    ~AppContext();

    bool ok() const { return problems_.isEmpty(); }
    QString dataDir() const { return dataDir_; }
    QStringList problems() const { return problems_; } // "file:/json/path: message", one per line
    QString problemReport() const;                     // a readable summary for a message box

    // Valid only when ok().
    const Database& database() const { return *database_; }
    const ReferralEngine& referral() const { return *engine_; }
    // Made at the first call (thread-safe), not by the load: the start-up does not need it, and
    // making its word index takes as long as reading the database from the snapshot cache. The
    // search box asks at the first Enter.
    const RegionQuery& regionQuery() const;
    const safety::Rules& safetyRules() const { return *safety_; }

    QString disclaimer() const; // from data/safety.json

    // The data language ("de"; empty for English) and its pack, for loaders of further data files
    // (l10n::applyOverlay(doc, languagePack(), "history.json")). Pack problems never stop the app:
    // the entries concerned stay English and languageProblems() lists them.
    QString dataLanguage() const { return QString::fromStdString(pack_.language); }
    const l10n::Pack& languagePack() const { return pack_; }
    QStringList languageProblems() const { return languageProblems_; }

    // The guided-session presets (data/protocols.json). Optional: without the file the finder
    // works and protocolsProblem() says why sessions are unavailable; a broken file is a problem().
    const session::ProtocolSet* protocols() const { return protocols_.get(); }
    QString protocolsProblem() const { return protocolsProblem_; }

    // The progress rules (data/history.json, with the safety rules' professional advice and the
    // language pack). Optional like the protocols: without them the progress view has no advice.
    const history::Rules* historyRules() const { return historyRules_.get(); }
    QString historyRulesProblem() const { return historyRulesProblem_; }

    // The session history. Not opened by load() (tests load contexts freely); the app calls
    // openHistory() at start-up. The store's notice() says when an unreadable file was moved aside.
    HistoryStore& historyStore() const { return *history_; }
    // The database's snapshot cache (core/snapshot.h): a validated copy in the cache directory,
    // read instead of the JSON when it was made from the same files by this program. Empty when
    // the cache is off (TPF_DATA_CACHE=0 in the environment, for measurements).
    static QString databaseCacheFile(const QString& dataDir);
    bool databaseFromCache() const { return databaseFromCache_; }
    QString cacheNote() const { return cacheNote_; } // why it was not used or not written, if so

    QString openHistory(const QString& path = HistoryStore::defaultPath()) {
        return historyProblem_ = history_->open(path);
    }
    QString historyProblem() const { return historyProblem_; } // why the last openHistory() failed

private:
    AppContext() = default;
    void loadAll(const std::optional<QString>& dataDir, const QStringList& languages);
    void loadDatabase(const std::function<void()>& waitForPack);
    void loadSafety();
    void loadProtocols();
    void loadHistoryRules();
    std::string packLanguage(const QStringList& languages) const; // "" for English: no pack
    void loadLanguagePack(const std::string& language);

    QString dataDir_;
    QStringList problems_;
    std::unique_ptr<Database> database_; // heap-allocated: the engines keep pointers into it
    std::unique_ptr<ReferralEngine> engine_;
    mutable std::mutex queryMutex_;
    mutable std::unique_ptr<RegionQuery> query_; // regionQuery()
    std::unique_ptr<safety::Rules> safety_;
    std::unique_ptr<session::ProtocolSet> protocols_;
    QString protocolsProblem_;
    std::unique_ptr<history::Rules> historyRules_;
    QString historyRulesProblem_;
    std::unique_ptr<HistoryStore> history_ = std::make_unique<HistoryStore>();
    QString historyProblem_;
    l10n::Pack pack_;
    QStringList languageProblems_;
    bool databaseFromCache_ = false;
    QString cacheNote_;
    std::thread worker_; // startLoading(); joined by finishLoading()
    std::atomic<bool> workerDone_{true};
    std::optional<QString> requestedDir_;
    QStringList requestedLanguages_;
};

} // namespace tpf::gui
