#include "app/Extras.h"

#include "session/CuePlayer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QStringList>

namespace tpf::gui {
namespace {

struct Loaded {
    bool tried = false;
    ExtrasApi* api = nullptr;
    QString problem;
};

Loaded& state() {
    static Loaded loaded;
    return loaded;
}

// Where the module may be, in order: TPF_EXTRAS_MODULE, beside the executable (build tree), the
// installed location relative to the executable, and this build's output (tests and benches,
// whose executables live in other folders of the build tree).
QStringList candidates() {
    const QString name = QStringLiteral(TPF_EXTRAS_FILE_NAME);
    if (const QString forced = qEnvironmentVariable("TPF_EXTRAS_MODULE"); !forced.isEmpty())
        return {forced};
    QStringList out;
    if (QCoreApplication::instance() != nullptr) {
        const QDir app(QCoreApplication::applicationDirPath());
        out << app.filePath(name)
            << QDir::cleanPath(app.filePath(QStringLiteral(TPF_EXTRAS_INSTALL_RELDIR))) + QLatin1Char('/') +
                   name;
    }
    out << QStringLiteral(TPF_EXTRAS_BUILD_PATH);
    out.removeDuplicates();
    return out;
}

Loaded load() {
    Loaded result;
    result.tried = true;
    const QStringList places = candidates();
    QStringList reasons;
    for (const QString& path : places) {
        if (!QFileInfo::exists(path)) {
            reasons << QCoreApplication::translate("Extras", "%1: not found").arg(path);
            continue;
        }
        // A loaded library stays loaded when its QLibrary goes (only unload() unloads it): chart
        // views and sound effects made by the module live until the app quits.
        QLibrary library(path);
        if (!library.load()) {
            reasons << library.errorString();
            continue;
        }
        const auto entry = reinterpret_cast<TpfExtrasEntry>(library.resolve("tpfinder_extras_api"));
        if (entry == nullptr) {
            reasons << QCoreApplication::translate("Extras", "%1: not the extras module").arg(path);
            continue;
        }
        ExtrasApi* api = entry(kExtrasApiVersion);
        if (api == nullptr) {
            reasons << QCoreApplication::translate("Extras", "%1: built for another version of the app")
                           .arg(path);
            continue;
        }
        result.api = api;
        return result;
    }
    result.problem = QCoreApplication::translate("Extras", "The extras module (sound, speech and charts) "
                                                           "could not be loaded: %1")
                         .arg(reasons.join(QStringLiteral("; ")));
    return result;
}

// Loads the module the first time a cue is probed or played.
class LazyCueOutput final : public CueOutput {
public:
    bool soundAvailable() override { return output() != nullptr && output_->soundAvailable(); }
    bool speechAvailable() override { return output() != nullptr && output_->speechAvailable(); }
    void play(Cue cue, double volume) override {
        if (output() != nullptr)
            output_->play(cue, volume);
    }
    void say(const QString& text, double volume) override {
        if (output() != nullptr)
            output_->say(text, volume);
    }

private:
    CueOutput* output() {
        if (!tried_) {
            tried_ = true;
            if (ExtrasApi* api = extras())
                output_ = api->createCueOutput();
        }
        return output_.get();
    }
    bool tried_ = false;
    std::unique_ptr<CueOutput> output_;
};

} // namespace

ExtrasApi* extras() {
    Loaded& loaded = state();
    if (!loaded.tried)
        loaded = load();
    return loaded.api;
}

QString extrasProblem() { return state().problem; }

void resetExtrasForTesting() { state() = Loaded{}; }

std::unique_ptr<CueOutput> makeLazyCueOutput() { return std::make_unique<LazyCueOutput>(); }

} // namespace tpf::gui
