#include "bodymap/BodyMapLayout.h"

#include "core/geometry.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tpf::gui {

QString toString(ViewMode mode) {
    switch (mode) {
    case ViewMode::FrontOnly: return QStringLiteral("front");
    case ViewMode::BackOnly: return QStringLiteral("back");
    case ViewMode::Both: break;
    }
    return QStringLiteral("both");
}

std::optional<ViewMode> viewModeFromString(const QString& text) {
    if (text == QLatin1String("both"))
        return ViewMode::Both;
    if (text == QLatin1String("front"))
        return ViewMode::FrontOnly;
    if (text == QLatin1String("back"))
        return ViewMode::BackOnly;
    return std::nullopt;
}

bool BodyMapState::isSelected(std::size_t region) const {
    return std::find(selected.begin(), selected.end(), region) != selected.end();
}

QPointF ViewFrame::toWidget(Point p) const {
    return {frame.left() + p.x * frame.width(), frame.top() + p.y * frame.height()};
}

Point ViewFrame::toNormalized(QPointF p) const {
    return {(p.x() - frame.left()) / frame.width(), (p.y() - frame.top()) / frame.height()};
}

QPainterPath ViewFrame::path(const Polygon& polygon) const {
    QPainterPath path;
    if (polygon.empty())
        return path;
    path.moveTo(toWidget(polygon.front()));
    for (std::size_t i = 1; i < polygon.size(); ++i)
        path.lineTo(toWidget(polygon[i]));
    path.closeSubpath();
    return path;
}

const ViewFrame* BodyMapLayout::frameFor(View view) const {
    for (const auto& f : views)
        if (f.view == view)
            return &f;
    return nullptr;
}

const ViewFrame* BodyMapLayout::frameAt(QPointF widgetPos) const {
    for (const auto& f : views)
        if (f.frame.contains(widgetPos))
            return &f;
    return nullptr;
}

double BodyMapLayout::scale() const { return views.empty() ? 0.0 : views.front().frame.height(); }

BodyMapLayout computeLayout(const QRectF& target, double aspect, ViewMode mode) {
    BodyMapLayout layout;
    layout.target = target;
    std::vector<View> shown;
    if (mode != ViewMode::BackOnly)
        shown.push_back(View::Front);
    if (mode != ViewMode::FrontOnly)
        shown.push_back(View::Back);
    const double n = double(shown.size());
    if (target.width() <= 0 || target.height() <= 0)
        return layout;

    // Everything is proportional to the figure height h: a caption band of 0.06 h on top and a
    // small bottom margin. Each view's frame already has room beside the head and shoulders, so
    // the side letters go inside it and the figures can sit close together.
    const double captionBand = 0.06, bottom = 0.01, gap = 0.0;
    const double hByHeight = target.height() / (1.0 + captionBand + bottom);
    const double hByWidth = target.width() / (n * aspect + (n - 1) * gap);
    const double h = std::min(hByHeight, hByWidth);
    const double w = h * aspect;
    const double totalW = n * w + (n - 1) * gap * h;
    const double totalH = h * (1.0 + captionBand + bottom);
    const double left = target.left() + (target.width() - totalW) / 2;
    const double top = target.top() + (target.height() - totalH) / 2;

    layout.textSize = std::max(8.0, 0.024 * h);
    layout.captionBaseline = top + captionBand * h * 0.75;
    layout.sideLetterOffset = -0.09 * w; // negative: inside the frame
    double x = left;
    for (View v : shown) {
        layout.views.push_back({v, QRectF(x, top + captionBand * h, w, h)});
        x += w + gap * h;
    }
    return layout;
}

double polygonArea(const Polygon& polygon) {
    double a = 0;
    for (std::size_t i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++)
        a += (polygon[j].x + polygon[i].x) * (polygon[j].y - polygon[i].y);
    return std::abs(a) / 2;
}

std::optional<std::size_t> regionAt(const Database& db, const BodyMapLayout& layout, QPointF widgetPos) {
    const ViewFrame* frame = layout.frameAt(widgetPos);
    if (!frame)
        return std::nullopt;
    const Point p = frame->toNormalized(widgetPos);
    std::optional<std::size_t> best;
    double bestArea = std::numeric_limits<double>::max();
    for (std::size_t i = 0; i < db.regions.size(); ++i) {
        const Region& r = db.regions[i];
        if (r.view != frame->view || !containsPoint(r.polygon, p))
            continue;
        const double area = polygonArea(r.polygon);
        if (area < bestArea) {
            bestArea = area;
            best = i;
        }
    }
    return best;
}

namespace {

double distanceToSegment(Point p, Point a, Point b) {
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const double ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y;
    return std::sqrt(ex * ex + ey * ey);
}

double distanceToEdges(const Polygon& polygon, Point p) {
    double d = std::numeric_limits<double>::max();
    for (std::size_t i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++)
        d = std::min(d, distanceToSegment(p, polygon[j], polygon[i]));
    return d;
}

} // namespace

Point interiorPoint(const Polygon& polygon) {
    if (polygon.empty())
        return {};
    double minX = polygon[0].x, maxX = minX, minY = polygon[0].y, maxY = minY;
    for (const auto& p : polygon) {
        minX = std::min(minX, p.x);
        maxX = std::max(maxX, p.x);
        minY = std::min(minY, p.y);
        maxY = std::max(maxY, p.y);
    }
    // Coarse grid, then a finer grid around the best cell: plenty for region-sized polygons.
    Point best{(minX + maxX) / 2, (minY + maxY) / 2};
    double bestDist = containsPoint(polygon, best) ? distanceToEdges(polygon, best) : -1;
    double cx = best.x, cy = best.y, spanX = maxX - minX, spanY = maxY - minY;
    for (int pass = 0; pass < 3; ++pass) {
        constexpr int steps = 16;
        const Point centre{cx, cy};
        for (int i = 0; i <= steps; ++i) {
            for (int j = 0; j <= steps; ++j) {
                const Point p{centre.x - spanX / 2 + spanX * i / steps,
                              centre.y - spanY / 2 + spanY * j / steps};
                if (!containsPoint(polygon, p))
                    continue;
                const double d = distanceToEdges(polygon, p);
                if (d > bestDist) {
                    bestDist = d;
                    best = p;
                }
            }
        }
        cx = best.x;
        cy = best.y;
        spanX /= 4;
        spanY /= 4;
    }
    return best;
}

} // namespace tpf::gui
