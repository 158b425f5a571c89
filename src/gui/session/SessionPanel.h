#pragma once
// The guided-session screen: the countdown ring, the current instruction, the pressure target,
// the prompts (ease off, keep breathing, released, trend), the cautions and danger zones of the
// point, a 0-10 rating row, the controls and a prominent sharp-pain stop. When the session ends it
// turns into a summary (end reason, explanation, ratings) with a way back to the finder.
//
// Everything shown is read from SessionController::state() on each stateChanged; the panel keeps
// no clock or counters of its own. Keys (window-wide while the panel is shown, also in tooltips):
//   Space pause/resume · N skip · Esc stop (then: back) · Enter found it · R released
//   X sharp pain · 0-9 rate, T rate 10 · P tenderness/pressure · M sound on/off

#include "core/session/state.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace tpf::gui {

class CountdownRing;
class CuePlayer;
class RatingBar;
class SessionController;

class SessionPanel : public QWidget {
    Q_OBJECT
public:
    explicit SessionPanel(SessionController& controller, QWidget* parent = nullptr);
    ~SessionPanel() override;

    SessionController& controller() const { return *controller_; }
    // Optional, not owned: cues follow the controller, and the sound/speech switches show its settings.
    void setCuePlayer(CuePlayer* player);
    // Shown above the ring, e.g. a note that the plan is longer than recommended or points left out.
    void setNotes(const QStringList& notes);

    QString titleText() const { return title_; } // "12:34 left · Hold 0:42"; the window adds its name
    bool showingSummary() const;

signals:
    void titleChanged(const QString& text);
    void closeRequested(); // "Back to the finder" on the summary

public slots:
    void refresh();

private:
    void build();
    void buildShortcuts();
    QWidget* buildRunPage();
    QWidget* buildSummaryPage();
    void showSummary(const session::SessionState& s);
    void styleSummaryMessage(); // from the palette and the "alarm" property
    void onEscape();
    void onEnter();

    SessionController* controller_;
    CuePlayer* cues_ = nullptr;
    QString title_;

    QStackedWidget* pages_ = nullptr;
    QLabel* progress_ = nullptr;
    QLabel* timeLeft_ = nullptr;
    QLabel* notes_ = nullptr;
    QCheckBox* sound_ = nullptr;
    QCheckBox* speak_ = nullptr;
    CountdownRing* ring_ = nullptr;
    QLabel* instruction_ = nullptr;
    QLabel* target_ = nullptr;
    QLabel* easeOff_ = nullptr;
    QLabel* released_ = nullptr;
    QLabel* trend_ = nullptr;
    QLabel* breathing_ = nullptr;
    QLabel* otherPrompts_ = nullptr;
    QLabel* cautions_ = nullptr;
    QLabel* storeError_ = nullptr;
    RatingBar* rating_ = nullptr;
    QPushButton* foundIt_ = nullptr;
    QPushButton* releasedButton_ = nullptr;
    QPushButton* pause_ = nullptr;
    QPushButton* skip_ = nullptr;
    QPushButton* stop_ = nullptr;
    QPushButton* sharp_ = nullptr;

    QLabel* summaryTitle_ = nullptr;
    QLabel* summaryMessage_ = nullptr;
    QLabel* summaryDetails_ = nullptr;
    QPushButton* back_ = nullptr;
};

} // namespace tpf::gui
