// Not a check: writes screenshots of the preferences dialog, the safety review (questions, danger
// zones and outcome), the session start dialog, the session panel (a hold, and the summary) and the
// progress view, in the language the environment asks for (LANGUAGE=de), with the bundled data in
// that language, to $TPF_SCREENS_DIR (default /tmp) as <prefix>-<name>.png, for a person to look at
// (every text translated, nothing clipped). Hidden: run it with
//   LANGUAGE=de TPF_SCREENS_PREFIX=de tpfinder_gui_tests "[.screens]"
#include "app/AppContext.h"
#include "safety/SafetyGate.h"
#include "safety/SafetyReviewDialog.h"
#include "session/CuePlayer.h"
#include "session/SessionController.h"
#include "session/SessionPanel.h"
#include "session/SessionPoints.h"
#include "session/SessionStartDialog.h"
#include "settings/Language.h"
#include "settings/PreferencesDialog.h"
#include "settings/Theme.h"
#include "test_session_support.h"
#include "test_theme_support.h"

#include <QDir>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>

using namespace tpf;
using namespace tpf::gui;

namespace {

QString shotPath(const char* name) {
    const QString dir = qEnvironmentVariableIsEmpty("TPF_SCREENS_DIR")
                            ? QStringLiteral("/tmp")
                            : qEnvironmentVariable("TPF_SCREENS_DIR");
    const QString prefix = qEnvironmentVariableIsEmpty("TPF_SCREENS_PREFIX")
                               ? QStringLiteral("screen")
                               : qEnvironmentVariable("TPF_SCREENS_PREFIX");
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(prefix, QString::fromLatin1(name)));
}

void shoot(QWidget& w, const char* name) {
    QCoreApplication::processEvents();
    const QString path = shotPath(name);
    CHECK(w.grab().save(path));
    WARN("wrote " << path.toStdString());
}

// Answers a question page "no" by clicking each "no" radio button.
void answerPageNo(SafetyReviewDialog& d) {
    for (QRadioButton* b : d.findChildren<QRadioButton*>())
        if (b->objectName().startsWith(QLatin1String("no_")) && b->isVisible() && !b->isChecked())
            b->click();
}

void next(SafetyReviewDialog& d) {
    auto* b = d.findChild<QPushButton*>(QStringLiteral("continueButton"));
    REQUIRE(b);
    b->click();
    QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("screenshots of the dialogs and panels in the environment's language", "[.screens]") {
    QSettings().clear();
    const QString language = installTranslations();
    WARN("UI language: " << language.toStdString());
    if (qEnvironmentVariable("TPF_SCREENS_THEME") == QLatin1String("dark")) {
        applyTheme(settings::Theme::System);
        applyTheme(settings::Theme::Dark);
    }
    auto ctx = AppContext::load(QStringLiteral(TPF_SOURCE_DATA_DIR), preferredLanguages());
    REQUIRE(ctx->ok());
    const Database& db = ctx->database();

    {
        PreferencesDialog prefs(ctx->protocols());
        prefs.show();
        prefs.adjustSize();
        shoot(prefs, "preferences");
    }

    const auto trap = db.triggerPointIndex("upper_trapezius.1");
    const auto scm = db.triggerPointIndex("sternocleidomastoid_sternal.1");
    REQUIRE(trap);
    REQUIRE(scm);
    const std::vector<SessionPoint> points{{*trap, Side::Right}, {*scm, Side::Left}};
    {
        SessionStartDialog start(*ctx->protocols(), pointSpecs(db, points, {}));
        start.show();
        start.adjustSize();
        shoot(start, "session-start");
    }
    {
        SafetyReviewDialog d(ctx->safetyRules(),
                             SafetyGate::pointContexts(db, {{*trap, Side::Right}, {*scm, Side::Left}}),
                             safety::ReviewKind::full);
        d.resize(820, 900);
        d.show();
        shoot(d, "safety-review");
        for (int page = 0; page < 3; ++page) {
            answerPageNo(d);
            next(d);
        }
        shoot(d, "safety-danger-zones");
        next(d);
        shoot(d, "safety-outcome");
    }
    {
        sessiontest::FakeClock clock;
        SessionController c(buildPlanFor(*ctx->protocols()->find("standard"), pointSpecs(db, points, {}), {}),
                            clock.fn());
        std::vector<Cue> played;
        std::vector<QString> spoken;
        CuePlayer cues(std::make_unique<sessiontest::RecordingOutput>(played, spoken));
        SessionPanel panel(c);
        panel.setCuePlayer(&cues);
        panel.resize(1200, 800);
        panel.show();
        c.start();
        clock.now += 6'000;
        c.foundIt();
        clock.now += 14'000;
        c.rate(6, session::RatingKind::Tenderness);
        c.poll();
        shoot(panel, "session-panel");
        c.stop();
        shoot(panel, "session-summary");
    }
    {
        ProgressView view;
        themetest::fillProgress(view, &db, ctx->historyRules());
        view.resize(1200, 1000);
        view.show();
        shoot(view, "progress");
    }
}
