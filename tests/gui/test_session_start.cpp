// Starting a guided session from the finder window: queue -> options -> safety gate -> panel, the
// window title while it runs, Esc to stop and back to the finder.
#include "app/AppContext.h"
#include "app/MainWindow.h"
#include "app/SessionQueueWidget.h"
#include "session/SessionLauncher.h"
#include "session/SessionPanel.h"
#include "session/SessionStartDialog.h"
#include "settings/AppSettings.h"
#include "test_session_support.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTimer>

using namespace tpf;
using namespace tpf::gui;
using namespace tpf::gui::sessiontest;

namespace {

std::size_t tp(const char* id) {
    const auto i = sessionContext().database().triggerPointIndex(id);
    REQUIRE(i);
    return *i;
}

struct Window {
    FakeClock clock;
    std::vector<Cue> played;
    std::vector<QString> spoken;
    CuePlayer cues{std::make_unique<RecordingOutput>(played, spoken)};
    RecordingSink sink;
    std::vector<std::vector<SessionPoint>> gateCalls;
    GateDecision decision = GateDecision::allowed();
    MainWindow window{sessionContext()};
    SessionLauncher* launcher = window.sessionLauncher();

    Window() {
        QSettings().clear();
        cues.setMuted(true);
        launcher->setClock(clock.fn());
        launcher->setCuePlayer(&cues);
        launcher->setSink(&sink);
        launcher->setGate([this](QWidget*, const std::vector<SessionPoint>& points) {
            gateCalls.push_back(points);
            return decision;
        });
        window.resize(1300, 850);
        showActive(window);
    }
    void queue(const char* id, Side side) { REQUIRE(window.sessionQueue()->add({tp(id), side})); }
    // Presses F5 and drives the options dialog: `both` sides, then Continue.
    void startWithDialog(bool both = false) {
        bool sawDialog = false;
        QTimer::singleShot(0, [&] {
            auto* d = qobject_cast<SessionStartDialog*>(QApplication::activeModalWidget());
            REQUIRE(d);
            sawDialog = true;
            if (both)
                QTest::mouseClick(find<QCheckBox>(*d, "bothSidesCheck"), Qt::LeftButton, {}, QPoint(8, 8));
            QTest::mouseClick(find<QPushButton>(*d, "startContinueButton"), Qt::LeftButton);
        });
        QTest::keyClick(&window, Qt::Key_F5);
        CHECK(sawDialog);
        // Back from the modal dialog, the window is active again (asynchronously on some platforms).
        if (launcher->isRunning())
            CHECK(QTest::qWaitForWindowActive(&window));
    }
    SessionPanel* panel() { return window.findChild<SessionPanel*>(QStringLiteral("sessionPanel")); }
};

} // namespace

TEST_CASE("session start: a queued point goes through the safety gate and the panel replaces the finder",
          "[session][gui]") {
    Window w;
    w.queue("upper_trapezius.1", Side::Right);
    CHECK(find<QPushButton>(w.window, "startSessionButton")->isEnabled());
    w.startWithDialog();
    REQUIRE(w.gateCalls.size() == 1);
    CHECK(w.gateCalls[0] == std::vector<SessionPoint>{{tp("upper_trapezius.1"), Side::Right}});
    REQUIRE(w.panel());
    CHECK(w.panel()->isVisible());
    CHECK_FALSE(find<QWidget>(w.window, "mainSplitter")->isVisible());
    CHECK(find<QLabel>(*w.panel(), "sessionProgress")->text() ==
          "Point 1 of 1: Upper trapezius, front-edge point (right)");
    CHECK(w.sink.events.front() == "start 1");
    // Options are remembered for next time; the preset stays the preferences' default (none set).
    CHECK(QSettings().contains("session/bothSides"));
    CHECK_FALSE(QSettings().contains("session/preset"));
}

TEST_CASE("session start: the window title shows the time left while a session runs", "[session][gui]") {
    Window w;
    w.queue("upper_trapezius.1", Side::Right);
    w.startWithDialog();
    REQUIRE(w.panel());
    INFO(w.window.windowTitle().toStdString());
    CHECK(w.window.windowTitle().endsWith(" left \u00b7 Find the point \u2014 Trigger Point Pain Finder"));
    QTest::keyClick(&w.window, Qt::Key_Return); // found it
    w.clock.now += 20'000;
    w.launcher->controller()->poll();
    CHECK(w.window.windowTitle().toStdString() ==
          "5:20 left \u00b7 Hold 0:40 \u2014 Trigger Point Pain Finder");
}

