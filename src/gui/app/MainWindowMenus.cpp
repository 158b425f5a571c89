// MainWindow's menus, actions and dialogs (export, about, help, first-run disclaimer).
#include "app/MainWindow.h"
#include "app/MapExport.h"
#include "app/SessionQueueWidget.h"
#include "bodymap/BodyMapWidget.h"
#include "finder/CandidateModel.h"
#include "finder/SearchBox.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <functional>

namespace tpf::gui {
namespace {

const char* kDisclaimerAccepted = "disclaimer/acceptedHash";
const char* kLastExportDir = "export/lastDir";

QAction* makeAction(QMenu* menu, const QString& text, const QKeySequence& key, const QString& tip,
                    QObject* ctx, std::function<void()> slot) {
    QAction* a = menu->addAction(text);
    if (!key.isEmpty())
        a->setShortcut(key);
    a->setStatusTip(tip);
    QObject::connect(a, &QAction::triggered, ctx, std::move(slot));
    return a;
}

} // namespace

void MainWindow::buildMenus() {
    fileMenu_ = menuBar()->addMenu(tr("&File"));
    fileMenu_->setObjectName(QStringLiteral("fileMenu"));
    makeAction(fileMenu_, tr("&Export Map Image\u2026"), QKeySequence(Qt::CTRL | Qt::Key_E),
               tr("Save the body map with the selection and the chosen point as PNG or PDF"), this,
               [this] { exportMapImage(); })
        ->setObjectName(QStringLiteral("exportAction"));
    fileMenu_->addSeparator();
    QAction* quit = makeAction(fileMenu_, tr("&Quit"), QKeySequence::Quit,
                               tr("Quit Trigger Point Pain Finder"), this, [this] { close(); });
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    makeAction(edit, tr("&Search\u2026"), QKeySequence(Qt::CTRL | Qt::Key_F),
               tr("Type where it hurts, a pain pattern such as \u201ctennis elbow\u201d, or a muscle"), this,
               [this] {
                   search_->setFocus(Qt::ShortcutFocusReason);
                   search_->selectAll();
               })
        ->setObjectName(QStringLiteral("searchAction"));
    clearSelection_ = makeAction(edit, tr("&Clear Selection"), QKeySequence(Qt::Key_Escape),
                                 tr("Deselect all regions"), this, [this] { map_->clearSelection(); });
    clearSelection_->setObjectName(QStringLiteral("clearSelectionAction"));
    makeAction(edit, tr("Go to &Body Map"), QKeySequence(Qt::CTRL | Qt::Key_M),
               tr("Move the keyboard focus to the body map; arrows move, Space selects"), this,
               [this] { map_->setFocus(Qt::ShortcutFocusReason); });

    viewMenu_ = menuBar()->addMenu(tr("&View"));
    viewMenu_->setObjectName(QStringLiteral("viewMenu"));
    viewGroup_ = new QActionGroup(this);
    const struct {
        ViewMode mode;
        QString text;
        Qt::Key key;
    } views[] = {{ViewMode::Both, tr("&Front and Back"), Qt::Key_1},
                 {ViewMode::FrontOnly, tr("F&ront Only"), Qt::Key_2},
                 {ViewMode::BackOnly, tr("&Back Only"), Qt::Key_3}};
    for (const auto& v : views) {
        QAction* a = makeAction(viewMenu_, v.text, QKeySequence(Qt::CTRL | v.key),
                                tr("Show %1").arg(QString(v.text).remove('&')), this,
                                [this, mode = v.mode] { setViewMode(mode); });
        a->setCheckable(true);
        a->setData(toString(v.mode));
        a->setObjectName(QStringLiteral("viewAction_") + toString(v.mode));
        viewGroup_->addAction(a);
    }
    viewGroup_->actions().front()->setChecked(true);

    sessionMenu_ = menuBar()->addMenu(tr("&Session"));
    sessionMenu_->setObjectName(QStringLiteral("sessionMenu"));
    addToQueue_ =
        makeAction(sessionMenu_, tr("&Add Chosen Point to Queue"), QKeySequence(Qt::CTRL | Qt::Key_D),
                   tr("Add the chosen trigger point (and side) to the session queue"), this,
                   [this] { addChosenToQueue(); });
    addToQueue_->setObjectName(QStringLiteral("addToQueueAction"));
    removeFromQueue_ = makeAction(
        sessionMenu_, tr("&Remove From Queue"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
        tr("Remove the point selected in the session queue"), this, [this] { queue_->removeCurrent(); });
    removeFromQueue_->setObjectName(QStringLiteral("removeFromQueueAction"));
    makeAction(sessionMenu_, tr("&Clear Queue"), {}, tr("Empty the session queue"), this,
               [this] { queue_->clear(); });
    sessionMenu_->addSeparator(); // the guided session adds "Start session" below

    helpMenu_ = menuBar()->addMenu(tr("&Help"));
    helpMenu_->setObjectName(QStringLiteral("helpMenu"));
    makeAction(helpMenu_, tr("Trigger Point Pain Finder &Help"), QKeySequence(Qt::Key_F1),
               tr("How to use the finder"), this, [this] { showHelp(); });
    makeAction(helpMenu_, tr("&About Trigger Point Pain Finder"), {}, tr("Version and medical disclaimer"),
               this, [this] { showAbout(); })
        ->setMenuRole(QAction::AboutRole);
    makeAction(helpMenu_, tr("About &Qt"), {}, tr("The Qt version in use"), this, [] {
        QApplication::aboutQt();
    })->setMenuRole(QAction::AboutQtRole);
}

bool MainWindow::exportMapImage(const QString& requested) {
    QString fileName = requested;
    if (fileName.isEmpty()) {
        QSettings s;
        const QString dir =
            s.value(kLastExportDir, QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                .toString();
        QString selectedFilter;
        fileName =
            QFileDialog::getSaveFileName(this, tr("Export Map Image"), dir + QStringLiteral("/body-map.png"),
                                         tr("PNG image (*.png);;PDF document (*.pdf)"), &selectedFilter);
        if (fileName.isEmpty())
            return false;
        if (QFileInfo(fileName).suffix().isEmpty())
            fileName += selectedFilter.contains(QLatin1String("pdf")) ? QStringLiteral(".pdf")
                                                                      : QStringLiteral(".png");
        s.setValue(kLastExportDir, QFileInfo(fileName).absolutePath());
    }
    QStringList caption;
    for (std::size_t r : map_->selectedRegions())
        caption << QString::fromStdString(ctx_->database().regions[r].label);
    QString text =
        caption.isEmpty() ? QString() : tr("Where it hurts: %1").arg(caption.join(QStringLiteral(", ")));
    if (const auto chosen = chosenPoint())
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) +
                tr("Trigger point: %1 (%2)")
                    .arg(QString::fromStdString(ctx_->database().triggerPoints[chosen->triggerPoint].name),
                         sideText(chosen->side).toLower());
    const QString error = exportMap(fileName, map_->state(), ctx_->database(), text);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export Map Image"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(fileName)), 6000);
    return true;
}

void MainWindow::showAbout() {
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.setWindowTitle(tr("About Trigger Point Pain Finder"));
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>Trigger Point Pain Finder %1</h3>"
                   "<p>Find the myofascial trigger points that may be causing your pain, and learn how to "
                   "treat them yourself, safely.</p>")
                    .arg(QStringLiteral(TPF_VERSION)));
    box.setInformativeText(QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                               .arg(tr("Medical disclaimer"), ctx_->disclaimer().toHtmlEscaped()));
    box.exec();
}

