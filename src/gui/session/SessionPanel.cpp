// SessionPanel: building the widgets and the keys. What they show is set in SessionPanelUpdate.cpp.
#include "session/SessionPanel.h"

#include "session/CountdownRing.h"
#include "session/CuePlayer.h"
#include "session/RatingBar.h"
#include "session/SessionController.h"
#include "settings/Theme.h"

#include <QCheckBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace tpf::gui {

using session::PhaseKind;
using session::RatingKind;

namespace {

QLabel* wrappedLabel(const QString& objectName, QWidget* parent, double scale = 1.0, bool bold = false) {
    auto* l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(bold);
    l->setFont(f);
    return l;
}

// A prompt in a tinted box: the colour says what kind of prompt it is before it is read. The box
// and its text follow the palette (a deep tint and light text in the dark theme).
QLabel* promptLabel(const QString& objectName, const QString& accessibleName, const QColor& tint,
                    QWidget* parent, double scale = 1.0) {
    QLabel* l = wrappedLabel(objectName, parent, scale);
    l->setAccessibleName(accessibleName);
    l->setMargin(8);
    followPalette(l, [l, tint] {
        const QPalette pal = themePalette(l);
        const QColor bg = tintedBackground(pal, tint);
        setStyleSheetIfChanged(
            l, QStringLiteral("QLabel#%1 { background: %2; border-left: 5px solid %3; border-radius: 4px; "
                              "color: %4; }")
                   .arg(l->objectName(), bg.name(), tint.name(), cardText(pal, bg).name()));
    });
    l->hide();
    return l;
}

QPushButton* controlButton(const QString& text, const QString& objectName, const QString& tip,
                           QWidget* parent) {
    auto* b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    b->setToolTip(tip);
    b->setMinimumHeight(40);
    b->setAutoDefault(false);
    return b;
}

} // namespace

SessionPanel::SessionPanel(SessionController& controller, QWidget* parent)
    : QWidget(parent), controller_(&controller) {
    setObjectName(QStringLiteral("sessionPanel"));
    setAccessibleName(tr("Guided session"));
    build();
    buildShortcuts();
    connect(controller_, &SessionController::stateChanged, this, &SessionPanel::refresh);
    connect(controller_, &SessionController::sinkErrorRaised, this, [this](const QString& message) {
        storeError_->setText(tr("The session could not be saved to your history: %1").arg(message));
        storeError_->show();
    });
    refresh();
}

SessionPanel::~SessionPanel() = default;

void SessionPanel::build() {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    pages_ = new QStackedWidget(this);
    pages_->setObjectName(QStringLiteral("sessionPages"));
    pages_->addWidget(buildRunPage());
    pages_->addWidget(buildSummaryPage());
    layout->addWidget(pages_);
}

