#include "bodymap/BodyMapWidget.h"

#include "bodymap/BodyMapAccessible.h"
#include "bodymap/BodyMapRenderer.h"
#include "bodymap/FirstFrameCache.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QShowEvent>
#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <limits>

namespace tpf::gui {

BodyMapWidget::BodyMapWidget(const Database& db, QWidget* parent) : QWidget(parent), db_(&db) {
    installBodyMapAccessibility();
    setObjectName(QStringLiteral("bodyMap"));
    setAccessibleName(tr("Body map"));
    setAccessibleDescription(tr("Select where it hurts. Arrow keys move between regions, Space selects."));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    centres_.resize(db.regions.size());
}

Point BodyMapWidget::centre(std::size_t region) const {
    if (!centres_[region])
        centres_[region] = interiorPoint(db_->regions[region].polygon);
    return *centres_[region];
}

QSize BodyMapWidget::sizeHint() const { return {560, 640}; }
QSize BodyMapWidget::minimumSizeHint() const { return {240, 280}; }

BodyMapLayout BodyMapWidget::currentLayout() const {
    return computeLayout(QRectF(rect()), db_->figure.aspect, state_.views);
}

std::vector<std::size_t> BodyMapWidget::visibleRegions() const {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < db_->regions.size(); ++i) {
        const View v = db_->regions[i].view;
        if (state_.views == ViewMode::Both || (v == View::Front) == (state_.views == ViewMode::FrontOnly))
            out.push_back(i);
    }
    return out;
}

std::optional<QPointF> BodyMapWidget::regionCentre(std::size_t region) const {
    if (region >= db_->regions.size())
        return std::nullopt;
    const BodyMapLayout layout = currentLayout();
    const ViewFrame* frame = layout.frameFor(db_->regions[region].view);
    if (!frame)
        return std::nullopt;
    return frame->toWidget(centre(region));
}

QRect BodyMapWidget::regionRect(std::size_t region) const {
    if (region >= db_->regions.size())
        return {};
    const BodyMapLayout layout = currentLayout();
    const ViewFrame* frame = layout.frameFor(db_->regions[region].view);
    if (!frame)
        return {};
    return frame->path(db_->regions[region].polygon).boundingRect().toAlignedRect();
}

QString BodyMapWidget::regionName(std::size_t region) const {
    return region < db_->regions.size() ? QString::fromStdString(db_->regions[region].label) : QString();
}

QString BodyMapWidget::describe(std::size_t region) const {
    return state_.isSelected(region) ? tr("%1 (selected): click to remove it").arg(regionName(region))
                                     : tr("%1: click to add it to where it hurts").arg(regionName(region));
}

void BodyMapWidget::setSelectedRegions(const std::vector<std::size_t>& regions) {
    std::vector<std::size_t> clean;
    for (std::size_t r : regions)
        if (r < db_->regions.size() && std::find(clean.begin(), clean.end(), r) == clean.end())
            clean.push_back(r);
    if (clean == state_.selected)
        return;
    state_.selected = std::move(clean);
    update();
    emit selectionChanged(state_.selected);
}

void BodyMapWidget::toggleRegion(std::size_t region) {
    if (region >= db_->regions.size())
        return;
    auto sel = state_.selected;
    auto it = std::find(sel.begin(), sel.end(), region);
    if (it != sel.end())
        sel.erase(it);
    else
        sel.push_back(region);
    setSelectedRegions(sel);
    notifySelection(region);
    if (state_.hovered == region)
        setHovered(region); // refresh "(selected)" in the hover text
}

void BodyMapWidget::clearSelection() { setSelectedRegions({}); }

void BodyMapWidget::setViewMode(ViewMode mode) {
    if (mode == state_.views)
        return;
    state_.views = mode;
    state_.hovered.reset();
    if (state_.focused && !regionCentre(*state_.focused))
        state_.focused.reset();
    update();
}

void BodyMapWidget::setOverlay(std::optional<Overlay> overlay) {
    if (overlay == state_.overlay)
        return;
    state_.overlay = std::move(overlay);
    update();
}