void MainWindow::showHelp() {
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("helpBox"));
    box.setWindowTitle(tr("Trigger Point Pain Finder Help"));
    box.setTextFormat(Qt::RichText);
    box.setText(tr(
        "<h3>Finding the source of your pain</h3><ol>"
        "<li>Click every place that hurts on the body map (click again to deselect), or type it in the "
        "search "
        "box (<b>Ctrl+F</b>): \u201cright temple\u201d, \u201ctennis elbow\u201d, \u201csciatica\u201d or a "
        "muscle "
        "name.</li>"
        "<li>The middle column lists the trigger points that refer pain there, best match first, with the "
        "reasons.</li>"
        "<li>Choose one to see its pain pattern on the map (solid: primary zone, hatched: spillover, X: the "
        "point) and how to find and treat it. Read the cautions first.</li>"
        "<li>Add points to the session queue with <b>Ctrl+D</b>.</li></ol>"
        "<p><b>Keyboard:</b> Tab to the map, arrows move between regions, Space selects, Esc clears. "
        "<b>Ctrl+1/2/3</b> show front and back, front only, back only.</p>"
        "<p>The letters R and L beside each figure are the person's own right and left.</p>"));
    box.exec();
}

bool MainWindow::showFirstRunDisclaimerIfNeeded() {
    const QString disclaimer = ctx_->disclaimer();
    // Remember which text was accepted: if the wording changes, it is shown again.
    const QByteArray hash = QCryptographicHash::hash(disclaimer.toUtf8(), QCryptographicHash::Sha256).toHex();
    QSettings s;
    if (s.value(kDisclaimerAccepted).toByteArray() == hash)
        return true;
    QMessageBox box(QMessageBox::Information, tr("Before you start"), disclaimer, QMessageBox::NoButton,
                    this);
    box.setObjectName(QStringLiteral("disclaimerBox"));
    box.setInformativeText(tr("Please confirm that you have read and understood this."));
    QPushButton* ok = box.addButton(tr("I Understand"), QMessageBox::AcceptRole);
    box.addButton(tr("Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(ok);
    box.exec();
    if (box.clickedButton() != ok)
        return false;
    s.setValue(kDisclaimerAccepted, hash);
    return true;
}

} // namespace tpf::gui