TEST_CASE("session start: Esc stops the session at once, Enter goes back to the finder", "[session][gui]") {
    Window w;
    w.queue("upper_trapezius.1", Side::Right);
    w.startWithDialog();
    REQUIRE(w.panel());
    QTest::keyClick(&w.window, Qt::Key_Escape);
    CHECK(w.launcher->controller()->state().end_reason == session::EndReason::StoppedByUser);
    CHECK(w.sink.events.back() == "end stopped_by_user");
    CHECK(w.panel()->showingSummary());
    QTest::keyClick(&w.window, Qt::Key_Return);
    CHECK_FALSE(w.launcher->isRunning());
    CHECK(find<QWidget>(w.window, "mainSplitter")->isVisible());
    CHECK(w.window.windowTitle().toStdString() == "Trigger Point Pain Finder");
    // The finder's own Esc (clear the selection) works again.
    CHECK(find<QAction>(w.window, "clearSelectionAction")->isEnabled());
}

TEST_CASE("session start: a blocked safety review starts no session", "[session][gui]") {
    Window w;
    w.queue("upper_trapezius.1", Side::Right);
    w.decision.may_start = false;
    w.startWithDialog();
    CHECK(w.gateCalls.size() == 1);
    CHECK_FALSE(w.launcher->isRunning());
    CHECK(w.panel() == nullptr);
    CHECK(w.launcher->lastMessage().contains("safety review"));
}

