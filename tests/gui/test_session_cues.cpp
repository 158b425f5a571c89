// CuePlayer: muted never plays, mute is honoured at once, speech only when switched on; and the
// real output stays silent (and quick) without an audio device.
#include "session/SessionPanel.h"
#include "test_session_support.h"

#include <QCheckBox>
#include <QSettings>

using namespace tpf;
using namespace tpf::gui;
using namespace tpf::gui::sessiontest;

namespace {

struct Cues {
    std::vector<Cue> played;
    std::vector<QString> spoken;
    CuePlayer player{std::make_unique<RecordingOutput>(played, spoken)};
    Cues() { QSettings().clear(); }
};

// Runs a session through a whole hold: phase chimes, 3-2-1 ticks, and a stop.
void runThroughAHold(CuePlayer& player) {
    FakeClock clock;
    SessionController c(plan(), clock.fn());
    SessionPanel panel(c);
    panel.setCuePlayer(&player);
    c.start();
    c.foundIt();
    const std::int64_t holdStart = clock.now;
    for (std::int64_t t : {57'000, 58'000, 59'000, 60'000}) {
        clock.now = holdStart + t;
        c.poll();
    }
    c.stop();
}

} // namespace

TEST_CASE("cue player: a muted player never plays", "[session][gui]") {
    Cues cues;
    cues.player.setMuted(true);
    cues.player.setSpeechEnabled(true);
    runThroughAHold(cues.player);
    CHECK(cues.played.empty());
    CHECK(cues.spoken.empty());
}

TEST_CASE("cue player: ticks for 3-2-1, a chime per phase and one at the end", "[session][gui]") {
    Cues cues;
    runThroughAHold(cues.player);
    CHECK(cues.played ==
          std::vector<Cue>{Cue::Phase, Cue::Phase, Cue::Tick, Cue::Tick, Cue::Tick, Cue::Phase, Cue::Done});
    CHECK(cues.spoken.empty()); // speech is off by default
}

TEST_CASE("cue player: mute takes effect at once, also when set in the settings elsewhere",
          "[session][gui]") {
    Cues cues;
    cues.player.onCue(3);
    CHECK(cues.played.size() == 1);
    QSettings().setValue(QLatin1String(CuePlayer::kMutedKey), true);
    cues.player.onCue(2);
    CHECK(cues.played.size() == 1);
    cues.player.setMuted(false);
    cues.player.onCue(1);
    CHECK(cues.played.size() == 2);
}

TEST_CASE("cue player: the panel's Sound switch and M key mute, and spoken prompts say the instruction",
          "[session][gui]") {
    Cues cues;
    cues.player.setSpeechEnabled(true);
    FakeClock clock;
    SessionController c(plan(), clock.fn());
    SessionPanel panel(c);
    panel.setCuePlayer(&cues.player);
    showActive(panel);
    c.start();
    REQUIRE(cues.spoken.size() == 1);
    CHECK(cues.spoken[0].startsWith("Find Upper trapezius (right)"));
    QCheckBox* sound = find<QCheckBox>(panel, "cueSoundCheck");
    CHECK(sound->isChecked());
    QTest::keyClick(&panel, Qt::Key_M);
    CHECK(cues.player.muted());
    CHECK_FALSE(sound->isChecked());
    const auto before = cues.played.size();
    c.foundIt();
    CHECK(cues.played.size() == before);
    CHECK(cues.spoken.size() == 1);
}

TEST_CASE("cue player: the real output neither blocks nor fails without an audio device", "[session][gui]") {
    QSettings().clear();
    CuePlayer player;
    player.onCue(3);
    player.onCue(0);
    player.play(Cue::Done);
    player.say(QStringLiteral("Press and hold.")); // speech is off by default: nothing is loaded
    SUCCEED();
}
