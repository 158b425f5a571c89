#pragma once
// The user's preferences, one QSettings key each. The session keys are the ones the guided session
// reads (CuePlayer, SessionStartDialog), so the preferences dialog and the session panel's own
// controls change the same values.

#include <QString>
#include <QTime>

namespace tpf::gui::settings {

// Keys (QSettings, organisation "tpfinder").
inline constexpr const char* kLanguage = "ui/language";                   // "system" | "en" | "de"
inline constexpr const char* kTheme = "ui/theme";                         // "system" | "light" | "dark"
inline constexpr const char* kPreset = "session/preset";                  // protocols.json preset id
inline constexpr const char* kHoldSeconds = "session/defaultHoldSeconds"; // 0: each point's own, else 30..90
inline constexpr const char* kCuesMuted = "session/cuesMuted";            // bool (CuePlayer::kMutedKey)
inline constexpr const char* kCueVolume = "session/cueVolume";            // 0..1 (CuePlayer::kVolumeKey)
inline constexpr const char* kSpeech = "session/speakInstructions";       // bool (CuePlayer::kSpeechKey)
inline constexpr const char* kReminderOn = "reminder/enabled";            // bool, default off
inline constexpr const char* kReminderTime = "reminder/time";             // "HH:mm", default 18:00

enum class Theme { System, Light, Dark };
QString toString(Theme theme);
Theme themeFromString(const QString& text); // unknown -> System

struct Preferences {
    QString language = QStringLiteral("system");
    Theme theme = Theme::System;
    QString preset = QStringLiteral("standard");
    int holdSeconds = 0; // 0: each point's own time
    bool sound = true;
    double volume = 0.7;
    bool speech = false;
    bool reminder = false;
    QTime reminderTime = QTime(18, 0);

    static Preferences load();
    void save() const;
    friend bool operator==(const Preferences&, const Preferences&) = default;
};

inline constexpr int kHoldMin = 30;
inline constexpr int kHoldMax = 90;

} // namespace tpf::gui::settings
