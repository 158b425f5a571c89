// The window's layout leaves the body map room to use: at the default size, at the minimum size,
// with the Progress dock shown, and after restoring a saved layout that gave the dock too much.
#include "app/HistoryActions.h"
#include "app/MainWindow.h"
#include "support.h"

#include <QAction>
#include <QDockWidget>
#include <QSettings>
#include <QSplitter>
#include <QTest>

using namespace tpf;
using namespace tpf::gui;
using namespace tpf::gui::test;

namespace {

// What the figure needs to stay clickable: two views side by side at a useful size.
constexpr int kMinMapWidth = 300;
constexpr int kMinMapHeight = 260;

HistoryActions* historyActions(MainWindow& w) { return child<HistoryActions>(&w, "historyActions"); }

void settle(MainWindow& w) {
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    (void)w;
}

} // namespace

TEST_CASE("At first run the Progress dock is hidden and the map takes the largest column", "[layout]") {
    clearSettings();
    MainWindow w(fixture());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    settle(w);
    CHECK_FALSE(historyActions(w)->progressDock()->isVisible());
    const BodyMapWidget* map = w.bodyMap();
    CHECK(map->width() >= 450);
    CHECK(map->height() >= 500);
    auto* splitter = child<QSplitter>(&w, "mainSplitter");
    const QList<int> sizes = splitter->sizes();
    REQUIRE(sizes.size() == 3);
    CHECK(sizes[0] >= sizes[1]);
    CHECK(sizes[0] >= sizes[2]);
}

TEST_CASE("At the minimum window size with the Progress dock shown the map keeps its room", "[layout]") {
    clearSettings();
    MainWindow w(fixture());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    w.resize(w.minimumSize());
    historyActions(w)->progressAction()->trigger();
    settle(w);
    QDockWidget* dock = historyActions(w)->progressDock();
    REQUIRE(dock->isVisible());
    // The dock sits below the finder, not beside the map.
    CHECK(w.dockWidgetArea(dock) == Qt::BottomDockWidgetArea);
    INFO("window " << w.width() << "x" << w.height() << ", map " << w.bodyMap()->width() << "x"
                   << w.bodyMap()->height());
    // Showing the dock did not blow the window up past the minimum.
    CHECK(w.width() <= w.minimumSize().width() + 1);
    CHECK(w.height() <= w.minimumSize().height() + 1);
    CHECK(w.bodyMap()->width() >= kMinMapWidth);
    CHECK(w.bodyMap()->height() >= kMinMapHeight);
}

TEST_CASE("A restored layout cannot squeeze the map to nothing", "[layout]") {
    clearSettings();
    {
        // A layout as an older version could save it: a huge Progress dock and a splitter that
        // gives the map nothing.
        MainWindow w(fixture());
        w.resize(1320, 840);
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
        QDockWidget* dock = historyActions(w)->progressDock();
        dock->show();
        w.addDockWidget(Qt::RightDockWidgetArea, dock);
        w.resizeDocks({dock}, {1200}, Qt::Horizontal);
        child<QSplitter>(&w, "mainSplitter")->setSizes({0, 2000, 2000});
        settle(w);
        w.saveSettings();
    }
    MainWindow w(fixture()); // restores the saved layout
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    w.resize(w.minimumSize());
    settle(w);
    INFO("window " << w.width() << "x" << w.height() << ", map " << w.bodyMap()->width() << "x"
                   << w.bodyMap()->height());
    CHECK(w.bodyMap()->width() >= kMinMapWidth);
    CHECK(w.bodyMap()->height() >= kMinMapHeight);
    clearSettings();
}
