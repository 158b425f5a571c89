// The body map as a person uses it: mouse, keyboard and screen reader.
#include "bodymap/BodyMapLayout.h"
#include "support.h"

#include <QAccessible>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace tpf;
using namespace tpf::gui;
using namespace tpf::gui::test;

namespace {

struct MapWindow {
    QWidget window;
    QLineEdit* before = new QLineEdit(&window); // something to Tab from
    BodyMapWidget* map = new BodyMapWidget(db(), &window);
    MapWindow() {
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(before);
        layout->addWidget(map, 1);
        window.resize(700, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }
};

} // namespace

TEST_CASE("Clicking inside a region selects exactly that region, clicking again deselects it", "[bodymap]") {
    MapWindow w;
    for (const char* id :
         {"temple-right", "temple-left", "sternum", "elbow_outer-left", "calf-right", "lowback-left"}) {
        INFO(id);
        const std::size_t r = region(id);
        QSignalSpy changed(w.map, &BodyMapWidget::selectionChanged);
        QTest::mouseClick(w.map, Qt::LeftButton, {}, pointIn(*w.map, r));
        CHECK(w.map->selectedRegions() == std::vector<std::size_t>{r});
        CHECK(changed.count() == 1);
        QTest::mouseClick(w.map, Qt::LeftButton, {}, pointIn(*w.map, r));
        CHECK(w.map->selectedRegions().empty());
    }
}

TEST_CASE("Every region is hit at its own interior point", "[bodymap]") {
    MapWindow w;
    const BodyMapLayout layout = w.map->currentLayout();
    for (std::size_t r = 0; r < db().regions.size(); ++r) {
        INFO(db().regions[r].id);
        CHECK(regionAt(db(), layout, *w.map->regionCentre(r)) == r);
    }
}

TEST_CASE("Clicking several regions selects them all, in order; Esc clears", "[bodymap]") {
    MapWindow w;
    const std::size_t a = region("temple-right"), b = region("neck_back-right"),
                      c = region("jaw_angle-right");
    for (std::size_t r : {a, b, c})
        QTest::mouseClick(w.map, Qt::LeftButton, {}, pointIn(*w.map, r));
    CHECK(w.map->selectedRegions() == std::vector<std::size_t>{a, b, c});
    QTest::keyClick(w.map, Qt::Key_Escape);
    CHECK(w.map->selectedRegions().empty());
}

TEST_CASE("Clicking outside the figure changes nothing", "[bodymap]") {
    MapWindow w;
    QTest::mouseClick(w.map, Qt::LeftButton, {}, QPoint(2, 2));
    CHECK(w.map->selectedRegions().empty());
}

TEST_CASE("Hovering a region names it", "[bodymap]") {
    MapWindow w;
    QSignalSpy hover(w.map, &BodyMapWidget::hoverTextChanged);
    const std::size_t r = region("temple-left");
    QTest::mouseMove(w.map, pointIn(*w.map, r));
    CHECK(w.map->hoveredRegion() == r);
    CHECK(w.map->hoverText().contains(QStringLiteral("Left temple")));
    REQUIRE(hover.count() >= 1);
    CHECK(hover.last().at(0).toString().contains(QStringLiteral("Left temple")));
}

TEST_CASE("Tab focuses the map, arrow keys move the focus and Space toggles the focused region",
          "[bodymap]") {
    MapWindow w;
    w.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w.window));
    w.before->setFocus();
    QTest::keyClick(w.before, Qt::Key_Tab);
    REQUIRE(w.map->hasFocus());
    REQUIRE(w.map->focusedRegion().has_value());

    const std::size_t start = *w.map->focusedRegion();
    QTest::keyClick(w.map, Qt::Key_Down);
    REQUIRE(w.map->focusedRegion().has_value());
    const std::size_t below = *w.map->focusedRegion();
    CHECK(below != start);
    CHECK(w.map->regionCentre(below)->y() > w.map->regionCentre(start)->y());

    QTest::keyClick(w.map, Qt::Key_Right);
    const std::size_t right = *w.map->focusedRegion();
    CHECK(w.map->regionCentre(right)->x() > w.map->regionCentre(below)->x());

    QTest::keyClick(w.map, Qt::Key_Space);
    CHECK(w.map->selectedRegions() == std::vector<std::size_t>{right});
    QTest::keyClick(w.map, Qt::Key_Return);
    CHECK(w.map->selectedRegions().empty());
}