QWidget* SessionPanel::buildRunPage() {
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("sessionRunPage"));
    auto* outer = new QVBoxLayout(page);
    outer->setContentsMargins(16, 12, 16, 12);
    outer->setSpacing(10);

    // Where we are in the queue, the time left, and the sound switches.
    auto* head = new QHBoxLayout;
    progress_ = wrappedLabel(QStringLiteral("sessionProgress"), page, 1.35, true);
    progress_->setAccessibleName(tr("Progress through the queue"));
    timeLeft_ = wrappedLabel(QStringLiteral("sessionTimeLeft"), page, 1.1);
    timeLeft_->setWordWrap(false);
    timeLeft_->setAccessibleName(tr("Time left"));
    sound_ = new QCheckBox(tr("Sound (M)"), page);
    sound_->setObjectName(QStringLiteral("cueSoundCheck"));
    sound_->setAccessibleName(tr("Sound cues"));
    sound_->setToolTip(tr("A tick for the last three seconds and a chime at each new step (key M)"));
    speak_ = new QCheckBox(tr("Speak instructions"), page);
    speak_->setObjectName(QStringLiteral("speakCheck"));
    speak_->setAccessibleName(tr("Speak instructions"));
    speak_->setToolTip(tr("Read each new instruction aloud, if a speech engine is installed"));
    head->addWidget(progress_, 1);
    head->addWidget(timeLeft_);
    head->addSpacing(16);
    head->addWidget(sound_);
    head->addWidget(speak_);
    outer->addLayout(head);

    notes_ = wrappedLabel(QStringLiteral("sessionNotes"), page);
    followPalette(notes_, [this] {
        setStyleSheetIfChanged(notes_,
                               QStringLiteral("color: %1;").arg(mutedText(themePalette(notes_)).name()));
    });
    notes_->hide();
    outer->addWidget(notes_);

    // Ring | what to do now.
    auto* middle = new QHBoxLayout;
    middle->setSpacing(20);
    ring_ = new CountdownRing(page);
    middle->addWidget(ring_, 5);

    auto* right = new QVBoxLayout;
    right->setSpacing(10);
    instruction_ = wrappedLabel(QStringLiteral("sessionInstruction"), page, 1.5);
    instruction_->setAccessibleName(tr("Instruction"));
    instruction_->setMinimumWidth(320);
    target_ =
        promptLabel(QStringLiteral("pressureTarget"), tr("Pressure target"), QColor(200, 72, 52), page, 1.2);
    target_->setTextFormat(Qt::RichText);
    easeOff_ = promptLabel(QStringLiteral("easeOffPrompt"), tr("Ease off"), QColor(230, 120, 20), page, 1.1);
    released_ = promptLabel(QStringLiteral("releasedPrompt"), tr("Released"), QColor(60, 150, 60), page, 1.1);
    trend_ = promptLabel(QStringLiteral("trendPrompt"), tr("Trend"), QColor(40, 110, 190), page);
    breathing_ = wrappedLabel(QStringLiteral("breathingPrompt"), page);
    breathing_->setAccessibleName(tr("Breathing"));
    QFont italic = breathing_->font();
    italic.setItalic(true);
    breathing_->setFont(italic);
    otherPrompts_ = wrappedLabel(QStringLiteral("phasePrompts"), page);
    cautions_ = promptLabel(QStringLiteral("cautionsBox"), tr("Take care here"), QColor(200, 150, 0), page);
    cautions_->setTextFormat(Qt::RichText);
    storeError_ =
        promptLabel(QStringLiteral("sessionStoreError"), tr("History error"), QColor(180, 40, 40), page);
    for (QWidget* w : std::initializer_list<QWidget*>{instruction_, target_, easeOff_, released_, trend_,
                                                      breathing_, otherPrompts_, cautions_, storeError_})
        right->addWidget(w);
    right->addStretch(1);
    rating_ = new RatingBar(controller_->plan().rules.scale_max, page);
    right->addWidget(rating_);
    middle->addLayout(right, 6);
    outer->addLayout(middle, 1);

    // Controls, then the sharp-pain stop on its own row where it cannot be missed.
    auto* controls = new QHBoxLayout;
    foundIt_ = controlButton(tr("Found it (Enter)"), QStringLiteral("foundItButton"),
                             tr("You are on the tender spot: start the hold (Enter)"), page);
    releasedButton_ = controlButton(tr("Released (R)"), QStringLiteral("releasedButton"),
                                    tr("The knot softened or the ache faded: end this hold (R)"), page);
    pause_ = controlButton(tr("Pause (Space)"), QStringLiteral("pauseButton"),
                           tr("Pause or resume the timer (Space)"), page);
    skip_ = controlButton(tr("Skip (N)"), QStringLiteral("skipButton"),
                          tr("End this step now and go to the next (N)"), page);
    stop_ = controlButton(tr("Stop (Esc)"), QStringLiteral("stopButton"),
                          tr("End the session now; what you did so far is kept (Esc)"), page);
    for (QPushButton* b : {foundIt_, releasedButton_, pause_, skip_, stop_})
        controls->addWidget(b);
    outer->addLayout(controls);

    const QString sharpLabel = QString::fromStdString(controller_->plan().rules.sharp_pain_label);
    sharp_ = controlButton(tr("\u26a0  %1  (X)").arg(sharpLabel), QStringLiteral("sharpPainButton"),
                           tr("Stops the session at once and explains why (key X)"), page);
    sharp_->setAccessibleName(sharpLabel);
    sharp_->setMinimumHeight(52);
    QFont sf = sharp_->font();
    sf.setBold(true);
    sf.setPointSizeF(sf.pointSizeF() * 1.2);
    sharp_->setFont(sf);
    sharp_->setStyleSheet(QStringLiteral("QPushButton#sharpPainButton { background: #b3261e; color: white; "
                                         "border: 2px solid #7a1a14; border-radius: 6px; padding: 6px 14px; }"
                                         "QPushButton#sharpPainButton:hover { background: #c62f26; }"
                                         "QPushButton#sharpPainButton:focus { border: 3px solid #ffd54f; }"));
    outer->addWidget(sharp_);

    connect(foundIt_, &QPushButton::clicked, controller_, &SessionController::foundIt);
    connect(releasedButton_, &QPushButton::clicked, controller_, &SessionController::released);
    connect(pause_, &QPushButton::clicked, controller_, &SessionController::togglePause);
    connect(skip_, &QPushButton::clicked, controller_, &SessionController::skip);
    connect(stop_, &QPushButton::clicked, controller_, &SessionController::stop);
    connect(sharp_, &QPushButton::clicked, controller_, &SessionController::sharpPain);
    connect(rating_, &RatingBar::rated, controller_, &SessionController::rate);
    connect(sound_, &QCheckBox::toggled, this, [this](bool on) {
        if (cues_ && cues_->muted() == on)
            cues_->setMuted(!on);
    });
    connect(speak_, &QCheckBox::toggled, this, [this](bool on) {
        if (cues_ && cues_->speechEnabled() != on)
            cues_->setSpeechEnabled(on);
    });
    return page;
}

