#include "bodymap/BodyMapRenderer.h"

#include "bodymap/BodyMapStyle.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>

namespace tpf::gui {
namespace {

struct Ctx {
    QPainter& p;
    const BodyMapState& state;
    const Database& db;
    const RenderOptions& options;
    const BodyMapLayout& layout;
    double unit; // one "line unit": 1/1000 of the figure height, at least 1/2 px
};

QString tr(const char* text) { return QCoreApplication::translate("tpf::gui::BodyMap", text); }

QPainterPath regionPath(const ViewFrame& frame, const Database& db, std::size_t region) {
    return frame.path(db.regions[region].polygon);
}

void fillRegions(Ctx& c, const ViewFrame& frame, const std::vector<std::size_t>& regions,
                 const QBrush& brush) {
    for (std::size_t r : regions)
        if (r < c.db.regions.size() && c.db.regions[r].view == frame.view)
            c.p.fillPath(regionPath(frame, c.db, r), brush);
}

// Hatching drawn as real lines, so it looks the same on screen, at high DPI and in a PDF (a
// QBrush pattern is a fixed 8-device-pixel bitmap). The "/" lines x + y = k are cut against the
// polygon directly (even-odd, like the fill): far cheaper than clipping to the path.
void hatch(Ctx& c, const QPolygonF& poly, const QColor& color) {
    if (poly.size() < 3)
        return;
    const QRectF box = poly.boundingRect();
    const double step = std::max(3.0, 9 * c.unit);
    QVector<QLineF> lines;
    std::vector<double> xs;
    const double k0 = std::floor((box.left() + box.top()) / step) * step; // anchored: patterns line up
    for (double k = k0; k < box.right() + box.bottom(); k += step) {
        xs.clear();
        for (qsizetype i = 0, j = poly.size() - 1; i < poly.size(); j = i++) {
            const QPointF a = poly[j], b = poly[i];
            const double ua = a.x() + a.y() - k, ub = b.x() + b.y() - k;
            if ((ua < 0) != (ub < 0))
                xs.push_back(a.x() + (b.x() - a.x()) * ua / (ua - ub));
        }
        std::sort(xs.begin(), xs.end());
        for (std::size_t i = 0; i + 1 < xs.size(); i += 2)
            lines.append(QLineF(xs[i], k - xs[i], xs[i + 1], k - xs[i + 1]));
    }
    c.p.setPen(QPen(color, std::max(0.8, 1.5 * c.unit), Qt::SolidLine, Qt::FlatCap));
    c.p.drawLines(lines);
}

QPolygonF widgetPolygon(const ViewFrame& frame, const Polygon& polygon) {
    QPolygonF out;
    out.reserve(qsizetype(polygon.size()));
    for (const auto& p : polygon)
        out.append(frame.toWidget(p));
    return out;
}

// Outlines go through drawPolyline rather than QPainterPath: no path conversion on the way to
// the raster engine's hairline stroker.
QPolygonF closedPolyline(const ViewFrame& frame, const Polygon& polygon) {
    QPolygonF out = widgetPolygon(frame, polygon);
    if (!out.isEmpty())
        out.append(out.front());
    return out;
}

void strokeRegions(Ctx& c, const ViewFrame& frame, const QPen& pen) {
    c.p.setPen(pen);
    c.p.setBrush(Qt::NoBrush);
    for (std::size_t r = 0; r < c.db.regions.size(); ++r)
        if (c.db.regions[r].view == frame.view)
            c.p.drawPolyline(closedPolyline(frame, c.db.regions[r].polygon));
}

void paintSilhouette(Ctx& c, const ViewFrame& frame, const FigureView& fig) {
    // Solid rather than a gradient: a gradient fill of the whole figure costs several times more
    // than everything else on the map together.
    c.p.fillPath(frame.path(fig.outline), style::skin);
}

// A bold opaque line drawn as a few offset hairlines. Hairlines (cosmetic, 1 device pixel) take
// the raster engine's fast path; a real 2-3 px stroke of the ~700-point outline goes through
// QStroker and costs ~40x more, most of the paint time of the whole map.
void boldOutline(Ctx& c, const QPolygonF& line, const QColor& color, double width) {
    const QTransform& dt = c.p.deviceTransform();
    const double devScale = std::max(1e-6, std::sqrt(std::abs(dt.determinant())));
    const int span = std::max(0, int(std::lround(width * devScale / 2 - 0.5)));
    QPen pen(color, 1, Qt::SolidLine, Qt::FlatCap, Qt::BevelJoin);
    pen.setCosmetic(true);
    c.p.setPen(pen);
    c.p.setBrush(Qt::NoBrush);
    c.p.drawPolyline(line);
    for (int i = 1; i <= span; ++i) {
        const double d = i / devScale;
        for (const QPointF off : {QPointF(d, 0), QPointF(-d, 0), QPointF(0, d), QPointF(0, -d)})
            c.p.drawPolyline(line.translated(off));
    }
}

void paintOverlay(Ctx& c, const ViewFrame& frame) {
    if (!c.state.overlay)
        return;
    const Overlay& o = *c.state.overlay;
    for (std::size_t r : o.spillover) {
        if (r >= c.db.regions.size() || c.db.regions[r].view != frame.view)
            continue;
        c.p.fillPath(regionPath(frame, c.db, r), style::spilloverFill);
        hatch(c, widgetPolygon(frame, c.db.regions[r].polygon), style::spilloverHatch);
    }
    fillRegions(c, frame, o.primary, style::primaryFill);
}

void paintMarker(Ctx& c, const ViewFrame& frame) {
    if (!c.state.overlay || c.state.overlay->triggerPoint >= c.db.triggerPoints.size())
        return;
    const TriggerPoint& tp = c.db.triggerPoints[c.state.overlay->triggerPoint];
    if (tp.location.view != frame.view)
        return;
    const QPointF at = frame.toWidget(c.db.locationOf(tp, c.state.overlay->side));
    const double r = std::max(4.0, 11 * c.unit);
    for (const auto& [color, width] : {std::pair{style::markerHalo, 7.5}, std::pair{style::marker, 3.8}}) {
        c.p.setPen(QPen(color, std::max(1.5, width * c.unit), Qt::SolidLine, Qt::RoundCap));
        c.p.drawLine(at + QPointF(-r, -r), at + QPointF(r, r));
        c.p.drawLine(at + QPointF(-r, r), at + QPointF(r, -r));
    }
}

// ---- the static figure: silhouette, region and part lines, the bold outline ----
// These depend only on the data, the layout and the device scale, never on the selection, so on
// raster devices they are drawn once into layers (StaticLayers) and blitted; on vector devices
// (PDF, printer) they are drawn directly, so exports stay vector graphics.

void paintSilhouettes(Ctx& c) {
    for (const auto& frame : c.layout.views)
        paintSilhouette(c, frame, c.db.figure.view(frame.view));
}

void paintFigureLines(Ctx& c) {
    QPen regionPen(style::regionLine, 1);
    regionPen.setCosmetic(true);
    QPen partPen(style::partLine, 1);
    partPen.setCosmetic(true); // hairline: the raster engine's fast path, crisp at any DPR
    for (const auto& frame : c.layout.views) {
        strokeRegions(c, frame, regionPen);
        c.p.setBrush(Qt::NoBrush);
        c.p.setPen(partPen);
        for (const auto& part : c.db.figure.view(frame.view).parts)
            c.p.drawPolyline(closedPolyline(frame, part.polygon));
    }
}

void paintFigureOutlines(Ctx& c) {
    for (const auto& frame : c.layout.views)
        boldOutline(c, closedPolyline(frame, c.db.figure.view(frame.view).outline), style::outline,
                    std::max(1.0, 2.2 * c.unit));
}

// ---- what changes with the state ----

void paintFills(Ctx& c, const ViewFrame& frame) {
    const auto& s = c.state;
    fillRegions(c, frame, s.selected, style::selectedFill);
    paintOverlay(c, frame);
    if (s.hovered)
        fillRegions(c, frame, {*s.hovered},
                    s.isSelected(*s.hovered) ? style::hoverOnSelected : style::hoverFill);
}

void paintSelectedOutlines(Ctx& c, const ViewFrame& frame) {
    // Selected regions keep a clear edge even under the overlay's solid fill.
    for (std::size_t r : c.state.selected)
        if (r < c.db.regions.size() && c.db.regions[r].view == frame.view)
            boldOutline(c, closedPolyline(frame, c.db.regions[r].polygon), style::selectedLine,
                        std::max(1.0, 2.0 * c.unit));
}

void paintFocusAndMarker(Ctx& c, const ViewFrame& frame) {
    const auto& s = c.state;
    if (c.options.focusRing && s.focused && *s.focused < c.db.regions.size() &&
        c.db.regions[*s.focused].view == frame.view) {
        const QPainterPath ring = regionPath(frame, c.db, *s.focused);
        c.p.setPen(
            QPen(style::focusHalo, std::max(2.0, 5 * c.unit), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        c.p.drawPath(ring);
        c.p.setPen(
            QPen(style::focus, std::max(1.2, 2.6 * c.unit), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        c.p.drawPath(ring);
    }
    paintMarker(c, frame);
}

// ---- the memo of the static layers ----

// Everything the static layers depend on. The data is identified by its address and the addresses
// of its vectors' storage (a reload reallocates them), so a hit is always the same picture.
struct LayerKey {
    const Database* db = nullptr;
    const void* regions = nullptr;
    const void* outline = nullptr;
    std::size_t regionCount = 0;
    ViewMode views = ViewMode::Both;
    QSizeF targetSize;
    double deviceScale = 1;
    QPointF devicePos; // the target's top-left in device pixels (to 1/64 px)
    bool operator==(const LayerKey&) const = default;
};

struct StaticLayers {
    LayerKey key;
    QPoint origin; // device pixel of the layers' top-left
    QImage silhouettes, lines, outlines;
};

// Small and per thread: a few map sizes alive at once (the window's map, an export, a test). The
// layers cover only the figures' frames: about 3 x 4 MB for a full-HD map.
constexpr std::size_t kLayerCacheSize = 3;
thread_local std::vector<std::shared_ptr<const StaticLayers>> layerCache;

// The device transform when the layers can stand in for direct drawing: a raster device and a
// pure translation + uniform scale.
std::optional<LayerKey> layerKey(const QPainter& p, const QRectF& target, const BodyMapState& state,
                                 const Database& db) {
    const QPaintEngine* engine = p.paintEngine();
    if (!engine || engine->type() != QPaintEngine::Raster)
        return std::nullopt;
    const QTransform dt = p.deviceTransform();
    if (dt.type() > QTransform::TxScale || std::abs(dt.m11() - dt.m22()) > 1e-9 || dt.m11() <= 0)
        return std::nullopt;
    const QPointF dev = dt.map(target.topLeft());
    const auto snap = [](double v) { return std::round(v * 64) / 64; };
    LayerKey key{&db,
                 db.regions.data(),
                 db.figure.front.outline.data(),
                 db.regions.size(),
                 state.views,
                 target.size(),
                 dt.m11(),
                 QPointF(snap(dev.x()), snap(dev.y()))};
    return key;
}

std::shared_ptr<const StaticLayers> buildLayers(Ctx& c, const LayerKey& key) {
    auto layers = std::make_shared<StaticLayers>();
    layers->key = key;
    QRectF bounds;
    for (const auto& frame : c.layout.views)
        bounds |= frame.frame;
    const QTransform dt = c.p.deviceTransform();
    // The bold outline reaches a few device pixels past the frame.
    const QRect dev = dt.mapRect(bounds).toAlignedRect().adjusted(-4, -4, 4, 4);
    layers->origin = dev.topLeft();
    const QTransform toLayer = dt * QTransform::fromTranslate(-dev.left(), -dev.top());
    auto draw = [&](QImage& image, void (*paintPart)(Ctx&)) {
        image = QImage(dev.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter lp(&image);
            lp.setRenderHints(c.p.renderHints());
            lp.setTransform(toLayer);
            Ctx lc{lp, c.state, c.db, c.options, c.layout, c.unit};
            paintPart(lc);
        }
        // One image pixel per device pixel when blitted through the painter's scale.
        image.setDevicePixelRatio(key.deviceScale);
    };
    draw(layers->silhouettes, paintSilhouettes);
    draw(layers->lines, paintFigureLines);
    draw(layers->outlines, paintFigureOutlines);
    return layers;
}

// The layers for `key`, or null when this paint should draw directly. Building them costs a few
// direct paints, so they are built on the second paint with the same key: a window being resized
// (a new size every frame) keeps the direct path's cost, a map that repaints for hover, selection
// or choice at one size gets the cheap path from then on.
thread_local std::optional<LayerKey> firstUse;

std::shared_ptr<const StaticLayers> cachedLayers(Ctx& c, const LayerKey& key) {
    auto hit =
        std::find_if(layerCache.begin(), layerCache.end(), [&](const auto& l) { return l->key == key; });
    if (hit != layerCache.end()) {
        std::rotate(layerCache.begin(), hit, hit + 1); // most recent first
        return layerCache.front();
    }
    if (firstUse != key) {
        firstUse = key;
        return nullptr;
    }
    auto layers = buildLayers(c, key);
    layerCache.insert(layerCache.begin(), layers);
    if (layerCache.size() > kLayerCacheSize)
        layerCache.pop_back();
    return layers;
}

// Drawn in logical coordinates through the painter's own transform (which may also hold a
// widget's offset in its window and the device pixel ratio): the image's pixels land exactly on the
// device pixels they were drawn for, one to one.
void blit(QPainter& p, const QPoint& origin, const QImage& image) {
    p.drawImage(p.deviceTransform().inverted().map(QPointF(origin)), image);
}

void paintFigures(Ctx& c, const std::optional<LayerKey>& key) {
    const auto layers = key ? cachedLayers(c, *key) : nullptr;
    const auto staticPart = [&](const QImage StaticLayers::*image, void (*direct)(Ctx&)) {
        if (layers)
            blit(c.p, layers->origin, (*layers).*image);
        else
            direct(c);
    };
    staticPart(&StaticLayers::silhouettes, paintSilhouettes);
    for (const auto& frame : c.layout.views)
        paintFills(c, frame);
    staticPart(&StaticLayers::lines, paintFigureLines);
    for (const auto& frame : c.layout.views)
        paintSelectedOutlines(c, frame);
    staticPart(&StaticLayers::outlines, paintFigureOutlines);
    for (const auto& frame : c.layout.views)
        paintFocusAndMarker(c, frame);
}

QFont textFont(double pixelSize, bool bold) {
    QFont f;
    f.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    f.setBold(bold);
    return f;
}

void paintLabels(Ctx& c) {
    const auto& L = c.layout;
    for (const auto& frame : L.views) {
        const QRectF f = frame.frame;
        if (c.options.captions) {
            c.p.setFont(textFont(L.textSize * 1.2, true));
            c.p.setPen(c.options.colours.caption);
            const QString caption = frame.view == View::Front ? tr("Front") : tr("Back");
            const QRectF box(f.left(), L.captionBaseline - L.textSize * 1.6, f.width(), L.textSize * 1.9);
            c.p.drawText(box, Qt::AlignHCenter | Qt::AlignBottom, caption);
        }
        if (c.options.sideLetters) {
            // The person's own sides: facing us their right is on our left; from behind, their left.
            const bool front = frame.view == View::Front;
            const QString leftLetter = front ? QStringLiteral("R") : QStringLiteral("L");
            const QString rightLetter = front ? QStringLiteral("L") : QStringLiteral("R");
            c.p.setFont(textFont(L.textSize * 1.1, true));
            c.p.setPen(c.options.colours.sideLetter);
            const double y = f.top() + 0.2 * f.height();
            const double d = L.sideLetterOffset;
            const QSizeF box(L.textSize * 3, L.textSize * 2);
            c.p.drawText(QRectF(QPointF(f.left() - d - box.width() / 2, y - box.height() / 2), box),
                         Qt::AlignCenter, leftLetter);
            c.p.drawText(QRectF(QPointF(f.right() + d - box.width() / 2, y - box.height() / 2), box),
                         Qt::AlignCenter, rightLetter);
        }
    }
}

void paintLegend(Ctx& c) {
    if (!c.options.legend || !c.state.overlay || c.layout.views.empty())
        return;
    const ViewFrame& first = c.layout.views.front();
    const double t = c.layout.textSize * 0.95;
    const QFont font = textFont(t, false);
    const QFontMetricsF fm(font);
    const QString labels[] = {tr("Primary zone"), tr("Spillover"), tr("Trigger point")};
    double textW = 0;
    for (const auto& l : labels)
        textW = std::max(textW, fm.horizontalAdvance(l));
    const double sw = t * 1.3, row = t * 1.6, pad = t * 0.5;
    // Where nothing is drawn: between the two figures' feet, or beside a single figure when
    // there is room, else in the frame's lower corner.
    const QSizeF size(sw + pad * 3 + textW, 3 * row + 2 * pad);
    const QRectF& f = first.frame;
    double x = f.left() + 0.02 * f.width();
    if (c.layout.views.size() > 1)
        x = f.right() - size.width() / 2;
    else if (f.right() + 0.03 * f.width() + size.width() <= c.layout.target.right())
        x = f.right() + 0.03 * f.width();
    const QRectF box(QPointF(x, f.bottom() - size.height()), size);
    c.p.setPen(QPen(c.options.colours.legendBorder, std::max(0.5, c.unit)));
    c.p.setBrush(c.options.colours.legendBackground);
    c.p.drawRoundedRect(box, t * 0.3, t * 0.3);
    c.p.setFont(font);
    for (int i = 0; i < 3; ++i) {
        const QRectF swatch(box.left() + pad, box.top() + pad + i * row + (row - sw) / 2, sw, sw);
        QPainterPath sp;
        sp.addRect(swatch);
        if (i == 0) {
            c.p.fillPath(sp, style::primaryFill);
        } else if (i == 1) {
            c.p.fillPath(sp, style::spilloverFill);
            hatch(c, QPolygonF(swatch), style::spilloverHatch);
        } else {
            const QPointF m = swatch.center();
            const double r = sw * 0.38;
            // With the map's halo, so the dark X shows on a dark legend too.
            const double w = std::max(1.5, t * 0.22);
            for (const auto& [color, width] :
                 {std::pair{style::markerHalo, 2 * w}, std::pair{style::marker, w}}) {
                c.p.setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap));
                c.p.drawLine(m + QPointF(-r, -r), m + QPointF(r, r));
                c.p.drawLine(m + QPointF(-r, r), m + QPointF(r, -r));
            }
        }
        c.p.setPen(c.options.colours.legendText);
        c.p.drawText(QRectF(swatch.right() + pad, box.top() + pad + i * row, textW + pad, row),
                     Qt::AlignLeft | Qt::AlignVCenter, labels[i]);
    }
}

} // namespace

void paint(QPainter& painter, const QRectF& target, const BodyMapState& state, const Database& db,
           const RenderOptions& options) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    if (options.background)
        painter.fillRect(target, options.colours.background);
    const BodyMapLayout layout = computeLayout(target, db.figure.aspect, state.views);
    Ctx c{painter, state, db, options, layout, std::max(0.5, layout.scale() / 1000.0)};
    paintFigures(c, layerKey(painter, target, state, db));
    paintLabels(c);
    paintLegend(c);
    painter.restore();
}

void clearStaticLayerCache() {
    layerCache.clear();
    firstUse.reset();
}

QImage renderImage(QSize size, const BodyMapState& state, const Database& db, RenderOptions options,
                   double devicePixelRatio) {
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(options.colours.background);
    QPainter painter(&image);
    options.background = false;
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), state, db, options);
    return image;
}

} // namespace tpf::gui
