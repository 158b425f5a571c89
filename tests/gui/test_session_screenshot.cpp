// Not a check: writes the session panel 20 s into the first hold, with a rating of 6, to
// $TPF_SESSION_SHOT (default /tmp/session_hold.png) for a person to look at. Hidden: run it with
//   tpfinder_gui_tests "[.screenshot]"
#include "session/SessionPanel.h"
#include "test_session_support.h"

#include <QSettings>

using namespace tpf;
using namespace tpf::gui;
using namespace tpf::gui::sessiontest;

TEST_CASE("session panel screenshot: 20 s into the first hold, rated 6", "[.screenshot]") {
    QSettings().clear();
    FakeClock clock;
    SessionController c(plan({trapezius(), scalenes()}), clock.fn());
    SessionPanel panel(c);
    std::vector<Cue> played;
    std::vector<QString> spoken;
    CuePlayer cues(std::make_unique<RecordingOutput>(played, spoken));
    panel.setCuePlayer(&cues);
    panel.resize(1200, 800);
    showActive(panel);
    c.start();
    clock.now += 8'000;
    c.foundIt();
    clock.now += 12'000;
    QTest::keyClick(&panel, Qt::Key_6);
    clock.now += 8'000;
    c.poll();
    QCoreApplication::processEvents();
    const QString file = qEnvironmentVariableIsSet("TPF_SESSION_SHOT")
                             ? qEnvironmentVariable("TPF_SESSION_SHOT")
                             : QStringLiteral("/tmp/session_hold.png");
    REQUIRE(panel.grab().save(file));
}