QWidget* SessionPanel::buildSummaryPage() {
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("sessionSummaryPage"));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->setSpacing(16);
    summaryTitle_ = wrappedLabel(QStringLiteral("summaryTitle"), page, 2.0, true);
    summaryMessage_ = wrappedLabel(QStringLiteral("summaryMessage"), page, 1.3);
    summaryMessage_->setMargin(12);
    followPalette(summaryMessage_, [this] { styleSummaryMessage(); });
    summaryDetails_ = wrappedLabel(QStringLiteral("summaryDetails"), page, 1.1);
    summaryDetails_->setTextFormat(Qt::RichText);
    summaryDetails_->setAlignment(Qt::AlignTop | Qt::AlignLeft); // the scroll area stretches it
    auto* scroll = new QScrollArea(page);
    scroll->setObjectName(QStringLiteral("summaryScroll"));
    scroll->setAccessibleName(tr("Session details"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(summaryDetails_);
    back_ = controlButton(tr("Back to the finder (Enter)"), QStringLiteral("backToFinderButton"),
                          tr("Close the summary (Enter or Esc)"), page);
    back_->setDefault(true);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(back_);
    layout->addWidget(summaryTitle_);
    layout->addWidget(summaryMessage_);
    layout->addWidget(scroll, 1);
    layout->addLayout(row);
    connect(back_, &QPushButton::clicked, this, &SessionPanel::closeRequested);
    return page;
}

void SessionPanel::buildShortcuts() {
    auto key = [this](const QKeySequence& seq, const char* name, auto slot) {
        auto* s = new QShortcut(seq, this);
        s->setObjectName(QString::fromLatin1(name));
        // Window-wide: Stop and the sharp-pain key work wherever the focus is in the window.
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    key(QKeySequence(Qt::Key_Space), "pauseKey", [this] {
        if (!showingSummary())
            controller_->togglePause();
    });
    key(QKeySequence(Qt::Key_N), "skipKey", [this] {
        if (!showingSummary())
            controller_->skip();
    });
    key(QKeySequence(Qt::Key_Escape), "stopKey", [this] { onEscape(); });
    key(QKeySequence(Qt::Key_Return), "enterKey", [this] { onEnter(); });
    key(QKeySequence(Qt::Key_Enter), "enterKeypadKey", [this] { onEnter(); });
    key(QKeySequence(Qt::Key_R), "releasedKey", [this] {
        if (!showingSummary())
            controller_->released();
    });
    key(QKeySequence(Qt::Key_X), "sharpPainKey", [this] {
        if (!showingSummary())
            controller_->sharpPain();
    });
    key(QKeySequence(Qt::Key_P), "ratingKindKey", [this] {
        rating_->toggleKind();
        refresh();
    });
    key(QKeySequence(Qt::Key_M), "muteKey", [this] { sound_->toggle(); });
    for (int v = 0; v <= 10 && v <= controller_->plan().rules.scale_max; ++v) {
        const QKeySequence seq = v < 10 ? QKeySequence(Qt::Key_0 + v) : QKeySequence(Qt::Key_T);
        key(seq, "rateKey", [this, v] {
            if (!showingSummary() && rating_->isEnabled())
                controller_->rate(v, rating_->kind());
        });
    }
}

void SessionPanel::onEscape() {
    if (showingSummary())
        emit closeRequested();
    else
        controller_->stop();
}

void SessionPanel::onEnter() {
    if (showingSummary())
        emit closeRequested();
    else if (foundIt_->isEnabled())
        controller_->foundIt();
}

void SessionPanel::setCuePlayer(CuePlayer* player) {
    if (cues_)
        disconnect(controller_, nullptr, cues_, nullptr);
    cues_ = player;
    if (!cues_) {
        refresh();
        return;
    }
    connect(controller_, &SessionController::cue, cues_, &CuePlayer::onCue);
    connect(controller_, &SessionController::phaseChanged, cues_, [this](int index) {
        const auto& phases = controller_->plan().phases;
        if (cues_ && index >= 0 && index < int(phases.size()))
            cues_->say(QString::fromStdString(phases[std::size_t(index)].instruction));
    });
    connect(controller_, &SessionController::finished, cues_, [this] {
        if (cues_)
            cues_->play(Cue::Done);
    });
    connect(cues_, &CuePlayer::settingsChanged, this, &SessionPanel::refresh);
    refresh();
}

void SessionPanel::setNotes(const QStringList& notes) {
    notes_->setText(notes.join(QLatin1Char('\n')));
    notes_->setVisible(!notes.isEmpty());
}

bool SessionPanel::showingSummary() const { return pages_->currentIndex() == 1; }

} // namespace tpf::gui
