// Preferences (src/gui/settings): the dialog stores every choice under the keys the session reads,
// the themes change the application palette, the language choice is stored, and the daily reminder
// arms one timer for the next reminder time.
#include "app/MainWindow.h"
#include "settings/AppSettings.h"
#include "settings/DailyReminder.h"
#include "settings/Language.h"
#include "settings/PreferencesDialog.h"
#include "settings/SettingsUi.h"
#include "settings/Theme.h"
#include "support.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QMenu>
#include <QSlider>
#include <QTimeEdit>
#include <QTimer>

using namespace tpf::gui;
using namespace tpf::gui::test;
namespace s = tpf::gui::settings;

TEST_CASE("prefs: defaults are standard preset, each point's own hold, sound on, no reminder, system theme",
          "[prefs]") {
    clearSettings();
    const s::Preferences p = s::Preferences::load();
    CHECK(p.preset == QStringLiteral("standard"));
    CHECK(p.holdSeconds == 0);
    CHECK(p.sound);
    CHECK_FALSE(p.speech);
    CHECK_FALSE(p.reminder);
    CHECK(p.theme == s::Theme::System);
    CHECK(p.language == QStringLiteral("system"));
}

TEST_CASE("prefs: every setting survives a save and load round trip", "[prefs]") {
    clearSettings();
    s::Preferences p;
    p.language = QStringLiteral("de");
    p.theme = s::Theme::Dark;
    p.preset = QStringLiteral("gentle");
    p.holdSeconds = 45;
    p.sound = false;
    p.volume = 0.25;
    p.speech = true;
    p.reminder = true;
    p.reminderTime = QTime(7, 30);
    p.save();
    CHECK(s::Preferences::load() == p);
    // The session's own keys (CuePlayer, SessionStartDialog) carry the same values.
    QSettings settings;
    CHECK(settings.value(QStringLiteral("session/cuesMuted")).toBool());
    CHECK(settings.value(QStringLiteral("session/cueVolume")).toDouble() == Approx(0.25));
    CHECK(settings.value(QStringLiteral("session/speakInstructions")).toBool());
    CHECK(settings.value(QStringLiteral("session/preset")).toString() == QStringLiteral("gentle"));
    clearSettings();
}

TEST_CASE("prefs: the dialog lists the protocol presets and stores what the user picks on OK", "[prefs]") {
    clearSettings();
    PreferencesDialog dialog(fixture().protocols());
    auto* preset = child<QComboBox>(&dialog, "presetCombo");
    if (fixture().protocols()) {
        REQUIRE(preset->count() == int(fixture().protocols()->presets.size()));
        CHECK(preset->findData(QStringLiteral("standard")) >= 0);
    }
    auto* hold = child<QComboBox>(&dialog, "holdCombo");
    CHECK(hold->itemData(0).toInt() == 0); // each point's own time
    hold->setCurrentIndex(hold->findData(60));
    child<QCheckBox>(&dialog, "soundCheck")->setChecked(false);
    CHECK_FALSE(child<QSlider>(&dialog, "volumeSlider")->isEnabled());
    child<QCheckBox>(&dialog, "speechCheck")->setChecked(true);
    auto* theme = child<QComboBox>(&dialog, "themeCombo");
    theme->setCurrentIndex(theme->findData(QStringLiteral("light")));
    child<QTimeEdit>(&dialog, "reminderTimeEdit")->setTime(QTime(20, 15));
    dialog.accept();
    const s::Preferences p = s::Preferences::load();
    CHECK(p.holdSeconds == 60);
    CHECK_FALSE(p.sound);
    CHECK(p.speech);
    CHECK(p.theme == s::Theme::Light);
    CHECK(p.reminderTime == QTime(20, 15));
    applyTheme(s::Theme::System);
    clearSettings();
}

