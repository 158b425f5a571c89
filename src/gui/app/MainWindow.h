#pragma once
// The finder window: body map (with search) | ranked candidates + session queue | details.
//
// Extension points for later features:
//  - sessionMenu(), fileMenu(), viewMenu(), helpMenu(): add actions (e.g. "Start session").
//  - sessionQueue(): the queued points (SessionQueueWidget::items()) a session starts from.
//  - chosenPoint() / chosenPointChanged(): the point whose details are shown.
//  - context(): the data and engines (AppContext grows safety/protocol/history members).
//  - addSidePanel(): dock a further panel (session runner, history) on the right.

#include "app/AppContext.h"
#include "bodymap/BodyMapState.h"
#include "finder/CandidateList.h"

#include <QMainWindow>
#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;

namespace tpf::gui {

class BodyMapWidget;
class DetailPane;
class SearchBox;
class SessionLauncher;
class SessionQueueWidget;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // Complete: everything is built in the constructor (tests, tools). Staged (the app): what the
    // first paint does not show is done right after it: the history is opened (SQLite) and the
    // Progress dock, the history and settings menus and the daily reminder are built; a saved
    // layout with the dock shown is restored then. startupCompleted() says when.
    enum class Startup { Complete, Staged };
    explicit MainWindow(AppContext& context, QWidget* parent = nullptr, Startup startup = Startup::Complete);
    ~MainWindow() override;

    AppContext& context() const { return *ctx_; }
    BodyMapWidget* bodyMap() const { return map_; }
    CandidateList* candidateList() const { return candidates_; }
    DetailPane* detailPane() const { return details_; }
    SearchBox* searchBox() const { return search_; }
    SessionQueueWidget* sessionQueue() const { return queue_; }
    SessionLauncher* sessionLauncher() const {
        return session_;
    } // Session > Start Session, the session panel

    QMenu* fileMenu() const { return fileMenu_; }
    QMenu* viewMenu() const { return viewMenu_; }
    QMenu* sessionMenu() const { return sessionMenu_; }
    QMenu* helpMenu() const { return helpMenu_; }
    void addSidePanel(QWidget* panel, const QString& title);

    std::optional<ChosenPoint> chosenPoint() const;
    void selectRegions(const std::vector<std::size_t>& regions);
    void setViewMode(ViewMode mode);
    ViewMode viewMode() const;

    // The first-run medical disclaimer, once per user (remembered in QSettings). Returns false if
    // the user declined, in which case the app should quit.
    bool showFirstRunDisclaimerIfNeeded();

    void saveSettings() const;
    void restoreSettings();

    bool isStartupComplete() const { return startupComplete_; }

signals:
    void chosenPointChanged();
    void startupCompleted();

public slots:
    bool exportMapImage(const QString& fileName = {}); // asks for a file when empty
    void addChosenToQueue();
    void showAbout();
    void showHelp();

protected:
    void closeEvent(QCloseEvent* event) override;
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildCentre();
    void buildMenus();
    void completeStartup();
    void onSelectionChanged(const std::vector<std::size_t>& regions);
    void onRankingReset();
    void onChosenChanged();
    void showPoint(std::size_t triggerPoint, Side side);
    void showMuscle(std::size_t muscle);
    void updateSelectionSummary();
    void updateActions();

    AppContext* ctx_;
    BodyMapWidget* map_ = nullptr;
    SearchBox* search_ = nullptr;
    CandidateList* candidates_ = nullptr;
    DetailPane* details_ = nullptr;
    SessionQueueWidget* queue_ = nullptr;
    SessionLauncher* session_ = nullptr;
    QSplitter* splitter_ = nullptr;
    QSplitter* listSplitter_ = nullptr;
    QLabel* selectionSummary_ = nullptr;
    QLabel* candidateHeader_ = nullptr;

    QMenu* fileMenu_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    QMenu* sessionMenu_ = nullptr;
    QMenu* helpMenu_ = nullptr;
    QActionGroup* viewGroup_ = nullptr;
    QAction* addToQueue_ = nullptr;
    QAction* removeFromQueue_ = nullptr;
    QAction* clearSelection_ = nullptr;
    bool startupComplete_ = false;
    bool completionQueued_ = false;
    bool staged_ = false;
};

} // namespace tpf::gui
