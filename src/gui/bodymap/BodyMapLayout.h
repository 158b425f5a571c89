#pragma once
// Where each view of the figure sits inside a target rectangle, and the mapping between widget
// (logical) coordinates and normalized figure coordinates. The renderer draws with it and the
// widget hit-tests with it, so a click lands on exactly the region that was drawn there.

#include "bodymap/BodyMapState.h"
#include "core/model.h"

#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <optional>
#include <vector>

namespace tpf::gui {

struct ViewFrame {
    View view = View::Front;
    QRectF frame; // the view's normalized [0,1] x [0,1] square, stretched to aspect x 1

    QPointF toWidget(Point p) const;
    Point toNormalized(QPointF p) const;
    QPainterPath path(const Polygon& polygon) const; // closed polygon in widget coordinates
};

struct BodyMapLayout {
    QRectF target;
    std::vector<ViewFrame> views; // left to right as shown
    double textSize = 12;         // pixel size for captions and side letters
    double captionBaseline = 0;   // y of the "Front" / "Back" captions
    double sideLetterOffset = 0;  // from the frame edge outwards to the centre of "R" / "L" (< 0: inside)

    const ViewFrame* frameFor(View view) const; // nullptr when that view is hidden
    const ViewFrame* frameAt(QPointF widgetPos) const;
    double scale() const; // frame height: line widths and markers scale with it
};

BodyMapLayout computeLayout(const QRectF& target, double aspect, ViewMode mode);

// The region drawn under `widgetPos`; the smallest one wins where regions overlap, so a small
// region drawn on top of a large one stays reachable.
std::optional<std::size_t> regionAt(const Database& db, const BodyMapLayout& layout, QPointF widgetPos);

// A point well inside the polygon (approximate pole of inaccessibility): the sampled interior
// point farthest from every edge. Used for keyboard navigation, accessibility and tests.
Point interiorPoint(const Polygon& polygon);

double polygonArea(const Polygon& polygon);

} // namespace tpf::gui
