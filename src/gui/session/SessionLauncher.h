#pragma once
// Wires the guided session into the finder window: Session > Start Session (Ctrl+Enter, F5) and a
// "Start session" button under the queue. Starting takes the session queue (or the chosen point
// when the queue is empty), asks for the preset and options, runs the safety gate (blocked: no
// session; excluded points are left out), builds the plan and swaps the finder for the session
// panel until the user leaves the summary. The window title shows the time left meanwhile.

#include "session/SessionController.h"
#include "session/SessionPoints.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QAction;
class QPushButton;
class QStackedWidget;

namespace tpf::gui {

class AppContext;
class CuePlayer;
class MainWindow;
class SessionPanel;
class SessionSink;

class SessionLauncher : public QObject {
    Q_OBJECT
public:
    explicit SessionLauncher(MainWindow& window);
    ~SessionLauncher() override;

    QAction* startAction() const { return start_; }
    QAction* stopAction() const { return stop_; }
    QPushButton* startButton() const { return startButton_; }

    // Test seams. The gate defaults to the real safety review; the clock to QElapsedTimer; the cue
    // player to the real audio output. The sink (the history, see HistorySink) is not owned; none
    // by default.
    void setGate(SessionGateFn gate) { gate_ = std::move(gate); }
    void setClock(SessionController::Clock clock) { clock_ = std::move(clock); }
    void setCuePlayer(CuePlayer* player) { cues_ = player; }
    void setSink(SessionSink* sink) { sink_ = sink; }
    void setAskOptions(bool ask) { askOptions_ = ask; } // false: use the remembered options, no dialog

    // The points a start would use: the queue, or the chosen point when the queue is empty.
    std::vector<SessionPoint> pointsToTreat() const;
    bool isRunning() const { return panel_ != nullptr; }
    SessionPanel* panel() const { return panel_; }
    SessionController* controller() const { return controller_.get(); }
    QString lastMessage() const { return lastMessage_; } // why the last start did not happen

public slots:
    bool start();
    void closePanel();

signals:
    void sessionStarted();
    void sessionClosed();

private:
    void updateEnabled();
    void setFinderActionsEnabled(bool enabled);
    void refuse(const QString& message);

    MainWindow* window_;
    AppContext* ctx_;
    QAction* start_ = nullptr;
    QAction* stop_ = nullptr;
    QPushButton* startButton_ = nullptr;
    QStackedWidget* stack_ = nullptr;
    SessionPanel* panel_ = nullptr;
    std::unique_ptr<SessionController> controller_;
    std::unique_ptr<CuePlayer> ownCues_;
    CuePlayer* cues_ = nullptr;
    SessionSink* sink_ = nullptr;
    SessionGateFn gate_;
    SessionController::Clock clock_;
    bool askOptions_ = true;
    QString baseTitle_;
    QString lastMessage_;
    QList<QPointer<QAction>> disabled_;
};

} // namespace tpf::gui
