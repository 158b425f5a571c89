#include "app/MainWindow.h"

#include "app/HistoryActions.h"
#include "app/SessionQueueWidget.h"
#include "bodymap/BodyMapStyle.h"
#include "bodymap/BodyMapWidget.h"
#include "finder/CandidateModel.h"
#include "finder/DetailPane.h"
#include "finder/SearchBox.h"
#include "session/SessionLauncher.h"
#include "settings/Language.h"
#include "settings/SettingsUi.h"
#include "widgets/SectionHeader.h"
#include "widgets/WrapLabel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cstdio>

namespace tpf::gui {
namespace {

const char* kGeometry = "mainWindow/geometry";
const char* kState = "mainWindow/state";
const char* kSplitter = "mainWindow/splitter";
const char* kListSplitter = "mainWindow/listSplitter";
const char* kViewMode = "view/mode";

// The body map never gets less than this (logical pixels), whatever the splitters, the docks or a
// restored window state ask for: below it the figure is too small to click.
constexpr int kMapPanelMinWidth = 320;

} // namespace

MainWindow::MainWindow(AppContext& context, QWidget* parent, Startup startup)
    : QMainWindow(parent), ctx_(&context) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Trigger Point Pain Finder"));
    setMinimumSize(900, 560);
    resize(1320, 840);
    buildCentre();
    buildMenus();
    session_ = new SessionLauncher(*this);

    auto* dataInfo = new QLabel(tr("%1 muscles \u00b7 %2 trigger points")
                                    .arg(context.database().muscles.size())
                                    .arg(context.database().triggerPoints.size()),
                                this);
    dataInfo->setObjectName(QStringLiteral("dataSummary"));
    dataInfo->setToolTip(tr("Data from %1").arg(context.dataDir()));
    statusBar()->addPermanentWidget(dataInfo);
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->showMessage(tr("Click where it hurts, or press Ctrl+F to search."), 8000);

    restoreSettings();
    updateSelectionSummary();
    updateActions();
    if (startup == Startup::Complete)
        completeStartup();
    else
        staged_ = true;
}

bool MainWindow::event(QEvent* event) {
    // Staged start-up: the first paint of the window is the signal; the rest runs right after it,
    // queued twice: the first hop runs once the backing store has painted every child and flushed
    // (like `tpfinder --quit-after-startup`'s exit, which thereby comes first and skips the rest),
    // the second after that.
    if (event->type() == QEvent::Paint && !startupComplete_ && !completionQueued_) {
        completionQueued_ = true;
        const bool result = QMainWindow::event(event);
        QTimer::singleShot(0, this, [this] { QTimer::singleShot(0, this, &MainWindow::completeStartup); });
        return result;
    }
    return QMainWindow::event(event);
}

