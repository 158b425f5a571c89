#include "session/CuePlayer.h"

#include "app/Extras.h"

#include <QSettings>
#include <QUrl>

namespace tpf::gui {

const char* const CuePlayer::kMutedKey = "session/cuesMuted";
const char* const CuePlayer::kVolumeKey = "session/cueVolume";
const char* const CuePlayer::kSpeechKey = "session/speakInstructions";

// The real output is in the extras module (app/Extras.h), loaded when the first cue is probed or played.
CuePlayer::CuePlayer(QObject* parent) : CuePlayer(makeLazyCueOutput(), parent) {}

CuePlayer::CuePlayer(std::unique_ptr<CueOutput> output, QObject* parent)
    : QObject(parent), output_(std::move(output)) {
    setObjectName(QStringLiteral("cuePlayer"));
}

CuePlayer::~CuePlayer() = default;

bool CuePlayer::muted() const { return QSettings().value(QLatin1String(kMutedKey), false).toBool(); }

void CuePlayer::setMuted(bool muted) {
    QSettings().setValue(QLatin1String(kMutedKey), muted);
    emit settingsChanged();
}

double CuePlayer::volume() const {
    return std::clamp(QSettings().value(QLatin1String(kVolumeKey), 0.7).toDouble(), 0.0, 1.0);
}

void CuePlayer::setVolume(double volume) {
    QSettings().setValue(QLatin1String(kVolumeKey), std::clamp(volume, 0.0, 1.0));
    emit settingsChanged();
}

bool CuePlayer::speechEnabled() const { return QSettings().value(QLatin1String(kSpeechKey), false).toBool(); }

void CuePlayer::setSpeechEnabled(bool enabled) {
    QSettings().setValue(QLatin1String(kSpeechKey), enabled);
    emit settingsChanged();
}

bool CuePlayer::soundAvailable() const { return output_ && output_->soundAvailable(); }
bool CuePlayer::speechAvailable() const { return output_ && output_->speechAvailable(); }

void CuePlayer::onCue(int countdown) { play(countdown > 0 ? Cue::Tick : Cue::Phase); }

void CuePlayer::play(Cue cue) {
    if (!output_ || muted())
        return;
    const double v = volume();
    if (v <= 0.0)
        return;
    output_->play(cue, v);
}

void CuePlayer::say(const QString& text) {
    // Speech has its own switch (default off); mute silences it too, as a user expects of "mute".
    if (!output_ || text.isEmpty() || muted() || !speechEnabled())
        return;
    output_->say(text, volume());
}

} // namespace tpf::gui
