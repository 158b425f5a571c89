#include "session/SessionLauncher.h"

#include "app/AppContext.h"
#include "app/MainWindow.h"
#include "app/SessionQueueWidget.h"
#include "finder/CandidateModel.h"
#include "session/CuePlayer.h"
#include "session/SessionPanel.h"
#include "session/SessionStartDialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>

namespace tpf::gui {

using namespace tpf::session;

SessionLauncher::SessionLauncher(MainWindow& window)
    : QObject(&window), window_(&window), ctx_(&window.context()), gate_(safetyGateFor(window.context())) {
    setObjectName(QStringLiteral("sessionLauncher"));
    start_ = new QAction(tr("&Start Session\u2026"), this);
    start_->setObjectName(QStringLiteral("startSessionAction"));
    start_->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter),
                          QKeySequence(Qt::Key_F5)});
    start_->setStatusTip(tr("Start a guided session with the queued points (or the chosen one)"));
    connect(start_, &QAction::triggered, this, &SessionLauncher::start);
    // Esc itself belongs to the session panel while it is shown; the menu entry only names it.
    stop_ = new QAction(tr("S&top Session\tEsc"), this);
    stop_->setObjectName(QStringLiteral("stopSessionAction"));
    stop_->setStatusTip(tr("End the running session; what you did so far is kept"));
    connect(stop_, &QAction::triggered, this, [this] {
        if (controller_)
            controller_->stop();
    });
    window.sessionMenu()->addAction(start_);
    window.sessionMenu()->addAction(stop_);
    window.addAction(start_); // the shortcut works with the menu bar hidden too

    startButton_ = new QPushButton(tr("Start session"), window.sessionQueue());
    startButton_->setObjectName(QStringLiteral("startSessionButton"));
    startButton_->setToolTip(tr("Start a guided session with these points (Ctrl+Enter or F5)"));
    connect(startButton_, &QPushButton::clicked, this, &SessionLauncher::start);
    window.sessionQueue()->buttonRow()->insertWidget(0, startButton_);

    connect(window.sessionQueue(), &SessionQueueWidget::changed, this, &SessionLauncher::updateEnabled);
    connect(&window, &MainWindow::chosenPointChanged, this, &SessionLauncher::updateEnabled);
    updateEnabled();
}

SessionLauncher::~SessionLauncher() {
    // Closing the window mid-session ends it as a stop, so the history does not keep it open.
    // The window's derived part is already gone when QObject deletes this child, so the controller's
    // signals must not reach updateEnabled() (which asks the window) on the way out.
    if (controller_)
        disconnect(controller_.get(), nullptr, this, nullptr);
    if (controller_ && controller_->isStarted() && !controller_->isFinished())
        controller_->stop();
}

std::vector<SessionPoint> SessionLauncher::pointsToTreat() const {
    std::vector<SessionPoint> out;
    for (const ChosenPoint& c : window_->sessionQueue()->items())
        out.push_back({c.triggerPoint, c.side});
    if (out.empty())
        if (const auto chosen = window_->chosenPoint())
            out.push_back({chosen->triggerPoint, chosen->side});
    return out;
}

void SessionLauncher::updateEnabled() {
    const bool have = ctx_->protocols() && !pointsToTreat().empty();
    start_->setEnabled(!panel_ && have);
    startButton_->setEnabled(!panel_ && have);
    stop_->setEnabled(controller_ && controller_->isStarted() && !controller_->isFinished());
    startButton_->setToolTip(!ctx_->protocols() ? ctx_->protocolsProblem()
                             : have ? tr("Start a guided session with these points (Ctrl+Enter or F5)")
                                    : tr("Queue points (Ctrl+D) or choose one to start a session"));
}

void SessionLauncher::refuse(const QString& message) {
    lastMessage_ = message;
    if (!message.isEmpty())
        window_->statusBar()->showMessage(message, 12000);
}

