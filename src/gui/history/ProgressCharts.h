#pragma once
// Texts about the progress charts, for the Progress view and screen readers. The charts themselves
// are drawn by the extras module (app/Extras.h, extras/Charts.cpp).

#include "core/history/trends.h"

#include <QString>

namespace tpf::gui {

// A plain-text reading of a tenderness chart for screen readers: "1 Nov: 7, 2 Nov: 6, ...".
QString describeTenderness(const history::PointTrend& trend);

QString shortDate(std::int64_t localDay); // "21 Nov"

} // namespace tpf::gui
