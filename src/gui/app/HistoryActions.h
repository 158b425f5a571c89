#pragma once
// The history in the main window (issue 7): View > Progress (Ctrl+H) shows the progress view in a
// dock, refreshed whenever the store changes; File > Export history as CSV/JSON, Import history
// from JSON, Save self-care plan as PDF and Print self-care plan; the guided session writes into
// the store as it runs (and a blocked safety review is recorded too); the finder marks points
// that helped before. A store that could not be opened, or an unreadable file that was moved
// aside, is shown to the user once.
//
// The functions under the actions take file names and return an error message, so tests drive
// them without dialogs; the slots only add the file dialogs and message boxes.

#include "core/history/records.h"

#include <QObject>
#include <QString>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

class QAction;
class QDockWidget;

namespace tpf::gui {

class AppContext;
class HistoryStore;
class MainWindow;
class ProgressView;
class SessionSink;
struct ImportSummary;

class HistoryActions : public QObject {
    Q_OBJECT
public:
    explicit HistoryActions(MainWindow& window);
    ~HistoryActions() override;

    ProgressView* progressView() const { return view_; }
    QDockWidget* progressDock() const { return dock_; }
    QAction* progressAction() const { return progress_; }
    QAction* exportCsvAction() const { return exportCsv_; }
    QAction* exportJsonAction() const { return exportJson_; }
    QAction* importJsonAction() const { return importJson_; }
    QAction* savePlanAction() const { return savePlan_; }
    QAction* printPlanAction() const { return printPlan_; }

    // Unix milliseconds for "now" (progress advice, helped before, export time). Tests fix it.
    void setClock(std::function<std::int64_t()> nowMs);

    // ---- the work under the actions; each returns an error message, or empty ----
    QString exportHistory(const QString& path, bool json) const;
    QString importHistory(const QString& path, ImportSummary* summary = nullptr);
    // The session queue, or the chosen point when the queue is empty.
    std::vector<history::PointRef> planPoints() const;
    QString savePlan(const QString& path) const;

    // The message shown (once) about the store: why it could not be opened, or what was moved
    // aside. Empty when there was nothing to say.
    QString storeMessage() const;

public slots:
    void refresh();      // reloads the records into the progress view and the finder marks
    void showProgress(); // shows and raises the dock
    void exportCsvInteractive();
    void exportJsonInteractive();
    void importJsonInteractive();
    void savePlanInteractive();
    void printPlanInteractive();

private:
    void buildActions();
    void showStoreMessageOnce();
    void scheduleRefresh();
    QString exportInteractive(bool json);

    MainWindow* window_;
    AppContext* ctx_;
    HistoryStore* store_;
    ProgressView* view_ = nullptr;
    QDockWidget* dock_ = nullptr;
    QAction* progress_ = nullptr;
    QAction* exportCsv_ = nullptr;
    QAction* exportJson_ = nullptr;
    QAction* importJson_ = nullptr;
    QAction* savePlan_ = nullptr;
    QAction* printPlan_ = nullptr;
    std::unique_ptr<SessionSink> sink_;
    std::function<std::int64_t()> nowMs_;
    bool refreshPending_ = false;
    bool messageShown_ = false;
};

} // namespace tpf::gui