TEST_CASE("The map tells screen readers each region's name and selected state", "[bodymap][a11y]") {
    MapWindow w;
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w.map);
    REQUIRE(iface != nullptr);
    CHECK(iface->role() == QAccessible::List);
    CHECK(iface->childCount() == int(db().regions.size()));

    const std::size_t r = region("temple-left");
    QAccessibleInterface* temple = nullptr;
    for (int i = 0; i < iface->childCount(); ++i)
        if (iface->child(i)->text(QAccessible::Name) == QLatin1String("Left temple"))
            temple = iface->child(i);
    REQUIRE(temple != nullptr);
    CHECK(iface->indexOfChild(temple) >= 0);
    CHECK(temple->role() == QAccessible::CheckBox);
    CHECK_FALSE(temple->state().checked);

    w.map->toggleRegion(r);
    CHECK(temple->state().checked);
    // Assistive technology can toggle it too.
    auto* action = temple->actionInterface();
    REQUIRE(action != nullptr);
    action->doAction(QAccessibleActionInterface::toggleAction());
    CHECK_FALSE(temple->state().checked);
    CHECK(w.map->selectedRegions().empty());
}

TEST_CASE("Showing one view hides the other view's regions from clicks and navigation", "[bodymap]") {
    MapWindow w;
    w.map->setViewMode(ViewMode::FrontOnly);
    CHECK_FALSE(w.map->regionCentre(region("calf-left")).has_value()); // calf is on the back view
    CHECK(w.map->regionCentre(region("temple-left")).has_value());
    for (std::size_t r : w.map->visibleRegions())
        CHECK(db().regions[r].view == View::Front);
}

namespace {

QImage renderOnWhite(QWidget& widget) {
    QImage image(widget.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    widget.render(&image);
    return image;
}

} // namespace

TEST_CASE("The first paint, drawn ahead on a thread, matches an ordinary paint", "[bodymap][startup]") {
    // BodyMapWidget draws its first frame on a worker thread from showEvent (start-up time); it
    // must look exactly as the widget's own painting does.
    QWidget window;
    auto* map = new BodyMapWidget(db(), &window);
    map->setSelectedRegions({region("temple-right"), region("calf-left")});
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(map);
    window.resize(640, 720);
    window.show(); // showEvent: the frame is being drawn ahead; no paint has happened yet
    const QImage first = renderOnWhite(*map);
    CHECK(map->firstPaintDrawnAhead());
    const QImage second = renderOnWhite(*map); // painted by the widget itself
    REQUIRE(first.size() == second.size());
    // Drawn on the window colour beneath the map, it is the same picture to the pixel.
    CHECK(first == second);
}

TEST_CASE("A change between showing and the first paint is drawn, not the frame drawn ahead",
          "[bodymap][startup]") {
    QWidget window;
    auto* map = new BodyMapWidget(db(), &window);
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(map);
    window.resize(640, 720);
    window.show(); // the frame drawn ahead has nothing selected
    const std::size_t temple = region("temple-right");
    map->setSelectedRegions({temple});
    const QImage shown = renderOnWhite(*map);
    CHECK_FALSE(map->firstPaintDrawnAhead());
    map->setSelectedRegions({});
    const QImage cleared = renderOnWhite(*map);
    const QPoint inside = map->regionCentre(temple)->toPoint();
    CHECK(shown.pixel(inside) != cleared.pixel(inside)); // the selection fill is there
}
