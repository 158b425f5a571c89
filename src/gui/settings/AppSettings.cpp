#include "settings/AppSettings.h"

#include <QSettings>
#include <algorithm>

namespace tpf::gui::settings {

QString toString(Theme theme) {
    switch (theme) {
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::System: break;
    }
    return QStringLiteral("system");
}

Theme themeFromString(const QString& text) {
    if (text == QLatin1String("light"))
        return Theme::Light;
    if (text == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

Preferences Preferences::load() {
    const QSettings s;
    Preferences p;
    p.language = s.value(kLanguage, p.language).toString();
    p.theme = themeFromString(s.value(kTheme).toString());
    p.preset = s.value(kPreset, p.preset).toString();
    const int hold = s.value(kHoldSeconds, 0).toInt();
    p.holdSeconds = hold == 0 ? 0 : std::clamp(hold, kHoldMin, kHoldMax);
    p.sound = !s.value(kCuesMuted, false).toBool();
    p.volume = std::clamp(s.value(kCueVolume, p.volume).toDouble(), 0.0, 1.0);
    p.speech = s.value(kSpeech, false).toBool();
    p.reminder = s.value(kReminderOn, false).toBool();
    const QTime t = QTime::fromString(s.value(kReminderTime).toString(), QStringLiteral("HH:mm"));
    if (t.isValid())
        p.reminderTime = t;
    return p;
}

void Preferences::save() const {
    QSettings s;
    s.setValue(kLanguage, language);
    s.setValue(kTheme, toString(theme));
    s.setValue(kPreset, preset);
    s.setValue(kHoldSeconds, holdSeconds);
    s.setValue(kCuesMuted, !sound);
    s.setValue(kCueVolume, volume);
    s.setValue(kSpeech, speech);
    s.setValue(kReminderOn, reminder);
    s.setValue(kReminderTime, reminderTime.toString(QStringLiteral("HH:mm")));
}

} // namespace tpf::gui::settings