bool SessionLauncher::start() {
    lastMessage_.clear();
    if (panel_)
        return false;
    const ProtocolSet* protocols = ctx_->protocols();
    if (!protocols || protocols->presets.empty()) {
        refuse(ctx_->protocolsProblem());
        return false;
    }
    const std::vector<SessionPoint> points = pointsToTreat();
    if (points.empty()) {
        refuse(tr("Queue points (Ctrl+D) or choose one to start a session."));
        return false;
    }
    const Database& db = ctx_->database();

    SessionChoice choice = SessionStartDialog::remembered(*protocols);
    if (askOptions_) {
        SessionStartDialog dialog(*protocols, pointSpecs(db, points, {}), window_);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        choice = dialog.choice();
    }
    const Protocol* protocol = protocols->find(choice.preset);
    if (!protocol)
        protocol = &protocols->presets.front();

    const GateDecision decision = gate_ ? gate_(window_, points) : GateDecision::allowed();
    if (!decision.may_start) {
        refuse(tr("No session: the safety review did not clear it."));
        return false;
    }
    std::vector<PointSpec> specs = pointSpecs(db, points, decision);
    if (specs.empty()) {
        refuse(tr("No session: the safety review left out every chosen point."));
        return false;
    }

    QStringList notes = decision.notes;
    for (const safety::PointRef& ref : decision.excluded)
        if (const auto tp = db.triggerPointIndex(ref.trigger_point))
            notes << tr("Left out after the safety review: %1 (%2).")
                         .arg(QString::fromStdString(db.triggerPoints[*tp].name),
                              sideText(ref.side).toLower());
    Plan plan = buildPlanFor(*protocol, specs, choice);
    for (const std::string& note : plan.notes)
        notes << QString::fromStdString(note);

    controller_ = std::make_unique<SessionController>(std::move(plan), clock_);
    controller_->setSink(sink_);
    connect(controller_.get(), &SessionController::finished, this, &SessionLauncher::updateEnabled);
    panel_ = new SessionPanel(*controller_);
    panel_->setNotes(notes);
    if (!cues_) {
        ownCues_ = std::make_unique<CuePlayer>();
        cues_ = ownCues_.get();
    }
    panel_->setCuePlayer(cues_);

    if (!stack_) {
        // The finder stays alive underneath, exactly as it was, for when the session ends.
        QWidget* finder = window_->takeCentralWidget();
        stack_ = new QStackedWidget(window_);
        stack_->setObjectName(QStringLiteral("centralStack"));
        stack_->addWidget(finder);
        window_->setCentralWidget(stack_);
        stack_->show(); // the layout would show it only from the event loop: keys must work at once
    }
    stack_->addWidget(panel_);
    stack_->setCurrentWidget(panel_);
    baseTitle_ = window_->windowTitle();
    const auto showTitle = [this](const QString& text) {
        window_->setWindowTitle(text.isEmpty() ? baseTitle_ : tr("%1 \u2014 %2").arg(text, baseTitle_));
    };
    connect(panel_, &SessionPanel::titleChanged, this, showTitle);
    connect(panel_, &SessionPanel::closeRequested, this, &SessionLauncher::closePanel);
    setFinderActionsEnabled(false);

    controller_->start();
    showTitle(panel_->titleText());
    // Back from the modal options and safety dialogs: the panel's keys need the window active.
    window_->activateWindow();
    panel_->setFocus(Qt::OtherFocusReason);
    updateEnabled();
    emit sessionStarted();
    return true;
}

void SessionLauncher::closePanel() {
    if (!panel_)
        return;
    if (controller_->isStarted() && !controller_->isFinished())
        controller_->stop();
    const SessionState s = controller_->state();
    stack_->setCurrentIndex(0);
    stack_->removeWidget(panel_);
    panel_->hide();
    panel_->deleteLater();
    panel_ = nullptr;
    controller_.release()->deleteLater(); // after the panel, which refers to it until then
    window_->setWindowTitle(baseTitle_);
    setFinderActionsEnabled(true);
    window_->statusBar()->showMessage(tr("Session ended: %1").arg(QString::fromUtf8(toString(s.end_reason))),
                                      8000);
    updateEnabled();
    emit sessionClosed();
}

void SessionLauncher::setFinderActionsEnabled(bool enabled) {
    if (enabled) {
        for (const QPointer<QAction>& a : disabled_)
            if (a)
                a->setEnabled(true);
        disabled_.clear();
        return;
    }
    // Window-wide finder shortcuts that would clash with the panel's keys (Esc clears the map
    // selection in the finder) are off while the panel is shown: a clash would silence both.
    static const QList<QKeySequence> panelKeys = [] {
        QList<QKeySequence> keys;
        for (int k :
             {int(Qt::Key_Escape), int(Qt::Key_Space), int(Qt::Key_Return), int(Qt::Key_Enter),
              int(Qt::Key_N), int(Qt::Key_R), int(Qt::Key_X), int(Qt::Key_P), int(Qt::Key_M), int(Qt::Key_T)})
            keys << QKeySequence(k);
        for (int d = 0; d <= 9; ++d)
            keys << QKeySequence(int(Qt::Key_0) + d);
        return keys;
    }();
    for (QAction* a : window_->findChildren<QAction*>()) {
        if (a == start_ || a == stop_ || !a->isEnabled())
            continue;
        for (const QKeySequence& k : a->shortcuts())
            if (panelKeys.contains(k)) {
                a->setEnabled(false);
                disabled_ << a;
                break;
            }
    }
}

} // namespace tpf::gui