TEST_CASE(
    "prefs: the dark theme applies a dark, readable palette on Fusion; System restores the start-up look",
    "[prefs]") {
    applyTheme(s::Theme::System); // remembers the start-up look
    const QPalette before = QApplication::palette();
    applyTheme(s::Theme::Dark);
    const QPalette dark = QApplication::palette();
    CHECK(isDarkPalette(dark));
    CHECK(dark.color(QPalette::Window).lightness() < 80);
    CHECK(dark.color(QPalette::Text).lightness() - dark.color(QPalette::Base).lightness() > 150);
    CHECK(QApplication::style()->name().compare(QStringLiteral("fusion"), Qt::CaseInsensitive) == 0);
    applyTheme(s::Theme::Light);
    CHECK_FALSE(isDarkPalette(QApplication::palette()));
    CHECK(QApplication::palette().color(QPalette::Base).lightness() -
              QApplication::palette().color(QPalette::Text).lightness() >
          150);
    applyTheme(s::Theme::System);
    CHECK(QApplication::palette().color(QPalette::Window) == before.color(QPalette::Window));
}

TEST_CASE("prefs: View > Language stores the choice; Edit > Preferences has Ctrl+,", "[prefs]") {
    clearSettings();
    MainWindow w(fixture());
    auto* ui = w.findChild<SettingsUi*>(QStringLiteral("settingsUi"));
    REQUIRE(ui);
    CHECK(ui->preferencesAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Comma));
    QMenu* language = ui->languageMenu();
    REQUIRE(language);
    QAction* english = language->findChild<QAction*>(QStringLiteral("languageAction_en"));
    QAction* system = language->findChild<QAction*>(QStringLiteral("languageAction_system"));
    REQUIRE(english);
    REQUIRE(system);
    CHECK(system->isChecked());
    english->trigger();
    CHECK(languageChoice() == QStringLiteral("en"));
    CHECK(preferredLanguages() == QStringList{QStringLiteral("en")});
    if (QAction* german = language->findChild<QAction*>(QStringLiteral("languageAction_de"))) {
        german->trigger();
        CHECK(QSettings().value(QStringLiteral("ui/language")).toString() == QStringLiteral("de"));
    }
    clearSettings();
}

TEST_CASE("prefs: the Preferences action opens the dialog", "[prefs]") {
    clearSettings();
    MainWindow w(fixture());
    auto* ui = w.findChild<SettingsUi*>(QStringLiteral("settingsUi"));
    REQUIRE(ui);
    bool shown = false;
    QObject::connect(ui, &SettingsUi::preferencesDialogShown, [&](PreferencesDialog* d) {
        shown = true;
        QTimer::singleShot(0, d, &QDialog::reject);
    });
    ui->preferencesAction()->trigger();
    CHECK(shown);
}

TEST_CASE("prefs: the reminder arms one timer for the next reminder time, today or tomorrow",
          "[prefs][reminder]") {
    const QDateTime morning(QDate(2026, 11, 21), QTime(9, 0));
    CHECK(DailyReminder::nextOccurrence(morning, QTime(18, 0)) ==
          QDateTime(QDate(2026, 11, 21), QTime(18, 0)));
    CHECK(DailyReminder::nextOccurrence(morning, QTime(8, 0)) == QDateTime(QDate(2026, 11, 22), QTime(8, 0)));
    CHECK(DailyReminder::nextOccurrence(morning, QTime(9, 0)) == QDateTime(QDate(2026, 11, 22), QTime(9, 0)));

    DailyReminder reminder([] { return QStringList{QStringLiteral("Upper trapezius (left)")}; });
    reminder.setClock([morning] { return morning; });
    reminder.setTrayAvailable(false);
    reminder.configure(true, QTime(18, 0));
    CHECK_FALSE(reminder.isArmed()); // no tray: nothing at all
    reminder.setTrayAvailable(true);
    reminder.configure(true, QTime(18, 0));
    CHECK(reminder.isArmed());
    CHECK(reminder.nextReminder() == QDateTime(QDate(2026, 11, 21), QTime(18, 0)));
    QString said;
    QObject::connect(&reminder, &DailyReminder::reminded, [&](const QString& text) { said = text; });
    reminder.fire();
    CHECK(said.contains(QStringLiteral("Upper trapezius (left)")));
    CHECK(reminder.isArmed()); // re-armed for the next day
    reminder.configure(false, QTime(18, 0));
    CHECK_FALSE(reminder.isArmed());
}
