#include "app/HistoryActions.h"

#include "app/AppContext.h"
#include "app/Extras.h"
#include "app/MainWindow.h"
#include "app/SessionQueueWidget.h"
#include "history/HistoryExport.h"
#include "history/HistoryStore.h"
#include "history/HistoryWiring.h"
#include "history/PlanPdf.h"
#include "history/ProgressView.h"
#include "session/HistorySink.h"
#include "session/SessionLauncher.h"

#include <QAction>
#include <QDateTime>
#include <QDockWidget>
#include <QFileDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

namespace tpf::gui {
namespace {

history::Clock clockAt(std::int64_t nowMs) {
    return {nowMs, QDateTime::fromMSecsSinceEpoch(nowMs).offsetFromUtc() / 60};
}

QString documents() { return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation); }

} // namespace

HistoryActions::HistoryActions(MainWindow& window)
    : QObject(&window), window_(&window), ctx_(&window.context()), store_(&window.context().historyStore()),
      nowMs_([] { return QDateTime::currentMSecsSinceEpoch(); }) {
    setObjectName(QStringLiteral("historyActions"));

    view_ = new ProgressView;
    view_->setObjectName(QStringLiteral("progressView"));
    view_->setDatabase(&ctx_->database());
    window.addSidePanel(view_, tr("Progress"));
    dock_ = qobject_cast<QDockWidget*>(view_->parentWidget());
    if (dock_)
        dock_->hide(); // shown on demand: the finder keeps the room until the user asks

    buildActions();

    // The session writes into the store as it happens; a blocked safety review is recorded too.
    if (store_->isOpen()) {
        if (SessionLauncher* launcher = window.sessionLauncher()) {
            sink_ = std::make_unique<HistorySink>(*store_);
            launcher->setSink(sink_.get());
            launcher->setGate(safetyGateRecordingBlocks(*ctx_, *store_));
        }
    }
    connect(store_, &HistoryStore::changed, this, &HistoryActions::scheduleRefresh);
    connect(store_, &HistoryStore::noticeRaised, this, [this] {
        messageShown_ = false; // a new notice is news
        showStoreMessageOnce();
    });
    refresh();
    // After the window is up, so the message has a parent to sit on.
    QTimer::singleShot(0, this, &HistoryActions::showStoreMessageOnce);
}

HistoryActions::~HistoryActions() = default;

void HistoryActions::buildActions() {
    progress_ = dock_ ? dock_->toggleViewAction() : new QAction(this);
    progress_->setText(tr("&Progress"));
    progress_->setObjectName(QStringLiteral("progressAction"));
    progress_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    progress_->setStatusTip(tr("Show how your points changed over your sessions, and what to do next"));
    window_->viewMenu()->addSeparator();
    window_->viewMenu()->addAction(progress_);
    window_->addAction(progress_);

    auto make = [this](QAction*& slot, const QString& text, const char* name, const QString& tip,
                       void (HistoryActions::*fn)()) {
        slot = new QAction(text, this);
        slot->setObjectName(QString::fromLatin1(name));
        slot->setStatusTip(tip);
        connect(slot, &QAction::triggered, this, fn);
    };
    make(exportCsv_, tr("Export History as &CSV\u2026"), "exportHistoryCsvAction",
         tr("Save every session and hold as a spreadsheet table"), &HistoryActions::exportCsvInteractive);
    make(exportJson_, tr("Export History as &JSON\u2026"), "exportHistoryJsonAction",
         tr("Save the whole history in a file you can import again"), &HistoryActions::exportJsonInteractive);
    make(importJson_, tr("&Import History from JSON\u2026"), "importHistoryJsonAction",
         tr("Add the sessions of an exported history; nothing is added if the file has a problem"),
         &HistoryActions::importJsonInteractive);
    make(savePlan_, tr("Save Self-Care &Plan as PDF\u2026"), "savePlanPdfAction",
         tr("A printable page per point: where it is, how to treat and stretch it, and the cautions"),
         &HistoryActions::savePlanInteractive);
    make(printPlan_, tr("P&rint Self-Care Plan\u2026"), "printPlanAction",
         tr("Print the self-care plan for the queued points (or the chosen one)"),
         &HistoryActions::printPlanInteractive);
    printPlan_->setShortcut(QKeySequence::Print);

    // Before Quit (and its separator), after what the File menu already has.
    QMenu* file = window_->fileMenu();
    QAction* before = nullptr;
    const QList<QAction*> actions = file->actions();
    for (int i = 0; i < actions.size(); ++i)
        if (actions[i]->menuRole() == QAction::QuitRole) {
            before = (i > 0 && actions[i - 1]->isSeparator()) ? actions[i - 1] : actions[i];
            break;
        }
    const QList<QAction*> mine{exportCsv_, exportJson_, importJson_, nullptr, savePlan_, printPlan_, nullptr};
    file->insertSeparator(before);
    for (QAction* a : mine)
        if (a)
            file->insertAction(before, a);
        else
            file->insertSeparator(before);
    window_->addAction(printPlan_);

    auto updatePlanEnabled = [this] {
        const bool have = !planPoints().empty();
        savePlan_->setEnabled(have);
        printPlan_->setEnabled(have);
    };
    connect(window_, &MainWindow::chosenPointChanged, this, updatePlanEnabled);
    if (SessionLauncher* launcher = window_->sessionLauncher())
        connect(launcher, &SessionLauncher::sessionClosed, this, updatePlanEnabled);
    connect(window_->sessionQueue(), &SessionQueueWidget::changed, this, updatePlanEnabled);
    updatePlanEnabled();
}

