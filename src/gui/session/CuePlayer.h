#pragma once
// Sound cues for the guided session: a short tick for the 3-2-1 countdown, a chime when a new
// phase begins and another when the session ends, and (optional, off by default) the phase's
// instruction spoken aloud.
//
// Settings live in QSettings and are read at every cue, so muting (here or in another window)
// takes effect at once. Without Qt Multimedia, without an audio device or without a speech engine
// the matching part is silently off: a cue never blocks and never fails loudly, offscreen included.

#include <QObject>
#include <QString>
#include <memory>

namespace tpf::gui {

enum class Cue { Tick, Phase, Done };

// Where cues go. The default plays the WAVs in resources/sounds through QSoundEffect and speaks
// through QTextToSpeech; tests pass a recording one.
class CueOutput {
public:
    virtual ~CueOutput() = default;
    virtual bool soundAvailable() = 0;
    virtual bool speechAvailable() = 0;
    virtual void play(Cue cue, double volume) = 0;
    virtual void say(const QString& text, double volume) = 0;
};

class CuePlayer : public QObject {
    Q_OBJECT
public:
    static const char* const kMutedKey;  // bool, default false
    static const char* const kVolumeKey; // 0..1, default 0.7
    static const char* const kSpeechKey; // bool, default false

    explicit CuePlayer(QObject* parent = nullptr);                           // the real audio output
    CuePlayer(std::unique_ptr<CueOutput> output, QObject* parent = nullptr); // tests
    ~CuePlayer() override;

    bool muted() const;
    void setMuted(bool muted);
    double volume() const;
    void setVolume(double volume);
    bool speechEnabled() const;
    void setSpeechEnabled(bool enabled);

    bool soundAvailable() const;  // probes the output (an audio device exists)
    bool speechAvailable() const; // a speech engine with a voice exists

public slots:
    void onCue(int countdown); // SessionController::cue: 3, 2, 1 tick; 0 a phase chime
    void play(tpf::gui::Cue cue);
    void say(const QString& text);

signals:
    void settingsChanged();

private:
    std::unique_ptr<CueOutput> output_;
};

} // namespace tpf::gui
