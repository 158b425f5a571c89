#pragma once
// The body map as a pure function of its state: the widget, the golden-image tests and the
// PNG/PDF export all call paint(), so what the user sees is what gets exported and tested.
// Painting is in logical coordinates with antialiasing, so it stays crisp at any size and device
// pixel ratio. On raster devices the static figure (silhouette, region lines, outline) is a memo:
// drawn once per size, device scale, view mode and data into device-pixel layers, then blitted
// between the state-dependent parts; the picture is the same as drawing it directly, which is
// what vector devices (PDF, printer) get.

#include "bodymap/BodyMapLayout.h"
#include "bodymap/BodyMapState.h"
#include "core/model.h"

#include <QImage>
#include <QRectF>
#include <QSize>

class QPainter;

namespace tpf::gui {

void paint(QPainter& painter, const QRectF& target, const BodyMapState& state, const Database& db,
           const RenderOptions& options = {});

// Drops the memo of the static figure layers (this thread's); the next paint draws them anew.
// For benchmarks (cold paint) and memory pressure; never needed for correctness.
void clearStaticLayerCache();

// An image of `size` logical pixels filled with options.colours.background (white by default) at
// `devicePixelRatio` with the map painted on it.
QImage renderImage(QSize size, const BodyMapState& state, const Database& db, RenderOptions options = {},
                   double devicePixelRatio = 1.0);

} // namespace tpf::gui
