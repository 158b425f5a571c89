#pragma once
// The interactive body map. It owns interaction only (hover, click, keyboard focus, selection);
// every pixel comes from paint() in BodyMapRenderer with the state held here.
//
// Mouse: hover highlights and names a region, a click toggles it (so several regions can be
// selected one after another). Keyboard: Tab focuses the map, arrow keys move the focus ring to
// the nearest region in that direction, Space or Enter toggles it, Esc clears the selection.

#include "bodymap/BodyMapLayout.h"
#include "bodymap/BodyMapState.h"
#include "core/model.h"

#include <QImage>
#include <QWidget>
#include <future>
#include <optional>
#include <vector>

namespace tpf::gui {

class BodyMapWidget : public QWidget {
    Q_OBJECT
public:
    explicit BodyMapWidget(const Database& db, QWidget* parent = nullptr);

    const Database& database() const { return *db_; }
    const BodyMapState& state() const { return state_; }

    const std::vector<std::size_t>& selectedRegions() const { return state_.selected; }
    void
    setSelectedRegions(const std::vector<std::size_t>& regions); // emits selectionChanged when it changes
    void toggleRegion(std::size_t region);
    void clearSelection();

    ViewMode viewMode() const { return state_.views; }
    void setViewMode(ViewMode mode);

    void setOverlay(std::optional<Overlay> overlay);
    std::optional<std::size_t> focusedRegion() const { return state_.focused; }
    void setFocusedRegion(std::optional<std::size_t> region);
    std::optional<std::size_t> hoveredRegion() const { return state_.hovered; }
    QString hoverText() const { return hoverText_; }

    // Geometry shared with the renderer, in widget coordinates.
    BodyMapLayout currentLayout() const;
    std::vector<std::size_t> visibleRegions() const; // regions of the shown views, in data order
    std::optional<QPointF> regionCentre(std::size_t region) const; // a point well inside; nullopt if hidden
    QRect regionRect(std::size_t region) const;                    // bounding box; empty if hidden
    // Whether the first paint used the frame drawn ahead at the first show (tests), and whether that
    // frame was read from the first-frame cache rather than drawn.
    bool firstPaintDrawnAhead() const { return drawnAhead_; }
    bool firstFrameFromCache() const { return frameFromCache_; }

    // The file that keeps the untouched map's first frame between starts (FirstFrameCache.h), for
    // every BodyMapWidget of the process; empty (the default) keeps none. The app sets it.
    static void setFirstFrameCacheFile(const QString& file);
    QString regionName(std::size_t region) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void selectionChanged(const std::vector<std::size_t>& regions);
    void hoverTextChanged(const QString& text); // what the status bar shows; empty when off the map
    void focusedRegionChanged();

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void setHovered(std::optional<std::size_t> region);
    void moveFocus(QPointF direction);
    std::optional<std::size_t> firstFocusRegion() const;
    QString describe(std::size_t region) const;
    void notifySelection(std::size_t region);

    const Database* db_;
    BodyMapState state_;
    Point centre(std::size_t region) const;
    // Interior point of each region (normalized), computed on first use: start-up stays fast.
    mutable std::vector<std::optional<Point>> centres_;
    QString hoverText_;

    // The first paint, drawn ahead on a thread of its own (start-up time): when the widget is first
    // shown its size and state are known, and paint() is a pure function of them, so the picture is
    // drawn while the rest of the window is shown and painted. Used only if nothing has changed
    // by the time the first paintEvent comes; otherwise the widget paints as usual.
    struct FirstFrame {
        QSize size;
        qreal devicePixelRatio = 1;
        BodyMapState state;
        RenderOptions options;
        QColor background; // what it was drawn on (transparent: a layer)
        QString cacheFile; // empty: not kept (FirstFrameCache.h)
        struct Result {
            QImage image;
            bool fromCache = false;
            QByteArray cacheKey; // to save a newly drawn frame under
        };
        std::future<Result> image;
    };
    std::optional<FirstFrame> firstFrame_;
    bool painted_ = false;
    bool drawnAhead_ = false;
    bool frameFromCache_ = false;
    std::future<void> savingFrame_; // writing a newly drawn first frame to the cache file
    RenderOptions renderOptions() const;
    QColor colourBeneath() const; // the plain colour painted under the map, else transparent
};

} // namespace tpf::gui