void MainWindow::completeStartup() {
    if (startupComplete_)
        return;
    startupComplete_ = true;
    // Staged: the app's history is opened here (SQLite), after the first paint. Complete: the
    // caller opened a store (or none) before building the window.
    if (staged_ && !ctx_->historyStore().isOpen())
        if (const QString error = ctx_->openHistory(); !error.isEmpty())
            std::fprintf(stderr, "tpfinder: history: %s\n", qPrintable(error));
    // The app's icon (the icon theme's, else the bundled one) for the window, the About box and the
    // tray icon. Set after the first paint: finding it reads the icon theme and decodes images.
    if (QApplication::windowIcon().isNull())
        QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(TPF_APP_ID), bundledAppIcon()));
    new HistoryActions(*this); // View > Progress, File > history exports and plan; records sessions
    new SettingsUi(*this);     // Edit > Preferences, View > Language, the daily reminder
    // The saved layout again, now that the Progress dock exists.
    if (staged_)
        if (const QByteArray state = QSettings().value(kState).toByteArray(); !state.isEmpty())
            restoreState(state);
    emit startupCompleted();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildCentre() {
    const Database& db = ctx_->database();

    // Left: search + body map + what is selected.
    auto* mapPanel = new QWidget(this);
    mapPanel->setObjectName(QStringLiteral("mapPanel"));
    mapPanel->setMinimumWidth(kMapPanelMinWidth);
    auto* mapLayout = new QVBoxLayout(mapPanel);
    mapLayout->setContentsMargins(8, 8, 4, 6);
    mapLayout->setSpacing(6);
    search_ = new SearchBox(
        db, [ctx = ctx_]() -> const RegionQuery& { return ctx->regionQuery(); }, mapPanel);
    map_ = new BodyMapWidget(db, mapPanel);
    auto* summaryRow = new QHBoxLayout;
    // With its first text at once: the layouts measure it before updateSelectionSummary() runs.
    selectionSummary_ = new WrapLabel(tr("No region selected"), mapPanel);
    selectionSummary_->setObjectName(QStringLiteral("selectionSummary"));
    selectionSummary_->setTextFormat(Qt::PlainText);
    selectionSummary_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* clear = new QPushButton(tr("Clear"), mapPanel);
    clear->setObjectName(QStringLiteral("clearSelectionButton"));
    clear->setToolTip(tr("Clear the selected regions (Esc)"));
    summaryRow->addWidget(selectionSummary_, 1);
    summaryRow->addWidget(clear);
    mapLayout->addWidget(search_);
    mapLayout->addWidget(map_, 1);
    mapLayout->addLayout(summaryRow);

    // Middle: ranked candidates over the session queue.
    auto* listPanel = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPanel);
    listLayout->setContentsMargins(4, 8, 4, 0);
    listLayout->setSpacing(4);
    candidateHeader_ =
        makeSectionHeader(tr("Possible trigger points"), QStringLiteral("candidateHeader"), listPanel);
    candidates_ = new CandidateList(ctx_->referral(), listPanel);
    listLayout->addWidget(candidateHeader_);
    listLayout->addWidget(candidates_, 1);
    queue_ = new SessionQueueWidget(db, this);
    queue_->layout()->setContentsMargins(4, 4, 4, 6);
    listSplitter_ = new QSplitter(Qt::Vertical, this);
    listSplitter_->setObjectName(QStringLiteral("listSplitter"));
    listSplitter_->addWidget(listPanel);
    listSplitter_->addWidget(queue_);
    listSplitter_->setStretchFactor(0, 4);
    listSplitter_->setStretchFactor(1, 1);
    listSplitter_->setChildrenCollapsible(false);
    listSplitter_->setSizes({620, 150});

    details_ = new DetailPane(db, this);

    splitter_ = new QSplitter(Qt::Horizontal, this);
    splitter_->setObjectName(QStringLiteral("mainSplitter"));
    splitter_->addWidget(mapPanel);
    splitter_->addWidget(listSplitter_);
    splitter_->addWidget(details_);
    splitter_->setStretchFactor(0, 5);
    splitter_->setStretchFactor(1, 3);
    splitter_->setStretchFactor(2, 4);
    splitter_->setChildrenCollapsible(false);
    splitter_->setSizes({560, 360, 400});
    setCentralWidget(splitter_);

    connect(map_, &BodyMapWidget::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(map_, &BodyMapWidget::hoverTextChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(text);
    });
    connect(clear, &QPushButton::clicked, map_, &BodyMapWidget::clearSelection);
    connect(search_, &SearchBox::regionsRequested, this, &MainWindow::selectRegions);
    connect(search_, &SearchBox::muscleRequested, this, &MainWindow::showMuscle);
    connect(search_, &SearchBox::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    connect(candidates_, &CandidateList::chosenChanged, this, &MainWindow::onChosenChanged);
    connect(details_, &DetailPane::triggerPointLinkActivated, this, [this](const QString& id) {
        const auto index = ctx_->database().triggerPointIndex(id.toStdString());
        if (!index)
            return;
        const Side side = chosenPoint() ? chosenPoint()->side : Side::Left;
        if (candidates_->candidateModel()->rowOf(*index, side)) {
            candidates_->choose(ChosenPoint{*index, side});
        } else {
            const QSignalBlocker block(candidates_);
            candidates_->choose(std::nullopt);
            showPoint(*index, side);
        }
    });
    connect(queue_, &SessionQueueWidget::changed, this, &MainWindow::updateActions);
    connect(candidates_->candidateModel(), &QAbstractItemModel::modelReset, this,
            &MainWindow::onRankingReset);
}