void BodyMapWidget::setFocusedRegion(std::optional<std::size_t> region) {
    if (region && *region >= db_->regions.size())
        region.reset();
    if (region == state_.focused)
        return;
    state_.focused = region;
    update();
    if (region) {
        emit hoverTextChanged(describe(*region));
        notifyBodyMapFocus(this, *region);
    }
    emit focusedRegionChanged();
}

void BodyMapWidget::setHovered(std::optional<std::size_t> region) {
    const QString text = region ? describe(*region) : QString();
    if (region != state_.hovered) {
        state_.hovered = region;
        update();
    }
    if (text != hoverText_) {
        hoverText_ = text;
        emit hoverTextChanged(text);
    }
}

bool BodyMapWidget::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (auto r = regionAt(*db_, currentLayout(), help->pos()))
            QToolTip::showText(help->globalPos(), regionName(*r), this, regionRect(*r));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

RenderOptions BodyMapWidget::renderOptions() const {
    RenderOptions options;
    options.focusRing = hasFocus();
    options.colours = MapTextColours::forPalette(palette());
    return options;
}

QColor BodyMapWidget::colourBeneath() const {
    // The map paints no background of its own: its parents paint the palette's window brush there.
    const QBrush beneath = palette().brush(backgroundRole());
    return beneath.style() == Qt::SolidPattern ? beneath.color() : QColor(Qt::transparent);
}

namespace {
QString& frameCacheFile() {
    static QString file;
    return file;
}
} // namespace

void BodyMapWidget::setFirstFrameCacheFile(const QString& file) { frameCacheFile() = file; }

void BodyMapWidget::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (painted_ || firstFrame_ || size().isEmpty())
        return;
    // Drawn on the colour beneath, it comes out exactly as a direct paint; on a transparent layer
    // (no plain colour beneath) antialiased edges may round a little differently.
    const QColor background = colourBeneath();
    FirstFrame frame{size(), devicePixelRatioF(), state_, renderOptions(), background, {}, {}};
    QByteArray textInputs;
    if (!frameCacheFile().isEmpty() && firstframe::cacheable(state_)) {
        frame.cacheFile = frameCacheFile();
        textInputs = firstframe::textInputs(); // the rest of the key is made on the thread
    }
    // Copies of everything it reads, except the database, which outlives the widget and is never
    // written after loading.
    frame.image = std::async(std::launch::async, [db = db_, size = frame.size, dpr = frame.devicePixelRatio,
                                                  state = frame.state, options = frame.options, background,
                                                  file = frame.cacheFile, textInputs] {
        const QSize pixels(int(std::ceil(size.width() * dpr)), int(std::ceil(size.height() * dpr)));
        const QImage::Format format =
            background.alpha() == 255 ? QImage::Format_RGB32 : QImage::Format_ARGB32_Premultiplied;
        QByteArray key;
        if (!file.isEmpty()) {
            key = firstframe::key(*db, size, dpr, state, options, background, textInputs);
            QImage kept = firstframe::load(file, key);
            if (kept.size() == pixels && kept.format() == format && kept.devicePixelRatio() == dpr)
                return FirstFrame::Result{std::move(kept), true, {}};
        }
        QImage image(pixels, format);
        image.setDevicePixelRatio(dpr);
        image.fill(background);
        QPainter painter(&image);
        tpf::gui::paint(painter, QRectF(QPointF(0, 0), size), state, *db, options);
        painter.end();
        return FirstFrame::Result{std::move(image), false, std::move(key)};
    });
    firstFrame_ = std::move(frame);
}

