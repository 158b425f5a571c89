#include "session/CuePlayer.h"

#include <QSettings>
#include <QUrl>

#ifdef TPF_HAVE_QT_MULTIMEDIA
#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>
#endif
#ifdef TPF_HAVE_QT_TEXTTOSPEECH
#include <QTextToSpeech>
#endif

#include <algorithm>
#include <array>

// The sounds are compiled into the static tpfinder_gui library; without this call the linker may
// drop the resource object, as nothing else refers to it. Q_INIT_RESOURCE must be called from the
// global namespace.
#ifdef TPF_HAVE_QT_MULTIMEDIA
static void initCueResources() { Q_INIT_RESOURCE(sounds); }
#endif

namespace tpf::gui {

const char* const CuePlayer::kMutedKey = "session/cuesMuted";
const char* const CuePlayer::kVolumeKey = "session/cueVolume";
const char* const CuePlayer::kSpeechKey = "session/speakInstructions";

namespace {

// Plays through QSoundEffect and QTextToSpeech, both created on first use: nothing touches the
// audio or speech system before the user runs a session with cues switched on.
class QtCueOutput final : public CueOutput {
public:
    bool soundAvailable() override {
#ifdef TPF_HAVE_QT_MULTIMEDIA
        if (!soundProbed_) {
            soundProbed_ = true;
            soundOk_ = !QMediaDevices::audioOutputs().isEmpty();
        }
        return soundOk_;
#else
        return false;
#endif
    }

    bool speechAvailable() override {
#ifdef TPF_HAVE_QT_TEXTTOSPEECH
        if (!speechProbed_) {
            speechProbed_ = true;
            if (!QTextToSpeech::availableEngines().isEmpty()) {
                speech_ = std::make_unique<QTextToSpeech>();
                speechOk_ = speech_->state() != QTextToSpeech::Error;
                if (!speechOk_)
                    speech_.reset();
            }
        }
        return speechOk_ && speech_ && speech_->state() != QTextToSpeech::Error;
#else
        return false;
#endif
    }

    void play(Cue cue, double volume) override {
#ifdef TPF_HAVE_QT_MULTIMEDIA
        if (!soundAvailable())
            return;
        auto& effect = effects_[std::size_t(cue)];
        if (!effect) {
            initCueResources();
            static const char* const files[] = {"qrc:/sounds/tick.wav", "qrc:/sounds/phase.wav",
                                                "qrc:/sounds/done.wav"};
            effect = std::make_unique<QSoundEffect>();
            effect->setSource(QUrl(QString::fromLatin1(files[std::size_t(cue)])));
        }
        effect->setVolume(float(volume));
        effect->play(); // asynchronous; a failing backend reports through status(), never blocks
#else
        Q_UNUSED(cue);
        Q_UNUSED(volume);
#endif
    }

    void say(const QString& text, double volume) override {
#ifdef TPF_HAVE_QT_TEXTTOSPEECH
        if (!speechAvailable())
            return;
        speech_->setVolume(volume);
        speech_->stop(); // the newest instruction wins over a half-spoken older one
        speech_->say(text);
#else
        Q_UNUSED(text);
        Q_UNUSED(volume);
#endif
    }

private:
#ifdef TPF_HAVE_QT_MULTIMEDIA
    bool soundProbed_ = false;
    bool soundOk_ = false;
    std::array<std::unique_ptr<QSoundEffect>, 3> effects_;
#endif
#ifdef TPF_HAVE_QT_TEXTTOSPEECH
    bool speechProbed_ = false;
    bool speechOk_ = false;
    std::unique_ptr<QTextToSpeech> speech_;
#endif
};

} // namespace

CuePlayer::CuePlayer(QObject* parent) : CuePlayer(std::make_unique<QtCueOutput>(), parent) {}

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
