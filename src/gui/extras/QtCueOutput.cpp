// The session cues' real output: the WAVs in resources/sounds through QSoundEffect, and the
// instruction through QTextToSpeech. Part of the extras module (app/Extras.h).
#include "extras/ExtrasParts.h"
#include "session/CuePlayer.h"

#include <QUrl>

#ifdef TPF_HAVE_QT_MULTIMEDIA
#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>
#endif
#ifdef TPF_HAVE_QT_TEXTTOSPEECH
#include <QTextToSpeech>
#endif

#include <array>
#include <memory>

// The sounds are compiled into this module; Q_INIT_RESOURCE registers them on first use and must
// be called from the global namespace.
#ifdef TPF_HAVE_QT_MULTIMEDIA
static void initCueResources() { Q_INIT_RESOURCE(sounds); }
#endif

namespace tpf::gui::ext {
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

std::unique_ptr<CueOutput> makeQtCueOutput() { return std::make_unique<QtCueOutput>(); }

} // namespace tpf::gui::ext