TEST_CASE("session start: points the safety review excludes are left out", "[session][gui]") {
    Window w;
    w.queue("upper_trapezius.1", Side::Right);
    w.queue("sternocleidomastoid_sternal.1", Side::Left);
    w.decision.excluded = {{"sternocleidomastoid_sternal.1", Side::Left}};
    w.launcher->setAskOptions(false);
    QTest::keyClick(&w.window, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(w.launcher->isRunning());
    const session::Plan& plan = w.launcher->controller()->plan();
    REQUIRE(plan.points.size() == 1);
    CHECK(plan.points[0].spec.trigger_point_id == "upper_trapezius.1");
    CHECK(find<QLabel>(*w.panel(), "sessionNotes")->text().contains("Left out after the safety review"));
}

TEST_CASE("session start: both sides and the danger zones of the point at each hold", "[session][gui]") {
    Window w;
    w.queue("sternocleidomastoid_sternal.1", Side::Left);
    w.startWithDialog(true);
    REQUIRE(w.launcher->isRunning());
    const session::Plan& plan = w.launcher->controller()->plan();
    REQUIRE(plan.points.size() == 2);
    CHECK(plan.points[1].label.find("(right)") != std::string::npos);
    QTest::keyClick(&w.window, Qt::Key_Return);
    QLabel* cautions = find<QLabel>(*w.panel(), "cautionsBox");
    CHECK(cautions->isVisible());
    CHECK(cautions->text().contains("Danger zone"));
    CHECK(cautions->text().contains("Carotid"));
    CHECK(QSettings().value("session/bothSides").toBool());
}

TEST_CASE("session start: with nothing queued or chosen the start action is off", "[session][gui]") {
    Window w;
    CHECK_FALSE(find<QAction>(w.window, "startSessionAction")->isEnabled());
    CHECK_FALSE(w.launcher->start());
    CHECK(w.gateCalls.empty());
}

namespace {

std::vector<std::int64_t> holdDurations(const session::Plan& plan) {
    std::vector<std::int64_t> out;
    for (const session::Phase& p : plan.phases)
        if (p.kind == session::PhaseKind::Hold && p.duration_ms)
            out.push_back(*p.duration_ms);
    return out;
}

// Opens the options dialog with F5, lets `drive` look at and change it, then presses Continue.
template <typename Fn> void startDriving(Window& w, Fn drive) {
    bool sawDialog = false;
    QTimer::singleShot(0, [&] {
        auto* d = qobject_cast<SessionStartDialog*>(QApplication::activeModalWidget());
        REQUIRE(d);
        sawDialog = true;
        drive(*d);
        QTest::mouseClick(find<QPushButton>(*d, "startContinueButton"), Qt::LeftButton);
    });
    QTest::keyClick(&w.window, Qt::Key_F5);
    CHECK(sawDialog);
}

} // namespace

TEST_CASE("session start: the preferred preset and hold time are the initial choice",
          "[session][gui][prefs]") {
    Window w;
    settings::Preferences prefs;
    prefs.preset = QStringLiteral("standard");
    prefs.holdSeconds = 45;
    prefs.save();
    w.queue("upper_trapezius.1", Side::Right);
    startDriving(w, [](SessionStartDialog& d) {
        CHECK(find<QComboBox>(d, "presetCombo")->currentData().toString() == "standard");
        CHECK(find<QComboBox>(d, "holdCombo")->currentData().toInt() == 45);
        CHECK(d.choice().holdSeconds == 45);
    });
    REQUIRE(w.launcher->isRunning());
    const auto holds = holdDurations(w.launcher->controller()->plan());
    REQUIRE_FALSE(holds.empty());
    for (const std::int64_t ms : holds)
        CHECK(ms == 45'000);
}

TEST_CASE("session start: the hold time can be changed for one session; the default stays",
          "[session][gui][prefs]") {
    Window w;
    settings::Preferences prefs;
    prefs.holdSeconds = 45;
    prefs.save();
    w.queue("upper_trapezius.1", Side::Right);
    startDriving(w, [](SessionStartDialog& d) {
        auto* hold = find<QComboBox>(d, "holdCombo");
        hold->setFocus();
        // Keyboard: End selects the longest time the preset allows (90 s for standard).
        QTest::keyClick(hold, Qt::Key_End);
        CHECK(hold->currentData().toInt() == 90);
    });
    REQUIRE(w.launcher->isRunning());
    for (const std::int64_t ms : holdDurations(w.launcher->controller()->plan()))
        CHECK(ms == 90'000);
    CHECK(settings::Preferences::load().holdSeconds == 45);
    CHECK(settings::Preferences::load().preset == "standard");
}

TEST_CASE("session start: the preferred hold time is clamped to the preset's range",
          "[session][gui][prefs]") {
    Window w;
    settings::Preferences prefs;
    prefs.preset = QStringLiteral("gentle"); // gentle holds 20 to 30 s
    prefs.holdSeconds = 60;
    prefs.save();
    w.queue("upper_trapezius.1", Side::Right);
    w.launcher->setAskOptions(false); // the remembered choice, no dialog
    REQUIRE(w.launcher->start());
    const session::Plan& plan = w.launcher->controller()->plan();
    CHECK(plan.preset_id == "gentle");
    const auto holds = holdDurations(plan);
    REQUIRE_FALSE(holds.empty());
    for (const std::int64_t ms : holds)
        CHECK(ms == 30'000);

    const session::Protocol& standard = *sessionContext().protocols()->find("standard");
    CHECK(clampedHoldSeconds(standard, 0) == 0); // each point's own
    CHECK(clampedHoldSeconds(standard, 10) == 30);
    CHECK(clampedHoldSeconds(standard, 200) == 90);
    CHECK(clampedHoldSeconds(standard, 50) == 50);
}

TEST_CASE("session start: switching the preset in the dialog keeps the hold time within its range",
          "[session][gui][prefs]") {
    Window w;
    settings::Preferences prefs;
    prefs.holdSeconds = 75;
    prefs.save();
    w.queue("upper_trapezius.1", Side::Right);
    startDriving(w, [](SessionStartDialog& d) {
        auto* preset = find<QComboBox>(d, "presetCombo");
        auto* hold = find<QComboBox>(d, "holdCombo");
        CHECK(hold->currentData().toInt() == 75);
        preset->setCurrentIndex(preset->findData(QStringLiteral("gentle")));
        CHECK(hold->currentData().toInt() == 30);
        CHECK(hold->itemData(hold->count() - 1).toInt() == 30);
        hold->setCurrentIndex(0); // each point's own time
        CHECK(d.choice().holdSeconds == 0);
    });
    REQUIRE(w.launcher->isRunning());
    const session::Plan& plan = w.launcher->controller()->plan();
    CHECK(plan.preset_id == "gentle");
    // Each point's own time, within gentle's 20-30 s.
    for (const std::int64_t ms : holdDurations(plan)) {
        CHECK(ms >= 20'000);
        CHECK(ms <= 30'000);
    }
}
