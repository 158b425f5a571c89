#pragma once
// The parts of the extras module (app/Extras.h), for its entry point (ExtrasModule.cpp).

#include "core/history/trends.h"

#include <QPalette>
#include <QString>
#include <memory>
#include <vector>

class QChart;

namespace tpf::gui {
class CueOutput;
}

namespace tpf::gui::ext {

// QSoundEffect and QTextToSpeech, each created on first use.
std::unique_ptr<CueOutput> makeQtCueOutput();

// Tenderness (0-10) per day for one point: the first rating of each day's sessions and, dashed,
// the rating after the session; a band marks the released level. The caller owns the chart.
QChart* makeTendernessChart(const history::PointTrend& trend, const QString& pointLabel, int releasedLow,
                            int releasedHigh, int utcOffsetMinutes, const QPalette& palette);
// Sessions per day as bars, one per day in `days` (zeros included).
QChart* makeSessionsPerDayChart(const std::vector<history::DayCount>& days, const QPalette& palette);
// Background, texts, grid and series colours from `palette`. Series keep their hues, made
// readable on the palette's Base colour (lines and bars 3:1).
void applyChartColours(QChart* chart, const QPalette& palette);

} // namespace tpf::gui::ext
