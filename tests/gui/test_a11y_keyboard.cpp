// Keyboard only: from the finder window, F5 opens the session options, Enter continues, the real
// safety review is answered and completed with keys alone (Y/N, Space, Tab), the session starts,
// Space pauses and resumes it, Esc stops it and Enter goes back to the finder. No mouse event is
// sent anywhere in this file.
#include "app/AppContext.h"
#include "app/MainWindow.h"
#include "app/SessionQueueWidget.h"
#include "history/ProgressView.h"
#include "safety/SafetyReviewDialog.h"
#include "session/SessionLauncher.h"
#include "session/SessionPanel.h"
#include "session/SessionStartDialog.h"
#include "test_session_support.h"
#include "test_theme_support.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

using namespace tpf;
using namespace tpf::gui;
using namespace tpf::gui::sessiontest;

namespace {

// A key to whatever has the focus in `w`'s window, as a person typing would.
void press(QWidget& w, Qt::Key key) {
    QWidget* focus = w.focusWidget() ? w.focusWidget() : &w;
    QTest::keyClick(focus, key);
}

// Answers the safety review with keys: N for every question of a question page, Space on
// Continue, and on the outcome the acknowledgement (Space) and Start (Tab to it, Space).
void completeReviewByKeys(SafetyReviewDialog& d, QStringList& log) {
    QApplication::setActiveWindow(&d);
    for (int guard = 0; guard < 12 && d.isVisible(); ++guard) {
        const auto page = d.page();
        log << QString::fromLatin1(QMetaEnum::fromType<SafetyReviewDialog::Page>().valueToKey(int(page)));
        if (page == SafetyReviewDialog::Page::outcome) {
            if (auto* ack = d.findChild<QCheckBox*>(QStringLiteral("acknowledgeCheck"))) {
                REQUIRE(d.focusWidget() == ack);
                press(d, Qt::Key_Space);
                CHECK(ack->isChecked());
            }
            auto* start = d.findChild<QPushButton*>(QStringLiteral("startButton"));
            REQUIRE(start);
            for (int i = 0; i < 6 && d.focusWidget() != start; ++i)
                press(d, Qt::Key_Tab);
            REQUIRE(d.focusWidget() == start);
            press(d, Qt::Key_Space);
            return;
        }
        // Question pages: N answers the focused question and moves on until Continue has the focus.
        for (int i = 0; i < 40 && d.remaining() > 0; ++i)
            press(d, Qt::Key_N);
        REQUIRE(d.remaining() == 0);
        auto* next = d.findChild<QPushButton*>(QStringLiteral("continueButton"));
        REQUIRE(next);
        for (int i = 0; i < 6 && d.focusWidget() != next; ++i)
            press(d, Qt::Key_Tab);
        REQUIRE(d.focusWidget() == next);
        press(d, Qt::Key_Space);
    }
    FAIL("the review did not reach its outcome");
}

} // namespace

TEST_CASE("keyboard: start a session, complete the safety review, pause, resume and stop it with keys only",
          "[a11y][keyboard][session][safety]") {
    QSettings().clear();
    FakeClock clock;
    std::vector<Cue> played;
    std::vector<QString> spoken;
    CuePlayer cues(std::make_unique<RecordingOutput>(played, spoken));
    cues.setMuted(true);
    MainWindow window(sessionContext());
    SessionLauncher* launcher = window.sessionLauncher();
    launcher->setClock(clock.fn());
    launcher->setCuePlayer(&cues); // the real safety gate stays
    const auto tp = sessionContext().database().triggerPointIndex("upper_trapezius.1");
    REQUIRE(tp);
    REQUIRE(window.sessionQueue()->add({*tp, Side::Right}));
    window.resize(1300, 850);
    showActive(window);

    bool sawOptions = false;
    bool sawReview = false;
    QStringList pages;
    QTimer::singleShot(0, [&] {
        auto* options = qobject_cast<SessionStartDialog*>(QApplication::activeModalWidget());
        REQUIRE(options);
        sawOptions = true;
        QApplication::setActiveWindow(options);
        // The review opens once the options are accepted; it is answered from inside its own loop.
        QTimer::singleShot(0, [&] {
            auto* review = qobject_cast<SafetyReviewDialog*>(QApplication::activeModalWidget());
            REQUIRE(review);
            sawReview = true;
            completeReviewByKeys(*review, pages);
        });
        press(*options, Qt::Key_Return); // Continue is the default button
    });
    QTest::keyClick(&window, Qt::Key_F5);
    INFO("review pages: " << pages.join(QStringLiteral(", ")).toStdString());
    CHECK(sawOptions);
    CHECK(sawReview);
    REQUIRE(launcher->isRunning());
    CHECK(pages.contains(QStringLiteral("red_flags")));
    CHECK(pages.last() == QStringLiteral("outcome"));
    CHECK(QTest::qWaitForWindowActive(&window));

    SessionController* c = launcher->controller();
    QTest::keyClick(&window, Qt::Key_Return); // found it: the hold starts
    CHECK(c->state().phase_index > 0);
    QTest::keyClick(&window, Qt::Key_Space);
    CHECK(c->state().paused);
    QTest::keyClick(&window, Qt::Key_Space);
    CHECK_FALSE(c->state().paused);
    QTest::keyClick(&window, Qt::Key_Escape);
    CHECK(c->state().finished);
    CHECK(c->state().end_reason == session::EndReason::StoppedByUser);
    REQUIRE(launcher->panel());
    CHECK(launcher->panel()->showingSummary());
    QTest::keyClick(&window, Qt::Key_Return);
    CHECK_FALSE(launcher->isRunning());
    QSettings().clear();
}

TEST_CASE("keyboard: the progress view is reached and used with Tab and the arrow keys",
          "[a11y][keyboard][history]") {
    QSettings().clear();
    ProgressView view;
    themetest::fillProgress(view);
    view.resize(1200, 1000);
    showActive(view);
    auto* combo = find<QComboBox>(view, "pointCombo");
    auto* table = find<QTableWidget>(view, "sessionsTable");
    REQUIRE(combo->count() >= 2);
    QSet<QWidget*> reached;
    combo->setFocus(Qt::TabFocusReason); // start somewhere inside the view, then walk with Tab
    for (int i = 0; i < 20; ++i) {
        reached.insert(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    CHECK(reached.contains(combo));
    CHECK(reached.contains(table));
    combo->setFocus(Qt::TabFocusReason);
    const int before = combo->currentIndex();
    QTest::keyClick(combo, before + 1 < combo->count() ? Qt::Key_Down : Qt::Key_Up);
    CHECK(combo->currentIndex() != before);
}
