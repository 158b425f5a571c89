// The extras module (app/Extras.h): sound, speech and charts load from libtpfinder_extras.so on first
// use; without the module the app still works, says why the charts are missing and stays silent.

#include "app/Extras.h"
#include "gui/history/ProgressView.h"
#include "session/CuePlayer.h"

#include <QChartView>
#include <QLabel>
#include <QSettings>
#include <catch2/catch.hpp>

using namespace tpf::gui;

namespace {

// Points TPF_EXTRAS_MODULE somewhere for one test, and forgets the loaded state before and after.
class ModulePath {
public:
    explicit ModulePath(const QByteArray& path) : old_(qgetenv("TPF_EXTRAS_MODULE")) {
        qputenv("TPF_EXTRAS_MODULE", path);
        resetExtrasForTesting();
    }
    ~ModulePath() {
        if (old_.isEmpty())
            qunsetenv("TPF_EXTRAS_MODULE");
        else
            qputenv("TPF_EXTRAS_MODULE", old_);
        resetExtrasForTesting();
    }
    ModulePath(const ModulePath&) = delete;
    ModulePath& operator=(const ModulePath&) = delete;

private:
    QByteArray old_;
};

} // namespace

TEST_CASE("extras: the module loads from the build and draws the progress charts", "[extras][gui]") {
    resetExtrasForTesting();
    REQUIRE(extras() != nullptr);
    CHECK(extrasProblem().isEmpty());
    ProgressView view;
    auto* chart = view.findChild<QChartView*>(QStringLiteral("tendernessChart"));
    REQUIRE(chart != nullptr);
    REQUIRE(chart->chart() != nullptr);
    CHECK(chart->chart()->title() == QStringLiteral("Tenderness over time: no sessions yet"));
    CHECK(view.findChild<QChartView*>(QStringLiteral("sessionsPerDayChart")) != nullptr);
}

TEST_CASE("extras: without the module the progress view says why it has no charts", "[extras][gui]") {
    const ModulePath missing("/nonexistent/libtpfinder_extras.so");
    CHECK(extras() == nullptr);
    CHECK(extrasProblem().contains(QStringLiteral("/nonexistent/libtpfinder_extras.so: not found")));
    ProgressView view;
    CHECK(view.findChild<QChartView*>() == nullptr);
    for (const char* name : {"tendernessChart", "sessionsPerDayChart"}) {
        auto* note = view.findChild<QLabel*>(QString::fromLatin1(name));
        REQUIRE(note != nullptr);
        CHECK(note->text().startsWith(QStringLiteral("Charts are not available.")));
        CHECK(note->text().contains(QStringLiteral("/nonexistent/libtpfinder_extras.so")));
    }
}

TEST_CASE("extras: a file that is not the module is refused with the loader's reason", "[extras][gui]") {
    // A real shared library without the entry point stands for a broken or foreign module.
    const ModulePath wrong(QByteArray(TPF_SOME_SHARED_LIBRARY));
    CHECK(extras() == nullptr);
    CHECK(extrasProblem().contains(QStringLiteral("could not be loaded")));
    CHECK(extrasProblem().contains(QStringLiteral(": not the extras module")));
}

TEST_CASE("extras: without the module session cues are silent and never fail", "[extras][gui]") {
    const ModulePath missing("/nonexistent/libtpfinder_extras.so");
    QSettings().clear();
    CuePlayer player; // the default output, which loads the module on first use
    CHECK_FALSE(player.soundAvailable());
    CHECK_FALSE(player.speechAvailable());
    player.onCue(3);
    player.play(Cue::Done);
    player.setSpeechEnabled(true);
    player.say(QStringLiteral("Press and hold."));
    CHECK(extras() == nullptr);
}