void BodyMapWidget::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const RenderOptions options = renderOptions();
    if (firstFrame_) {
        FirstFrame frame = std::move(*firstFrame_);
        firstFrame_.reset();
        FirstFrame::Result result = frame.image.get(); // usually ready; else waits for the rest of it
        const QTransform dt = painter.deviceTransform();
        const bool pixelAligned = dt.type() <= QTransform::TxTranslate ||
                                  (dt.type() == QTransform::TxScale && dt.m11() == dt.m22());
        const bool sameBackground = frame.background.alpha() == 0 || frame.background == colourBeneath();
        if (frame.size == size() && frame.devicePixelRatio == devicePixelRatioF() && frame.state == state_ &&
            frame.options == options && sameBackground && pixelAligned) {
            painter.drawImage(QPointF(0, 0), result.image);
            painted_ = drawnAhead_ = true;
            frameFromCache_ = result.fromCache;
            if (!result.fromCache && !result.cacheKey.isEmpty())
                // Kept for the next start, on a thread: writing is no part of this one.
                savingFrame_ = std::async(std::launch::async, [file = frame.cacheFile, key = result.cacheKey,
                                                               image = std::move(result.image)] {
                    const QString error = firstframe::save(file, key, image);
                    if (!error.isEmpty())
                        qWarning("tpfinder: the body map's first frame was not kept: %s", qPrintable(error));
                });
            return;
        }
    }
    painted_ = true;
    tpf::gui::paint(painter, QRectF(rect()), state_, *db_, options);
}

void BodyMapWidget::mouseMoveEvent(QMouseEvent* event) {
    setHovered(regionAt(*db_, currentLayout(), event->position()));
}

void BodyMapWidget::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    if (auto r = regionAt(*db_, currentLayout(), event->position())) {
        state_.focused = *r;
        toggleRegion(*r);
    }
}

void BodyMapWidget::leaveEvent(QEvent*) { setHovered(std::nullopt); }

std::optional<std::size_t> BodyMapWidget::firstFocusRegion() const {
    for (std::size_t r : state_.selected)
        if (regionCentre(r))
            return r;
    // Otherwise start at the top of the first figure (the head), the natural reading start.
    std::optional<std::size_t> best;
    double bestD = std::numeric_limits<double>::max();
    const BodyMapLayout layout = currentLayout();
    if (layout.views.empty())
        return best;
    const QPointF start = layout.views.front().toWidget({0.5, 0.0});
    for (std::size_t r : visibleRegions()) {
        const QPointF d = *regionCentre(r) - start;
        const double dist = std::hypot(d.x(), d.y());
        if (dist < bestD) {
            bestD = dist;
            best = r;
        }
    }
    return best;
}

void BodyMapWidget::moveFocus(QPointF dir) {
    if (!state_.focused) {
        setFocusedRegion(firstFocusRegion());
        return;
    }
    const auto from = regionCentre(*state_.focused);
    if (!from)
        return setFocusedRegion(firstFocusRegion());
    // Nearest region whose centre lies ahead in that direction; sideways offset costs double so
    // "down" from the forehead goes to the eye, not to a far-off hand.
    std::optional<std::size_t> best;
    double bestCost = std::numeric_limits<double>::max();
    for (std::size_t r : visibleRegions()) {
        if (r == *state_.focused)
            continue;
        const QPointF d = *regionCentre(r) - *from;
        const double along = d.x() * dir.x() + d.y() * dir.y();
        const double across = std::abs(d.x() * dir.y() - d.y() * dir.x());
        if (along <= 0.5 || across > 3 * along)
            continue;
        const double cost = along + 2 * across;
        if (cost < bestCost) {
            bestCost = cost;
            best = r;
        }
    }
    if (best)
        setFocusedRegion(best);
}

void BodyMapWidget::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Left: moveFocus({-1, 0}); break;
    case Qt::Key_Right: moveFocus({1, 0}); break;
    case Qt::Key_Up: moveFocus({0, -1}); break;
    case Qt::Key_Down: moveFocus({0, 1}); break;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!state_.focused)
            setFocusedRegion(firstFocusRegion());
        else
            toggleRegion(*state_.focused);
        break;
    case Qt::Key_Escape:
        if (state_.selected.empty())
            return QWidget::keyPressEvent(event);
        clearSelection();
        break;
    default: return QWidget::keyPressEvent(event);
    }
    event->accept();
}

void BodyMapWidget::focusInEvent(QFocusEvent* event) {
    if (!state_.focused)
        setFocusedRegion(firstFocusRegion());
    update();
    QWidget::focusInEvent(event);
}

void BodyMapWidget::focusOutEvent(QFocusEvent* event) {
    update();
    QWidget::focusOutEvent(event);
}

void BodyMapWidget::notifySelection(std::size_t region) { notifyBodyMapSelection(this, region); }

} // namespace tpf::gui
