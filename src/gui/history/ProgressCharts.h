#pragma once
// The two progress charts as functions of their data, so the view, tests and any export build
// them the same way. The caller owns the returned chart (usually by handing it to a QChartView).

#include "core/history/trends.h"

#include <QString>

class QChart;
class QPalette;

namespace tpf::gui {

// Tenderness (0-10) per day for one point: the first rating of each day's sessions and, dashed,
// the rating after the session; a band at 2-3 marks the released level.
QChart* makeTendernessChart(const history::PointTrend& trend, const QString& pointLabel, int releasedLow,
                            int releasedHigh, int utcOffsetMinutes);

// Sessions per day as bars, one per day in `days` (zeros included).
QChart* makeSessionsPerDayChart(const std::vector<history::DayCount>& days);

// Background, texts, grid and series colours from `palette` (both make* functions start with the
// application palette; the view calls it again when the theme changes). Series keep their hues,
// made readable on the palette's Base colour (lines and bars 3:1).
void applyChartColours(QChart* chart, const QPalette& palette);

// A plain-text reading of a tenderness chart for screen readers: "1 Nov: 7, 2 Nov: 6, ...".
QString describeTenderness(const history::PointTrend& trend);

QString shortDate(std::int64_t localDay); // "21 Nov"

} // namespace tpf::gui
