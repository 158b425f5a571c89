// Both themes stay readable, also when the theme is switched while the widgets are open: every
// visible text of the finder's detail pane, the session panel (run page with its prompts, and the
// summary), the safety review (every page, a blocked outcome too), the progress view and the
// preferences and session start dialogs has at least 4.5:1 contrast with what is painted under it.
// The custom-painted countdown ring and candidate cards are checked through their colour functions.
#include "finder/CandidateDelegate.h"
#include "finder/DetailPane.h"
#include "safety/SafetyGate.h"
#include "session/CountdownRing.h"
#include "session/SessionPanel.h"
#include "session/SessionStartDialog.h"
#include "session/SessionText.h"
#include "settings/PreferencesDialog.h"
#include "settings/Theme.h"
#include "support.h"
#include "test_safety_support.h"
#include "test_session_support.h"
#include "test_theme_support.h"

#include <QApplication>
#include <QFrame>

using namespace tpf;
using namespace tpf::gui;
using namespace tpf::gui::themetest;
namespace s = tpf::gui::settings;

namespace {

// Checks `window` in the dark theme, then the light one, switching while it is open.
void checkBothThemes(QWidget& window, const char* what) {
    for (const s::Theme theme : {s::Theme::Dark, s::Theme::Light}) {
        applyTheme(theme);
        QCoreApplication::processEvents();
        REQUIRE(isDarkPalette(QApplication::palette()) == (theme == s::Theme::Dark));
        int checked = 0;
        const QStringList low = lowContrastTexts(window, 4.5, &checked);
        INFO(what << (theme == s::Theme::Dark ? " (dark)" : " (light)") << ": "
                  << low.join(QLatin1Char('\n')).toStdString());
        CHECK(checked > 0);
        CHECK(low.isEmpty());
    }
}

struct LightStart {
    LightStart() {
        test::clearSettings();
        applyTheme(s::Theme::System); // remembers the start-up look
        applyTheme(s::Theme::Light);  // the widgets are built light, then switched
    }
    ~LightStart() { applyTheme(s::Theme::System); }
};

} // namespace

TEST_CASE("theme: WCAG contrast is computed as specified", "[theme]") {
    CHECK(contrastRatio(Qt::black, Qt::white) == Approx(21.0));
    CHECK(contrastRatio(Qt::white, Qt::white) == Approx(1.0));
    CHECK(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) == Approx(4.54).margin(0.01));
    // readableOn keeps a readable colour and fixes an unreadable one in the right direction.
    CHECK(readableOn(Qt::black, Qt::white) == QColor(Qt::black));
    const QColor fixed = readableOn(QColor(0x57, 0x60, 0x6a), QColor(0x2b, 0x2b, 0x2d));
    CHECK(contrastRatio(fixed, QColor(0x2b, 0x2b, 0x2d)) >= 4.5);
    CHECK(fixed.lightness() > QColor(0x57, 0x60, 0x6a).lightness());
    for (const QPalette& pal : {lightPalette(), darkPalette()}) {
        for (const auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase})
            CHECK(contrastRatio(mutedText(pal), pal.color(role)) >= 4.5);
        const QColor card = tintedBackground(pal, QColor(0xc6, 0x28, 0x28));
        CHECK(contrastRatio(cardText(pal, card), card) >= 7.0);
    }
}

TEST_CASE("theme: the detail pane is readable in both themes, switched at run time", "[theme][gui]") {
    LightStart light;
    DetailPane pane(test::db());
    pane.resize(700, 2400); // tall: nothing scrolled out of view
    pane.show();
    checkBothThemes(pane, "empty detail pane");
    pane.showPoint(test::triggerPoint("upper_trapezius.1"), Side::Left);
    checkBothThemes(pane, "detail pane");
}

TEST_CASE("theme: the session panel, its prompts and the summary are readable in both themes",
          "[theme][gui][session]") {
    LightStart light;
    sessiontest::FakeClock clock;
    SessionController c(sessiontest::plan({sessiontest::trapezius(), sessiontest::scalenes()}), clock.fn());
    SessionPanel panel(c);
    panel.setNotes({QStringLiteral("This plan is longer than recommended.")});
    panel.resize(1300, 900);
    panel.show();
    c.start();
    c.foundIt();
    clock.now += 12'000;
    c.rate(9, session::RatingKind::Tenderness); // "ease off"
    c.poll();
    REQUIRE(sessiontest::find<QLabel>(panel, "easeOffPrompt")->isVisible());
    REQUIRE(sessiontest::find<QLabel>(panel, "cautionsBox")->isVisible());
    checkBothThemes(panel, "session panel in a hold");
    c.sharpPain();
    REQUIRE(panel.showingSummary());
    checkBothThemes(panel, "session summary after sharp pain");
}

