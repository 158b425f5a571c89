#pragma once
// The body map as a pure function of its state: the widget, the golden-image tests and the
// PNG/PDF export all call paint(), so what the user sees is what gets exported and tested.
// Painting is in logical coordinates with antialiasing and no cached pixmaps, so it stays crisp
// at any size and device pixel ratio.

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

// A white image of `size` logical pixels at `devicePixelRatio` with the map painted on it.
QImage renderImage(QSize size, const BodyMapState& state, const Database& db, RenderOptions options = {},
                   double devicePixelRatio = 1.0);

} // namespace tpf::gui
