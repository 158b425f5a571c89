// SessionPanel driven like a person: keys and clicks, under a fake clock.
#include "session/CountdownRing.h"
#include "session/SessionPanel.h"
#include "session/SessionText.h"
#include "test_session_support.h"

#include <QLabel>
#include <QPushButton>
#include <QSettings>

using namespace tpf;
using namespace tpf::gui;
using namespace tpf::gui::sessiontest;
using session::EndReason;
using session::PhaseKind;

namespace {

struct Panel {
    FakeClock clock;
    SessionController controller;
    SessionPanel panel;
    explicit Panel(session::Plan p = plan()) : controller(std::move(p), clock.fn()), panel(controller) {
        QSettings().clear();
        panel.resize(1200, 800);
        showActive(panel);
        controller.start();
    }
    void key(Qt::Key k) { QTest::keyClick(&panel, k); }
    void advance(std::int64_t ms) {
        clock.now += ms;
        controller.poll();
    }
    PhaseKind phase() { return controller.phase(controller.state())->kind; }
    QLabel* label(const char* name) { return find<QLabel>(panel, name); }
    bool shown(const char* name) { return label(name)->isVisible(); }
};

} // namespace

TEST_CASE("session panel: shows the phase, the instruction and the pressure target", "[session][gui]") {
    Panel p;
    CHECK(p.label("sessionProgress")->text() == "Point 1 of 1: Upper trapezius (right)");
    CHECK(find<CountdownRing>(p.panel, "countdownRing")->model().time == "Press Found it");
    CHECK(p.label("sessionInstruction")->text().startsWith("Find Upper trapezius (right)"));
    CHECK(p.shown("cautionsBox")); // cautions and danger zones while locating
    CHECK(p.label("cautionsBox")->text().contains("Brachial plexus"));
    p.key(Qt::Key_Return); // found it
    REQUIRE(p.phase() == PhaseKind::Hold);
    p.advance(20'000);
    const RingModel ring = find<CountdownRing>(p.panel, "countdownRing")->model();
    CHECK(ring.phase == "Hold \u00b7 round 1 of 4");
    CHECK(ring.time == "0:40");
    CHECK(ring.next == "Next: Move \u00b7 0:10");
    CHECK(p.label("sessionInstruction")
              ->text()
              .startsWith("Press Upper trapezius (right) and hold still for 60 seconds"));
    CHECK(p.shown("pressureTarget"));
    CHECK(p.label("pressureTarget")->text().contains("Target pressure 5\u20137 out of 10"));
    CHECK(p.label("pressureTarget")->text().contains("strong, but not a scream"));
    CHECK(p.shown("breathingPrompt"));
    CHECK(p.shown("cautionsBox")); // shown again at each hold
}

TEST_CASE("session panel: Space pauses and resumes; the time stands still while paused", "[session][gui]") {
    Panel p;
    p.key(Qt::Key_Return);
    p.advance(10'000);
    p.key(Qt::Key_Space);
    CHECK(p.controller.state().paused);
    CHECK(find<QPushButton>(p.panel, "pauseButton")->text() == "Resume (Space)");
    p.advance(30'000);
    CHECK(p.controller.state().remaining_in_phase_ms == 50'000);
    CHECK(find<CountdownRing>(p.panel, "countdownRing")->model().time == "0:50");
    p.key(Qt::Key_Space);
    CHECK_FALSE(p.controller.state().paused);
    p.advance(5'000);
    CHECK(p.controller.state().remaining_in_phase_ms == 45'000);
}

TEST_CASE("session panel: N skips to the next phase", "[session][gui]") {
    Panel p;
    p.key(Qt::Key_Return);
    REQUIRE(p.phase() == PhaseKind::Hold);
    p.key(Qt::Key_N);
    CHECK(p.phase() == PhaseKind::Mobilize);
    QTest::mouseClick(find<QPushButton>(p.panel, "skipButton"), Qt::LeftButton);
    CHECK(p.phase() == PhaseKind::Hold);
    CHECK(p.controller.state().phase_index == 3);
}

TEST_CASE("session panel: Esc stops with reason stopped_by_user and shows the summary", "[session][gui]") {
    Panel p;
    p.key(Qt::Key_Return);
    p.key(Qt::Key_Escape);
    const auto s = p.controller.state();
    CHECK(s.finished);
    CHECK(s.end_reason == EndReason::StoppedByUser);
    CHECK(p.panel.showingSummary());
    CHECK(p.label("summaryTitle")->text() == "Session stopped");
    CHECK(p.label("summaryMessage")->text().toStdString() == s.end_message);
    bool closed = false;
    QObject::connect(&p.panel, &SessionPanel::closeRequested, [&] { closed = true; });
    p.key(Qt::Key_Escape); // a second Esc leaves the summary
    CHECK(closed);
}

TEST_CASE("session panel: the sharp-pain button stops at once and explains it may be a nerve",
          "[session][gui]") {
    Panel p;
    p.key(Qt::Key_Return);
    QPushButton* sharp = find<QPushButton>(p.panel, "sharpPainButton");
    CHECK(sharp->text().contains("Sharp, shooting or electric pain, or numbness"));
    CHECK(sharp->text().contains("(X)"));
    QTest::mouseClick(sharp, Qt::LeftButton);
    CHECK(p.controller.state().end_reason == EndReason::SharpPain);
    CHECK(p.panel.showingSummary());
    CHECK(p.label("summaryMessage")->isVisible());
    CHECK(p.label("summaryMessage")->text().contains("pressing on a nerve"));
}

TEST_CASE("session panel: the X key is the sharp-pain stop", "[session][gui]") {
    Panel p;
    p.key(Qt::Key_Return);
    p.advance(3'000);
    p.key(Qt::Key_X);
    CHECK(p.controller.state().end_reason == EndReason::SharpPain);
    CHECK(p.label("summaryMessage")->text().contains("nerve"));
}

TEST_CASE("session panel: a rating of 8 during a hold asks to ease off", "[session][gui]") {
    Panel p;
    p.key(Qt::Key_Return);
    CHECK_FALSE(p.shown("easeOffPrompt"));
    QTest::mouseClick(find<QPushButton>(p.panel, "rate8"), Qt::LeftButton);
    CHECK(p.shown("easeOffPrompt"));
    CHECK(p.label("easeOffPrompt")->text().contains("Ease off"));
    CHECK(find<QPushButton>(p.panel, "rate8")->isChecked());
    p.key(Qt::Key_6); // eased off and re-rated: the prompt goes
    CHECK_FALSE(p.shown("easeOffPrompt"));
    CHECK(find<QPushButton>(p.panel, "rate6")->isChecked());
}

TEST_CASE("session panel: falling tenderness shows the trend, and 3 or less says released",
          "[session][gui]") {
    Panel p;
    p.key(Qt::Key_Return);
    p.key(Qt::Key_7);
    p.key(Qt::Key_N); // to move
    p.key(Qt::Key_N); // to hold 2
    p.key(Qt::Key_5);
    CHECK(p.shown("trendPrompt"));
    CHECK(p.label("trendPrompt")->text().contains("going down"));
    CHECK(p.label("trendLabel")->text().contains("7 \u2192 5 falling"));
    p.key(Qt::Key_N);
    p.key(Qt::Key_N); // hold 3
    p.key(Qt::Key_3);
    CHECK(p.shown("releasedPrompt"));
    CHECK(p.label("releasedPrompt")->text().contains("letting go"));
    CHECK(p.label("trendLabel")->text().contains("7 \u2192 5 \u2192 3 falling"));
    CHECK(p.controller.state().points[0].released);
}

TEST_CASE("session panel: T rates 10 and P switches to rating pressure", "[session][gui]") {
    Panel p;
    p.key(Qt::Key_Return);
    p.key(Qt::Key_P);
    p.key(Qt::Key_T);
    const auto s = p.controller.state();
    REQUIRE(s.ratings.size() == 1);
    CHECK(s.ratings[0].value == 10);
    CHECK(s.ratings[0].kind == session::RatingKind::Pressure);
    CHECK(p.shown("easeOffPrompt"));
}

TEST_CASE("session panel: the title says the time left and the phase", "[session][gui]") {
    Panel p;
    QString title;
    QObject::connect(&p.panel, &SessionPanel::titleChanged, [&](const QString& t) { title = t; });
    p.key(Qt::Key_Return);
    p.advance(20'000);
    // The remaining holds, moves and the stretch are all timed now: the total is exact.
    CHECK(title == "5:20 left \u00b7 Hold 0:40");
    p.key(Qt::Key_Space);
    CHECK(title.startsWith("Paused \u00b7 "));
}

TEST_CASE("session panel: hold until release counts up and R ends the hold", "[session][gui]") {
    session::PlanOptions o;
    o.hold_until_release = true;
    Panel p(plan({trapezius()}, o));
    p.key(Qt::Key_Return);
    p.advance(12'000);
    const RingModel ring = find<CountdownRing>(p.panel, "countdownRing")->model();
    CHECK(ring.time == "0:12");
    CHECK(ring.detail.contains("until released"));
    CHECK(find<QPushButton>(p.panel, "releasedButton")->isVisible());
    p.key(Qt::Key_R);
    CHECK(p.phase() == PhaseKind::Mobilize);
    CHECK(p.controller.state().points[0].released_by_user);
}