void MainWindow::addSidePanel(QWidget* panel, const QString& title) {
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(panel->objectName() + QStringLiteral("Dock"));
    dock->setWidget(panel);
    // Below the finder, across the whole width: a wide panel (the progress charts) beside the
    // three columns would take its width from the body map. Its own minimum must not decide the
    // window's either: the user sizes the dock, the map keeps its room.
    panel->setMinimumSize(std::min(panel->minimumSizeHint().width(), 320),
                          std::min(panel->minimumSizeHint().height(), 120));
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    // Shown for the first time (no saved layout): about a third of the window's height.
    connect(dock, &QDockWidget::visibilityChanged, this, [this, dock](bool visible) {
        if (!visible || dock->isFloating() || dock->property("tpfSized").toBool())
            return;
        dock->setProperty("tpfSized", true);
        if (!QSettings().contains(kState))
            resizeDocks({dock}, {height() / 3}, Qt::Vertical);
    });
}

std::optional<ChosenPoint> MainWindow::chosenPoint() const {
    if (const auto overlay = map_->state().overlay)
        return ChosenPoint{overlay->triggerPoint, overlay->side};
    return std::nullopt;
}

void MainWindow::selectRegions(const std::vector<std::size_t>& regions) { map_->setSelectedRegions(regions); }

ViewMode MainWindow::viewMode() const { return map_->viewMode(); }

void MainWindow::setViewMode(ViewMode mode) {
    map_->setViewMode(mode);
    for (QAction* a : viewGroup_->actions())
        if (a->data().toString() == toString(mode))
            a->setChecked(true);
}

// The map's selection is the one source of truth: every way of selecting (click, keyboard, search,
// Clear, Esc, accessibility) ends in BodyMapWidget::selectionChanged, and the list, the summary
// label and the list header are derived from it here.
void MainWindow::onSelectionChanged(const std::vector<std::size_t>& regions) {
    if (candidates_->ranking().regions != regions)
        candidates_->setRegions(regions);
    updateSelectionSummary();
}

// The list re-ranked on its own (CandidateList::setRegions called directly): the map follows, so
// map, label and list never disagree.
void MainWindow::onRankingReset() {
    const std::vector<std::size_t>& listed = candidates_->ranking().regions;
    if (listed != map_->selectedRegions())
        map_->setSelectedRegions(listed); // emits selectionChanged -> onSelectionChanged
    updateSelectionSummary();
}

void MainWindow::updateSelectionSummary() {
    const auto& sel = map_->selectedRegions();
    // The colour goes through the label's palette, from the window's: on a theme change that is
    // updated before the label's.
    const QPalette pal = palette();
    QPalette labelPalette = selectionSummary_->palette();
    if (sel.empty()) {
        // Dimmed, but readable (4.5:1) in light and dark themes alike. Plain text: a rich-text
        // label is laid out through a QTextDocument, at every width the layouts try, before the
        // window's first paint.
        const QColor window = pal.color(QPalette::Window), text = pal.color(QPalette::WindowText);
        const QColor dim =
            style::readableOn(QColor::fromRgbF(float((text.redF() + window.redF() * 0.6) / 1.6),
                                               float((text.greenF() + window.greenF() * 0.6) / 1.6),
                                               float((text.blueF() + window.blueF() * 0.6) / 1.6)),
                              window, text);
        labelPalette.setColor(QPalette::WindowText, dim);
        selectionSummary_->setPalette(labelPalette);
        selectionSummary_->setTextFormat(Qt::PlainText);
        selectionSummary_->setText(tr("No region selected"));
    } else {
        labelPalette.setColor(QPalette::WindowText, pal.color(QPalette::WindowText));
        selectionSummary_->setPalette(labelPalette);
        QStringList names;
        for (std::size_t r : sel)
            names << QString::fromStdString(ctx_->database().regions[r].label).toHtmlEscaped();
        selectionSummary_->setTextFormat(Qt::RichText);
        selectionSummary_->setText(tr("<b>Where it hurts:</b> %1").arg(names.join(QStringLiteral(", "))));
    }
    const int n = candidates_->candidateModel()->rowCount();
    candidateHeader_->setText(sel.empty() ? tr("Possible trigger points")
                                          : tr("Possible trigger points (%1)").arg(n));
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange && selectionSummary_)
        updateSelectionSummary(); // the dimmed colour follows the theme
    QMainWindow::changeEvent(event);
}