void HistoryActions::setClock(std::function<std::int64_t()> nowMs) {
    nowMs_ = std::move(nowMs);
    refresh();
}

void HistoryActions::scheduleRefresh() {
    // A session writes a few rows in a row; one reload after them is enough.
    if (refreshPending_)
        return;
    refreshPending_ = true;
    QTimer::singleShot(0, this, &HistoryActions::refresh);
}

void HistoryActions::refresh() {
    refreshPending_ = false;
    if (!store_->isOpen())
        return;
    const StoreResult<history::Records> loaded = store_->loadAll();
    if (!loaded.ok()) {
        window_->statusBar()->showMessage(loaded.error, 12000);
        return;
    }
    const history::Rules rules = ctx_->historyRules() ? *ctx_->historyRules() : history::Rules{};
    const std::int64_t now = nowMs_();
    view_->setHistory(*loaded.value, rules, clockAt(now));
    if (ctx_->historyRules())
        window_->candidateList()->setHelpedBefore(
            helpedBeforeFn(ctx_->database(), *loaded.value, rules, now));
}

void HistoryActions::showProgress() {
    if (!dock_)
        return;
    dock_->show();
    dock_->raise();
    refresh();
}

QString HistoryActions::storeMessage() const {
    if (!ctx_->historyProblem().isEmpty())
        return tr("Your session history could not be opened, so sessions will not be saved: %1")
            .arg(ctx_->historyProblem());
    return store_->notice();
}