TEST_CASE("theme: every page of the safety review is readable in both themes", "[theme][gui][safety]") {
    using namespace tpf::gui::testing;
    LightStart light;
    {
        SafetyReviewDialog d(
            realRules(),
            SafetyGate::pointContexts(fixtureDatabase(), {{kTrapezius, Side::Right}, {kScm, Side::Left}}),
            safety::ReviewKind::full);
        d.resize(900, 1400);
        d.show();
        checkBothThemes(d, "safety review: red flags");
        answerCategory(d, safety::Category::red_flag);
        pressContinue(d);
        checkBothThemes(d, "safety review: clinician");
        answerCategory(d, safety::Category::clinician_first);
        pressContinue(d);
        checkBothThemes(d, "safety review: local");
        answerLocalNo(d, "upper_trapezius.1", "right");
        answerLocalNo(d, "sternocleidomastoid_sternal.1", "left");
        pressContinue(d);
        checkBothThemes(d, "safety review: danger zones");
        pressContinue(d);
        REQUIRE(d.page() == SafetyReviewDialog::Page::outcome);
        checkBothThemes(d, "safety review: outcome");
    }
    {
        SafetyReviewDialog d(realRules(),
                             SafetyGate::pointContexts(fixtureDatabase(), {{kTrapezius, Side::Right}}),
                             safety::ReviewKind::full);
        d.resize(900, 1400);
        d.show();
        const auto redFlags = realRules().questionsIn(safety::Category::red_flag);
        REQUIRE_FALSE(redFlags.empty());
        answerCategory(d, safety::Category::red_flag, redFlags.front()->id);
        pressContinue(d);
        REQUIRE(d.page() == SafetyReviewDialog::Page::outcome);
        checkBothThemes(d, "safety review: blocked outcome");
    }
}

TEST_CASE("theme: the progress view's advice cards and table are readable in both themes",
          "[theme][gui][history]") {
    LightStart light;
    ProgressView view;
    fillProgress(view);
    view.resize(1300, 1400);
    view.show();
    REQUIRE(view.findChildren<QFrame*>().size() > 2);
    checkBothThemes(view, "progress view");
}

TEST_CASE("theme: the preferences and session start dialogs are readable in both themes", "[theme][gui]") {
    LightStart light;
    PreferencesDialog prefs(test::fixture().protocols());
    prefs.show();
    checkBothThemes(prefs, "preferences");
    SessionStartDialog start(sessiontest::protocols(), {sessiontest::trapezius()});
    start.show();
    checkBothThemes(start, "session start");
}

TEST_CASE("theme: the countdown ring and the candidate cards pick readable colours", "[theme]") {
    for (const QPalette& pal : {lightPalette(), darkPalette()}) {
        const QColor window = pal.color(QPalette::Window);
        for (const auto kind :
             {session::PhaseKind::Warmup, session::PhaseKind::Locate, session::PhaseKind::Hold,
              session::PhaseKind::Mobilize, session::PhaseKind::Stretch, session::PhaseKind::Transition})
            for (const bool paused : {false, true}) {
                RingModel m;
                m.accent = sessiontext::phaseColour(kind);
                m.paused = paused;
                const RingColours c = ringColours(m, pal);
                INFO("phase " << session::toString(kind) << (paused ? " paused" : ""));
                CHECK(contrastRatio(c.phase, window) >= 4.5);
                CHECK(contrastRatio(c.time, window) >= 4.5);
                CHECK(contrastRatio(c.detail, window) >= 4.5);
                CHECK(contrastRatio(c.arc, window) >= 3.0);
            }
        for (const bool selected : {false, true})
            for (const bool hovered : {false, true}) {
                const CandidateColours c = candidateColours(pal, selected, hovered);
                CHECK(contrastRatio(c.text, c.card) >= 7.0);
                CHECK(contrastRatio(c.muted, c.card) >= 4.5);
                CHECK(contrastRatio(c.reason, c.card) >= 4.5);
                CHECK(contrastRatio(c.pillText, c.pill) >= 4.5);
                CHECK(contrastRatio(c.tagText, c.tag) >= 4.5);
            }
    }
}