void MainWindow::onChosenChanged() {
    if (const auto chosen = candidates_->chosen())
        showPoint(chosen->triggerPoint, chosen->side);
    else {
        map_->setOverlay(std::nullopt);
        details_->clear();
        updateActions();
        emit chosenPointChanged();
    }
}

void MainWindow::showPoint(std::size_t triggerPoint, Side side) {
    const ReferralRegions zones = ctx_->referral().referralOf(triggerPoint, side);
    map_->setOverlay(Overlay{triggerPoint, side, zones.primary, zones.spillover});
    details_->showPoint(triggerPoint, side);
    updateActions();
    emit chosenPointChanged();
}

void MainWindow::showMuscle(std::size_t muscle) {
    const Database& db = ctx_->database();
    if (muscle >= db.muscles.size() || db.muscles[muscle].triggerPoints.empty())
        return;
    // Show the muscle's first point through the normal path: select where it refers pain, then
    // choose it in the ranking, so list, map and details agree.
    const std::size_t tp = db.muscles[muscle].triggerPoints.front();
    const ReferralRegions zones = ctx_->referral().referralOf(tp, Side::Left);
    selectRegions(zones.primary);
    candidates_->choose(ChosenPoint{tp, Side::Left});
}

void MainWindow::addChosenToQueue() {
    if (const auto chosen = chosenPoint()) {
        const TriggerPoint& tp = ctx_->database().triggerPoints[chosen->triggerPoint];
        const QString name =
            tr("%1 (%2)").arg(QString::fromStdString(tp.name), sideText(chosen->side).toLower());
        statusBar()->showMessage(queue_->add(*chosen) ? tr("Added to the session queue: %1").arg(name)
                                                      : tr("Already in the session queue: %1").arg(name),
                                 6000);
    }
    updateActions();
}

void MainWindow::updateActions() {
    if (addToQueue_)
        addToQueue_->setEnabled(chosenPoint().has_value());
    if (removeFromQueue_)
        removeFromQueue_->setEnabled(!queue_->items().empty());
}

void MainWindow::saveSettings() const {
    QSettings s;
    s.setValue(kGeometry, saveGeometry());
    s.setValue(kState, saveState());
    s.setValue(kSplitter, splitter_->saveState());
    s.setValue(kListSplitter, listSplitter_->saveState());
    s.setValue(kViewMode, toString(map_->viewMode()));
}

void MainWindow::restoreSettings() {
    QSettings s;
    if (s.contains(kGeometry))
        restoreGeometry(s.value(kGeometry).toByteArray());
    if (s.contains(kState))
        restoreState(s.value(kState).toByteArray());
    if (s.contains(kSplitter))
        splitter_->restoreState(s.value(kSplitter).toByteArray());
    if (s.contains(kListSplitter))
        listSplitter_->restoreState(s.value(kListSplitter).toByteArray());
    setViewMode(viewModeFromString(s.value(kViewMode).toString()).value_or(ViewMode::Both));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace tpf::gui