void HistoryActions::showStoreMessageOnce() {
    const QString message = storeMessage();
    if (message.isEmpty() || messageShown_)
        return;
    messageShown_ = true;
    window_->statusBar()->showMessage(message, 20000);
    // Window-modal and not exec()'d: the user reads it over the window, nothing waits on it.
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Session history"), message, QMessageBox::Ok, window_);
    box->setObjectName(QStringLiteral("historyStoreMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QString HistoryActions::exportHistory(const QString& path, bool json) const {
    const StoreResult<history::Records> loaded = store_->loadAll();
    if (!loaded.ok())
        return loaded.error;
    return json ? exportJson(path, *loaded.value, nowMs_()) : exportCsv(path, *loaded.value);
}

QString HistoryActions::importHistory(const QString& path, ImportSummary* summary) {
    const StoreResult<ImportSummary> r = importJson(path, *store_, &ctx_->database());
    if (!r.ok())
        return r.error;
    if (summary)
        *summary = *r.value;
    return {};
}

std::vector<history::PointRef> HistoryActions::planPoints() const {
    const SessionLauncher* launcher = window_->sessionLauncher();
    if (launcher)
        return historyPoints(ctx_->database(), launcher->pointsToTreat());
    std::vector<SessionPoint> points;
    if (const auto chosen = window_->chosenPoint())
        points.push_back({chosen->triggerPoint, chosen->side});
    return historyPoints(ctx_->database(), points);
}

QString HistoryActions::savePlan(const QString& path) const {
    PlanPdfOptions options;
    options.title = tr("My self-care plan");
    options.dateText =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(nowMs_()).date(), QLocale::LongFormat);
    return writeSelfCarePlan(path, ctx_->database(), ctx_->referral(), ctx_->safetyRules(), planPoints(),
                             options);
}

QString HistoryActions::exportInteractive(bool json) {
    const QString suffix = json ? QStringLiteral("json") : QStringLiteral("csv");
    const QString file = QFileDialog::getSaveFileName(
        window_, json ? tr("Export History as JSON") : tr("Export History as CSV"),
        documents() + QStringLiteral("/tpfinder-history.") + suffix,
        json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return {};
    QString error = exportHistory(file, json);
    if (!error.isEmpty())
        QMessageBox::warning(window_, tr("Export History"), error);
    else
        window_->statusBar()->showMessage(tr("History saved to %1").arg(file), 8000);
    return error;
}

void HistoryActions::exportCsvInteractive() { exportInteractive(false); }
void HistoryActions::exportJsonInteractive() { exportInteractive(true); }

void HistoryActions::importJsonInteractive() {
    const QString file = QFileDialog::getOpenFileName(window_, tr("Import History from JSON"), documents(),
                                                      tr("JSON files (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    ImportSummary summary;
    const QString error = importHistory(file, &summary);
    if (!error.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Import History"),
                        tr("Nothing was imported from %1: the file has problems.").arg(file), QMessageBox::Ok,
                        window_);
        box.setInformativeText(error.section(QLatin1Char('\n'), 0, 4));
        box.setDetailedText(error);
        box.exec();
        return;
    }
    QMessageBox::information(
        window_, tr("Import History"),
        tr("Imported %n session(s).", nullptr, summary.imported) +
            (summary.skipped ? QStringLiteral(" ") +
                                   tr("%n session(s) were already in your history.", nullptr, summary.skipped)
                             : QString()));
}

void HistoryActions::savePlanInteractive() {
    if (planPoints().empty()) {
        window_->statusBar()->showMessage(tr("Queue points (Ctrl+D) or choose one to make a plan."), 8000);
        return;
    }
    const QString file = QFileDialog::getSaveFileName(window_, tr("Save Self-Care Plan as PDF"),
                                                      documents() + QStringLiteral("/self-care-plan.pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (file.isEmpty())
        return;
    const QString error = savePlan(file);
    if (!error.isEmpty())
        QMessageBox::warning(window_, tr("Save Self-Care Plan"), error);
    else
        window_->statusBar()->showMessage(tr("Plan saved to %1").arg(file), 8000);
}

void HistoryActions::printPlanInteractive() {
    const std::vector<history::PointRef> points = planPoints();
    if (points.empty()) {
        window_->statusBar()->showMessage(tr("Queue points (Ctrl+D) or choose one to print a plan."), 8000);
        return;
    }
    // Qt PrintSupport is in the extras module (app/Extras.h): not loaded at every start.
    ExtrasApi* api = extras();
    if (api == nullptr) {
        QMessageBox::warning(
            window_, tr("Print Self-Care Plan"),
            tr("Printing is not available. %1 You can still save the plan as a PDF.").arg(extrasProblem()));
        return;
    }
    const std::unique_ptr<QPagedPaintDevice> printer = api->createPrinter(tr("My self-care plan"));
    if (!api->execPrintDialog(*printer, window_))
        return;
    QPainter painter;
    if (!painter.begin(printer.get())) {
        QMessageBox::warning(window_, tr("Print Self-Care Plan"), tr("Could not start printing."));
        return;
    }
    PlanPdfOptions options;
    options.title = tr("My self-care plan");
    options.dateText =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(nowMs_()).date(), QLocale::LongFormat);
    const QString error = paintSelfCarePlan(painter, *printer, ctx_->database(), ctx_->referral(),
                                            ctx_->safetyRules(), points, options);
    painter.end();
    if (!error.isEmpty())
        QMessageBox::warning(window_, tr("Print Self-Care Plan"), error);
}

} // namespace tpf::gui
