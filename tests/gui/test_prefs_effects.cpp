// Preferences take effect: what the dialog stores on OK changes what the running app does — cues
// muted or played at the chosen volume, instructions spoken or not, the session panel's switches,
// the daily reminder armed at the chosen time, and the theme's palette.
#include "app/MainWindow.h"
#include "session/CuePlayer.h"
#include "session/RatingBar.h"
#include "session/SessionController.h"
#include "session/SessionPanel.h"
#include "settings/AppSettings.h"
#include "settings/DailyReminder.h"
#include "settings/PreferencesDialog.h"
#include "settings/SettingsUi.h"
#include "settings/Theme.h"
#include "support.h"
#include "test_session_support.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QTimeEdit>
#include <QTimer>

using namespace tpf::gui;
using namespace tpf::gui::test;
namespace s = tpf::gui::settings;

namespace {

// Records what the cue player asks for, with the volume.
struct VolumeOutput : CueOutput {
    std::vector<std::pair<Cue, double>> played;
    std::vector<std::pair<QString, double>> spoken;
    bool soundAvailable() override { return true; }
    bool speechAvailable() override { return true; }
    void play(Cue cue, double volume) override { played.emplace_back(cue, volume); }
    void say(const QString& text, double volume) override { spoken.emplace_back(text, volume); }
};

// Sets the dialog's controls the way a user would and presses OK.
void acceptWith(bool sound, int volumePercent, bool speech) {
    PreferencesDialog dialog(fixture().protocols());
    child<QCheckBox>(&dialog, "soundCheck")->setChecked(sound);
    if (sound)
        child<QSlider>(&dialog, "volumeSlider")->setValue(volumePercent);
    child<QCheckBox>(&dialog, "speechCheck")->setChecked(speech);
    dialog.accept();
}

} // namespace

TEST_CASE("prefs take effect: sound off silences the cues, sound on plays them at the chosen volume",
          "[prefs][effects]") {
    clearSettings();
    auto out = std::make_unique<VolumeOutput>();
    VolumeOutput* rec = out.get();
    CuePlayer cues(std::move(out));

    acceptWith(false, 0, false);
    cues.play(Cue::Phase);
    cues.onCue(3);
    CHECK(rec->played.empty());

    acceptWith(true, 30, false);
    cues.play(Cue::Phase);
    REQUIRE(rec->played.size() == 1);
    CHECK(rec->played[0].first == Cue::Phase);
    CHECK(rec->played[0].second == Approx(0.30));

    acceptWith(true, 90, false);
    cues.onCue(2);
    REQUIRE(rec->played.size() == 2);
    CHECK(rec->played[1].first == Cue::Tick);
    CHECK(rec->played[1].second == Approx(0.90));
    clearSettings();
}

TEST_CASE("prefs take effect: the voice speaks instructions only when switched on", "[prefs][effects]") {
    clearSettings();
    auto out = std::make_unique<VolumeOutput>();
    VolumeOutput* rec = out.get();
    CuePlayer cues(std::move(out));

    acceptWith(true, 50, false);
    cues.say(QStringLiteral("Hold still"));
    CHECK(rec->spoken.empty());

    acceptWith(true, 50, true);
    cues.say(QStringLiteral("Hold still"));
    REQUIRE(rec->spoken.size() == 1);
    CHECK(rec->spoken[0].first == QStringLiteral("Hold still"));
    CHECK(rec->spoken[0].second == Approx(0.5));

    acceptWith(false, 0, true); // sound off silences the voice too
    cues.say(QStringLiteral("Hold still"));
    CHECK(rec->spoken.size() == 1);
    clearSettings();
}

TEST_CASE("prefs take effect: the session panel's switches show the preferences", "[prefs][effects]") {
    clearSettings();
    acceptWith(false, 0, true);
    std::vector<Cue> played;
    std::vector<QString> spoken;
    CuePlayer cues(std::make_unique<sessiontest::RecordingOutput>(played, spoken));
    SessionController controller(sessiontest::plan());
    SessionPanel panel(controller);
    panel.setCuePlayer(&cues);
    CHECK_FALSE(child<QCheckBox>(&panel, "cueSoundCheck")->isChecked());
    CHECK(child<QCheckBox>(&panel, "speakCheck")->isChecked());
    // And the panel's own switch writes the same preference back.
    child<QCheckBox>(&panel, "cueSoundCheck")->setChecked(true);
    CHECK(s::Preferences::load().sound);
    clearSettings();
}

TEST_CASE("prefs take effect: turning the reminder on in the dialog arms it at the chosen time",
          "[prefs][effects][reminder]") {
    clearSettings();
    MainWindow w(fixture());
    auto* ui = w.findChild<SettingsUi*>(QStringLiteral("settingsUi"));
    REQUIRE(ui);
    DailyReminder* reminder = ui->reminder();
    const QDateTime morning(QDate(2026, 11, 21), QTime(9, 0));
    reminder->setClock([morning] { return morning; });
    reminder->setTrayAvailable(true); // offscreen has no tray
    CHECK_FALSE(reminder->isArmed());

    bool shown = false;
    QObject::connect(ui, &SettingsUi::preferencesDialogShown, [&](PreferencesDialog* d) {
        shown = true;
        QTimer::singleShot(0, d, [d] {
            child<QCheckBox>(d, "reminderCheck")->setChecked(true);
            child<QTimeEdit>(d, "reminderTimeEdit")->setTime(QTime(19, 45));
            d->accept();
        });
    });
    ui->preferencesAction()->trigger();
    REQUIRE(shown);
    CHECK(reminder->isArmed());
    CHECK(reminder->nextReminder() == QDateTime(QDate(2026, 11, 21), QTime(19, 45)));
    CHECK(s::Preferences::load().reminder);

    shown = false;
    QObject::disconnect(ui, &SettingsUi::preferencesDialogShown, nullptr, nullptr);
    QObject::connect(ui, &SettingsUi::preferencesDialogShown, [&](PreferencesDialog* d) {
        shown = true;
        QTimer::singleShot(0, d, [d] {
            child<QCheckBox>(d, "reminderCheck")->setChecked(false);
            d->accept();
        });
    });
    ui->preferencesAction()->trigger();
    REQUIRE(shown);
    CHECK_FALSE(reminder->isArmed());
    clearSettings();
}

TEST_CASE("prefs take effect: the theme chosen in the dialog changes the application palette at once",
          "[prefs][effects][theme]") {
    clearSettings();
    applyTheme(s::Theme::System); // remembers the start-up look
    RatingBar open(10);           // open widgets with palette-derived colours follow at once
    open.show();
    auto* scaleLabel = child<QLabel>(&open, "ratingScaleLow");
    for (const char* theme : {"dark", "light", "dark"}) {
        PreferencesDialog dialog(fixture().protocols());
        auto* combo = child<QComboBox>(&dialog, "themeCombo");
        combo->setCurrentIndex(combo->findData(QString::fromLatin1(theme)));
        dialog.accept();
        const bool dark = QByteArray(theme) == "dark";
        CHECK(isDarkPalette(QApplication::palette()) == dark);
        CHECK(QApplication::style()->name().compare(QStringLiteral("fusion"), Qt::CaseInsensitive) == 0);
        CHECK(s::Preferences::load().theme == (dark ? s::Theme::Dark : s::Theme::Light));
        CHECK(scaleLabel->styleSheet().contains(mutedText(QApplication::palette()).name()));
    }
    applyTheme(s::Theme::System);
    clearSettings();
}
