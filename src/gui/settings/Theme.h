#pragma once
// App-wide light and dark themes: a QPalette on the Fusion style (Fusion draws everything from the
// palette, so both stay readable whatever the desktop's style is). "System" restores the style and
// palette the app started with.

#include "settings/AppSettings.h"

#include <QPalette>
#include <functional>

class QWidget;

namespace tpf::gui {

QPalette lightPalette();
QPalette darkPalette();

// Applies to the running QApplication. Call once at start-up (before any window, so the system
// style and palette can be remembered) and again whenever the choice changes.
void applyTheme(settings::Theme theme);

// True when the application palette is dark (window colour darker than its text).
bool isDarkPalette(const QPalette& palette);

// Colours derived from the current palette, so hard-coded light colours never end up as dark text
// on a dark window. Contrast follows WCAG 2: 4.5:1 for body text, 3:1 for large text and graphics.
double relativeLuminance(const QColor& colour);
double contrastRatio(const QColor& a, const QColor& b);
QColor mix(const QColor& from, const QColor& to, double amount); // amount 0: from, 1: to (opaque)
// `colour` with its hue kept, made lighter or darker until it reaches `ratio` on `background`
// (unchanged when it already does).
QColor readableOn(const QColor& colour, const QColor& background, double ratio = 4.5);
// Secondary text (hints, subtitles, sources): between text and window, at least 4.5:1 on both
// the Window and the Base colour.
QColor mutedText(const QPalette& palette);
// An accent colour (e.g. a warning's amber) as text on the Window and Base colours.
QColor accentText(const QPalette& palette, const QColor& accent, double ratio = 4.5);
// A card background tinted with `accent`: a pale wash on a light palette, a deep one on a dark palette.
QColor tintedBackground(const QPalette& palette, const QColor& accent);
// Text for a card on `background`: the palette's text colour, or `preferred` made readable (7:1).
QColor cardText(const QPalette& palette, const QColor& background);

// The palette the theme gives `widget` (the application palette for its class; style sheets do
// not change it), for colours that are baked into style sheets or HTML.
QPalette themePalette(const QWidget* widget);

// Calls `apply` now and again whenever `widget`'s palette or style changes (a theme switch at run
// time). The helper lives as a child of `widget`; `apply` must be idempotent.
void followPalette(QWidget* widget, std::function<void()> apply);
// Sets the style sheet only when it differs (setting one causes palette and style changes).
void setStyleSheetIfChanged(QWidget* widget, const QString& sheet);

} // namespace tpf::gui
